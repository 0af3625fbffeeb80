import { CodecError } from '../errors.js';

/**
 * JSON helpers shared by SenML JSON and LwM2M JSON: a JSON.parse that keeps integers beyond
 * 2^53 exact (as bigint), and a writer for numbers that may be bigint.
 */

// Marks an integer literal that JSON.parse would round; U+0000 cannot appear raw in JSON text.
const BIG_MARK = '\u0000bigint:';
const MAX_SAFE_DIGITS = 15;

/**
 * Rewrites integer literals longer than 15 digits (outside strings) into marked strings, so the
 * exact digits survive JSON.parse. Fractions and exponents are left as JSON numbers.
 */
function protectBigIntegers(text: string): string {
  let out = '';
  let last = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x22) {
      inString = true;
      continue;
    }
    if (c === 0x2d || (c >= 0x30 && c <= 0x39)) {
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
      // The rest of the token: fraction and exponent make it a float, left to JSON.parse.
      let k = j;
      while (k < text.length && /[0-9.eE+-]/.test(text[k] ?? '')) k++;
      const digits = j - i - (c === 0x2d ? 1 : 0);
      if (k === j && digits > MAX_SAFE_DIGITS) {
        out += text.slice(last, i) + JSON.stringify(BIG_MARK + text.slice(i, j));
        last = j;
      }
      i = k - 1;
    }
  }
  return last === 0 ? text : out + text.slice(last);
}

/** JSON.parse with exact big integers; every failure is a CodecError(format). */
export function parseJsonExact(payload: Buffer, format: number): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(payload);
  } catch {
    throw new CodecError(format, 'payload is not valid UTF-8');
  }
  try {
    return JSON.parse(protectBigIntegers(text)) as unknown;
  } catch (e) {
    throw new CodecError(format, `payload is not valid JSON: ${(e as Error).message}`);
  }
}

/** A JSON number from a parsed value (undefined when it is not one), big integers as bigint. */
export function jsonNumber(v: unknown): number | bigint | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.startsWith(BIG_MARK)) {
    const n = BigInt(v.slice(BIG_MARK.length));
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }
  return undefined;
}

/** A plain JSON object (not an array, not null). */
export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Writes a number for JSON text; bigint as its exact digits. */
export function jsonNumberText(v: number | bigint): string {
  return typeof v === 'bigint' ? v.toString() : JSON.stringify(v);
}

/** `{"k":v,...}` from already-serialized values, in the given order. */
export function jsonObjectText(fields: readonly (readonly [string, string])[]): string {
  return '{' + fields.map(([k, v]) => JSON.stringify(k) + ':' + v).join(',') + '}';
}

/** An optional string member; CodecError(format) when present with another type. */
export function stringField(o: Record<string, unknown>, label: string, format: number): string | undefined {
  const v = o[label];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw new CodecError(format, `"${label}" must be a string`);
  return v;
}

/** An optional number member (times, base values: never needing bigint precision). */
export function numberField(o: Record<string, unknown>, label: string, format: number): number | undefined {
  const v = o[label];
  if (v === undefined) return undefined;
  const n = jsonNumber(v);
  if (n === undefined) throw new CodecError(format, `"${label}" must be a number`);
  return Number(n);
}
