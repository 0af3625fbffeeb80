/**
 * Kafka's default key partitioner (Java client DefaultPartitioner: murmur2 of the key bytes,
 * `& 0x7fffffff`, modulo the partition count; thingsboard-transport-wire.md §1.8) in 32-bit
 * integer arithmetic. kafkajs's DefaultPartitioner computes the same hash through a 64-bit Long
 * emulation and filters the partition list for every message, which showed as a measurable part
 * of the transport's CPU per record; this one gives the same partition for every key (see
 * test/unit/kafka/murmur2-partitioner.test.ts) without those allocations.
 */
import { randomBytes } from 'node:crypto';
import type { ICustomPartitioner, PartitionerArgs } from 'kafkajs';

// Kafka's murmur2 constants (org.apache.kafka.common.utils.Utils.murmur2).
const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

/** Java Utils.murmur2 over `length` bytes of `data`: a signed 32-bit result. */
export function murmur2(data: Uint8Array, length = data.length): number {
  let h = (SEED ^ length) | 0;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = (data[i4] ?? 0) | ((data[i4 + 1] ?? 0) << 8) | ((data[i4 + 2] ?? 0) << 16) | ((data[i4 + 3] ?? 0) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M) ^ k;
  }
  const tail = length & ~3;
  // The Java switch on length % 4 falls through from 3 to 1: each remaining byte is mixed in,
  // then one multiplication if any byte remained.
  const rest = length & 3;
  if (rest >= 3) h ^= (data[tail + 2] ?? 0) << 16;
  if (rest >= 2) h ^= (data[tail + 1] ?? 0) << 8;
  if (rest >= 1) {
    h ^= data[tail] ?? 0;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Kafka's toPositive: `x & 0x7fffffff` (not the absolute value). */
const toPositive = (x: number): number => x & 0x7fffffff;

// A string key of up to SCRATCH/3 UTF-16 units fits in UTF-8 here (3 bytes per unit at most).
const SCRATCH = Buffer.allocUnsafe(1024);

/** murmur2 of a key as kafkajs sends it: a Buffer as is, anything else as the UTF-8 of String(key). */
export function keyHash(key: Buffer | string): number {
  if (Buffer.isBuffer(key)) return murmur2(key);
  const text = String(key);
  if (text.length * 3 <= SCRATCH.length) return murmur2(SCRATCH, SCRATCH.write(text, 0, 'utf8'));
  return murmur2(Buffer.from(text, 'utf8'));
}

/**
 * The partitioner for kafkajs `createPartitioner`: explicit partition first, then the key hash,
 * then round-robin over partitions with a leader (starting at a random point per topic), as
 * Kafka's and kafkajs's default partitioners do.
 */
export const Murmur2Partitioner: ICustomPartitioner = () => {
  const counters = new Map<string, number>();
  return ({ topic, partitionMetadata, message }: PartitionerArgs): number => {
    if (message.partition !== null && message.partition !== undefined) return message.partition;
    const numPartitions = partitionMetadata.length;
    if (message.key !== null && message.key !== undefined) return toPositive(keyHash(message.key)) % numPartitions;
    const next = (counters.get(topic) ?? randomBytes(4).readUInt32BE(0)) + 1;
    counters.set(topic, next);
    const available = partitionMetadata.filter((p) => p.leader >= 0);
    if (available.length > 0) return available[toPositive(next) % available.length]?.partitionId ?? 0;
    return toPositive(next) % numPartitions;
  };
};
