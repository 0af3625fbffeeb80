/**
 * Builders of the records the transport produces (thingsboard-transport-wire.md §2.3, §2.4).
 * Pure functions: no I/O, the clock and ids are passed in.
 */
import Long from 'long';
import { msgqueue, transport } from '../gen/wire.js';
import type { DeviceInfo, KvEntry, RpcResponse, RpcStatus, TelemetryBatch, Uuid } from '../core/core-types.js';
import { kvListToJson } from './gson-json.js';
import { uuidToHalves } from '../tbwire/uuid-codec.js';

export interface SessionAddress {
  nodeId: string;
  sessionId: Uuid;
  device: DeviceInfo;
}

/** SessionInfoProto as LwM2M fills it (§5.2): nodeId = service id, no gateway fields. */
export function sessionInfoProto(s: SessionAddress): transport.ISessionInfoProto {
  const session = uuidToHalves(s.sessionId);
  const tenant = uuidToHalves(s.device.tenantId);
  const device = uuidToHalves(s.device.deviceId);
  const profile = uuidToHalves(s.device.deviceProfileId);
  const info: transport.ISessionInfoProto = {
    nodeId: s.nodeId,
    sessionIdMSB: session.msb,
    sessionIdLSB: session.lsb,
    tenantIdMSB: tenant.msb,
    tenantIdLSB: tenant.lsb,
    deviceIdMSB: device.msb,
    deviceIdLSB: device.lsb,
    deviceName: s.device.deviceName,
    deviceType: s.device.deviceType,
    deviceProfileIdMSB: profile.msb,
    deviceProfileIdLSB: profile.lsb,
  };
  if (s.device.customerId) {
    const c = uuidToHalves(s.device.customerId);
    info.customerIdMSB = c.msb;
    info.customerIdLSB = c.lsb;
  }
  return info;
}

function toCore(s: SessionAddress, parts: Omit<transport.ITransportToDeviceActorMsg, 'sessionInfo'>): Uint8Array {
  return transport.ToCoreMsg.encode({ toDeviceActorMsg: { sessionInfo: sessionInfoProto(s), ...parts } }).finish();
}

/** OPEN + attribute and RPC subscriptions in one message, as LwM2M sends it (§4.2). */
export function sessionOpenMsg(s: SessionAddress): Uint8Array {
  return toCore(s, {
    sessionEvent: { sessionType: transport.SessionType.ASYNC, event: transport.SessionEvent.OPEN },
    subscribeToAttributes: { sessionType: transport.SessionType.ASYNC },
    subscribeToRPC: { sessionType: transport.SessionType.ASYNC },
  });
}

export function sessionCloseMsg(s: SessionAddress): Uint8Array {
  return toCore(s, { sessionEvent: { sessionType: transport.SessionType.ASYNC, event: transport.SessionEvent.CLOSED } });
}

/** Activity report (§4.3). */
export function activityMsg(s: SessionAddress, lastActivityTime: number): Uint8Array {
  return toCore(s, { subscriptionInfo: { lastActivityTime: Long.fromNumber(lastActivityTime), attributeSubscription: true, rpcSubscription: true } });
}

export function getAttributesMsg(s: SessionAddress, requestId: number, clientKeys: string[], sharedKeys: string[], onlyShared: boolean): Uint8Array {
  return toCore(s, { getAttributes: { requestId, clientAttributeNames: clientKeys, sharedAttributeNames: sharedKeys, onlyShared } });
}

export function rpcResponseMsg(s: SessionAddress, r: RpcResponse): Uint8Array {
  const resp: transport.IToDeviceRpcResponseMsg = { requestId: r.requestId };
  if (r.payload !== undefined) resp.payload = r.payload;
  if (r.error !== undefined) resp.error = r.error;
  return toCore(s, { toDeviceRPCCallResponse: resp });
}

export function rpcStatusMsg(s: SessionAddress, rpcId: Uuid, requestId: number, status: RpcStatus): Uint8Array {
  const id = uuidToHalves(rpcId);
  return toCore(s, { rpcResponseStatusMsg: { requestId, requestIdMSB: id.msb, requestIdLSB: id.lsb, status } });
}

export function sendPendingRpcMsg(s: SessionAddress): Uint8Array {
  return toCore(s, { sendPendingRPC: {} });
}

export type TbMsgType = 'POST_TELEMETRY_REQUEST' | 'POST_ATTRIBUTES_REQUEST';

export interface RuleEngineMsgInput {
  msgId: Uuid;
  type: TbMsgType;
  device: DeviceInfo;
  ruleChainId?: Uuid | undefined;
  metadata: Record<string, string>;
  dataJson: string;
  now: number;
  /** Only for queues with duplicateMsgToAllPartitions: shared id of the copies and this copy's partition. */
  correlationId?: Uuid | undefined;
  partition?: number | undefined;
}

/** ToRuleEngineMsg{tenant, tbMsgProto} (§2.4); the TbMsg id is also the record key. */
export function ruleEngineMsg(m: RuleEngineMsgInput): Uint8Array {
  const device = uuidToHalves(m.device.deviceId);
  const tenant = uuidToHalves(m.device.tenantId);
  const tb: msgqueue.ITbMsgProto = {
    id: m.msgId,
    type: m.type,
    entityType: 'DEVICE',
    entityIdMSB: device.msb,
    entityIdLSB: device.lsb,
    metaData: { data: m.metadata },
    dataType: 0, // TbMsgDataType.JSON
    data: m.dataJson,
    ts: Long.fromNumber(m.now),
    ctx: {}, // always present, empty from a transport
  };
  if (m.ruleChainId) {
    const rc = uuidToHalves(m.ruleChainId);
    tb.ruleChainIdMSB = rc.msb;
    tb.ruleChainIdLSB = rc.lsb;
  }
  if (m.device.customerId) {
    const c = uuidToHalves(m.device.customerId);
    tb.customerIdMSB = c.msb;
    tb.customerIdLSB = c.lsb;
  }
  if (m.correlationId !== undefined) {
    const c = uuidToHalves(m.correlationId);
    tb.correlationIdMSB = c.msb;
    tb.correlationIdLSB = c.lsb;
    tb.partition = m.partition ?? 0;
  }
  return transport.ToRuleEngineMsg.encode({ tenantIdMSB: tenant.msb, tenantIdLSB: tenant.lsb, tbMsgProto: tb }).finish();
}

/** One TbMsg per timestamp group, metadata deviceName, deviceType, ts (§2.4 PostTelemetry). */
export function telemetryPayloads(device: DeviceInfo, batches: readonly TelemetryBatch[]): Array<{ metadata: Record<string, string>; dataJson: string }> {
  const payload = (b: TelemetryBatch): { metadata: Record<string, string>; dataJson: string } => ({
    metadata: { deviceName: device.deviceName, deviceType: device.deviceType, ts: String(Math.trunc(b.ts)) },
    dataJson: kvListToJson(b.values),
  });
  // One batch (a notification): a one-entry literal, not a pushed-to list.
  const only = batches.length === 1 ? batches[0] : undefined;
  if (only !== undefined) return only.values.length === 0 ? [] : [payload(only)];
  const out: Array<{ metadata: Record<string, string>; dataJson: string }> = [];
  for (const b of batches) {
    if (b.values.length > 0) out.push(payload(b));
  }
  return out;
}

/** Client-scope attributes: metadata deviceName, deviceType, notifyDevice="false" (§2.4 PostAttributes). */
export function attributesPayload(device: DeviceInfo, values: readonly KvEntry[]): { metadata: Record<string, string>; dataJson: string } {
  return { metadata: { deviceName: device.deviceName, deviceType: device.deviceType, notifyDevice: 'false' }, dataJson: kvListToJson(values) };
}
