import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { fail, ok, type KvEntry, type OtaPackageInfo, type OtaPackageType } from '../../../src/core/core-types.js';
import { createPackageDownloadHandler, type PackageAccess } from '../../../src/lwm2m/ota/package-download-resource.js';
import { bufferPackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { formatPath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import type { OtaStatus } from '../../../src/thingsboard/ota/ota-codes.js';
import { lwm2mOtaPort } from '../../../src/thingsboard/ota/lwm2m-ota-port.js';
import { OtaInfoStore, type OtaSettings } from '../../../src/thingsboard/ota/ota-ports.js';
import { OTA_OBSERVED_PATHS, OtaSession } from '../../../src/thingsboard/ota/ota-session.js';
import type { OtaKind } from '../../../src/thingsboard/ota/ota-target.js';
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
  readonly store = new OtaInfoStore();
  readonly sessions = new Map<string, OtaSession>();
  /** Shared attributes the "core" holds per endpoint. */
  readonly attributes = new Map<string, KvEntry[]>();
  /** Packages the "core" assigns, by type; `undefined` means none. */
  readonly packages = new Map<OtaPackageType, TestPackage>();
  settings: OtaSettings = { fwStrategy: 1, swStrategy: 1, useObject19ForOtaInfo: false };
  /** Session init runs stop here (awaited by tests). */
  readonly inits = new Map<string, Promise<void>>();

  private constructor(
    readonly server: Lwm2mServer,
    private readonly endpoint: CoapEndpoint,
    readonly url: string,
  ) {
    server.on('registered', (reg) => this.attach(reg));
  }

  static async start(): Promise<OtaHarness> {
    const models = await loadTestModels();
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 3 } });
    let self: OtaHarness | undefined;
    const server: Lwm2mServer = new Lwm2mServer({
      endpoint,
      models,
      requestTimeoutMs: 60_000,
      fallback: createPackageDownloadHandler({
        resources: ['tbfw', 'tbsw'],
        lookup: async (resource, id, peer): Promise<PackageAccess> => {
          const type = resource === 'tbfw' ? 'FIRMWARE' : 'SOFTWARE';
          const pkg = self?.packages.get(type);
          if (pkg === undefined || pkg.info.packageId !== id) return { kind: 'not-found' };
          const reg: Registration | undefined = server.registrations.getByPeer(peer);
          return reg === undefined ? { kind: 'forbidden' } : { kind: 'ok', source: bufferPackageSource(pkg.bytes) };
        },
      }),
    });
    server.start();
    self = new OtaHarness(server, endpoint, `coap://127.0.0.1:${transport.localPort()}`);
    return self;
  }

  statusesOf(kind: OtaKind): OtaStatus[] {
    return this.statuses.filter((s) => s.kind === kind).map((s) => s.status);
  }

  private attach(first: Registration): void {
    const ep = first.endpoint;
    const current = (): Registration => this.server.registrations.getByEndpoint(ep) ?? first;
    const session = new OtaSession({
      port: lwm2mOtaPort(this.server, current, 60_000),
      provider: {
        packageInfo: async (type) => {
          const p = this.packages.get(type);
          return p === undefined ? fail('not-found', 'no package') : ok(p.info);
        },
        packageSource: async (id) => {
          const p = [...this.packages.values()].find((x) => x.info.packageId === id);
          return p === undefined ? undefined : bufferPackageSource(p.bytes);
        },
      },
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

  /** Core pushes a shared-attribute update. */
  async assign(endpoint: string, values: KvEntry[]): Promise<void> {
    const all = [...(this.attributes.get(endpoint) ?? []).filter((e) => !values.some((v) => v.key === e.key)), ...values];
    this.attributes.set(endpoint, all);
    await this.sessions.get(endpoint)?.onAttributes(values, []);
  }

  async stop(): Promise<void> {
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
