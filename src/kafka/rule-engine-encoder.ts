/**
 * The ToRuleEngineMsg of an uplink record (thingsboard-transport-wire.md §2.4) encoded with the
 * parts that never change for a device written once and copied in: the tenant halves, the
 * TbMsgProto type/entity/rule-chain fields and the customer/ctx tail. Only the message id,
 * metadata, data, ts and the duplicate-queue fields are encoded per record, by hand into one
 * buffer (protobufjs's Writer allocates an operation object per field). The bytes are the
 * same as `ruleEngineMsg` (uplink-messages.ts) produces through the generated encoder, which
 * stays the reference (test/unit/kafka/rule-engine-encoder.test.ts compares them).
 *
 * Field order matters for identical bytes: protobufjs writes fields by number, so the constant
 * segments are cut where no variable field falls between them (TbMsgProto: 1 id | 2-7 constant |
 * 11 metaData, 13 dataType, 14 data, 15 ts | 17-19 constant | 20-22 correlation).
 */
import Long from 'long';
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

// Protobuf wire tags (field << 3 | wire type) written per record (encoding guide: varint keys).
const TAG_TB_MSG = 50; // ToRuleEngineMsg.tbMsgProto (6, length-delimited)
const TAG_ID = 10; // TbMsgProto.id (1, string)
const TAG_META = 90; // TbMsgProto.metaData (11, message)
const TAG_DATA = 114; // TbMsgProto.data (14, string)
const TAG_TS = 120; // TbMsgProto.ts (15, int64)
const TAG_MAP_ENTRY = 10; // TbMsgMetaDataProto.data entry (1); inside it key (1) and value (2)
const TAG_KEY = 10;
const TAG_VALUE = 18;
const TAG_CORR_MSB = 160; // TbMsgProto.correlationIdMSB (20, int64): a two-byte key
const TAG_CORR_LSB = 168; // (21, int64)
const TAG_PARTITION = 176; // (22, int32)
const TWO_32 = 4294967296;

/** Bytes of an unsigned varint below 2^32. */
function size32(n: number): number {
  return n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5;
}

/** Bytes of a 64-bit varint given as unsigned 32-bit halves. */
function size64(lo: number, hi: number): number {
  if (hi === 0) return size32(lo);
  // Bits above 32: 4 full groups of 7 cover 28 bits of lo, the 5th group mixes lo's top 4 bits with hi.
  return hi < 0x8 ? 5 : 5 + size32(hi >>> 3);
}

function put32(buf: Buffer, o: number, n: number): number {
  while (n >= 0x80) {
    buf[o++] = (n & 0x7f) | 0x80;
    n >>>= 7;
  }
  buf[o++] = n;
  return o;
}

function put64(buf: Buffer, o: number, lo: number, hi: number): number {
  while (hi !== 0 || lo >= 0x80) {
    buf[o++] = (lo & 0x7f) | 0x80;
    lo = ((lo >>> 7) | (hi << 25)) >>> 0;
    hi >>>= 7;
  }
  buf[o++] = lo;
  return o;
}

/** A length-delimited string field (key, length, UTF-8) of a string whose UTF-8 size is known. */
function putString(buf: Buffer, o: number, tag: number, s: string, bytes: number): number {
  o = put32(buf, o, tag);
  o = put32(buf, o, bytes);
  return o + buf.write(s, o, bytes, 'utf8');
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Same bytes as `ruleEngineMsg(m)`, written straight into one buffer: sizes first (nested
 * messages are length-prefixed), then the fields in number order, as protobufjs writes them.
 * No per-field writer objects: this runs once per uplink record.
 */
export function encodeRuleEngineMsg(m: RuleEngineMsgInput): Uint8Array {
  // As ruleEngineMsg: an empty rule chain id means none.
  const c = partsFor(m.type, m.device, m.ruleChainId || undefined);
  const idBytes = utf8Length(m.msgId);
  const keys = Object.keys(m.metadata);
  // Metadata entries: sizes kept (one per entry, and per key/value string) for the write pass.
  const sizes: number[] = [];
  let metaLen = 0;
  for (const k of keys) {
    const kb = utf8Length(k);
    const vb = utf8Length(m.metadata[k] ?? '');
    const entry = 1 + size32(kb) + kb + 1 + size32(vb) + vb;
    sizes.push(kb, vb, entry);
    metaLen += 1 + size32(entry) + entry;
  }
  const dataBytes = utf8Length(m.dataJson);
  // ts as unsigned 64-bit halves (two's complement below zero, as int64 is written).
  const tsFast = m.now >= 0 && m.now < Number.MAX_SAFE_INTEGER;
  const tsLong = tsFast ? undefined : Long.fromNumber(m.now);
  const tsLo = tsLong === undefined ? m.now % TWO_32 : tsLong.low >>> 0;
  const tsHi = tsLong === undefined ? (m.now - tsLo) / TWO_32 : tsLong.high >>> 0;
  const corr = m.correlationId === undefined ? undefined : uuidToHalves(m.correlationId);
  const partition = m.partition ?? 0;

  let tbLen = c.mid.length + 1 + size32(metaLen) + metaLen + c.tail.length;
  if (idBytes > 0) tbLen += 1 + size32(idBytes) + idBytes;
  if (dataBytes > 0) tbLen += 1 + size32(dataBytes) + dataBytes;
  if (tsLo !== 0 || tsHi !== 0) tbLen += 1 + size64(tsLo, tsHi);
  if (corr !== undefined) {
    if (!isZero(corr.msb)) tbLen += 2 + size64(corr.msb.low >>> 0, corr.msb.high >>> 0);
    if (!isZero(corr.lsb)) tbLen += 2 + size64(corr.lsb.low >>> 0, corr.lsb.high >>> 0);
    // int32 below zero is sign-extended to 10 bytes; a partition is never negative.
    if (partition !== 0) tbLen += 2 + size32(partition);
  }
  const buf = Buffer.allocUnsafe(c.head.length + 1 + size32(tbLen) + tbLen);

  buf.set(c.head, 0);
  let o = c.head.length;
  o = put32(buf, o, TAG_TB_MSG);
  o = put32(buf, o, tbLen);
  if (idBytes > 0) o = putString(buf, o, TAG_ID, m.msgId, idBytes);
  buf.set(c.mid, o);
  o += c.mid.length;
  // metaData: always present, even when empty.
  o = put32(buf, o, TAG_META);
  o = put32(buf, o, metaLen);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    const kb = sizes[3 * i] as number;
    const vb = sizes[3 * i + 1] as number;
    o = put32(buf, o, TAG_MAP_ENTRY);
    o = put32(buf, o, sizes[3 * i + 2] as number);
    o = putString(buf, o, TAG_KEY, k, kb);
    o = putString(buf, o, TAG_VALUE, m.metadata[k] ?? '', vb);
  }
  // dataType is JSON (0), the proto3 default: not written.
  if (dataBytes > 0) o = putString(buf, o, TAG_DATA, m.dataJson, dataBytes);
  if (tsLo !== 0 || tsHi !== 0) {
    o = put32(buf, o, TAG_TS);
    o = put64(buf, o, tsLo, tsHi);
  }
  buf.set(c.tail, o);
  o += c.tail.length;
  if (corr !== undefined) {
    if (!isZero(corr.msb)) o = put64(buf, put32(buf, o, TAG_CORR_MSB), corr.msb.low >>> 0, corr.msb.high >>> 0);
    if (!isZero(corr.lsb)) o = put64(buf, put32(buf, o, TAG_CORR_LSB), corr.lsb.low >>> 0, corr.lsb.high >>> 0);
    if (partition !== 0) o = put32(buf, put32(buf, o, TAG_PARTITION), partition);
  }
  return buf;
}
