/**
 * Typed transport API calls used by LwM2M (thingsboard-transport-wire.md §2.1, §5) with their
 * caches (§4.6): device profiles, tenants (profile + API state) and object models (misses too).
 * No TTL, as in ThingsBoard: entries change only through the core's broadcasts (see
 * notification-handler.ts). Concurrent misses for one key share one request.
 */
import type { Logger } from 'pino';
import { transport } from '../gen/wire.js';
import {
  fail,
  ok,
  type ApiState,
  type CoreResult,
  type CredentialsLookup,
  type DeviceProfile,
  type ModelResource,
  type OtaPackageInfo,
  type OtaPackageType,
  type TenantInfo,
  type TenantProfile,
  type Uuid,
  type ValidatedDevice,
} from '../core/core-types.js';
import type { ApiCallOutcome } from './transport-api-client.js';
import { halvesToUuid as halves, uuidToHalves } from '../tbwire/uuid-codec.js';
import {
  apiStateOf,
  deviceInfoFromProto,
  deviceProfileFromProto,
  modelFromProto,
  otaInfoFromProto,
  tenantProfileFromProto,
} from './wire-mapping.js';
import { securityModeOf, tryParseJson, x509CredentialsId } from '../tbwire/credentials.js';

export type ApiCaller = (req: transport.ITransportApiRequestMsg) => Promise<ApiCallOutcome>;

export interface QueueRoute {
  tenantId: Uuid;
  queueName: string;
  queueTopic: string;
  partitions: number;
  duplicateMsgToAllPartitions: boolean;
}

/** Model resource type on the core (§5.8). */
const LWM2M_MODEL = 'LWM2M_MODEL';


function failureOf<T>(o: Exclude<ApiCallOutcome, { kind: 'response' }>, what: string): CoreResult<T> {
  switch (o.kind) {
    case 'timeout':
      // The core sends nothing for unknown ids (App. C): a timeout may also mean "not found".
      return fail('timeout', `${what}: no answer from the core in time`);
    case 'overloaded':
      return fail('overloaded', `${what}: too many requests in flight`);
    case 'unavailable':
      return fail('unavailable', `${what}: ${o.reason}`);
  }
}

export class CoreApi {
  private readonly profiles = new Map<Uuid, DeviceProfile>();
  private readonly tenants = new Map<Uuid, TenantInfo>();
  private readonly models = new Map<string, ModelResource | null>();
  private readonly inflight = new Map<string, Promise<CoreResult<unknown>>>();

  constructor(
    private readonly call: ApiCaller,
    private readonly log: Logger,
  ) {}

  // ---------- credentials ----------

  async validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    switch (lookup.kind) {
      case 'endpoint':
        return this.validateById(lookup.endpoint);
      case 'psk':
        return this.validateById(lookup.identity);
      case 'rpk':
        // ThingsBoard finds RPK devices by endpoint; the key is in the credentials body (§5.1).
        return this.validateById(lookup.endpoint);
      case 'x509': {
        if (lookup.trustedCommonName) {
          const byCn = await this.validateById(lookup.trustedCommonName);
          if (byCn.ok || byCn.error.kind !== 'not-found') return byCn;
        }
        return this.validateById(x509CredentialsId(lookup.certificateDer));
      }
    }
  }

  private async validateById(credentialsId: string): Promise<CoreResult<ValidatedDevice>> {
    const o = await this.call({ validateDeviceLwM2MCredentialsRequestMsg: { credentialsId } });
    if (o.kind !== 'response') return failureOf(o, 'credentials validation');
    const r = o.msg.validateCredResponseMsg;
    if (!r || !r.deviceInfo) return fail('not-found', 'credentials not found');
    const deviceProfile = r.deviceProfile ? deviceProfileFromProto(r.deviceProfile) : undefined;
    if (deviceProfile) this.profiles.set(deviceProfile.id, deviceProfile);
    const credentials = tryParseJson(r.credentialsBody ?? '');
    return ok({
      device: deviceInfoFromProto(r.deviceInfo),
      credentialsBody: r.credentialsBody ?? '',
      credentials,
      securityMode: securityModeOf(credentials),
      deviceProfile,
    });
  }

  // ---------- profiles and tenants ----------

  getDeviceProfile(profileId: Uuid): Promise<CoreResult<DeviceProfile>> {
    const cached = this.profiles.get(profileId);
    if (cached) return Promise.resolve(ok(cached));
    return this.once(`dp:${profileId}`, async () => {
      const id = uuidToHalves(profileId);
      const o = await this.call({ entityProfileRequestMsg: { entityType: 'DEVICE_PROFILE', entityIdMSB: id.msb, entityIdLSB: id.lsb } });
      if (o.kind !== 'response') return failureOf<DeviceProfile>(o, 'device profile');
      const p = o.msg.entityProfileResponseMsg?.deviceProfile;
      if (!p) return fail('not-found', `device profile ${profileId} not found`);
      const profile = deviceProfileFromProto(p);
      this.profiles.set(profileId, profile);
      return ok(profile);
    });
  }

  getTenant(tenantId: Uuid): Promise<CoreResult<TenantInfo>> {
    const cached = this.tenants.get(tenantId);
    if (cached) return Promise.resolve(ok(cached));
    return this.once(`t:${tenantId}`, async () => {
      const id = uuidToHalves(tenantId);
      const o = await this.call({ entityProfileRequestMsg: { entityType: 'TENANT', entityIdMSB: id.msb, entityIdLSB: id.lsb } });
      if (o.kind !== 'response') return failureOf<TenantInfo>(o, 'tenant');
      const r = o.msg.entityProfileResponseMsg;
      if (!r?.tenantProfile) return fail('not-found', `tenant ${tenantId} not found`);
      const info: TenantInfo = { tenantId, profile: tenantProfileFromProto(r.tenantProfile), transportState: apiStateOf(r.apiState?.transportState) };
      this.tenants.set(tenantId, info);
      return ok(info);
    });
  }

  // ---------- models ----------

  getModel(tenantId: Uuid, key: string): Promise<CoreResult<ModelResource>> {
    const cacheKey = `${tenantId}|${key}`;
    const cached = this.models.get(cacheKey);
    if (cached === null) return Promise.resolve(fail('not-found', `model ${key} not found`));
    if (cached) return Promise.resolve(ok(cached));
    return this.once(`m:${cacheKey}`, async () => {
      const id = uuidToHalves(tenantId);
      const o = await this.call({ resourceRequestMsg: { tenantIdMSB: id.msb, tenantIdLSB: id.lsb, resourceType: LWM2M_MODEL, resourceKey: key } });
      if (o.kind !== 'response') return failureOf<ModelResource>(o, `model ${key}`);
      const res = o.msg.resourceResponseMsg?.resource;
      const model = res ? modelFromProto(res, tenantId, key) : undefined;
      // Misses are remembered too ("key known, value null", §4.6) until a resource broadcast.
      this.models.set(cacheKey, model ?? null);
      return model ? ok(model) : fail<ModelResource>('not-found', `model ${key} not found`);
    });
  }

  // ---------- OTA ----------

  async getOtaPackage(tenantId: Uuid, deviceId: Uuid, type: OtaPackageType): Promise<CoreResult<OtaPackageInfo>> {
    const d = uuidToHalves(deviceId);
    const t = uuidToHalves(tenantId);
    const o = await this.call({ otaPackageRequestMsg: { deviceIdMSB: d.msb, deviceIdLSB: d.lsb, tenantIdMSB: t.msb, tenantIdLSB: t.lsb, type } });
    if (o.kind !== 'response') return failureOf(o, 'OTA package');
    const r = o.msg.otaPackageResponseMsg;
    switch (r?.responseStatus ?? transport.ResponseStatus.UNKNOWN) {
      case transport.ResponseStatus.SUCCESS:
        return ok(otaInfoFromProto(r as transport.GetOtaPackageResponseMsg, type));
      case transport.ResponseStatus.FAILURE:
        return fail('invalid-response', 'OTA package is URL-only; the transport cannot deliver it');
      default:
        return fail('not-found', 'no OTA package assigned');
    }
  }

  // ---------- queue routing (start-up) ----------

  async getQueueRouting(): Promise<CoreResult<QueueRoute[]>> {
    const o = await this.call({ getAllQueueRoutingInfoRequestMsg: {} });
    if (o.kind !== 'response') return failureOf(o, 'queue routing');
    return ok(o.msg.getQueueRoutingInfoResponseMsgs.map(queueRouteFromProto));
  }

  // ---------- cache maintenance from broadcasts ----------

  putDeviceProfile(p: DeviceProfile): void {
    this.profiles.set(p.id, p);
  }
  evictDeviceProfile(id: Uuid): void {
    this.profiles.delete(id);
  }
  cachedDeviceProfile(id: Uuid): DeviceProfile | undefined {
    return this.profiles.get(id);
  }
  /** Replaces the profile in every cached tenant that uses it. */
  putTenantProfile(p: TenantProfile): void {
    for (const [id, t] of this.tenants) if (t.profile.id === p.id) this.tenants.set(id, { ...t, profile: p });
  }
  evictTenantProfile(profileId: Uuid): void {
    for (const [id, t] of this.tenants) if (t.profile.id === profileId) this.tenants.delete(id);
  }
  /** A tenant moved to another profile: refetch on next use. */
  onTenantUpdated(tenantId: Uuid, tenantProfileId: Uuid): void {
    const t = this.tenants.get(tenantId);
    if (t && t.profile.id !== tenantProfileId) this.tenants.delete(tenantId);
  }
  evictTenant(tenantId: Uuid): void {
    this.tenants.delete(tenantId);
  }
  setApiState(tenantId: Uuid, state: ApiState): void {
    const t = this.tenants.get(tenantId);
    if (t) this.tenants.set(tenantId, { ...t, transportState: state });
  }
  cachedTenant(tenantId: Uuid): TenantInfo | undefined {
    return this.tenants.get(tenantId);
  }
  /** Drops a model (or miss) for a tenant; a SYS-level change drops it for every tenant. */
  evictModel(tenantId: Uuid, key: string, isSystem: boolean): void {
    for (const k of [...this.models.keys()]) {
      const [t, mk] = k.split('|');
      if (mk === key && (isSystem || t === tenantId)) this.models.delete(k);
    }
  }

  private once<T>(key: string, run: () => Promise<CoreResult<T>>): Promise<CoreResult<T>> {
    const existing = this.inflight.get(key);
    if (existing) return existing as Promise<CoreResult<T>>;
    const p = run()
      .catch((e: unknown) => {
        this.log.error({ err: e, key }, 'core API call failed unexpectedly');
        return fail<T>('invalid-response', (e as Error).message);
      })
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }
}

export function queueRouteFromProto(q: transport.IGetQueueRoutingInfoResponseMsg | transport.IQueueUpdateMsg): QueueRoute {
  return {
    tenantId: halves(q.tenantIdMSB, q.tenantIdLSB),
    queueName: q.queueName ?? '',
    queueTopic: q.queueTopic ?? '',
    partitions: q.partitions ?? 0,
    duplicateMsgToAllPartitions: q.duplicateMsgToAllPartitions === true,
  };
}
