/**
 * The local copy of what the core gives an Edge (thingsboard-edge-grpc.md §5.2): devices, credentials
 * (indexed by credentialsId), device profiles, OTA packages, tenant LwM2M models, tenant and tenant
 * profile, shared attributes. The Edge API has no request/response for any of these, so every port
 * lookup is answered from here. All updates are upserts (duplicates are harmless, §1.7); a sync marks
 * what it sees and `completeSync` sweeps the rest, because a sync never sends deletions (§1.8).
 * Pure in-memory state: persistence is src/edge/mirror-store.ts.
 */
import type { DeviceInfo, DeviceProfile, TenantProfile, TsKvEntry, Uuid } from '../core/index.js';
import type { MirrorCredentials, MirrorDevice, MirrorModel, MirrorOtaPackage } from './entity-json.js';

/** What changed, for the adapter to turn into core events. */
export type MirrorChange =
  | { kind: 'device-upserted'; device: DeviceInfo; previous: MirrorDevice | undefined }
  | { kind: 'device-removed'; deviceId: Uuid; tenantId: Uuid }
  | { kind: 'credentials-changed'; deviceId: Uuid; credentials: MirrorCredentials; previous: MirrorCredentials | undefined }
  | { kind: 'profile-upserted'; profile: DeviceProfile; previous: DeviceProfile | undefined }
  | { kind: 'profile-removed'; profileId: Uuid; tenantId: Uuid }
  | { kind: 'ota-upserted'; packageId: Uuid }
  | { kind: 'ota-removed'; packageId: Uuid }
  | { kind: 'model-upserted'; tenantId: Uuid; key: string }
  | { kind: 'model-removed'; tenantId: Uuid; key: string }
  | { kind: 'shared-attributes'; deviceId: Uuid; updated: TsKvEntry[]; deleted: string[] }
  | { kind: 'tenant-updated'; tenantId: Uuid; tenantProfileId: Uuid }
  | { kind: 'tenant-profile-updated'; profile: TenantProfile };

/** The JSON-serialisable part of the mirror (OTA bytes are stored as blobs beside it). */
export interface MirrorSnapshot {
  version: 1;
  /** True once a sync has completed: a restart may then serve devices before the next sync. */
  synced: boolean;
  tenant?: { tenantId: Uuid; tenantProfileId: Uuid } | undefined;
  tenantProfile?: TenantProfile | undefined;
  devices: MirrorDevice[];
  credentials: MirrorCredentials[];
  profiles: DeviceProfile[];
  otaPackages: Array<Omit<MirrorOtaPackage, 'data'> & { hasData: boolean }>;
  models: Array<Omit<MirrorModel, 'data'> & { data: string }>;
  sharedAttributes: Array<{ deviceId: Uuid; values: TsKvEntry[] }>;
}

interface SyncMarks {
  full: boolean;
  devices: Set<Uuid>;
  profiles: Set<Uuid>;
  ota: Set<Uuid>;
  models: Set<Uuid>;
}

export class EdgeMirror {
  readonly devices = new Map<Uuid, MirrorDevice>();
  readonly credentials = new Map<Uuid, MirrorCredentials>();
  readonly profiles = new Map<Uuid, DeviceProfile>();
  readonly otaPackages = new Map<Uuid, MirrorOtaPackage>();
  /** resource id → model, and key → resource id (a delete carries only the id). */
  readonly models = new Map<Uuid, MirrorModel>();
  private readonly modelByKey = new Map<string, Uuid>();
  private readonly credentialIndex = new Map<string, Uuid>();
  readonly sharedAttributes = new Map<Uuid, Map<string, TsKvEntry>>();
  tenant: { tenantId: Uuid; tenantProfileId: Uuid } | undefined;
  tenantProfile: TenantProfile | undefined;
  synced = false;
  private marks: SyncMarks | undefined;

  get syncInProgress(): boolean {
    return this.marks !== undefined;
  }

  // ---- sync ----

  beginSync(full: boolean): void {
    this.marks = { full, devices: new Set(), profiles: new Set(), ota: new Set(), models: new Set() };
  }

  /** Sweeps what the sync did not mention; packages and models only after a full sync (§1.8). */
  completeSync(): MirrorChange[] {
    const m = this.marks;
    this.marks = undefined;
    if (!m) return [];
    const out: MirrorChange[] = [];
    for (const id of [...this.devices.keys()]) if (!m.devices.has(id)) out.push(...this.removeDevice(id));
    for (const [id, p] of [...this.profiles]) {
      if (m.profiles.has(id)) continue;
      this.profiles.delete(id);
      out.push({ kind: 'profile-removed', profileId: id, tenantId: p.tenantId });
    }
    if (m.full) {
      for (const id of [...this.otaPackages.keys()]) if (!m.ota.has(id)) out.push(...this.removeOtaPackage(id));
      for (const id of [...this.models.keys()]) if (!m.models.has(id)) out.push(...this.removeModel(id));
    }
    this.synced = true;
    return out;
  }

  // ---- devices and credentials ----

  upsertDevice(d: MirrorDevice): MirrorChange[] {
    this.marks?.devices.add(d.info.deviceId);
    const previous = this.devices.get(d.info.deviceId);
    this.devices.set(d.info.deviceId, d);
    if (previous && JSON.stringify(previous) === JSON.stringify(d)) return [];
    return [{ kind: 'device-upserted', device: d.info, previous }];
  }

  removeDevice(deviceId: Uuid): MirrorChange[] {
    const d = this.devices.get(deviceId);
    // A device DELETED is fanned out to every edge of the tenant: unknown ids are normal (§2.2).
    if (!d) return [];
    this.devices.delete(deviceId);
    const c = this.credentials.get(deviceId);
    if (c && this.credentialIndex.get(c.credentialsId) === deviceId) this.credentialIndex.delete(c.credentialsId);
    this.credentials.delete(deviceId);
    this.sharedAttributes.delete(deviceId);
    return [{ kind: 'device-removed', deviceId, tenantId: d.info.tenantId }];
  }

  upsertCredentials(c: MirrorCredentials): MirrorChange[] {
    const previous = this.credentials.get(c.deviceId);
    if (previous && previous.credentialsId === c.credentialsId && previous.credentialsValue === c.credentialsValue && previous.credentialsType === c.credentialsType) {
      return [];
    }
    if (previous && this.credentialIndex.get(previous.credentialsId) === c.deviceId) this.credentialIndex.delete(previous.credentialsId);
    this.credentials.set(c.deviceId, c);
    this.credentialIndex.set(c.credentialsId, c.deviceId);
    return [{ kind: 'credentials-changed', deviceId: c.deviceId, credentials: c, previous }];
  }

  /** The device and credentials stored under a credentialsId (the core's lookup key, §2.3). */
  findByCredentialsId(credentialsId: string): { device: MirrorDevice; credentials: MirrorCredentials } | undefined {
    const deviceId = this.credentialIndex.get(credentialsId);
    if (deviceId === undefined) return undefined;
    const device = this.devices.get(deviceId);
    const credentials = this.credentials.get(deviceId);
    return device && credentials ? { device, credentials } : undefined;
  }

  // ---- profiles, OTA, models, tenant ----

  upsertProfile(p: DeviceProfile): MirrorChange[] {
    this.marks?.profiles.add(p.id);
    const previous = this.profiles.get(p.id);
    this.profiles.set(p.id, p);
    if (previous && JSON.stringify(previous) === JSON.stringify(p)) return [];
    return [{ kind: 'profile-upserted', profile: p, previous }];
  }

  removeProfile(id: Uuid): MirrorChange[] {
    const p = this.profiles.get(id);
    if (!p) return [];
    this.profiles.delete(id);
    return [{ kind: 'profile-removed', profileId: id, tenantId: p.tenantId }];
  }

  upsertOtaPackage(p: MirrorOtaPackage): MirrorChange[] {
    this.marks?.ota.add(p.id);
    this.otaPackages.set(p.id, p);
    return [{ kind: 'ota-upserted', packageId: p.id }];
  }

  removeOtaPackage(id: Uuid): MirrorChange[] {
    return this.otaPackages.delete(id) ? [{ kind: 'ota-removed', packageId: id }] : [];
  }

  upsertModel(m: MirrorModel): MirrorChange[] {
    this.marks?.models.add(m.id);
    const old = this.models.get(m.id);
    if (old && old.key !== m.key) this.modelByKey.delete(old.key);
    this.models.set(m.id, m);
    this.modelByKey.set(m.key, m.id);
    return [{ kind: 'model-upserted', tenantId: m.tenantId, key: m.key }];
  }

  removeModel(id: Uuid): MirrorChange[] {
    const m = this.models.get(id);
    if (!m) return [];
    this.models.delete(id);
    if (this.modelByKey.get(m.key) === id) this.modelByKey.delete(m.key);
    return [{ kind: 'model-removed', tenantId: m.tenantId, key: m.key }];
  }

  modelByResourceKey(key: string): MirrorModel | undefined {
    const id = this.modelByKey.get(key);
    return id === undefined ? undefined : this.models.get(id);
  }

  setTenant(t: { tenantId: Uuid; tenantProfileId: Uuid }): MirrorChange[] {
    this.tenant = t;
    return [{ kind: 'tenant-updated', ...t }];
  }

  setTenantProfile(p: TenantProfile): MirrorChange[] {
    this.tenantProfile = p;
    return [{ kind: 'tenant-profile-updated', profile: p }];
  }

  // ---- shared attributes ----

  /** Newest ts wins per key (a re-sent pack may carry older values, §1.7); reports only real changes. */
  updateSharedAttributes(deviceId: Uuid, values: TsKvEntry[]): MirrorChange[] {
    let attrs = this.sharedAttributes.get(deviceId);
    if (!attrs) {
      attrs = new Map();
      this.sharedAttributes.set(deviceId, attrs);
    }
    const updated: TsKvEntry[] = [];
    for (const v of values) {
      const old = attrs.get(v.key);
      if (old && (old.ts > v.ts || (old.ts === v.ts && old.type === v.type && old.value === v.value))) continue;
      attrs.set(v.key, v);
      updated.push(v);
    }
    return updated.length > 0 ? [{ kind: 'shared-attributes', deviceId, updated, deleted: [] }] : [];
  }

  deleteSharedAttributes(deviceId: Uuid, keys: string[]): MirrorChange[] {
    const attrs = this.sharedAttributes.get(deviceId);
    const deleted = keys.filter((k) => attrs?.delete(k) === true);
    return deleted.length > 0 ? [{ kind: 'shared-attributes', deviceId, updated: [], deleted }] : [];
  }

  // ---- persistence ----

  snapshot(): MirrorSnapshot {
    return {
      version: 1,
      synced: this.synced,
      tenant: this.tenant,
      tenantProfile: this.tenantProfile,
      devices: [...this.devices.values()],
      credentials: [...this.credentials.values()],
      profiles: [...this.profiles.values()],
      otaPackages: [...this.otaPackages.values()].map(({ data, ...rest }) => ({ ...rest, hasData: data !== undefined })),
      models: [...this.models.values()].map((m) => ({ ...m, data: m.data.toString('base64') })),
      sharedAttributes: [...this.sharedAttributes].map(([deviceId, m]) => ({ deviceId, values: [...m.values()] })),
    };
  }

  /** Forgets everything (a restore that failed half-way). */
  clear(): void {
    for (const m of [this.devices, this.credentials, this.profiles, this.otaPackages, this.models, this.modelByKey, this.credentialIndex, this.sharedAttributes]) m.clear();
    this.tenant = undefined;
    this.tenantProfile = undefined;
    this.synced = false;
    this.marks = undefined;
  }

  /** Loads a snapshot into an empty mirror; `blob` returns the stored bytes of a package. */
  restore(s: MirrorSnapshot, blob: (packageId: Uuid) => Buffer | undefined): void {
    this.synced = s.synced;
    this.tenant = s.tenant;
    this.tenantProfile = s.tenantProfile;
    for (const d of s.devices) this.devices.set(d.info.deviceId, d);
    for (const c of s.credentials) {
      this.credentials.set(c.deviceId, c);
      this.credentialIndex.set(c.credentialsId, c.deviceId);
    }
    for (const p of s.profiles) this.profiles.set(p.id, p);
    for (const { hasData, ...p } of s.otaPackages) this.otaPackages.set(p.id, { ...p, data: hasData ? blob(p.id) : undefined });
    for (const m of s.models) this.upsertModel({ ...m, data: Buffer.from(m.data, 'base64') });
    for (const { deviceId, values } of s.sharedAttributes) this.sharedAttributes.set(deviceId, new Map(values.map((v) => [v.key, v])));
  }
}
