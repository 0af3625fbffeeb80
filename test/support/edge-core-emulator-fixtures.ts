// Downlink builders for the edge core emulator: entity JSON as ThingsBoard's REST API shapes it
// (thingsboard-edge-grpc.md §2), wrapped in plain DownlinkMsg objects for the shared schema.
import Long from 'long';
import type { EmulatedEdge, Obj } from './edge-core-emulator.js';

export const TENANT_ID = '7e57a000-0000-4000-8000-000000000001';
export const EDGE_ID = '7e57a000-0000-4000-8000-0000000000e1';
export const EDGE_PROFILE_ID = '7e57a000-0000-4000-8000-0000000000a1';

export function halves(uuid: string): { msb: string; lsb: string } {
  const h = uuid.replace(/-/g, '');
  return { msb: Long.fromString(h.slice(0, 16), true, 16).toSigned().toString(), lsb: Long.fromString(h.slice(16), true, 16).toSigned().toString() };
}

export function testEdge(routingKey = 'rk-1', secret = 'secret-1', extra: Partial<EmulatedEdge> = {}): EmulatedEdge {
  return { routingKey, secret, edgeId: halves(EDGE_ID), tenantId: halves(TENANT_ID), name: 'lwm2m-edge', ...extra };
}

const ref = (entityType: string, id: string): Obj => ({ entityType, id });

export interface ProfileSpec {
  id?: string;
  name?: string;
  profileData?: unknown;
  firmwareId?: string;
  softwareId?: string;
}

export function profileJson(p: ProfileSpec = {}): string {
  const id = p.id ?? EDGE_PROFILE_ID;
  return JSON.stringify({
    id: ref('DEVICE_PROFILE', id), createdTime: 1, tenantId: ref('TENANT', TENANT_ID), name: p.name ?? 'lwm2m-edge-profile',
    type: 'DEFAULT', transportType: 'LWM2M', provisionType: 'DISABLED', default: false, defaultQueueName: null,
    firmwareId: p.firmwareId ? ref('OTA_PACKAGE', p.firmwareId) : null, softwareId: p.softwareId ? ref('OTA_PACKAGE', p.softwareId) : null,
    profileData: p.profileData ?? { transportConfiguration: { type: 'LWM2M', observeAttr: { keyName: {}, observe: [], attribute: [], telemetry: [], attributeLwm2m: {} }, bootstrap: [], clientLwM2mSettings: {} } },
    futureField: { ignored: true },
  });
}

export function profileMsg(p: ProfileSpec = {}, msgType = 'ENTITY_CREATED_RPC_MESSAGE'): Obj {
  const h = halves(p.id ?? EDGE_PROFILE_ID);
  return { msgType, idMSB: h.msb, idLSB: h.lsb, ...(msgType === 'ENTITY_DELETED_RPC_MESSAGE' ? {} : { entity: profileJson(p) }) };
}

export interface DeviceSpec {
  id: string;
  name: string;
  profileId?: string;
  firmwareId?: string;
  /** LwM2M credentials JSON (the inner string); default NoSec with endpoint = name. */
  credentialsValue?: string;
  credentialsId?: string;
  credentialsType?: string;
}

export function noSec(endpoint: string): string {
  return JSON.stringify({ client: { securityConfigClientMode: 'NO_SEC', endpoint }, bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } } });
}

export function psk(endpoint: string, identity: string, keyHex: string): string {
  return JSON.stringify({ client: { securityConfigClientMode: 'PSK', endpoint, identity, key: keyHex }, bootstrap: {} });
}

export function deviceJson(d: DeviceSpec): string {
  return JSON.stringify({
    id: ref('DEVICE', d.id), createdTime: 2, tenantId: ref('TENANT', TENANT_ID), customerId: ref('CUSTOMER', '13814000-1dd2-11b2-8080-808080808080'),
    name: d.name, type: 'lwm2m-edge-profile', label: null, deviceProfileId: ref('DEVICE_PROFILE', d.profileId ?? EDGE_PROFILE_ID),
    deviceData: { configuration: { type: 'DEFAULT' }, transportConfiguration: { type: 'LWM2M', powerMode: 'DRX' } },
    firmwareId: d.firmwareId ? ref('OTA_PACKAGE', d.firmwareId) : null, softwareId: null, externalId: null, additionalInfo: { description: '' }, version: null,
  });
}

export function credentialsJson(d: DeviceSpec): string {
  return JSON.stringify({
    id: ref('DEVICE_CREDENTIALS', d.id.replace(/^.{8}/, 'cccccccc')), createdTime: 3, deviceId: ref('DEVICE', d.id),
    credentialsType: d.credentialsType ?? 'LWM2M_CREDENTIALS', credentialsId: d.credentialsId ?? d.name, credentialsValue: d.credentialsValue ?? noSec(d.name),
  });
}

/** What a sync or ASSIGNED_TO_EDGE sends for a device: device + credentials + its profile, one DownlinkMsg (§2.2). */
export function deviceDownlink(d: DeviceSpec, profile: ProfileSpec = {}): Obj {
  const h = halves(d.id);
  return {
    deviceUpdateMsg: [{ msgType: 'ENTITY_CREATED_RPC_MESSAGE', idMSB: h.msb, idLSB: h.lsb, entity: deviceJson(d) }],
    deviceCredentialsUpdateMsg: [{ entity: credentialsJson(d) }],
    deviceProfileUpdateMsg: [profileMsg({ ...profile, id: d.profileId ?? profile.id ?? EDGE_PROFILE_ID })],
  };
}

export function deviceDeletedDownlink(id: string): Obj {
  const h = halves(id);
  return { deviceUpdateMsg: [{ msgType: 'ENTITY_DELETED_RPC_MESSAGE', idMSB: h.msb, idLSB: h.lsb }] };
}

export function credentialsDownlink(d: DeviceSpec): Obj {
  return { deviceCredentialsUpdateMsg: [{ entity: credentialsJson(d) }] };
}

export function sharedAttributesDownlink(deviceId: string, kv: Obj[], ts: number): Obj {
  const h = halves(deviceId);
  return { entityData: [{ entityIdMSB: h.msb, entityIdLSB: h.lsb, entityType: 'DEVICE', attributesUpdatedMsg: { kv }, postAttributeScope: 'SHARED_SCOPE', attributeTs: String(ts) }] };
}

export function rpcDownlink(deviceId: string, rpcId: string, requestId: number, method: string, params: unknown, expirationTime: number, oneway = false): Obj {
  const d = halves(deviceId);
  const r = halves(rpcId);
  return { deviceRpcCallMsg: [{ deviceIdMSB: d.msb, deviceIdLSB: d.lsb, requestUuidMSB: r.msb, requestUuidLSB: r.lsb, requestId,
    expirationTime: String(expirationTime), oneway, requestMsg: { method, params: JSON.stringify(params) } }] };
}

export function otaDownlink(id: string, type: 'FIRMWARE' | 'SOFTWARE', title: string, version: string, data: Buffer): Obj {
  const h = halves(id);
  return { otaPackageUpdateMsg: [{ msgType: 'ENTITY_CREATED_RPC_MESSAGE', idMSB: h.msb, idLSB: h.lsb, entity: JSON.stringify({
    id: ref('OTA_PACKAGE', id), tenantId: ref('TENANT', TENANT_ID), deviceProfileId: ref('DEVICE_PROFILE', EDGE_PROFILE_ID), type, title, version, tag: `${title} ${version}`,
    url: null, hasData: true, fileName: 'fw.bin', contentType: 'application/octet-stream', checksumAlgorithm: 'SHA256', checksum: 'abc', dataSize: data.length, data: data.toString('base64'),
  }) }] };
}

export function modelDownlink(id: string, key: string, xml: string): Obj {
  const h = halves(id);
  return { resourceUpdateMsg: [{ msgType: 'ENTITY_CREATED_RPC_MESSAGE', idMSB: h.msb, idLSB: h.lsb, entity: JSON.stringify({
    id: ref('TB_RESOURCE', id), tenantId: ref('TENANT', TENANT_ID), title: `model ${key}`, resourceType: 'LWM2M_MODEL', resourceKey: key, fileName: `${key}.xml`, data: Buffer.from(xml).toString('base64'),
  }) }] };
}

/** A downlink kind the transport ignores (a rule chain): still to be acknowledged. */
export function ignoredDownlink(): Obj {
  return { customerUpdateMsg: [{ msgType: 'ENTITY_UPDATED_RPC_MESSAGE', idMSB: '1', idLSB: '2', entity: '{"name":"c"}' }] };
}
