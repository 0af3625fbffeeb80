/**
 * UUID <-> wire forms. ThingsBoard writes a UUID as two signed int64 (Java's
 * getMostSignificantBits / getLeastSignificantBits, thingsboard-transport-wire.md §2), and the
 * `requestId` header as 16 big-endian bytes (§1.6).
 */
import { randomFillSync } from 'node:crypto';
import Long from 'long';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isUuid(s: string): boolean {
  return UUID_RE.test(s);
}

// newUuid: random bytes drawn from a pool refilled 256 UUIDs at a time, and the text written as
// ASCII into one scratch buffer, so each id is one flat string. (crypto.randomUUID builds its text
// from 20 concatenated pieces; a TbMsg id per uplink record made that a visible part of the
// transport's garbage.)
const POOL = Buffer.allocUnsafe(16 * 256);
let poolAt = POOL.length;
const TEXT = Buffer.alloc(36);
const HEX = Buffer.from('0123456789abcdef', 'latin1');
// Byte offsets of the 16 bytes in the 8-4-4-4-12 text form.
const AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];
TEXT[8] = TEXT[13] = TEXT[18] = TEXT[23] = 0x2d; // '-'

/** A random (version 4, RFC 9562 §5.4) UUID in its lowercase text form. */
export function newUuid(): string {
  if (poolAt === POOL.length) {
    randomFillSync(POOL);
    poolAt = 0;
  }
  for (let i = 0; i < 16; i++) {
    let b = POOL[poolAt + i] as number;
    if (i === 6) b = (b & 0x0f) | 0x40; // version 4
    else if (i === 8) b = (b & 0x3f) | 0x80; // variant 10xx
    const at = AT[i] as number;
    TEXT[at] = HEX[b >> 4] as number;
    TEXT[at + 1] = HEX[b & 15] as number;
  }
  poolAt += 16;
  return TEXT.toString('latin1', 0, 36);
}

export interface UuidHalves {
  msb: Long;
  lsb: Long;
}

/** Memo of recent conversions: the same device/tenant/profile ids recur on every uplink record. */
const HALVES_MEMO_BOUND = 10_000;
const halvesMemo = new Map<string, UuidHalves>();

/** One signed int64 from 16 hex digits, as two 32-bit words (no string slicing per nibble). */
function longOfHex(hex: string, from: number): Long {
  const high = Number.parseInt(hex.slice(from, from + 8), 16) | 0;
  const low = Number.parseInt(hex.slice(from + 8, from + 16), 16) | 0;
  return Long.fromBits(low, high, false);
}

/**
 * Throws TypeError on a non-UUID: callers pass ids that came from the core or from newUuid().
 * The Long halves handed out are shared between calls (memo): callers must not mutate them.
 */
export function uuidToHalves(uuid: string): UuidHalves {
  const memo = halvesMemo.get(uuid);
  if (memo !== undefined) return memo;
  const u = uuid.toLowerCase();
  if (!isUuid(u)) throw new TypeError(`not a UUID: ${JSON.stringify(uuid)}`);
  const hex = u.replace(/-/g, '');
  const halves: UuidHalves = { msb: longOfHex(hex, 0), lsb: longOfHex(hex, 16) };
  // Bounded: a burst of distinct ids (sessions, RPC ids) empties the memo rather than growing it.
  if (halvesMemo.size >= HALVES_MEMO_BOUND) halvesMemo.clear();
  halvesMemo.set(uuid, halves);
  return halves;
}

/** Accepts Long, number or decimal string halves (protobuf may give any of these); absent halves are 0. */
export function halvesToUuid(msb: Long | number | string | null | undefined, lsb: Long | number | string | null | undefined): string {
  const hex = (v: Long | number | string | null | undefined): string =>
    Long.fromValue(v ?? 0).toUnsigned().toString(16).padStart(16, '0');
  const h = hex(msb) + hex(lsb);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** True when both halves are zero (ThingsBoard's "unset" id in DeviceInfoProto). */
export function isZeroHalves(msb: Long | number | null | undefined, lsb: Long | number | null | undefined): boolean {
  return Long.fromValue(msb ?? 0).isZero() && Long.fromValue(lsb ?? 0).isZero();
}

/** 16 bytes, big-endian msb then lsb: java.nio.ByteBuffer.putLong(msb).putLong(lsb). */
export function uuidToBytes(uuid: string): Buffer {
  const u = uuid.toLowerCase();
  if (!isUuid(u)) throw new TypeError(`not a UUID: ${JSON.stringify(uuid)}`);
  return Buffer.from(u.replace(/-/g, ''), 'hex');
}

/** Inverse of uuidToBytes; undefined unless exactly 16 bytes. */
export function bytesToUuid(bytes: Uint8Array): string | undefined {
  if (bytes.length !== 16) return undefined;
  const h = Buffer.from(bytes).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
