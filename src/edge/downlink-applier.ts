/**
 * Applies one DownlinkMsg to the mirror (thingsboard-edge-grpc.md §2), in ThingsBoard Edge's order:
 * edge configuration, entity data, profiles before devices before credentials, then OTA packages,
 * models and tenant (§2.0). Pure apart from the mirror it mutates. A malformed entity is reported as a
 * problem and skipped: the message is still acknowledged with success, and the next sync repairs the
 * mirror (§1.7: "for a broken entity JSON, log, ack true").
 */
import Long from 'long';
import { edge } from '../gen/edge.js';
import type { RpcRequest, TsKvEntry, Uuid } from '../core/index.js';
import { halvesToUuid } from '../tbwire/uuid-codec.js';
import type { EdgeMirror, MirrorChange } from './edge-mirror.js';
import {
  parseDevice,
  parseDeviceCredentials,
  parseDeviceProfile,
  parseModelResource,
  parseOtaPackage,
  parseTenant,
  parseTenantProfile,
} from './entity-json.js';
import { kvFromProto } from './kv-proto.js';

/** A server-side RPC for a device (§2.7), or the answer to a device-originated one (§3.3). */
export interface InboundRpc {
  deviceId: Uuid;
  rpc: RpcRequest;
}

export interface InboundRpcReply {
  deviceId: Uuid;
  requestId: number;
  response: string;
  error: string;
}

export interface AppliedDownlink {
  changes: MirrorChange[];
  rpcs: InboundRpc[];
  rpcReplies: InboundRpcReply[];
  edgeConfiguration?: edge.IEdgeConfiguration | undefined;
  syncCompleted: boolean;
  problems: string[];
}

const DELETED = edge.UpdateMsgType.ENTITY_DELETED_RPC_MESSAGE;

export function applyDownlink(mirror: EdgeMirror, msg: edge.IDownlinkMsg, now: number): AppliedDownlink {
  const out: AppliedDownlink = { changes: [], rpcs: [], rpcReplies: [], syncCompleted: false, problems: [] };
  if (msg.edgeConfiguration) out.edgeConfiguration = msg.edgeConfiguration;
  for (const d of msg.entityData ?? []) applyEntityData(mirror, d, now, out);
  for (const r of msg.deviceRpcCallMsg ?? []) applyRpc(r, out);
  const apply = applyEntities(out);
  apply(msg.deviceProfileUpdateMsg, 'device profile', (id) => mirror.removeProfile(id), parseDeviceProfile, (p) => mirror.upsertProfile(p));
  // DELETED and UNASSIGNED_FROM_EDGE are the same message: forget the device (§2.2).
  apply(msg.deviceUpdateMsg, 'device', (id) => mirror.removeDevice(id), parseDevice, (d) => mirror.upsertDevice(d));
  for (const c of msg.deviceCredentialsUpdateMsg ?? []) {
    const creds = parseDeviceCredentials(c.entity);
    if (creds) out.changes.push(...mirror.upsertCredentials(creds));
    else out.problems.push('device credentials with unusable entity JSON');
  }
  apply(msg.otaPackageUpdateMsg, 'OTA package', (id) => mirror.removeOtaPackage(id), parseOtaPackage, (o) => mirror.upsertOtaPackage(o));
  // Images, JS modules, key stores... are not models: acknowledged and ignored (no problem reported).
  apply(msg.resourceUpdateMsg, undefined, (id) => mirror.removeModel(id), parseModelResource, (m) => mirror.upsertModel(m));
  for (const t of msg.tenantUpdateMsg ?? []) {
    const tenant = t.msgType === DELETED ? undefined : parseTenant(t.entity);
    if (tenant) out.changes.push(...mirror.setTenant(tenant));
  }
  for (const t of msg.tenantProfileUpdateMsg ?? []) {
    const profile = t.msgType === DELETED ? undefined : parseTenantProfile(t.entity);
    if (profile) out.changes.push(...mirror.setTenantProfile(profile));
  }
  if (msg.syncCompletedMsg) {
    out.syncCompleted = true;
    out.changes.push(...mirror.completeSync());
  }
  return out;
}

interface EntityUpdate {
  msgType?: edge.UpdateMsgType | null;
  idMSB?: Long | number | null;
  idLSB?: Long | number | null;
  entity?: string | null;
}

/** DELETED carries only the ids (§2.0); CREATED and UPDATED are upserts of the entity JSON. */
function applyEntities(out: AppliedDownlink) {
  return <T>(msgs: EntityUpdate[] | null | undefined, what: string | undefined, remove: (id: Uuid) => MirrorChange[],
    parse: (json: string | null | undefined) => T | undefined, upsert: (v: T) => MirrorChange[]): void => {
    for (const m of msgs ?? []) {
      if (m.msgType === DELETED) {
        out.changes.push(...remove(halvesToUuid(m.idMSB, m.idLSB)));
        continue;
      }
      const v = parse(m.entity);
      if (v !== undefined) out.changes.push(...upsert(v));
      else if (what !== undefined) out.problems.push(`${what} with unusable entity JSON`);
    }
  };
}

function applyEntityData(mirror: EdgeMirror, d: edge.IEntityDataProto, now: number, out: AppliedDownlink): void {
  if (d.entityType !== 'DEVICE') return;
  const deviceId = halvesToUuid(d.entityIdMSB, d.entityIdLSB);
  // Only shared attributes matter to the transport; telemetry and other scopes are acked and ignored (§2.6).
  if (d.attributesUpdatedMsg && d.postAttributeScope === 'SHARED_SCOPE') {
    const ts = d.attributeTs != null ? Long.fromValue(d.attributeTs).toNumber() : now;
    const values = (d.attributesUpdatedMsg.kv ?? []).map((kv) => kvFromProto(kv, ts)).filter((v): v is TsKvEntry => v !== undefined);
    out.changes.push(...mirror.updateSharedAttributes(deviceId, values));
  }
  if (d.attributeDeleteMsg && d.attributeDeleteMsg.scope === 'SHARED_SCOPE') {
    out.changes.push(...mirror.deleteSharedAttributes(deviceId, d.attributeDeleteMsg.attributeNames ?? []));
  }
}

function applyRpc(r: edge.IDeviceRpcCallMsg, out: AppliedDownlink): void {
  const deviceId = halvesToUuid(r.deviceIdMSB, r.deviceIdLSB);
  const requestId = r.requestId ?? 0;
  if (r.responseMsg && !r.requestMsg) {
    out.rpcReplies.push({ deviceId, requestId, response: r.responseMsg.response ?? '', error: r.responseMsg.error ?? '' });
    return;
  }
  if (!r.requestMsg) return;
  out.rpcs.push({
    deviceId,
    rpc: {
      requestId,
      rpcId: halvesToUuid(r.requestUuidMSB, r.requestUuidLSB),
      method: r.requestMsg.method ?? '',
      params: r.requestMsg.params ?? '',
      expirationTime: Long.fromValue(r.expirationTime ?? 0).toNumber(),
      oneway: r.oneway === true,
      persisted: r.persisted === true,
      retries: r.retries ?? undefined,
      additionalInfo: r.additionalInfo ?? undefined,
    },
  });
}
