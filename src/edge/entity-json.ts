/**
 * Pure parsers for the entity JSON the core sends in `entity` fields (thingsboard-edge-grpc.md §2.0:
 * the REST API's Jackson JSON, ids as {"entityType","id"}). Input is hostile: anything malformed gives
 * `undefined`, never an exception; unknown properties are ignored (new core versions add fields).
 */
import {
  NULL_UUID,
  type DeviceInfo,
  type DeviceProfile,
  type OtaPackageType,
  type PowerMode,
  type TenantProfile,
  type Uuid,
} from '../core/index.js';

type Obj = Record<string, unknown>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseJsonObject(text: string | null | undefined): Obj | undefined {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    const v: unknown = JSON.parse(text);
    return isObj(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(o: Obj, k: string): string | undefined {
  const v = o[k];
  return typeof v === 'string' ? v : undefined;
}

function num(o: Obj | undefined, k: string): number | undefined {
  const v = o?.[k];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** `{"entityType":"DEVICE","id":"<uuid>"}` (or a bare UUID string) → lower-case UUID. */
export function entityIdOf(v: unknown): Uuid | undefined {
  const raw = isObj(v) ? v['id'] : v;
  if (typeof raw !== 'string') return undefined;
  const u = raw.toLowerCase();
  return UUID_RE.test(u) ? u : undefined;
}

function optionalId(v: unknown): Uuid | undefined {
  const id = entityIdOf(v);
  return id === undefined || id === NULL_UUID ? undefined : id;
}

function powerModeOf(v: unknown): PowerMode | undefined {
  return v === 'PSM' || v === 'DRX' || v === 'E_DRX' ? v : undefined;
}

export interface MirrorDevice {
  info: DeviceInfo;
  firmwareId?: Uuid | undefined;
  softwareId?: Uuid | undefined;
}

/** `Device` JSON (§2.2). Requires id, tenantId, name and deviceProfileId. */
export function parseDevice(text: string | null | undefined): MirrorDevice | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const deviceId = entityIdOf(o['id']);
  const tenantId = entityIdOf(o['tenantId']);
  const deviceProfileId = entityIdOf(o['deviceProfileId']);
  const name = str(o, 'name');
  if (!deviceId || !tenantId || !deviceProfileId || name === undefined) return undefined;
  const data = isObj(o['deviceData']) ? o['deviceData'] : undefined;
  const tc = data && isObj(data['transportConfiguration']) ? data['transportConfiguration'] : undefined;
  const extra = o['additionalInfo'];
  return {
    info: {
      tenantId,
      deviceId,
      deviceName: name,
      deviceType: str(o, 'type') ?? '',
      deviceProfileId,
      customerId: optionalId(o['customerId']),
      additionalInfo: extra === undefined || extra === null ? undefined : typeof extra === 'string' ? extra : JSON.stringify(extra),
      powerMode: powerModeOf(tc?.['powerMode']),
      edrxCycle: num(tc, 'edrxCycle'),
      psmActivityTimer: num(tc, 'psmActivityTimer'),
      pagingTransmissionWindow: num(tc, 'pagingTransmissionWindow'),
      isGateway: isObj(extra) && extra['gateway'] === true,
    },
    firmwareId: optionalId(o['firmwareId']),
    softwareId: optionalId(o['softwareId']),
  };
}

/** `DeviceProfile` JSON (§2.1). */
export function parseDeviceProfile(text: string | null | undefined): DeviceProfile | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const id = entityIdOf(o['id']);
  const tenantId = entityIdOf(o['tenantId']);
  const name = str(o, 'name');
  if (!id || !tenantId || name === undefined) return undefined;
  const queue = str(o, 'defaultQueueName');
  return {
    id,
    tenantId,
    name,
    type: str(o, 'type') ?? 'DEFAULT',
    transportType: str(o, 'transportType') ?? 'DEFAULT',
    provisionType: str(o, 'provisionType') ?? 'DISABLED',
    isDefault: o['default'] === true,
    defaultRuleChainId: optionalId(o['defaultRuleChainId']),
    defaultQueueName: queue ? queue : undefined,
    firmwareId: optionalId(o['firmwareId']),
    softwareId: optionalId(o['softwareId']),
    profileData: isObj(o['profileData']) ? o['profileData'] : undefined,
    version: num(o, 'version'),
  };
}

export interface MirrorCredentials {
  deviceId: Uuid;
  credentialsType: string;
  credentialsId: string;
  /** For LWM2M_CREDENTIALS a JSON text (parsed a second time by the consumer). */
  credentialsValue: string;
}

/** `DeviceCredentials` JSON (§2.3): no ids on the message, the device id is inside. */
export function parseDeviceCredentials(text: string | null | undefined): MirrorCredentials | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const deviceId = entityIdOf(o['deviceId']);
  const credentialsType = str(o, 'credentialsType');
  const credentialsId = str(o, 'credentialsId');
  if (!deviceId || !credentialsType || !credentialsId) return undefined;
  const v = o['credentialsValue'];
  return { deviceId, credentialsType, credentialsId, credentialsValue: typeof v === 'string' ? v : v == null ? '' : JSON.stringify(v) };
}

export interface MirrorOtaPackage {
  id: Uuid;
  type: OtaPackageType;
  title: string;
  version: string;
  tag: string;
  url: string;
  fileName: string;
  contentType: string;
  checksumAlgorithm: string;
  checksum: string;
  dataSize: number;
  /** Decoded bytes; undefined for URL packages. */
  data?: Buffer | undefined;
}

/** `OtaPackage` JSON with its bytes as base64 (§2.4). */
export function parseOtaPackage(text: string | null | undefined): MirrorOtaPackage | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const id = entityIdOf(o['id']);
  const type = str(o, 'type');
  if (!id || (type !== 'FIRMWARE' && type !== 'SOFTWARE')) return undefined;
  const b64 = str(o, 'data');
  const data = b64 !== undefined ? Buffer.from(b64, 'base64') : undefined;
  return {
    id,
    type,
    title: str(o, 'title') ?? '',
    version: str(o, 'version') ?? '',
    tag: str(o, 'tag') ?? '',
    url: str(o, 'url') ?? '',
    fileName: str(o, 'fileName') ?? '',
    contentType: str(o, 'contentType') ?? '',
    checksumAlgorithm: str(o, 'checksumAlgorithm') ?? '',
    checksum: str(o, 'checksum') ?? '',
    dataSize: num(o, 'dataSize') ?? data?.length ?? 0,
    data,
  };
}

export interface MirrorModel {
  id: Uuid;
  tenantId: Uuid;
  key: string;
  title: string;
  data: Buffer;
}

/** `TbResource` JSON (§2.5); only LWM2M_MODEL resources are of use, others give undefined. */
export function parseModelResource(text: string | null | undefined): MirrorModel | undefined {
  const o = parseJsonObject(text);
  if (!o || str(o, 'resourceType') !== 'LWM2M_MODEL') return undefined;
  const id = entityIdOf(o['id']);
  const tenantId = entityIdOf(o['tenantId']);
  const key = str(o, 'resourceKey');
  const b64 = str(o, 'data');
  if (!id || !tenantId || !key || b64 === undefined) return undefined;
  return { id, tenantId, key, title: str(o, 'title') ?? key, data: Buffer.from(b64, 'base64') };
}

/** `TenantProfile` JSON (§2.8). */
export function parseTenantProfile(text: string | null | undefined): TenantProfile | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const id = entityIdOf(o['id']);
  if (!id) return undefined;
  return {
    id,
    name: str(o, 'name') ?? '',
    isDefault: o['default'] === true,
    isolatedTbRuleEngine: o['isolatedTbRuleEngine'] === true,
    profileData: isObj(o['profileData']) ? o['profileData'] : undefined,
  };
}

/** `Tenant` JSON (§2.8): its id and tenant profile id. */
export function parseTenant(text: string | null | undefined): { tenantId: Uuid; tenantProfileId: Uuid } | undefined {
  const o = parseJsonObject(text);
  if (!o) return undefined;
  const tenantId = entityIdOf(o['id']);
  const tenantProfileId = entityIdOf(o['tenantProfileId']);
  return tenantId && tenantProfileId ? { tenantId, tenantProfileId } : undefined;
}
