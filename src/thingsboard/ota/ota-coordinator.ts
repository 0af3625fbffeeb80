import type { CorePort } from '../../core/core-port.js';
import type { CoreEvent } from '../../core/core-events.js';
import type { DeviceInfo, KvEntry } from '../../core/core-types.js';
import type { RequestHandler } from '../../coap/types.js';
import { createPackageDownloadHandler } from '../../lwm2m/ota/package-download-resource.js';
import type { Lwm2mNode, ResourceValue } from '../../lwm2m/node.js';
import { formatPath, parsePath, resourceNumber, type Lwm2mPath } from '../../lwm2m/path.js';
import type { Registration } from '../../lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../../lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../lwm2m/server/operation-types.js';
import type { ClientLwm2mSettings } from '../profile-config.js';
import { cleanLogText, TRANSPORT_LOG_KEY } from '../transport-log.js';
import { coreOtaProvider, otaDownloadLookup } from './core-ota-provider.js';
import { lwm2mOtaPort } from './lwm2m-ota-port.js';
import { OtaInfoStore, type OtaReporter, type OtaSettings } from './ota-ports.js';
import { OTA_OBSERVED_PATHS, OTA_SHARED_KEYS, OtaSession } from './ota-session.js';
import { OtaPackageCache } from './package-cache.js';

/**
 * OTA for every registered device, hooked into the ThingsBoard layer with two calls:
 * `attach(client)` once a device's session is open (Register; again after a re-Register) and
 * `detach(endpoint)` when it closes. The coordinator itself listens to the server's
 * notifications (values of /5/0/x, /9/0/x, /3/0/3) and to the core's shared-attribute updates
 * (fw_* / sw_*), and gives the `/tbfw` + `/tbsw` handler for the server's `fallback`.
 */

/** What the coordinator needs of the ThingsBoard layer's per-device client (Lwm2mClient fits). */
export interface OtaClientView {
  readonly endpoint: string;
  readonly reg: Registration;
  readonly sessionId: string;
  readonly session: { readonly device: DeviceInfo };
  readonly profile: { readonly clientLwM2mSettings: ClientLwm2mSettings };
  readonly log: { write(text: string): void };
}

export interface OtaCoordinatorOptions {
  readonly core: Pick<CorePort, 'getOtaPackage' | 'readOtaPackageData' | 'requestAttributes' | 'postTelemetry' | 'onEvent'>;
  readonly server: Lwm2mServer;
  readonly cache?: OtaPackageCache;
  readonly store?: OtaInfoStore;
  /** Deadline of one request to the device; a binary push of a large image needs a long one. */
  readonly requestTimeoutMs?: number;
  /** transportLog text bound (TB_TRANSPORT_LOG_MAX_LENGTH). */
  readonly logMaxLength?: number;
  /** Observe the OTA state resources the profile does not observe. Default true. */
  readonly observeOtaResources?: boolean;
  readonly now?: () => number;
  /** Failures of background steps (never thrown). */
  readonly onError?: (err: unknown, endpoint: string) => void;
}

const OTA_PATH_SET: ReadonlySet<string> = new Set([...OTA_OBSERVED_PATHS, '/3/0/3', '/5/0/9']);
const OTA_PATHS: readonly Lwm2mPath[] = [...OTA_PATH_SET].map((p) => parsePath(p));
/** OTA_PATH_SET by resourceNumber: membership without a string per reported value. */
const OTA_PATH_NUMBERS: ReadonlySet<number> = new Set(OTA_PATHS.map((p) => resourceNumber(p.objectId ?? -1, p.instanceId ?? -1, p.resourceId ?? -1)));
/** The objects of OTA_PATH_SET: a notification of any other object is skipped at once. */
const OTA_OBJECTS: ReadonlySet<number | undefined> = new Set(OTA_PATHS.map((p) => p.objectId));
const NONE: ReadonlyArray<readonly [string, ResourceValue]> = [];

/** The OTA resource values inside a notification's node (a resource, an instance, an object). */
export function otaValues(path: Lwm2mPath, node: Lwm2mNode): ReadonlyArray<readonly [string, ResourceValue]> {
  const o = path.objectId;
  if (o === undefined || !OTA_OBJECTS.has(o)) return NONE;
  if (node.kind === 'resource') {
    // One resource value (most notifications): no collector.
    const i = path.instanceId;
    return i !== undefined && OTA_PATH_NUMBERS.has(resourceNumber(o, i, node.id)) ? [[formatPath({ objectId: o, instanceId: i, resourceId: node.id }), node.value]] : NONE;
  }
  let out: Array<[string, ResourceValue]> | undefined;
  const add = (o: number, i: number, r: number, v: ResourceValue): void => {
    if (OTA_PATH_NUMBERS.has(resourceNumber(o, i, r))) (out ??= []).push([formatPath({ objectId: o, instanceId: i, resourceId: r }), v]);
  };
  if (node.kind === 'instance') {
    for (const r of node.resources.values()) if (r.kind === 'resource') add(o, node.id, r.id, r.value);
  } else if (node.kind === 'object') {
    for (const inst of node.instances.values()) {
      for (const r of inst.resources.values()) if (r.kind === 'resource') add(o, inst.id, r.id, r.value);
    }
  }
  return out ?? NONE;
}

export function otaSettingsOf(s: ClientLwm2mSettings): OtaSettings {
  return {
    fwStrategy: s.fwUpdateStrategy,
    swStrategy: s.swUpdateStrategy,
    ...(s.fwUpdateResource === undefined ? {} : { fwBaseUrl: s.fwUpdateResource }),
    ...(s.swUpdateResource === undefined ? {} : { swBaseUrl: s.swUpdateResource }),
    useObject19ForOtaInfo: s.useObject19ForOtaInfo,
  };
}

interface Attached {
  readonly client: OtaClientView;
  readonly session: OtaSession;
}

export class OtaCoordinator {
  readonly cache: OtaPackageCache;
  readonly store: OtaInfoStore;
  private readonly byEndpoint = new Map<string, Attached>();
  private readonly unsubscribe: Array<() => void> = [];
  private readonly now: () => number;

  constructor(private readonly options: OtaCoordinatorOptions) {
    this.cache = options.cache ?? new OtaPackageCache(options.core);
    this.store = options.store ?? new OtaInfoStore();
    this.now = options.now ?? Date.now;
  }

  start(): void {
    const onNotification = (reg: Registration, n: Notification): void => this.onNotification(reg, n);
    this.options.server.on('notification', onNotification);
    this.unsubscribe.push(() => this.options.server.off('notification', onNotification));
    this.unsubscribe.push(this.options.core.onEvent((e) => this.onCoreEvent(e)));
  }

  stop(): void {
    for (const u of this.unsubscribe.splice(0)) u();
    this.byEndpoint.clear();
  }

  /** The handler for `/tbfw/<id>` and `/tbsw/<id>` (Lwm2mServerOptions.fallback, both LwM2M ports). */
  downloadHandler(): RequestHandler {
    const server = this.options.server;
    return createPackageDownloadHandler({
      resources: ['tbfw', 'tbsw'],
      lookup: otaDownloadLookup({ endpointOf: (peer) => server.registrations.getByPeer(peer)?.endpoint, store: this.store, cache: this.cache }),
    });
  }

  /** The session of an endpoint (tests, diagnostics). */
  session(endpoint: string): OtaSession | undefined {
    return this.byEndpoint.get(endpoint)?.session;
  }

  /** Starts OTA for a device whose core session is open: reads its state, fetches fw_/sw_ attributes, resumes or starts. */
  async attach(client: OtaClientView): Promise<void> {
    const session = new OtaSession({
      port: lwm2mOtaPort(this.options.server, () => this.liveRegistration(client), this.options.requestTimeoutMs),
      provider: coreOtaProvider(this.options.core, client.session.device, this.cache),
      reporter: this.reporter(client),
      settings: otaSettingsOf(client.profile.clientLwM2mSettings),
      store: this.store,
    });
    this.byEndpoint.set(client.endpoint, { client, session });
    try {
      if (this.options.observeOtaResources !== false) await this.observeMissing(client.reg);
      const attrs = await this.options.core.requestAttributes(client.sessionId, { clientKeys: [], sharedKeys: [...OTA_SHARED_KEYS] });
      const shared: KvEntry[] = attrs.ok ? attrs.value.shared : [];
      await session.init(shared);
    } catch (err) {
      this.options.onError?.(err, client.endpoint);
    }
  }

  /**
   * Wake-up of a sleeping device (#66: the attributes are fetched again at wake-up): a changed
   * target starts its update; an unchanged one that is still required and not running is tried again.
   */
  async wakeUp(endpoint: string): Promise<void> {
    const a = this.byEndpoint.get(endpoint);
    if (a === undefined) return;
    try {
      const attrs = await this.options.core.requestAttributes(a.client.sessionId, { clientKeys: [], sharedKeys: [...OTA_SHARED_KEYS] });
      if (attrs.ok) await a.session.refresh(attrs.value.shared);
    } catch (err) {
      this.options.onError?.(err, endpoint);
    }
  }

  detach(endpoint: string): void {
    this.byEndpoint.delete(endpoint);
  }

  private liveRegistration(client: OtaClientView): Registration {
    return this.options.server.registrations.getByEndpoint(client.endpoint) ?? client.reg;
  }

  private async observeMissing(reg: Registration): Promise<void> {
    const observed = new Set(this.options.server.observationsOf(reg).flatMap((o) => o.paths.map((p) => formatPath(p))));
    for (const path of OTA_OBSERVED_PATHS) {
      const p = parsePath(path);
      if (observed.has(path) || observed.has(`/${p.objectId}/${p.instanceId}`) || observed.has(`/${p.objectId}`)) continue;
      const obj = reg.objects.find((o) => o.id === p.objectId);
      if (obj === undefined || !obj.instances.includes(p.instanceId ?? 0)) continue;
      try {
        await this.options.server.observe(reg, path, undefined, this.options.requestTimeoutMs === undefined ? {} : { timeoutMs: this.options.requestTimeoutMs });
      } catch {
        // A device that refuses an observe still gets its update; states then come from reads only.
      }
    }
  }

  private reporter(client: OtaClientView): OtaReporter {
    const max = this.options.logMaxLength ?? 1024;
    return {
      // #74: the state and its log line in one telemetry message.
      status: (kind, status, line) => {
        void this.options.core.postTelemetry(client.sessionId, [
          {
            ts: this.now(),
            values: [
              { key: kind === 'firmware' ? 'fw_state' : 'sw_state', type: 'string', value: status },
              { key: TRANSPORT_LOG_KEY, type: 'string', value: cleanLogText(line, max) },
            ],
          },
        ]);
      },
      log: (line) => client.log.write(line),
    };
  }

  private onNotification(reg: Registration, n: Notification): void {
    const a = this.byEndpoint.get(reg.endpoint);
    if (a === undefined || !n.code.startsWith('2.')) return;
    if (n.node !== undefined && n.paths[0] !== undefined) this.deliverOta(a, reg.endpoint, otaValues(n.paths[0], n.node));
    if (n.nodes === undefined) return;
    for (const [key, node] of n.nodes) {
      if (node === null) continue;
      let path: Lwm2mPath;
      try {
        path = parsePath(key);
      } catch {
        continue; // not a path: ignore
      }
      this.deliverOta(a, reg.endpoint, otaValues(path, node));
    }
  }

  private deliverOta(a: Attached, endpoint: string, found: ReadonlyArray<readonly [string, ResourceValue]>): void {
    for (const [path, value] of found) a.session.onResource(path, value).catch((err: unknown) => this.options.onError?.(err, endpoint));
  }

  private onCoreEvent(e: CoreEvent): void {
    if (e.type !== 'shared-attributes-updated') return;
    for (const a of this.byEndpoint.values()) {
      if (a.client.sessionId !== e.sessionId) continue;
      const ota = e.updated.filter((kv) => OTA_SHARED_KEYS.includes(kv.key));
      const deleted = e.deleted.filter((k) => OTA_SHARED_KEYS.includes(k));
      if (ota.length > 0 || deleted.length > 0) {
        a.session.onAttributes(ota, deleted).catch((err: unknown) => this.options.onError?.(err, a.client.endpoint));
      }
    }
  }
}
