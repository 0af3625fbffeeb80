import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { fail, ok, type KvEntry, type OtaPackageInfo, type OtaPackageType } from '../../../src/core/core-types.js';
import type { CorePort } from '../../../src/core/core-port.js';
import { createPackageDownloadHandler } from '../../../src/lwm2m/ota/package-download-resource.js';
import { coreOtaProvider, otaDownloadLookup } from '../../../src/thingsboard/ota/core-ota-provider.js';
import { OtaPackageCache } from '../../../src/thingsboard/ota/package-cache.js';
import { formatPath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import type { OtaStatus } from '../../../src/thingsboard/ota/ota-codes.js';
import { lwm2mOtaPort } from '../../../src/thingsboard/ota/lwm2m-ota-port.js';
import { OtaInfoStore, type OtaSettings } from '../../../src/thingsboard/ota/ota-ports.js';
import { OTA_OBSERVED_PATHS, OtaSession } from '../../../src/thingsboard/ota/ota-session.js';
import type { OtaKind } from '../../../src/thingsboard/ota/ota-target.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import type { SimulatedDeviceOptions } from '../../../tools/simulator/types.js';
import { loadTestModels } from '../../support/models.js';

/**
 * The OTA pieces wired the way the ThingsBoard layer is meant to wire them, on the project's
 * LwM2M server over UDP: a session per registration (shared OtaInfoStore across
 * registrations), the OTA paths observed and fed to the session, a package provider standing
 * in for the core port, and `/tbfw` + `/tbsw` served through the server's fallback.
 */

export interface ReportedStatus {
  readonly kind: OtaKind;
  readonly status: OtaStatus;
  readonly line: string;
}

export interface TestPackage {
  readonly info: OtaPackageInfo;
  readonly bytes: Buffer;
}

export class OtaHarness {
  readonly statuses: ReportedStatus[] = [];
  readonly logs: string[] = [];
  readonly sessions = new Map<string, OtaSession>();
  /** Shared attributes the "core" holds per endpoint. */
  readonly attributes = new Map<string, KvEntry[]>();
  /** Packages the "core" assigns, by type; `undefined` means none. */
  settings: OtaSettings = { fwStrategy: 1, swStrategy: 1, useObject19ForOtaInfo: false };
  /** Session init runs stop here (awaited by tests). */
  readonly inits = new Map<string, Promise<void>>();
  readonly devices: SimulatedDevice[] = [];

  private constructor(
    readonly server: Lwm2mServer,
    private readonly endpoint: CoapEndpoint,
    readonly url: string,
    /** Packages the "core" assigns, by type. */
    readonly packages: Map<OtaPackageType, TestPackage>,
    readonly store: OtaInfoStore,
    private readonly core: Pick<CorePort, 'getOtaPackage' | 'readOtaPackageData'>,
    readonly cache: OtaPackageCache,
  ) {
    server.on('registered', (reg) => this.attach(reg));
  }

  static async start(): Promise<OtaHarness> {
    const models = await loadTestModels();
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 3 } });
    const packages = new Map<OtaPackageType, TestPackage>();
    const store = new OtaInfoStore();
    // The core port's OTA calls, answered from `packages`.
    const core = {
      getOtaPackage: async (_t: string, _d: string, type: OtaPackageType) => {
        const p = packages.get(type);
        return p === undefined ? fail<OtaPackageInfo>('not-found', 'no package') : ok(p.info);
      },
      readOtaPackageData: async (id: string) => {
        const p = [...packages.values()].find((x) => x.info.packageId === id);
        return p === undefined ? fail<Uint8Array>('not-found', 'no data') : ok<Uint8Array>(p.bytes);
      },
    };
    const cache = new OtaPackageCache(core);
    const server: Lwm2mServer = new Lwm2mServer({
      endpoint,
      models,
      requestTimeoutMs: 60_000,
      fallback: createPackageDownloadHandler({
        resources: ['tbfw', 'tbsw'],
        lookup: otaDownloadLookup({ endpointOf: (peer) => server.registrations.getByPeer(peer)?.endpoint, store, cache }),
      }),
    });
    server.start();
    return new OtaHarness(server, endpoint, `coap://127.0.0.1:${transport.localPort()}`, packages, store, core, cache);
  }

  /** The server endpoint's CoAP counters (retransmissions...). */
  get coapCounters(): CoapEndpoint['counters'] {
    return this.endpoint.counters;
  }

  statusesOf(kind: OtaKind): OtaStatus[] {
    return this.statuses.filter((s) => s.kind === kind).map((s) => s.status);
  }

  private attach(first: Registration): void {
    const ep = first.endpoint;
    const current = (): Registration => this.server.registrations.getByEndpoint(ep) ?? first;
    const session = new OtaSession({
      port: lwm2mOtaPort(this.server, current, 60_000),
      provider: coreOtaProvider(this.core, { tenantId: 't', deviceId: ep }, this.cache),
      reporter: {
        status: (kind, status, line) => this.statuses.push({ kind, status, line }),
        log: (line) => this.logs.push(line),
      },
      settings: this.settings,
      store: this.store,
    });
    this.sessions.set(ep, session);
    const init = (async () => {
      for (const path of OTA_OBSERVED_PATHS) {
        const objectId = Number(path.split('/')[1]);
        if (!first.objects.some((o) => o.id === objectId)) continue;
        await this.server.observe(first, path, (n) => {
          if (n.node?.kind === 'resource') void session.onResource(formatPath(n.paths[0] ?? {}), n.node.value);
        });
      }
      await session.init(this.attributes.get(ep) ?? []);
    })();
    this.inits.set(ep, init);
  }

  /** Starts a simulated device on this server (kept in `devices` for `stopDevices`) and waits for its OTA init. */
  async device(opts: Partial<SimulatedDeviceOptions> & { endpoint: string }): Promise<SimulatedDevice> {
    const d = new SimulatedDevice({ serverUrl: this.url, firmwareStepMs: 20, requestTimeoutMs: 5000, ...opts });
    this.devices.push(d);
    await d.start();
    await until(() => this.inits.has(opts.endpoint));
    await this.inits.get(opts.endpoint);
    return d;
  }

  /** Stops the devices and clears what a test left (statuses, logs, packages, settings). */
  async reset(): Promise<void> {
    await Promise.all(this.devices.splice(0).map((d) => d.stop()));
    this.statuses.length = 0;
    this.logs.length = 0;
    this.packages.clear();
    this.settings = { fwStrategy: 1, swStrategy: 1, useObject19ForOtaInfo: false };
  }

  /** Core pushes a shared-attribute update. */
  async assign(endpoint: string, values: KvEntry[]): Promise<void> {
    const all = [...(this.attributes.get(endpoint) ?? []).filter((e) => !values.some((v) => v.key === e.key)), ...values];
    this.attributes.set(endpoint, all);
    await this.sessions.get(endpoint)?.onAttributes(values, []);
  }

  async stop(): Promise<void> {
    await this.reset();
    this.server.stop();
    await this.endpoint.close();
  }
}

export function fwAttributes(title: string, version: string, extra: Partial<Record<'tag' | 'url', string>> = {}, prefix = 'fw'): KvEntry[] {
  const out: KvEntry[] = [
    { key: `${prefix}_title`, type: 'string', value: title },
    { key: `${prefix}_version`, type: 'string', value: version },
  ];
  if (extra.tag !== undefined) out.push({ key: `${prefix}_tag`, type: 'string', value: extra.tag });
  if (extra.url !== undefined) out.push({ key: `${prefix}_url`, type: 'string', value: extra.url });
  return out;
}

export function packageOf(type: OtaPackageType, id: string, size: number, version = 'v2'): TestPackage {
  const bytes = Buffer.alloc(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7 + 3) & 0xff;
  return { info: { packageId: id, type, title: type === 'FIRMWARE' ? 'firmware' : 'app', version, contentType: 'application/octet-stream', fileName: `${id}.bin` }, bytes };
}

/** Polls `cond` every 10 ms for at most `timeoutMs`. */
export async function until(cond: () => boolean, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
