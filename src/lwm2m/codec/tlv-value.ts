import { CodecError } from '../errors.js';
import type { ObjectLink, ResourceValue } from '../node.js';
import type { ResourceType } from '../model/types.js';
import { checkValueType, normalizeInteger } from './value-text.js';

/**
 * Leaf values inside TLV frames, LwM2M Core 1.1 §7.4.3 / Appendix C "TLV" column:
 * integer and time are 1, 2, 4 or 8 byte two's complement big-endian; unsigned (1.1) is 1, 2,
 * 4 or 8 byte big-endian; float is IEEE 754 binary32 or binary64; boolean is one byte 0 or 1;
 * objlnk is two 16-bit ids; string and corelnk are UTF-8; opaque is the raw bytes.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

function readSigned(bytes: Buffer, type: ResourceType, format: number): bigint {
  switch (bytes.length) {
    case 1:
      return BigInt(bytes.readInt8(0));
    case 2:
      return BigInt(bytes.readInt16BE(0));
    case 4:
      return BigInt(bytes.readInt32BE(0));
    case 8:
      return bytes.readBigInt64BE(0);
    default:
      throw new CodecError(format, `${type} TLV value has ${bytes.length} bytes (1, 2, 4 or 8 expected)`);
  }
}

function readUnsigned(bytes: Buffer, format: number): bigint {
  switch (bytes.length) {
    case 1:
    case 2:
    case 4:
      return BigInt(bytes.readUIntBE(0, bytes.length));
    case 8:
      return bytes.readBigUInt64BE(0);
    default:
      throw new CodecError(format, `unsigned TLV value has ${bytes.length} bytes (1, 2, 4 or 8 expected)`);
  }
}

/** Decodes the value bytes of a resource or resource-instance frame. Throws CodecError. */
export function decodeTlvValue(bytes: Buffer, type: ResourceType, format: number): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      try {
        return utf8.decode(bytes);
      } catch {
        throw new CodecError(format, `${type} TLV value is not valid UTF-8`);
      }
    case 'integer':
      return normalizeInteger(readSigned(bytes, type, format));
    case 'unsigned':
      return normalizeInteger(readUnsigned(bytes, format));
    case 'time':
      return checkValueType(readSigned(bytes, type, format), type, format);
    case 'float':
      if (bytes.length === 4) return checkValueType(bytes.readFloatBE(0), type, format);
      if (bytes.length === 8) return checkValueType(bytes.readDoubleBE(0), type, format);
      throw new CodecError(format, `float TLV value has ${bytes.length} bytes (4 or 8 expected)`);
    case 'boolean':
      if (bytes.length === 1 && (bytes[0] === 0 || bytes[0] === 1)) return bytes[0] === 1;
      throw new CodecError(format, `boolean TLV value must be one byte 0 or 1`);
    case 'objlnk':
      if (bytes.length !== 4) throw new CodecError(format, `objlnk TLV value has ${bytes.length} bytes (4 expected)`);
      return { objectId: bytes.readUInt16BE(0), instanceId: bytes.readUInt16BE(2) };
    case 'opaque':
      // A copy: the node must not pin the whole datagram in memory.
      return Buffer.from(bytes);
    case 'none':
      throw new CodecError(format, 'an executable resource (type none) carries no TLV value');
  }
}

function signedBytes(v: bigint): Buffer {
  if (v >= -0x80n && v <= 0x7fn) {
    const b = Buffer.alloc(1);
    b.writeInt8(Number(v));
    return b;
  }
  if (v >= -0x8000n && v <= 0x7fffn) {
    const b = Buffer.alloc(2);
    b.writeInt16BE(Number(v));
    return b;
  }
  if (v >= -0x80000000n && v <= 0x7fffffffn) {
    const b = Buffer.alloc(4);
    b.writeInt32BE(Number(v));
    return b;
  }
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(v);
  return b;
}

function unsignedBytes(v: bigint): Buffer {
  const size = v <= 0xffn ? 1 : v <= 0xffffn ? 2 : v <= 0xffffffffn ? 4 : 8;
  const b = Buffer.alloc(size);
  if (size === 8) b.writeBigUInt64BE(v);
  else b.writeUIntBE(Number(v), 0, size);
  return b;
}

/** Encodes one value in the shortest TLV form of its type. Throws CodecError. */
export function encodeTlvValue(value: ResourceValue, type: ResourceType, format: number): Buffer {
  const v = checkValueType(value, type, format);
  switch (type) {
    case 'string':
    case 'corelnk':
      return Buffer.from(v as string, 'utf8');
    case 'integer':
      return signedBytes(BigInt(v as number | bigint));
    case 'unsigned':
      return unsignedBytes(BigInt(v as number | bigint));
    case 'time':
      return signedBytes(BigInt(Math.floor((v as Date).getTime() / 1000)));
    case 'float': {
      const n = v as number;
      // binary32 when it holds the value exactly, else binary64 (§7.4.3 allows both).
      if (Math.fround(n) === n) {
        const b = Buffer.alloc(4);
        b.writeFloatBE(n);
        return b;
      }
      const b = Buffer.alloc(8);
      b.writeDoubleBE(n);
      return b;
    }
    case 'boolean':
      return Buffer.from([v === true ? 1 : 0]);
    case 'objlnk': {
      const l = v as ObjectLink;
      const b = Buffer.alloc(4);
      b.writeUInt16BE(l.objectId, 0);
      b.writeUInt16BE(l.instanceId, 2);
      return b;
    }
    case 'opaque':
      return v as Buffer;
    case 'none':
      throw new CodecError(format, 'an executable resource (type none) carries no TLV value');
  }
}
