import { randomUUID } from 'node:crypto';
import type { CoreEvent, CoreEventListener, CorePort, CoreSessionInfo } from '../core/index.js';
import {
  fail,
  ok,
  type AttributesRequest,
  type AttributesSnapshot,
  type CoreResult,
  type CredentialsLookup,
  type DeviceInfo,
  type DeviceProfile,
  type KvEntry,
  type ModelResource,
  type OtaPackageInfo,
  type RpcResponse,
  type RpcStatus,
  type TelemetryBatch,
  type TenantInfo,
  type TsKvEntry,
  type Uuid,
  type ValidatedDevice,
} from '../core/index.js';
import { matchCredentials, parseClientCredential, type CredentialEntry } from './credential-matcher.js';
import type { StandaloneConfig, StandaloneDevice, StandaloneProfile } from './standalone-config.js';
import { devicePowerFields, toTsKv } from './standalone-values.js';
import { UplinkStore } from './uplink-store.js';

/**
 * The core port in-process (for `npm start` and tests): devices and profiles from a
 * StandaloneConfig, uplink kept by an UplinkStore, and the core's pushes (RPC, shared
 * attributes, profile/device/credential changes) injected by method calls.
 */

export interface RpcOptions {
  /** How long the RPC may wait (for a sleeping device too) before it expires; default 60 s. */
  readonly timeoutMs?: number;
  readonly oneway?: boolean;
  readonly persisted?: boolean;
}

/** How an injected RPC ended: the device's response, or a status with no response. */
export type RpcOutcome =
  | { readonly kind: 'response'; readonly payload?: string; readonly error?: string; readonly statuses: readonly RpcStatus[] }
  | { readonly kind: 'status'; readonly status: RpcStatus; readonly statuses: readonly RpcStatus[] };

interface PendingRpc {
  readonly sessionId: Uuid;
  readonly rpcId: Uuid;
  readonly statuses: RpcStatus[];
  readonly resolve: (o: RpcOutcome) => void;
  readonly timer: NodeJS.Timeout;
}

interface DeviceRecord {
  config: StandaloneDevice;
  client: CredentialEntry<Uuid>['client'] | undefined;
}

export interface StandaloneCoreOptions {
  readonly now?: () => number;
  readonly onFileError?: (err: unknown) => void;
}

export class StandaloneCore implements CorePort {
  readonly uplink: UplinkStore;
  private readonly tenantId: Uuid;
  private readonly devices = new Map<Uuid, DeviceRecord>();
  private readonly profiles = new Map<Uuid, StandaloneProfile>();
  private readonly shared = new Map<Uuid, Map<string, TsKvEntry>>();
  private readonly sessions = new Map<Uuid, CoreSessionInfo>();
  private readonly listeners = new Set<CoreEventListener>();
  private readonly pendingRpc = new Map<string, PendingRpc>();
  private readonly activity = new Map<Uuid, number>();
  private readonly now: () => number;
  private rpcSeq = 0;
  private running = false;

  constructor(config: StandaloneConfig, options: StandaloneCoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.tenantId = config.tenantId;
    this.uplink = new UplinkStore(config.uplinkFile, 100, options.onFileError);
    for (const p of config.profiles) this.profiles.set(p.id, p);
    for (const d of config.devices) this.devices.set(d.id, { config: d, client: parseClientCredential(d.credentials.credentialsValue) });
    for (const [deviceId, values] of Object.entries(config.sharedAttributes)) {
      this.shared.set(deviceId.toLowerCase(), new Map(Object.entries(values).map(([k, v]) => [k, toTsKv(k, v, this.now())])));
    }
  }

  async start(): Promise<void> {
    this.running = true;
  }

  async stop(): Promise<void> {
    for (const id of [...this.sessions.keys()]) await this.closeSession(id);
    for (const p of this.pendingRpc.values()) clearTimeout(p.timer);
    this.pendingRpc.clear();
    this.running = false;
    await this.uplink.flush();
  }

  // ---- transport API ----

  async validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    const entries: CredentialEntry<Uuid>[] = [];
    for (const [id, d] of this.devices) if (d.client !== undefined) entries.push({ owner: id, client: d.client });
    const hit = matchCredentials(entries, lookup);
    if (hit === undefined) return fail('not-found', 'no device has these credentials');
    const record = this.devices.get(hit.owner) as DeviceRecord;
    const device = this.deviceInfo(record.config);
    const profile = this.profileInfo(record.config.deviceProfileId);
    let credentials: unknown;
    try {
      credentials = JSON.parse(record.config.credentials.credentialsValue) as unknown;
    } catch {
      credentials = undefined;
    }
    return ok({
      device,
      credentialsBody: record.config.credentials.credentialsValue,
      credentials,
      securityMode: hit.client.securityConfigClientMode,
      deviceProfile: profile,
    });
  }

  async getDeviceProfile(profileId: Uuid): Promise<CoreResult<DeviceProfile>> {
    const p = this.profileInfo(profileId);
    return p === undefined ? fail('not-found', `profile ${profileId} not found`) : ok(p);
  }

  async getTenant(tenantId: Uuid): Promise<CoreResult<TenantInfo>> {
    return ok({
      tenantId,
      transportState: 'ENABLED',
      profile: { id: tenantId, name: 'Default', isDefault: true, isolatedTbRuleEngine: false },
    });
  }

  async getModel(_tenantId: Uuid, key: string): Promise<CoreResult<ModelResource>> {
    // Models come from the transport's own model directory in standalone mode.
    return fail('not-found', `model ${key} is not stored in the embedded core`);
  }

  async getOtaPackage(): Promise<CoreResult<OtaPackageInfo>> {
    return fail('not-found', 'no OTA packages in the embedded core');
  }

  async readOtaPackageData(): Promise<CoreResult<Uint8Array>> {
    return fail('not-found', 'no OTA packages in the embedded core');
  }

  // ---- sessions ----

  async openSession(device: DeviceInfo): Promise<CoreResult<CoreSessionInfo>> {
    if (!this.running) return fail('unavailable', 'core is stopped');
    const info = { sessionId: randomUUID(), device };
    this.sessions.set(info.sessionId, info);
    this.uplink.record({ kind: 'session', deviceId: device.deviceId, ts: this.now(), event: 'OPEN' });
    return ok(info);
  }

  async closeSession(sessionId: Uuid): Promise<void> {
    const s = this.sessions.get(sessionId);
    if (s === undefined) return;
    this.sessions.delete(sessionId);
    this.uplink.record({ kind: 'session', deviceId: s.device.deviceId, ts: this.now(), event: 'CLOSED' });
  }

  recordActivity(sessionId: Uuid): void {
    const s = this.sessions.get(sessionId);
    if (s !== undefined) this.activity.set(s.device.deviceId, this.now());
  }

  getSession(sessionId: Uuid): CoreSessionInfo | undefined {
    return this.sessions.get(sessionId);
  }

  // ---- uplink ----

  async postTelemetry(sessionId: Uuid, batches: TelemetryBatch[]): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (s === undefined) return fail('not-found', 'unknown session');
    this.uplink.addTelemetry(s.device.deviceId, batches);
    return ok(undefined);
  }

  async postAttributes(sessionId: Uuid, values: KvEntry[]): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (s === undefined) return fail('not-found', 'unknown session');
    this.uplink.addAttributes(s.device.deviceId, this.now(), values);
    return ok(undefined);
  }

  async requestAttributes(sessionId: Uuid, request: AttributesRequest): Promise<CoreResult<AttributesSnapshot>> {
    const s = this.sessions.get(sessionId);
    if (s === undefined) return fail('not-found', 'unknown session');
    const deviceId = s.device.deviceId;
    const all = [...(this.shared.get(deviceId)?.values() ?? [])];
    const askAll = request.clientKeys.length === 0 && request.sharedKeys.length === 0;
    const shared = askAll ? all : all.filter((e) => request.sharedKeys.includes(e.key));
    const client: TsKvEntry[] = [];
    if (request.onlyShared !== true) {
      for (const [key, v] of this.uplink.latestAttributes(deviceId)) {
        if (askAll || request.clientKeys.includes(key)) client.push({ key, type: v.type, value: v.value, ts: v.ts } as TsKvEntry);
      }
    }
    return ok({ client, shared });
  }

  async sendRpcResponse(sessionId: Uuid, response: RpcResponse): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    const deviceId = s?.device.deviceId ?? 'unknown';
    const rec: { kind: 'rpc-response'; deviceId: Uuid; ts: number; requestId: number; payload?: string; error?: string } = {
      kind: 'rpc-response',
      deviceId,
      ts: this.now(),
      requestId: response.requestId,
    };
    if (response.payload !== undefined) rec.payload = response.payload;
    if (response.error !== undefined) rec.error = response.error;
    this.uplink.record(rec);
    const key = `${sessionId}:${response.requestId}`;
    const p = this.pendingRpc.get(key);
    if (p !== undefined) {
      this.pendingRpc.delete(key);
      clearTimeout(p.timer);
      const out: { kind: 'response'; payload?: string; error?: string; statuses: RpcStatus[] } = { kind: 'response', statuses: p.statuses };
      if (response.payload !== undefined) out.payload = response.payload;
      if (response.error !== undefined) out.error = response.error;
      p.resolve(out);
    }
    return ok(undefined);
  }

  async sendRpcStatus(sessionId: Uuid, _rpcId: Uuid, requestId: number, status: RpcStatus): Promise<CoreResult<void>> {
    const key = `${sessionId}:${requestId}`;
    const p = this.pendingRpc.get(key);
    if (p !== undefined) {
      p.statuses.push(status);
      if (status === 'TIMEOUT' || status === 'FAILED') {
        this.pendingRpc.delete(key);
        clearTimeout(p.timer);
        p.resolve({ kind: 'status', status, statuses: p.statuses });
      }
    }
    return ok(undefined);
  }

  async sendPendingRpc(_sessionId: Uuid): Promise<CoreResult<void>> {
    // RPCs are handed to the transport once and wait there for the device; nothing is parked here.
    return ok(undefined);
  }

  onEvent(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- injected core actions ----

  /** The open session of a device, if any. */
  sessionOf(deviceId: Uuid): CoreSessionInfo | undefined {
    for (const s of this.sessions.values()) if (s.device.deviceId === deviceId) return s;
    return undefined;
  }

  /** Sends an RPC to a device's session; resolves with the device's answer or the final status. */
  sendRpc(deviceId: Uuid, method: string, params: unknown, options: RpcOptions = {}): Promise<RpcOutcome> {
    const session = this.sessionOf(deviceId);
    if (session === undefined) return Promise.resolve({ kind: 'status', status: 'FAILED', statuses: [] });
    const timeoutMs = options.timeoutMs ?? 60_000;
    const requestId = this.rpcSeq++;
    const rpcId = randomUUID();
    return new Promise<RpcOutcome>((resolve) => {
      const key = `${session.sessionId}:${requestId}`;
      const statuses: RpcStatus[] = [];
      // The core's own expiry: the caller gets EXPIRED when nothing came back in time.
      const timer = setTimeout(() => {
        this.pendingRpc.delete(key);
        resolve({ kind: 'status', status: 'EXPIRED', statuses });
      }, timeoutMs + 1000);
      timer.unref();
      this.pendingRpc.set(key, { sessionId: session.sessionId, rpcId, statuses, resolve, timer });
      this.emit({
        type: 'rpc-request',
        sessionId: session.sessionId,
        rpc: {
          requestId,
          rpcId,
          method,
          params: typeof params === 'string' ? params : JSON.stringify(params ?? {}),
          expirationTime: this.now() + timeoutMs,
          oneway: options.oneway ?? false,
          persisted: options.persisted ?? false,
        },
      });
    });
  }

  /** Sets shared attributes of a device and pushes them to its session. */
  updateSharedAttributes(deviceId: Uuid, values: Record<string, unknown>): void {
    let map = this.shared.get(deviceId);
    if (map === undefined) this.shared.set(deviceId, (map = new Map()));
    const ts = this.now();
    const updated: TsKvEntry[] = [];
    for (const [k, v] of Object.entries(values)) {
      const e = toTsKv(k, v, ts);
      map.set(k, e);
      updated.push(e);
    }
    const s = this.sessionOf(deviceId);
    if (s !== undefined) this.emit({ type: 'shared-attributes-updated', sessionId: s.sessionId, updated, deleted: [] });
  }

  sharedAttributes(deviceId: Uuid): ReadonlyMap<string, TsKvEntry> {
    return this.shared.get(deviceId) ?? new Map();
  }

  /** Replaces a profile's data and broadcasts the change. */
  updateProfile(profileId: Uuid, profileData: unknown): void {
    const p = this.profiles.get(profileId);
    if (p === undefined) throw new Error(`unknown profile ${profileId}`);
    this.profiles.set(profileId, { ...p, profileData });
    this.emit({ type: 'device-profile-updated', profile: this.profileInfo(profileId) as DeviceProfile });
  }

  /** Renames a device or moves it to another profile, and broadcasts the change. */
  updateDevice(deviceId: Uuid, changes: { name?: string; deviceProfileId?: Uuid }): void {
    const d = this.devices.get(deviceId);
    if (d === undefined) throw new Error(`unknown device ${deviceId}`);
    d.config = { ...d.config, ...changes };
    const device = this.deviceInfo(d.config);
    for (const [id, s] of this.sessions) if (s.device.deviceId === deviceId) this.sessions.set(id, { ...s, device });
    this.emit({ type: 'device-updated', device });
  }

  /** Adds (or replaces) a device profile without broadcasting: no device uses it yet. */
  addProfile(profile: StandaloneProfile): void {
    this.profiles.set(profile.id, profile);
  }

  /** Removes a device; its session is told through the `device-deleted` broadcast. */
  deleteDevice(deviceId: Uuid): void {
    if (!this.devices.delete(deviceId)) return;
    this.emit({ type: 'device-deleted', deviceId, tenantId: this.tenantId });
  }

  /** Replaces a device's credentials and tells its session (ThingsBoard sends this instead of a close). */
  updateCredentials(deviceId: Uuid, credentialsValue: string): void {
    const d = this.devices.get(deviceId);
    if (d === undefined) throw new Error(`unknown device ${deviceId}`);
    d.config = { ...d.config, credentials: { ...d.config.credentials, credentialsValue } };
    d.client = parseClientCredential(credentialsValue);
    const s = this.sessionOf(deviceId);
    if (s !== undefined) {
      this.emit({ type: 'credentials-updated', sessionId: s.sessionId, credentialsIds: [], credentialsValues: [credentialsValue] });
    }
  }

  private emit(event: CoreEvent): void {
    for (const l of [...this.listeners]) {
      try {
        l(event);
      } catch {
        // A listener's failure must not stop the others (the transport logs its own errors).
      }
    }
  }

  private deviceInfo(d: StandaloneDevice): DeviceInfo {
    const profile = this.profiles.get(d.deviceProfileId);
    const info: DeviceInfo = {
      tenantId: this.tenantId,
      deviceId: d.id,
      deviceName: d.name,
      deviceType: d.type ?? profile?.name ?? 'default',
      deviceProfileId: d.deviceProfileId,
      isGateway: false,
    };
    const override = devicePowerFields(d.deviceData);
    return { ...info, ...override, ...(d.customerId === undefined ? {} : { customerId: d.customerId }) };
  }

  private profileInfo(profileId: Uuid): DeviceProfile | undefined {
    const p = this.profiles.get(profileId);
    if (p === undefined) return undefined;
    return {
      id: p.id,
      tenantId: this.tenantId,
      name: p.name,
      type: p.type,
      transportType: p.transportType,
      provisionType: 'DISABLED',
      isDefault: false,
      profileData: p.profileData,
    };
  }
}
