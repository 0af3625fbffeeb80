import { CodecError } from '../errors.js';
import { normalizeInteger } from './value-text.js';

/**
 * A strict CBOR reader (RFC 8949) for device payloads in SenML CBOR and LwM2M CBOR. Written
 * here rather than taken from cbor-x because devices send indefinite-length strings (Anjay does
 * for large values) which cbor-x refuses, and because a hostile payload must meet explicit
 * limits: nesting depth, counts checked against the bytes left, duplicate map keys refused,
 * trailing bytes refused.
 *
 * Output: unsigned/negative integers → number (bigint beyond 2^53); byte strings → Buffer
 * (copied); text → string (strict UTF-8); arrays → arrays; maps → Map; tag 1 → Date; tags 2/3
 * → bigint; tag 4 (decimal fraction) and 5 (bigfloat) → number; other tags → their content;
 * false/true/null/undefined; half, single and double floats → number.
 */

const MAX_NESTING = 32;
const BREAK = Symbol('break');
const utf8 = new TextDecoder('utf-8', { fatal: true });

class Reader {
  private pos = 0;
  constructor(
    private readonly buf: Buffer,
    private readonly format: number,
  ) {}

  fail(message: string): never {
    throw new CodecError(this.format, `invalid CBOR at byte ${this.pos}: ${message}`);
  }

  get remaining(): number {
    return this.buf.length - this.pos;
  }

  private byte(): number {
    if (this.pos >= this.buf.length) this.fail('unexpected end of data');
    return this.buf[this.pos++] as number;
  }

  private take(n: number): Buffer {
    if (n > this.remaining) this.fail(`length ${n} runs past the end of the payload`);
    const out = this.buf.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }

  /** The argument of a head (RFC 8949 §3): immediate, or 1/2/4/8 following bytes. */
  private argument(ai: number): number | bigint {
    if (ai < 24) return ai;
    switch (ai) {
      case 24:
        return this.byte();
      case 25:
        return this.take(2).readUInt16BE(0);
      case 26:
        return this.take(4).readUInt32BE(0);
      case 27:
        return normalizeInteger(this.take(8).readBigUInt64BE(0));
      default:
        return this.fail(`reserved additional information ${ai}`);
    }
  }

  /** A length or count: must fit in the bytes left (each item takes at least one byte). */
  private count(ai: number, unit: number): number {
    const n = this.argument(ai);
    if (typeof n === 'bigint' || n * unit > this.remaining) this.fail(`length ${String(n)} exceeds the payload`);
    return n;
  }

  item(depth: number): unknown {
    const v = this.itemOrBreak(depth);
    if (v === BREAK) this.fail('unexpected break');
    return v;
  }

  private itemOrBreak(depth: number): unknown {
    if (depth > MAX_NESTING) this.fail(`nesting deeper than ${MAX_NESTING}`);
    const head = this.byte();
    const major = head >> 5;
    const ai = head & 0x1f;
    switch (major) {
      case 0:
        if (ai === 31) this.fail('indefinite length on an integer');
        return this.argument(ai);
      case 1: {
        if (ai === 31) this.fail('indefinite length on an integer');
        const n = this.argument(ai);
        return normalizeInteger(-1n - BigInt(n));
      }
      case 2:
      case 3: {
        const bytes = ai === 31 ? this.chunks(major) : Buffer.from(this.take(this.count(ai, 1)));
        if (major === 2) return bytes;
        try {
          return utf8.decode(bytes);
        } catch {
          return this.fail('text string is not valid UTF-8');
        }
      }
      case 4: {
        const out: unknown[] = [];
        if (ai === 31) {
          for (let v = this.itemOrBreak(depth + 1); v !== BREAK; v = this.itemOrBreak(depth + 1)) out.push(v);
          return out;
        }
        const n = this.count(ai, 1);
        for (let i = 0; i < n; i++) out.push(this.item(depth + 1));
        return out;
      }
      case 5: {
        const out = new Map<unknown, unknown>();
        const put = (k: unknown): void => {
          if (typeof k === 'number' || typeof k === 'string' || typeof k === 'bigint') {
            if (out.has(k)) this.fail(`duplicate map key ${String(k)}`);
          }
          out.set(k, this.item(depth + 1));
        };
        if (ai === 31) {
          for (let k = this.itemOrBreak(depth + 1); k !== BREAK; k = this.itemOrBreak(depth + 1)) put(k);
          return out;
        }
        const n = this.count(ai, 2);
        for (let i = 0; i < n; i++) put(this.item(depth + 1));
        return out;
      }
      case 6:
        if (ai === 31) this.fail('indefinite length on a tag');
        return this.tagged(this.argument(ai), depth);
      default:
        return this.simple(ai);
    }
  }

  /** Indefinite-length byte/text string: definite chunks of the same major type until break. */
  private chunks(major: number): Buffer {
    const parts: Buffer[] = [];
    for (;;) {
      const head = this.byte();
      if (head === 0xff) return Buffer.concat(parts);
      if (head >> 5 !== major || (head & 0x1f) === 31) this.fail('bad chunk in an indefinite-length string');
      parts.push(Buffer.from(this.take(this.count(head & 0x1f, 1))));
    }
  }

  private tagged(tag: number | bigint, depth: number): unknown {
    const content = this.item(depth + 1);
    switch (tag) {
      case 0: {
        // RFC 8949 §3.4.1: standard date/time string.
        const ms = typeof content === 'string' ? Date.parse(content) : NaN;
        if (Number.isNaN(ms)) this.fail('tag 0 needs a date/time string');
        return new Date(ms);
      }
      case 1: {
        // RFC 8949 §3.4.2: epoch-based date/time, integer or float seconds.
        const s = typeof content === 'bigint' ? Number(content) : content;
        if (typeof s !== 'number' || !Number.isFinite(s)) this.fail('tag 1 needs a number of seconds');
        const d = new Date(s * 1000);
        if (Number.isNaN(d.getTime())) this.fail('tag 1 time out of range');
        return d;
      }
      case 2:
      case 3: {
        // RFC 8949 §3.4.3: bignums.
        if (!Buffer.isBuffer(content)) this.fail('bignum tag needs a byte string');
        if (content.length > 16) this.fail('bignum longer than 128 bits');
        const n = content.length === 0 ? 0n : BigInt('0x' + content.toString('hex'));
        return normalizeInteger(tag === 2 ? n : -1n - n);
      }
      case 4:
      case 5: {
        // RFC 8949 §3.4.4: decimal fraction m*10^e, bigfloat m*2^e.
        if (!Array.isArray(content) || content.length !== 2) this.fail(`tag ${tag} needs [exponent, mantissa]`);
        const [e, m] = content as [unknown, unknown];
        if (typeof e !== 'number' || !Number.isInteger(e) || Math.abs(e) > 400) this.fail('bad exponent');
        if (typeof m !== 'number' && typeof m !== 'bigint') this.fail('bad mantissa');
        return Number(m) * (tag === 4 ? 10 : 2) ** e;
      }
      default:
        // Tags we do not interpret (e.g. 55799 self-describe) leave their content unchanged.
        return content;
    }
  }

  private simple(ai: number): unknown {
    switch (ai) {
      case 20:
        return false;
      case 21:
        return true;
      case 22:
        return null;
      case 23:
        return undefined;
      case 25:
        return halfToNumber(this.take(2).readUInt16BE(0));
      case 26:
        return this.take(4).readFloatBE(0);
      case 27:
        return this.take(8).readDoubleBE(0);
      case 31:
        return BREAK;
      default:
        return this.fail(`unsupported simple value ${ai}`);
    }
  }
}

/** RFC 8949 Appendix D: IEEE 754 half precision. */
function halfToNumber(h: number): number {
  const exp = (h >> 10) & 0x1f;
  const mant = h & 0x3ff;
  const sign = h & 0x8000 ? -1 : 1;
  if (exp === 0) return sign * mant * 2 ** -24;
  if (exp === 31) return mant === 0 ? sign * Infinity : NaN;
  return sign * (mant + 1024) * 2 ** (exp - 25);
}

/** Decodes exactly one CBOR item filling `payload`; CodecError(format) on anything else. */
export function readCbor(payload: Buffer, format: number): unknown {
  const r = new Reader(payload, format);
  const v = r.item(0);
  if (r.remaining !== 0) r.fail(`${r.remaining} trailing bytes`);
  return v;
}
