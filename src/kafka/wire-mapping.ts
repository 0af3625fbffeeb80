/**
 * Decoded wire messages -> plain port types (src/core/core-types.ts). Input is treated as
 * hostile: JSON that does not parse becomes `undefined`, unknown enum strings fall back to safe
 * values, missing sub-messages give `undefined` results instead of throwing.
 */
import Long from 'long';
import { transport } from '../gen/wire.js';
import {
  NULL_UUID,
  type ApiState,
  type DeviceInfo,
  type DeviceProfile,
  type KvEntry,
  type ModelResource,
  type OtaPackageInfo,
  type OtaPackageType,
  type PowerMode,
  type SessionCloseReason,
  type TenantProfile,
  type TsKvEntry,
  type Uuid,
} from '../core/core-types.js';
import { halvesToUuid, isZeroHalves } from '../tbwire/uuid-codec.js';
import { tryParseJson } from '../tbwire/credentials.js';

type LongLike = Long | number | null | undefined;

export function toNumber(v: LongLike): number {
  return v == null ? 0 : Long.fromValue(v).toNumber();
}


/** An optional id pair: undefined when either half is absent or both are zero. */
function optionalId(msb: LongLike, lsb: LongLike): Uuid | undefined {
  if (msb == null || lsb == null) return undefined;
  return isZeroHalves(msb, lsb) ? undefined : halvesToUuid(msb, lsb);
}

function powerModeOf(s: string | null | undefined): PowerMode | undefined {
  return s === 'PSM' || s === 'DRX' || s === 'E_DRX' ? s : undefined;
}

/** ThingsBoard treats a customer with either half 0 (or absent), or the null UUID, as "no customer" (§2.3). */
function customerOf(msb: LongLike, lsb: LongLike): Uuid | undefined {
  if (msb == null || lsb == null || Long.fromValue(msb).isZero() || Long.fromValue(lsb).isZero()) return undefined;
  const c = halvesToUuid(msb, lsb);
  return c === NULL_UUID ? undefined : c;
}

export function deviceInfoFromProto(p: transport.IDeviceInfoProto): DeviceInfo {
  return {
    tenantId: halvesToUuid(p.tenantIdMSB, p.tenantIdLSB),
    deviceId: halvesToUuid(p.deviceIdMSB, p.deviceIdLSB),
    deviceName: p.deviceName ?? '',
    deviceType: p.deviceType ?? '',
    deviceProfileId: halvesToUuid(p.deviceProfileIdMSB, p.deviceProfileIdLSB),
    customerId: customerOf(p.customerIdMSB, p.customerIdLSB),
    additionalInfo: p.additionalInfo ? p.additionalInfo : undefined,
    powerMode: powerModeOf(p.powerMode),
    edrxCycle: p.edrxCycle != null && !Long.fromValue(p.edrxCycle).isZero() ? toNumber(p.edrxCycle) : undefined,
    psmActivityTimer: p.psmActivityTimer != null && !Long.fromValue(p.psmActivityTimer).isZero() ? toNumber(p.psmActivityTimer) : undefined,
    pagingTransmissionWindow:
      p.pagingTransmissionWindow != null && !Long.fromValue(p.pagingTransmissionWindow).isZero() ? toNumber(p.pagingTransmissionWindow) : undefined,
    isGateway: p.isGateway === true,
  };
}

/** A broadcast device update (DeviceProto) as DeviceInfo; power-mode settings live in deviceData JSON. */
export function deviceInfoFromDeviceProto(p: transport.IDeviceProto): DeviceInfo {
  const data = tryParseJson(p.deviceData ?? undefined) as { transportConfiguration?: Record<string, unknown> } | undefined;
  const tc = data && typeof data === 'object' ? data.transportConfiguration : undefined;
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  return {
    tenantId: halvesToUuid(p.tenantIdMSB, p.tenantIdLSB),
    deviceId: halvesToUuid(p.deviceIdMSB, p.deviceIdLSB),
    deviceName: p.deviceName ?? '',
    deviceType: p.deviceType ?? '',
    deviceProfileId: halvesToUuid(p.deviceProfileIdMSB, p.deviceProfileIdLSB),
    customerId: customerOf(p.customerIdMSB, p.customerIdLSB),
    additionalInfo: p.additionalInfo ?? undefined,
    powerMode: powerModeOf(typeof tc?.['powerMode'] === 'string' ? tc['powerMode'] : undefined),
    edrxCycle: num(tc?.['edrxCycle']),
    psmActivityTimer: num(tc?.['psmActivityTimer']),
    pagingTransmissionWindow: num(tc?.['pagingTransmissionWindow']),
    isGateway: false,
  };
}

export function deviceProfileFromProto(p: transport.IDeviceProfileProto): DeviceProfile {
  return {
    id: halvesToUuid(p.deviceProfileIdMSB, p.deviceProfileIdLSB),
    tenantId: halvesToUuid(p.tenantIdMSB, p.tenantIdLSB),
    name: p.name ?? '',
    type: p.type ?? '',
    transportType: p.transportType ?? '',
    provisionType: p.provisionType ?? '',
    isDefault: p.isDefault === true,
    defaultRuleChainId: optionalId(p.defaultRuleChainIdMSB, p.defaultRuleChainIdLSB),
    defaultQueueName: p.defaultQueueName ? p.defaultQueueName : undefined,
    firmwareId: optionalId(p.firmwareIdMSB, p.firmwareIdLSB),
    softwareId: optionalId(p.softwareIdMSB, p.softwareIdLSB),
    profileData: tryParseJson(p.deviceProfileData ?? undefined),
    version: p.version != null ? toNumber(p.version) : undefined,
  };
}

export function tenantProfileFromProto(p: transport.ITenantProfileProto): TenantProfile {
  return {
    id: halvesToUuid(p.tenantProfileIdMSB, p.tenantProfileIdLSB),
    name: p.name ?? '',
    isDefault: p.isDefault === true,
    isolatedTbRuleEngine: p.isolatedTbRuleEngine === true,
    profileData: tryParseJson(p.profileData ?? undefined),
  };
}

export function apiStateOf(s: string | null | undefined): ApiState {
  return s === 'DISABLED' || s === 'WARNING' ? s : 'ENABLED';
}

export function modelFromProto(r: transport.ITbResourceProto, tenantId: Uuid, key: string): ModelResource | undefined {
  if (!r.data || r.data.length === 0) return undefined;
  return { tenantId, key: r.resourceKey || key, title: r.title ?? '', data: r.data };
}

export function otaInfoFromProto(p: transport.IGetOtaPackageResponseMsg, type: OtaPackageType): OtaPackageInfo {
  return {
    packageId: halvesToUuid(p.otaPackageIdMSB, p.otaPackageIdLSB),
    type: p.type === 'SOFTWARE' || p.type === 'FIRMWARE' ? p.type : type,
    title: p.title ?? '',
    version: p.version ?? '',
    contentType: p.contentType ?? '',
    fileName: p.fileName ?? '',
  };
}


export function kvFromProto(p: transport.IKeyValueProto): KvEntry {
  const key = p.key ?? '';
  switch (p.type) {
    case transport.KeyValueType.BOOLEAN_V:
      return { key, type: 'boolean', value: p.bool_v === true };
    case transport.KeyValueType.LONG_V:
      return { key, type: 'long', value: toNumber(p.long_v) };
    case transport.KeyValueType.DOUBLE_V:
      return { key, type: 'double', value: p.double_v ?? 0 };
    case transport.KeyValueType.JSON_V:
      return { key, type: 'json', value: p.json_v ?? '' };
    default:
      return { key, type: 'string', value: p.string_v ?? '' };
  }
}

export function tsKvFromProto(p: transport.ITsKvProto): TsKvEntry {
  return { ...kvFromProto(p.kv ?? {}), ts: toNumber(p.ts) };
}

export function kvToProto(kv: KvEntry): transport.IKeyValueProto {
  switch (kv.type) {
    case 'boolean':
      return { key: kv.key, type: transport.KeyValueType.BOOLEAN_V, bool_v: kv.value };
    case 'long':
      return { key: kv.key, type: transport.KeyValueType.LONG_V, long_v: Long.fromNumber(kv.value) };
    case 'double':
      return { key: kv.key, type: transport.KeyValueType.DOUBLE_V, double_v: kv.value };
    case 'string':
      return { key: kv.key, type: transport.KeyValueType.STRING_V, string_v: kv.value };
    case 'json':
      return { key: kv.key, type: transport.KeyValueType.JSON_V, json_v: kv.value };
  }
}

const CLOSE_REASONS: readonly SessionCloseReason[] = [
  'UNKNOWN_REASON',
  'CREDENTIALS_UPDATED',
  'MAX_CONCURRENT_SESSIONS_LIMIT_REACHED',
  'SESSION_TIMEOUT',
  'RPC_DELIVERY_TIMEOUT',
];
export function closeReasonOf(n: number | null | undefined): SessionCloseReason {
  return CLOSE_REASONS[n ?? 0] ?? 'UNKNOWN_REASON';
}
