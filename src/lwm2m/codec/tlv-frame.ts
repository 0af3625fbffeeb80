import { CodecError } from '../errors.js';

/**
 * The TLV framing of LwM2M Core 1.1 §7.4.3 (Table 7.4.3-1): one byte of type, an 8- or 16-bit
 * identifier, then a length held either in the type byte (0..7) or in 1, 2 or 3 more bytes.
 * This file knows only the frames; what they mean is tlv-codec.ts's job.
 */

/** Bits 7-6 of the type byte. */
export type TlvKind = 'instance' | 'resourceInstance' | 'multiResource' | 'resource';

const KINDS: readonly TlvKind[] = ['instance', 'resourceInstance', 'multiResource', 'resource'];
const KIND_BITS: Readonly<Record<TlvKind, number>> = {
  instance: 0b00,
  resourceInstance: 0b01,
  multiResource: 0b10,
  resource: 0b11,
};

/** The longest value a 24-bit length field can announce. */
export const TLV_MAX_LENGTH = 0xffffff;

export interface TlvFrame {
  readonly kind: TlvKind;
  readonly id: number;
  /** The value bytes: a leaf value, or the nested frames of a container. A view, not a copy. */
  readonly value: Buffer;
}

/** Reads every frame of one nesting level; the frames must exactly fill `buf`. */
export function readTlvFrames(buf: Buffer, format: number): TlvFrame[] {
  const out: TlvFrame[] = [];
  let off = 0;
  while (off < buf.length) {
    const start = off;
    const typeByte = buf[off++] as number;
    const kind = KINDS[typeByte >> 6] as TlvKind;
    // Bit 5: identifier is 16 bits wide when set.
    const idLen = typeByte & 0x20 ? 2 : 1;
    // Bits 4-3: how many bytes hold the length (0 = the length is in bits 2-0).
    const lenLen = (typeByte >> 3) & 0x03;
    if (off + idLen + lenLen > buf.length) {
      throw new CodecError(format, `TLV header truncated at byte ${start} (${buf.length - start} bytes left)`);
    }
    const id = idLen === 2 ? buf.readUInt16BE(off) : (buf[off] as number);
    off += idLen;
    let length: number;
    if (lenLen === 0) {
      length = typeByte & 0x07;
    } else {
      length = buf.readUIntBE(off, lenLen);
      off += lenLen;
    }
    if (length > buf.length - off) {
      throw new CodecError(
        format,
        `TLV at byte ${start} announces ${length} value bytes but only ${buf.length - off} remain`,
      );
    }
    out.push({ kind, id, value: buf.subarray(off, off + length) });
    off += length;
  }
  return out;
}

/** One frame, using the shortest id and length fields that fit (§7.4.3). */
export function writeTlvFrame(kind: TlvKind, id: number, value: Buffer, format: number): Buffer {
  if (!Number.isInteger(id) || id < 0 || id > 0xffff) {
    throw new CodecError(format, `TLV identifier ${id} outside 0..65535`);
  }
  const length = value.length;
  if (length > TLV_MAX_LENGTH) {
    throw new CodecError(format, `TLV value of ${length} bytes exceeds the 24-bit length field`);
  }
  const idLen = id > 0xff ? 2 : 1;
  const lenLen = length <= 7 ? 0 : length <= 0xff ? 1 : length <= 0xffff ? 2 : 3;
  const header = Buffer.alloc(1 + idLen + lenLen);
  let typeByte = (KIND_BITS[kind] << 6) | (idLen === 2 ? 0x20 : 0) | (lenLen << 3);
  if (lenLen === 0) typeByte |= length;
  header[0] = typeByte;
  header.writeUIntBE(id, 1, idLen);
  if (lenLen > 0) header.writeUIntBE(length, 1 + idLen, lenLen);
  return Buffer.concat([header, value]);
}
