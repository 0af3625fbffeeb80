import { Decoder, Encoder, Tag, type Options } from 'cbor-x';
import { CodecError } from '../errors.js';
import { normalizeInteger } from './value-text.js';

/**
 * CBOR bytes ↔ JS values for SenML CBOR and LwM2M CBOR, on cbor-x. Maps decode as Map (keys
 * may be integers or arrays), 64-bit integers as bigint (then narrowed to number when exact),
 * tag 1 as Date, tag 4 decimal fractions as number. Every failure is a CodecError(format).
 */

// int64AsType is a cbor-x decoder option its typings do not list.
const decoderOptions = { mapsAsObjects: false, useRecords: false, int64AsType: 'bigint' };
const decoder = new Decoder(decoderOptions as Options);
const encoder = new Encoder({ mapsAsObjects: false, useRecords: false, tagUint8Array: false });

/** Decodes exactly one CBOR item filling `payload` (trailing bytes are an error). */
export function decodeCbor(payload: Buffer, format: number): unknown {
  try {
    return decoder.decode(payload) as unknown;
  } catch (e) {
    throw new CodecError(format, `payload is not valid CBOR: ${e instanceof Error ? e.message : String(e)}`);
  }
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

/** A CBOR byte string as a Buffer of its own (not a view into the datagram). */
export function cborBytes(v: unknown): Buffer | undefined {
  if (v instanceof Uint8Array) return Buffer.from(v);
  return undefined;
}

/** RFC 8949 §3.4.2: tag 1 over integer seconds since the epoch (LwM2M CBOR time values). */
export function cborEpochTime(seconds: number): Tag {
  return new Tag(seconds, 1);
}
