/**
 * Bounds-checked reader over hostile bytes. Every read past the end throws a decode_error
 * alert (RFC 5246 §7.2.2), so parsers never index outside their input.
 */
import { decodeError } from './errors.js';

export class ByteReader {
  private pos = 0;

  constructor(private readonly buf: Buffer) {}

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  get offset(): number {
    return this.pos;
  }

  private need(n: number): void {
    if (n < 0 || this.pos + n > this.buf.length) throw decodeError(`truncated: need ${n} bytes at ${this.pos}`);
  }

  u8(): number {
    this.need(1);
    return this.buf[this.pos++]!;
  }

  u16(): number {
    this.need(2);
    const v = this.buf.readUInt16BE(this.pos);
    this.pos += 2;
    return v;
  }

  u24(): number {
    this.need(3);
    const v = this.buf.readUIntBE(this.pos, 3);
    this.pos += 3;
    return v;
  }

  u48(): number {
    this.need(6);
    const v = this.buf.readUIntBE(this.pos, 6);
    this.pos += 6;
    return v;
  }

  bytes(n: number): Buffer {
    this.need(n);
    const v = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return v;
  }

  /** A vector with a 1-, 2- or 3-byte length prefix (RFC 5246 §4.3), bounded by min/max. */
  vector(lengthBytes: 1 | 2 | 3, min = 0, max = Number.MAX_SAFE_INTEGER): Buffer {
    const n = lengthBytes === 1 ? this.u8() : lengthBytes === 2 ? this.u16() : this.u24();
    if (n < min || n > max) throw decodeError(`vector length ${n} outside ${min}..${max}`);
    return this.bytes(n);
  }

  rest(): Buffer {
    return this.bytes(this.remaining);
  }

  expectEnd(what: string): void {
    if (this.remaining !== 0) throw decodeError(`${this.remaining} trailing bytes after ${what}`);
  }
}

/** Length-prefixed vector writer: the inverse of ByteReader.vector. */
export function vec(lengthBytes: 1 | 2 | 3, ...parts: Buffer[]): Buffer {
  const body = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
  const head = Buffer.alloc(lengthBytes);
  head.writeUIntBE(body.length, 0, lengthBytes);
  return Buffer.concat([head, body]);
}

export function u8(v: number): Buffer {
  return Buffer.from([v & 0xff]);
}

export function u16(v: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(v);
  return b;
}
