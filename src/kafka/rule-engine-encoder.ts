/**
 * The ToRuleEngineMsg of an uplink record (thingsboard-transport-wire.md §2.4) encoded with the
 * parts that never change for a device written once and copied in: the tenant halves, the
 * TbMsgProto type/entity/rule-chain fields and the customer/ctx tail. Only the message id,
 * metadata, data, ts and the duplicate-queue fields are encoded per record. The bytes are the
 * same as `ruleEngineMsg` (uplink-messages.ts) produces through the generated encoder, which
 * stays the reference (test/unit/kafka/rule-engine-encoder.test.ts compares them).
 *
 * Field order matters for identical bytes: protobufjs writes fields by number, so the constant
 * segments are cut where no variable field falls between them (TbMsgProto: 1 id | 2-7 constant |
 * 11 metaData, 13 dataType, 14 data, 15 ts | 17-19 constant | 20-22 correlation).
 */
import Long from 'long';
import $protobuf from 'protobufjs/minimal.js';
import { msgqueue, transport } from '../gen/wire.js';
import type { DeviceInfo, Uuid } from '../core/core-types.js';
import type { RuleEngineMsgInput, TbMsgType } from './uplink-messages.js';
import { uuidToHalves } from '../tbwire/uuid-codec.js';

interface ConstParts {
  readonly type: TbMsgType;
  readonly tenantId: Uuid;
  readonly deviceId: Uuid;
  readonly customerId: Uuid | undefined;
  readonly ruleChainId: Uuid | undefined;
  /** ToRuleEngineMsg fields 1-2 (tenant id halves). */
  readonly head: Uint8Array;
  /** TbMsgProto fields 2-7 (type, entityType, entity id, rule chain id). */
  readonly mid: Uint8Array;
  /** TbMsgProto fields 17-19 (customer id, the empty ctx a transport always sends). */
  readonly tail: Uint8Array;
}

/** Per device id; bounded like the UUID memo (cleared rather than grown past the bound). */
const CACHE_BOUND = 100_000;
const cache = new Map<Uuid, ConstParts[]>();

function buildParts(type: TbMsgType, device: DeviceInfo, ruleChainId: Uuid | undefined): ConstParts {
  const tenant = uuidToHalves(device.tenantId);
  const entity = uuidToHalves(device.deviceId);
  const mid: msgqueue.ITbMsgProto = { type, entityType: 'DEVICE', entityIdMSB: entity.msb, entityIdLSB: entity.lsb };
  if (ruleChainId !== undefined) {
    const rc = uuidToHalves(ruleChainId);
    mid.ruleChainIdMSB = rc.msb;
    mid.ruleChainIdLSB = rc.lsb;
  }
  const tail: msgqueue.ITbMsgProto = { ctx: {} };
  if (device.customerId) {
    const c = uuidToHalves(device.customerId);
    tail.customerIdMSB = c.msb;
    tail.customerIdLSB = c.lsb;
  }
  return {
    type,
    tenantId: device.tenantId,
    deviceId: device.deviceId,
    customerId: device.customerId || undefined,
    ruleChainId,
    head: transport.ToRuleEngineMsg.encode({ tenantIdMSB: tenant.msb, tenantIdLSB: tenant.lsb }).finish(),
    mid: msgqueue.TbMsgProto.encode(mid).finish(),
    tail: msgqueue.TbMsgProto.encode(tail).finish(),
  };
}

function partsFor(type: TbMsgType, device: DeviceInfo, ruleChainId: Uuid | undefined): ConstParts {
  const customerId = device.customerId || undefined;
  let list = cache.get(device.deviceId);
  if (list !== undefined) {
    // DeviceInfo is mutable (profile and customer updates): a hit must still match every input.
    for (const p of list) {
      if (p.type === type && p.ruleChainId === ruleChainId && p.tenantId === device.tenantId && p.customerId === customerId) return p;
    }
  } else {
    if (cache.size >= CACHE_BOUND) cache.clear();
    list = [];
    cache.set(device.deviceId, list);
  }
  const parts = buildParts(type, device, ruleChainId);
  // A device uses one or two types (telemetry, attributes); a changed rule chain or customer
  // replaces the stale entries instead of piling up.
  if (list.length >= 4) list.length = 0;
  list.push(parts);
  return parts;
}

function isZero(l: Long): boolean {
  return l.low === 0 && l.high === 0;
}

/** Same bytes as `ruleEngineMsg(m)`. */
export function encodeRuleEngineMsg(m: RuleEngineMsgInput): Uint8Array {
  // As ruleEngineMsg: an empty rule chain id means none.
  const c = partsFor(m.type, m.device, m.ruleChainId || undefined);
  const w = $protobuf.Writer.create();
  w.raw(c.head);
  w.uint32(50).fork(); // ToRuleEngineMsg.tbMsgProto
  if (m.msgId !== '') w.uint32(10).string(m.msgId);
  w.raw(c.mid);
  w.uint32(90).fork(); // metaData: always present, even when empty
  const data = m.metadata;
  for (const k of Object.keys(data)) w.uint32(10).fork().uint32(10).string(k).uint32(18).string(data[k] ?? '').ldelim();
  w.ldelim();
  // dataType is JSON (0), the proto3 default: not written.
  if (m.dataJson !== '') w.uint32(114).string(m.dataJson);
  const ts = Long.fromNumber(m.now);
  if (!isZero(ts)) w.uint32(120).int64(ts);
  w.raw(c.tail);
  if (m.correlationId !== undefined) {
    const cid = uuidToHalves(m.correlationId);
    if (!isZero(cid.msb)) w.uint32(160).int64(cid.msb);
    if (!isZero(cid.lsb)) w.uint32(168).int64(cid.lsb);
    const partition = m.partition ?? 0;
    if (partition !== 0) w.uint32(176).int32(partition);
  }
  w.ldelim();
  return w.finish();
}
