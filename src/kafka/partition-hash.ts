/**
 * ThingsBoard's partition rule, bit-exact (thingsboard-transport-wire.md §1.5, HashPartitionService):
 * hash the 16 bytes LE64(msb) ‖ LE64(lsb) with the configured function, take Guava's
 * HashCode.asInt() (first 4 bytes of the hash, little-endian, signed), then abs(hash % n) with
 * Java's remainder semantics. The partition becomes a topic-name suffix, not a Kafka partition.
 */
import { createHash } from 'node:crypto';
import { uuidToBytes } from '../tbwire/uuid-codec.js';

export type HashFunctionName = 'murmur3_128' | 'murmur3_32' | 'sha256';

const MASK64 = (1n << 64n) - 1n;
const C1 = 0x87c37b91114253d5n;
const C2 = 0x4cf5ad432745937fn;

function rotl64(x: bigint, r: bigint): bigint {
  return ((x << r) | (x >> (64n - r))) & MASK64;
}

function fmix64(k0: bigint): bigint {
  let k = k0;
  k ^= k >> 33n;
  k = (k * 0xff51afd7ed558ccdn) & MASK64;
  k ^= k >> 33n;
  k = (k * 0xc4ceb9fe1a85ec53n) & MASK64;
  k ^= k >> 33n;
  return k;
}

/** The 16 bytes Guava's Hasher sees after putLong(msb).putLong(lsb): each long little-endian. */
export function hashInput(uuid: string): Buffer {
  const be = uuidToBytes(uuid);
  const out = Buffer.alloc(16);
  out.writeBigUInt64LE(be.readBigUInt64BE(0), 0);
  out.writeBigUInt64LE(be.readBigUInt64BE(8), 8);
  return out;
}

/** murmur3_x64_128 (seed 0) of exactly 16 bytes, reduced to Guava's asInt(): the low 32 bits of h1. */
export function murmur3x64_128AsInt(input: Buffer): number {
  let k1 = input.readBigUInt64LE(0);
  let k2 = input.readBigUInt64LE(8);
  let h1 = 0n;
  let h2 = 0n;
  k1 = (k1 * C1) & MASK64;
  k1 = rotl64(k1, 31n);
  k1 = (k1 * C2) & MASK64;
  h1 ^= k1;
  h1 = rotl64(h1, 27n);
  h1 = (h1 + h2) & MASK64;
  h1 = (h1 * 5n + 0x52dce729n) & MASK64;
  k2 = (k2 * C2) & MASK64;
  k2 = rotl64(k2, 33n);
  k2 = (k2 * C1) & MASK64;
  h2 ^= k2;
  h2 = rotl64(h2, 31n);
  h2 = (h2 + h1) & MASK64;
  h2 = (h2 * 5n + 0x38495ab5n) & MASK64;
  // Finalisation with length 16.
  h1 ^= 16n;
  h2 ^= 16n;
  h1 = (h1 + h2) & MASK64;
  h2 = (h2 + h1) & MASK64;
  h1 = fmix64(h1);
  h2 = fmix64(h2);
  h1 = (h1 + h2) & MASK64;
  return Number(BigInt.asIntN(32, h1));
}

/** murmur3_x86_32 (seed 0), Guava's murmur3_32 over bytes; asInt() is the hash itself. */
export function murmur3x86_32(input: Buffer): number {
  let h = 0;
  const nblocks = input.length >>> 2;
  for (let i = 0; i < nblocks; i++) {
    let k = input.readUInt32LE(i * 4);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  let k = 0;
  const tail = nblocks * 4;
  const rem = input.length & 3;
  if (rem >= 3) k ^= (input[tail + 2] ?? 0) << 16;
  if (rem >= 2) k ^= (input[tail + 1] ?? 0) << 8;
  if (rem >= 1) {
    k ^= input[tail] ?? 0;
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
  }
  h ^= input.length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** Guava HashCode.asInt() of the UUID under the named function. */
export function uuidHash(uuid: string, fn: HashFunctionName = 'murmur3_128'): number {
  const input = hashInput(uuid);
  switch (fn) {
    case 'murmur3_128':
      return murmur3x64_128AsInt(input);
    case 'murmur3_32':
      return murmur3x86_32(input);
    case 'sha256':
      return createHash('sha256').update(input).digest().readInt32LE(0);
  }
}

/**
 * Memo of uuidHash per (function, id): the same device ids are hashed for every record they
 * produce, and the 128-bit murmur3 runs on BigInt. Bounded; emptied when full.
 */
const HASH_MEMO_BOUND = 50_000;
const hashMemo = new Map<string, number>();

function memoUuidHash(uuid: string, fn: HashFunctionName): number {
  const key = `${fn}|${uuid}`;
  const memo = hashMemo.get(key);
  if (memo !== undefined) return memo;
  const h = uuidHash(uuid, fn);
  if (hashMemo.size >= HASH_MEMO_BOUND) hashMemo.clear();
  hashMemo.set(key, h);
  return h;
}

/** abs(hash % n): JS `%` on int32 has Java's sign rule (sign of the dividend). */
export function partitionOf(uuid: string, partitions: number, fn: HashFunctionName = 'murmur3_128'): number {
  if (!Number.isInteger(partitions) || partitions <= 0) throw new RangeError(`partitions must be a positive integer, got ${partitions}`);
  return Math.abs(memoUuidHash(uuid, fn) % partitions);
}
