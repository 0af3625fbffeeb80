import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { ObjectLink, ResourceValue } from '../node.js';
import type { ResourceType } from '../model/types.js';

/**
 * Resource values as text and as checked JS values (LwM2M Core 1.1 §7.4.1 and Appendix C).
 * Every codec funnels its values through `checkValueType`, so a node always carries the same
 * JS shape for a given resource type whatever format it came from.
 */

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const UINT64_MAX = 2n ** 64n - 1n;
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_ID = 65535;

const INTEGER_RE = /^[+-]?\d{1,20}$/;
const UNSIGNED_RE = /^\+?\d{1,20}$/;
// A decimal number: optional sign, digits with an optional fraction, optional exponent.
const FLOAT_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d{1,4})?$/;
const OBJLNK_RE = /^(\d{1,5}):(\d{1,5})$/;
const BASE64_RE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** bigint → number when it fits exactly, else the bigint (the shape node.ts promises). */
export function normalizeInteger(v: bigint): number | bigint {
  return v >= MIN_SAFE && v <= MAX_SAFE ? Number(v) : v;
}

function describe(value: unknown): string {
  if (value instanceof Date) return 'Date';
  if (Buffer.isBuffer(value)) return 'Buffer';
  if (value === null) return 'null';
  return typeof value;
}

function toBigInt(value: ResourceValue, type: ResourceType, format: number): bigint {
  if (typeof value === 'bigint') return value;
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  throw new CodecError(format, `${type} value must be an integer, got ${describe(value)} ${String(value)}`);
}

function isObjectLink(value: unknown): value is ObjectLink {
  if (typeof value !== 'object' || value === null) return false;
  if (value instanceof Date || Buffer.isBuffer(value)) return false;
  const v = value as { objectId?: unknown; instanceId?: unknown };
  return typeof v.objectId === 'number' && typeof v.instanceId === 'number';
}

function checkId(n: number, format: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_ID) {
    throw new CodecError(format, `objlnk id ${n} out of range 0..${MAX_ID}`);
  }
}

/**
 * Validates `value` against a resource type and returns it in canonical shape: integers as
 * number (bigint only beyond 2^53), time as a valid Date (a number is taken as seconds since
 * the epoch, LwM2M Core 1.1 Appendix C "Time"), opaque as Buffer. Throws CodecError(format).
 */
export function checkValueType(
  value: ResourceValue,
  type: ResourceType,
  format: number = ContentFormat.TEXT,
): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      if (typeof value === 'string') return value;
      break;
    case 'integer': {
      const v = toBigInt(value, type, format);
      // LwM2M Core 1.1 Appendix C: Integer is a signed 64-bit value at most.
      if (v < INT64_MIN || v > INT64_MAX) throw new CodecError(format, `integer ${v} outside signed 64-bit range`);
      return normalizeInteger(v);
    }
    case 'unsigned': {
      const v = toBigInt(value, type, format);
      if (v < 0n || v > UINT64_MAX) throw new CodecError(format, `unsigned integer ${v} outside 0..2^64-1`);
      return normalizeInteger(v);
    }
    case 'float':
      if (typeof value === 'number') {
        // Non-finite floats have no text or JSON form in LwM2M; refuse them everywhere.
        if (!Number.isFinite(value)) throw new CodecError(format, `float value ${value} is not finite`);
        return value;
      }
      if (typeof value === 'bigint') {
        const n = Number(value);
        if (!Number.isFinite(n)) throw new CodecError(format, `float value ${value} is not finite`);
        return n;
      }
      break;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      break;
    case 'opaque':
      if (Buffer.isBuffer(value)) return value;
      if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
      break;
    case 'time': {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new CodecError(format, 'time value is an invalid Date');
        return value;
      }
      if (typeof value === 'number' || typeof value === 'bigint') {
        const secs = toBigInt(value, type, format);
        const ms = Number(secs) * 1000;
        const d = new Date(ms);
        if (Number.isNaN(d.getTime())) throw new CodecError(format, `time ${secs} s is outside the Date range`);
        return d;
      }
      break;
    }
    case 'objlnk':
      if (isObjectLink(value)) {
        checkId(value.objectId, format);
        checkId(value.instanceId, format);
        return { objectId: value.objectId, instanceId: value.instanceId };
      }
      break;
    case 'none':
      throw new CodecError(format, 'an executable resource (type none) has no value');
  }
  throw new CodecError(format, `${type} resource cannot hold a ${describe(value)} value`);
}

function parseBigInt(text: string, re: RegExp, type: ResourceType): bigint {
  if (!re.test(text)) throw new CodecError(ContentFormat.TEXT, `"${clip(text)}" is not a valid ${type}`);
  return BigInt(text);
}

function clip(text: string): string {
  return text.length > 40 ? text.slice(0, 40) + '…' : text;
}

/** LwM2M Core 1.1 §7.4.1: the plain-text form of one value of `type`. Throws CodecError(0). */
export function parseTextValue(text: string, type: ResourceType): ResourceValue {
  const F = ContentFormat.TEXT;
  switch (type) {
    case 'string':
    case 'corelnk':
      return text;
    case 'integer':
      return checkValueType(parseBigInt(text, INTEGER_RE, type), type, F);
    case 'unsigned':
      return checkValueType(parseBigInt(text, UNSIGNED_RE, type), type, F);
    case 'float': {
      if (!FLOAT_RE.test(text)) throw new CodecError(F, `"${clip(text)}" is not a valid float`);
      return checkValueType(Number(text), type, F);
    }
    case 'boolean':
      // §7.4.1: Boolean is "0" or "1". Some 1.0 devices write true/false; accept those on input.
      if (text === '1' || text === 'true') return true;
      if (text === '0' || text === 'false') return false;
      throw new CodecError(F, `"${clip(text)}" is not a valid boolean (0 or 1)`);
    case 'time':
      // §7.4.1: Time is the decimal number of seconds since 1970-01-01T00:00Z.
      return checkValueType(parseBigInt(text, INTEGER_RE, type), type, F);
    case 'objlnk': {
      const m = OBJLNK_RE.exec(text);
      if (!m) throw new CodecError(F, `"${clip(text)}" is not a valid objlnk (objectId:instanceId)`);
      return checkValueType({ objectId: Number(m[1]), instanceId: Number(m[2]) }, type, F);
    }
    case 'opaque':
      // §7.4.1: opaque in a text context is base64 (RFC 4648 §4, padded).
      if (!BASE64_RE.test(text)) throw new CodecError(F, 'opaque text value is not valid base64');
      return Buffer.from(text, 'base64');
    case 'none':
      throw new CodecError(F, 'an executable resource (type none) has no value');
  }
}

/** The plain-text form of `value` (§7.4.1); validates it first. Throws CodecError(0). */
export function formatTextValue(value: ResourceValue, type: ResourceType): string {
  const v = checkValueType(value, type, ContentFormat.TEXT);
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'float':
      return String(v);
    case 'boolean':
      return v === true ? '1' : '0';
    case 'time':
      return String(Math.floor((v as Date).getTime() / 1000));
    case 'objlnk': {
      const l = v as ObjectLink;
      return `${l.objectId}:${l.instanceId}`;
    }
    case 'opaque':
      return (v as Buffer).toString('base64');
    default:
      return v as string;
  }
}
