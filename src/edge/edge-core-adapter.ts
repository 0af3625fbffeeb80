/**
 * The core port over ThingsBoard's Edge RPC API (TB_QUEUE_TYPE=edge; thingsboard-edge-grpc.md §5).
 * Requests are answered from the mirror (there is no request/response on this API); uplinks go through
 * the link's ordered outbox; downlinks update the mirror and become the same core events the Kafka
 * adapter raises. Sessions are local only: the Edge API has no session events (§5.1).
 */
import type { Logger } from 'pino';
import type { edge } from '../gen/edge.js';
import type { CoreEvent, CoreEventListener, CorePort, CoreSessionInfo } from '../core/index.js';
import {
  fail,
  ok,
  NULL_UUID,
  type AttributesRequest,
  type AttributesSnapshot,
  type CoreResult,
  type CredentialsLookup,
  type DeviceInfo,
  type DeviceProfile,
  type KvEntry,
  type ModelResource,
  type OtaPackageInfo,
  type OtaPackageType,
  type RpcResponse,
  type RpcStatus,
  type TelemetryBatch,
  type TenantInfo,
  type TsKvEntry,
  type Uuid,
  type ValidatedDevice,
} from '../core/index.js';
import { halvesToUuid } from '../tbwire/uuid-codec.js';
import { securityModeOf, tryParseJson } from '../tbwire/credentials.js';
import { applyDownlink } from './downlink-applier.js';
import { DeviceProvisioner } from './device-provisioner.js';
import type { EdgeLinkState } from './edge-connection.js';
import { EdgeLink, type EdgeLinkOptions, type EdgeLinkStats } from './edge-link.js';
import { EdgeMirror, type MirrorChange } from './edge-mirror.js';
import { changeEvents } from './change-events.js';
import { credentialsIdsOf } from './credential-keys.js';
import { MirrorKeeper } from './mirror-keeper.js';
import type { MirrorPersistence } from './mirror-store.js';
import { assignedPackage, attributeSnapshot, otaAttributes, otaChangeEvents } from './ota-attributes.js';
import { LocalSessions } from './local-sessions.js';
import { rpcAnswer } from './rpc-answer.js';
import { RpcTracker, type TrackedRpc } from './rpc-tracker.js';
import { clientAttributesPayload, telemetryPayload } from './uplink-payloads.js';

const LWM2M_CREDENTIALS = 'LWM2M_CREDENTIALS';

export interface EdgeCoreOptions {
  link: EdgeLinkOptions;
  store: MirrorPersistence;
  /** 'full': every sync is full; 'auto': full only while the mirror has never completed one. */
  syncPolicy: 'auto' | 'full';
  logger: Logger;
  now?: () => number;
  /** Debounce of mirror writes after downlinks. */
  persistDelayMs?: number;
  rpcDeadlineMarginMs?: number;
  /** Periodic full sync (§1.8: the only way to learn deletions of packages and models made offline); 0 = off. */
  fullSyncIntervalMs?: number;
  /** Creates unknown NoSec endpoints as devices of this profile (§3.2); undefined = off. */
  autoProvisionProfileId?: Uuid | undefined;
}

export interface EdgeHealth {
  state: EdgeLinkState;
  detail: string;
  /** A sync has completed at least once (now or before a restart). */
  synced: boolean;
  syncInProgress: boolean;
  stats: EdgeLinkStats & { devices: number; profiles: number; pendingRpc: number };
}

export class EdgeCoreAdapter implements CorePort {
  readonly mirror: EdgeMirror;
  readonly link: EdgeLink;
  private readonly listeners = new Set<CoreEventListener>();
  private readonly sessions = new LocalSessions();
  private readonly clientAttributes = new Map<Uuid, Map<string, TsKvEntry>>();
  private readonly rpc: RpcTracker;
  private readonly now: () => number;
  private readonly log: Logger;
  private edgeConfig: edge.IEdgeConfiguration | undefined;
  private fullSyncTimer: NodeJS.Timeout | undefined;
  private readonly keeper: MirrorKeeper;
  private readonly provisioner: DeviceProvisioner | undefined;

  constructor(private readonly opts: EdgeCoreOptions) {
    this.log = opts.logger;
    this.now = opts.now ?? Date.now;
    this.mirror = new EdgeMirror();
    this.keeper = new MirrorKeeper(opts.store, this.mirror, this.log, opts.persistDelayMs ?? 200);
    this.rpc = new RpcTracker({
      now: this.now,
      deadlineMarginMs: opts.rpcDeadlineMarginMs ?? 1000,
      maxRemembered: 10_000,
      onDeadline: (t) => this.onRpcDeadline(t),
    });
    this.link = new EdgeLink(opts.link, {
      onAccepted: (conf) => this.onAccepted(conf),
      onDownlink: (msg) => this.onDownlink(msg),
      onEdgeUpdate: (conf) => {
        this.edgeConfig = conf;
      },
      onStateChange: (state, detail) => this.log.debug({ state, detail }, 'edge link state'),
    }, opts.logger, this.now);
    this.provisioner = opts.autoProvisionProfileId === undefined ? undefined : new DeviceProvisioner({
      mirror: this.mirror,
      profileId: opts.autoProvisionProfileId,
      tenantId: () => this.tenantId,
      send: (p) => this.link.send(p),
      changed: () => this.keeper.schedule(),
      log: this.log,
    });
  }

  health(): EdgeHealth {
    const c = this.link.connection;
    return {
      state: c.state,
      detail: c.stateDetail,
      synced: this.mirror.synced,
      syncInProgress: this.mirror.syncInProgress,
      stats: { ...this.link.stats, devices: this.mirror.devices.size, profiles: this.mirror.profiles.size, pendingRpc: this.rpc.size },
    };
  }

  /**
   * For the /health registry: ready while connected, or while a restored mirror serves devices during a
   * transient outage; not ready when the operator must act (bad credentials, non-CE core, replaced).
   */
  readiness(): { ok: boolean; detail: string } {
    const h = this.health();
    const needsOperator = h.state === 'bad-credentials' || h.state === 'unsupported-core' || h.state === 'replaced';
    const ok = h.state === 'connected' ? h.synced || h.syncInProgress : h.synced && !needsOperator;
    return { ok, detail: `${h.state}: ${h.detail}${h.synced ? '' : ' (mirror not synced yet)'}` };
  }

  /** The tenant of the connected Edge (from ConnectResponseMsg), once accepted. */
  get tenantId(): Uuid | undefined {
    const c = this.edgeConfig;
    return c ? halvesToUuid(c.tenantIdMSB, c.tenantIdLSB) : this.mirror.tenant?.tenantId;
  }

  /** Restores the persisted mirror (once); also done by start(). */
  async load(): Promise<void> {
    return this.keeper.load();
  }

  async start(): Promise<void> {
    await this.load();
    // The restored mirror already answers; the link connects in the background.
    this.link.start();
    const every = this.opts.fullSyncIntervalMs ?? 0;
    if (every > 0) this.fullSyncTimer = setInterval(() => this.requestSync(true), every).unref();
  }

  async stop(): Promise<void> {
    if (this.fullSyncTimer) clearInterval(this.fullSyncTimer);
    this.link.stop();
    this.rpc.clear();
    this.sessions.clear();
    await this.keeper.flush();
  }

  // ---- transport API, from the mirror ----

  async validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    const found = this.fromMirror(lookup);
    if (found) return ok(found);
    // Cold start without a snapshot: "not authorised yet", the device retries its registration (§5.2).
    if (!this.mirror.synced) return fail('unavailable', 'edge mirror not synced yet');
    if (lookup.kind === 'endpoint' && this.provisioner) {
      const created = await this.provisioner.provision(lookup.endpoint);
      if (!created.ok) return fail(created.error.kind, created.error.message);
      const fresh = this.fromMirror(lookup);
      if (fresh) return ok(fresh);
    }
    return fail('not-found', 'credentials not found on the edge (is the device assigned to the Edge?)');
  }

  private fromMirror(lookup: CredentialsLookup): ValidatedDevice | undefined {
    for (const id of credentialsIdsOf(lookup)) {
      const hit = this.mirror.findByCredentialsId(id);
      // The core accepts only LWM2M_CREDENTIALS for LwM2M (DefaultTransportApiService.validateCredentials).
      if (!hit || hit.credentials.credentialsType !== LWM2M_CREDENTIALS) continue;
      const credentials = tryParseJson(hit.credentials.credentialsValue);
      return {
        device: hit.device.info,
        credentialsBody: hit.credentials.credentialsValue,
        credentials,
        securityMode: securityModeOf(credentials),
        deviceProfile: this.mirror.profiles.get(hit.device.info.deviceProfileId),
      };
    }
    return undefined;
  }

  async getDeviceProfile(profileId: Uuid): Promise<CoreResult<DeviceProfile>> {
    const p = this.mirror.profiles.get(profileId);
    return p ? ok(p) : fail('not-found', `device profile ${profileId} not on the edge`);
  }

  async getTenant(tenantId: Uuid): Promise<CoreResult<TenantInfo>> {
    // The tenant profile comes only with a full sync; until then the default's behaviour (no limits).
    const profile = this.mirror.tenantProfile ?? { id: NULL_UUID, name: 'Default', isDefault: true, isolatedTbRuleEngine: false };
    return ok({ tenantId, profile, transportState: 'ENABLED' });
  }

  async getModel(tenantId: Uuid, key: string): Promise<CoreResult<ModelResource>> {
    const m = this.mirror.modelByResourceKey(key);
    // System models never arrive in a sync (§2.5): the caller falls back to the built-in registry.
    return m ? ok({ tenantId: m.tenantId, key: m.key, title: m.title, data: m.data }) : fail('not-found', `model ${key} not on the edge`);
  }

  async getOtaPackage(_tenantId: Uuid, deviceId: Uuid, type: OtaPackageType): Promise<CoreResult<OtaPackageInfo>> {
    const p = assignedPackage(this.mirror, deviceId, type);
    if (!p) return fail('not-found', `no ${type} assigned to ${deviceId}`);
    if (p.data === undefined) return fail('invalid-response', `${type} ${p.id} is a URL package`);
    return ok({ packageId: p.id, type: p.type, title: p.title, version: p.version, contentType: p.contentType, fileName: p.fileName });
  }

  async readOtaPackageData(packageId: Uuid, offset = 0, length?: number): Promise<CoreResult<Uint8Array>> {
    const data = this.mirror.otaPackages.get(packageId)?.data;
    if (!data) return fail('not-found', `no bytes for package ${packageId}`);
    const end = length === undefined ? data.length : Math.min(data.length, offset + length);
    return ok(data.subarray(Math.min(offset, data.length), end));
  }

  // ---- sessions (local only) ----

  async openSession(device: DeviceInfo): Promise<CoreResult<CoreSessionInfo>> {
    const info = this.sessions.open(device);
    // RPCs that arrived while the device was not registered: delivered once the caller has the session.
    setImmediate(() => this.deliverPendingRpc(device.deviceId));
    return ok(info);
  }

  async closeSession(sessionId: Uuid): Promise<void> {
    this.sessions.close(sessionId);
  }

  /** Activity follows from data uplinks on this API (§3.5). */
  recordActivity(_sessionId: Uuid): void {}

  getSession(sessionId: Uuid): CoreSessionInfo | undefined {
    return this.sessions.get(sessionId);
  }

  // ---- uplink ----

  async postTelemetry(sessionId: Uuid, batches: TelemetryBatch[]): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    const payload = telemetryPayload(s.device.deviceId, batches);
    return payload ? this.link.send(payload) : ok(undefined);
  }

  async postAttributes(sessionId: Uuid, values: KvEntry[]): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    if (values.length === 0) return ok(undefined);
    const ts = this.now();
    const deviceId = s.device.deviceId;
    let mine = this.clientAttributes.get(deviceId);
    if (!mine) this.clientAttributes.set(deviceId, (mine = new Map()));
    for (const v of values) mine.set(v.key, { ...v, ts });
    return this.link.send(clientAttributesPayload(deviceId, values, ts));
  }

  async requestAttributes(sessionId: Uuid, request: AttributesRequest): Promise<CoreResult<AttributesSnapshot>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    const deviceId = s.device.deviceId;
    return ok(attributeSnapshot(this.mirror, deviceId, this.clientAttributes.get(deviceId)?.values() ?? [], request, this.now()));
  }

  async sendRpcResponse(sessionId: Uuid, response: RpcResponse): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    const t = this.rpc.complete(s.device.deviceId, response.requestId);
    if (!t) return fail('not-found', `no pending RPC ${response.requestId} for the device`);
    return this.sendRpcAnswer(t, response.payload, response.error);
  }

  /** No RPC status exists on this API (§5.4); a one-way call is answered once delivered, a timeout as TIMEOUT. */
  async sendRpcStatus(sessionId: Uuid, _rpcId: Uuid, requestId: number, status: RpcStatus): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    const deviceId = s.device.deviceId;
    const t = this.rpc.get(deviceId, requestId);
    if (!t) return ok(undefined);
    if (status === 'TIMEOUT' || status === 'EXPIRED') {
      this.rpc.complete(deviceId, requestId);
      return this.sendRpcAnswer(t, undefined, 'TIMEOUT');
    }
    if (t.rpc.oneway && (status === 'DELIVERED' || status === 'SUCCESSFUL' || status === 'SENT')) {
      this.rpc.complete(deviceId, requestId);
      return this.sendRpcAnswer(t, '', undefined);
    }
    if (status === 'FAILED') {
      this.rpc.complete(deviceId, requestId);
      return this.sendRpcAnswer(t, undefined, 'INTERNAL');
    }
    return ok(undefined);
  }

  async sendPendingRpc(sessionId: Uuid): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', 'unknown session');
    this.deliverPendingRpc(s.device.deviceId);
    return ok(undefined);
  }

  onEvent(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Asks the core for a sync now (operator-triggered or periodic); false when the link is down. */
  requestSync(full: boolean): boolean {
    if (!this.link.connection.isAccepted) return false;
    this.mirror.beginSync(full);
    return this.link.requestSync(full);
  }

  // ---- internals ----

  private sendRpcAnswer(t: TrackedRpc, payload: string | undefined, error: string | undefined): Promise<CoreResult<void>> {
    return this.link.send({ deviceRpcCallMsg: [rpcAnswer(t, payload, error)] });
  }

  private onRpcDeadline(t: TrackedRpc): void {
    // Answer before the core's deadline, or its caller sees NO_ACTIVE_CONNECTION with no detail (§2.7).
    void this.sendRpcAnswer(t, undefined, t.delivered ? 'TIMEOUT' : 'NO_ACTIVE_CONNECTION');
  }

  private deliverPendingRpc(deviceId: Uuid): void {
    const sessionId = this.sessions.latest(deviceId);
    if (!sessionId) return;
    for (const rpc of this.rpc.takeUndelivered(deviceId)) this.emit({ type: 'rpc-request', sessionId, rpc });
  }

  private onAccepted(conf: edge.IEdgeConfiguration): boolean {
    this.edgeConfig = conf;
    const full = this.opts.syncPolicy === 'full' || !this.mirror.synced;
    this.mirror.beginSync(full);
    this.log.info({ full }, 'edge sync requested');
    return full;
  }

  private onDownlink(msg: edge.IDownlinkMsg): void {
    const watched = this.sessions.devices();
    const otaBefore = new Map(watched.map((d) => [d, otaAttributes(this.mirror, d, 0)]));
    const applied = applyDownlink(this.mirror, msg, this.now());
    for (const p of applied.problems) this.log.warn({ downlinkMsgId: msg.downlinkMsgId }, `edge downlink: ${p}; skipped`);
    if (applied.edgeConfiguration) this.edgeConfig = applied.edgeConfiguration;
    this.dispatch(applied.changes);
    if (applied.changes.some((c) => c.kind === 'device-upserted' || c.kind.startsWith('profile-') || c.kind.startsWith('ota-'))) {
      for (const e of otaChangeEvents(this.mirror, otaBefore, (d) => this.sessions.of(d), this.now())) this.emit(e);
    }
    for (const { deviceId, rpc } of applied.rpcs) {
      if (!this.rpc.add(deviceId, rpc)) continue; // a re-sent duplicate
      this.deliverPendingRpc(deviceId);
    }
    for (const r of applied.rpcReplies) {
      const sessionId = this.sessions.latest(r.deviceId);
      if (sessionId) this.emit({ type: 'server-rpc-response', sessionId, requestId: r.requestId, payload: r.response, error: r.error });
    }
    if (applied.syncCompleted) this.log.info({ devices: this.mirror.devices.size, profiles: this.mirror.profiles.size }, 'edge sync completed');
    if (applied.changes.length > 0 || applied.syncCompleted) this.keeper.schedule(applied.syncCompleted ? 0 : undefined);
  }

  private dispatch(changes: MirrorChange[]): void {
    for (const c of changes) {
      if (c.kind === 'ota-upserted') this.keeper.packageChanged(c.packageId);
      if (c.kind === 'device-removed') {
        this.rpc.dropDevice(c.deviceId);
        this.clientAttributes.delete(c.deviceId);
      }
      if (c.kind === 'device-upserted') this.sessions.updateDevice(c.device);
      for (const e of changeEvents(c, (d) => this.sessions.of(d))) this.emit(e);
    }
  }

  private emit(e: CoreEvent): void {
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.log.error({ err, type: e.type }, 'core event listener failed');
      }
    }
  }
}
