import { Encoder, Tag } from 'cbor-x';
import { readCbor } from './senml-cbor-reader.js';
import { normalizeInteger } from './value-text.js';

/**
 * CBOR bytes ↔ JS values for SenML CBOR and LwM2M CBOR. Reading uses our strict reader (see
 * senml-cbor-reader.ts); writing uses cbor-x, which emits shortest-form heads, definite
 * lengths, Map keys in insertion order and float64 for non-integral numbers.
 */

const encoder = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });

/** Decodes exactly one CBOR item filling `payload`; CodecError(format) otherwise. */
export function decodeCbor(payload: Buffer, format: number): unknown {
  return readCbor(payload, format);
}

/** Encodes to a Buffer of its own (cbor-x hands out views of a shared, reused buffer). */
export function encodeCbor(value: unknown): Buffer {
  return Buffer.from(encoder.encode(value));
}

/** A CBOR number as number or, beyond 2^53, bigint; undefined when `v` is not a number. */
export function cborNumber(v: unknown): number | bigint | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return normalizeInteger(v);
  return undefined;
}

/** A CBOR byte string as a Buffer, or undefined when `v` is not one. */
export function cborBytes(v: unknown): Buffer | undefined {
  if (Buffer.isBuffer(v)) return v;
  if (v instanceof Uint8Array) return Buffer.from(v);
  return undefined;
}

/** RFC 8949 §3.4.2: tag 1 over integer seconds since the epoch (LwM2M CBOR time values). */
export function cborEpochTime(seconds: number): Tag {
  return new Tag(seconds, 1);
}
