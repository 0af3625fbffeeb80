import { decodeUint, encodeUint } from './message.js';

/** RFC 7959 §2.2: Block1/Block2 value = NUM << 4 | M << 3 | SZX, size = 2^(SZX + 4). */
export interface BlockValue {
  readonly num: number;
  readonly more: boolean;
  readonly szx: number;
}

export const MIN_BLOCK_SIZE = 16;
export const MAX_BLOCK_SIZE = 1024;

export function blockSize(szx: number): number {
  return 1 << (szx + 4);
}

/** The SZX of the largest block size <= size (sizes clamp to 16..1024). */
export function sizeToSzx(size: number): number {
  let szx = 6;
  while (szx > 0 && blockSize(szx) > size) szx--;
  return szx;
}

/** Decodes a block option value; undefined for lengths > 3 or the reserved SZX 7 (§2.2). */
export function decodeBlock(value: Buffer): BlockValue | undefined {
  if (value.length > 3) return undefined;
  const n = decodeUint(value);
  if (n === undefined) return undefined;
  const szx = n & 7;
  if (szx === 7) return undefined;
  return { num: Math.floor(n / 16), more: (n & 8) !== 0, szx };
}

export function encodeBlock(num: number, more: boolean, szx: number): Buffer {
  return encodeUint(num * 16 + (more ? 8 : 0) + szx);
}
