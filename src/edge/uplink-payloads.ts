/**
 * UplinkMsg contents for device data (thingsboard-edge-grpc.md §3.1). Pure.
 */
import Long from 'long';
import type { edge } from '../gen/edge.js';
import type { KvEntry, TelemetryBatch, Uuid } from '../core/index.js';
import { uuidToHalves } from '../tbwire/uuid-codec.js';
import { kvToProto } from './kv-proto.js';
import type { UplinkPayload } from './uplink-outbox.js';

function deviceEntity(deviceId: Uuid): edge.IEntityDataProto {
  const id = uuidToHalves(deviceId);
  return { entityIdMSB: id.msb, entityIdLSB: id.lsb, entityType: 'DEVICE' };
}

/** One TsKvListProto per timestamp (device time preserved); undefined when there is nothing to send,
 *  because an empty tsKvList is never answered by the core (quirk §1.6). */
export function telemetryPayload(deviceId: Uuid, batches: readonly TelemetryBatch[]): UplinkPayload | undefined {
  const tsKvList = batches.filter((b) => b.values.length > 0).map((b) => ({ ts: Long.fromNumber(b.ts), kv: b.values.map(kvToProto) }));
  return tsKvList.length === 0 ? undefined : { entityData: [{ ...deviceEntity(deviceId), postTelemetryMsg: { tsKvList } }] };
}

/** CLIENT_SCOPE is mandatory: an empty scope makes the core's AttributeScope.valueOf throw (§3.1). */
export function clientAttributesPayload(deviceId: Uuid, values: readonly KvEntry[], ts: number): UplinkPayload {
  return {
    entityData: [{ ...deviceEntity(deviceId), postAttributesMsg: { kv: values.map(kvToProto) }, postAttributeScope: 'CLIENT_SCOPE', attributeTs: Long.fromNumber(ts) }],
  };
}
