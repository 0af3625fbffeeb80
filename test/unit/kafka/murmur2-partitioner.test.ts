/**
 * The transport's key partitioner must choose the partition kafkajs's DefaultPartitioner (the
 * Java client's murmur2 rule) chooses for every key: records of one device keep landing on the
 * same partition as before, and as a Java producer would put them.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { Partitioners, type PartitionMetadata } from 'kafkajs';
import { describe, expect, it } from 'vitest';
import { Murmur2Partitioner, keyHash, murmur2 } from '../../../src/kafka/murmur2-partitioner.js';

const metadata = (n: number, leaderless: readonly number[] = []): PartitionMetadata[] =>
  Array.from({ length: n }, (_, i) => ({ partitionErrorCode: 0, partitionId: i, leader: leaderless.includes(i) ? -1 : 0, replicas: [0], isr: [0] }));

describe('murmur2 (Kafka Utils.murmur2)', () => {
  it('matches the Java client on known vectors', () => {
    // Vectors from Apache Kafka's UtilsTest.testMurmur2 (same values in kafkajs's murmur2 tests).
    const vectors: Array<[string, number]> = [
      ['21', -973932308],
      ['foobar', -790332482],
      ['a-little-bit-long-string', -985981536],
      ['a-little-bit-longer-string', -1486304829],
      ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
      ['abc', 479470107],
    ];
    for (const [text, hash] of vectors) expect(murmur2(Buffer.from(text))).toBe(hash);
  });

  it('hashes the empty key and every tail length', () => {
    expect(murmur2(new Uint8Array(0))).toBe(keyHash(''));
    for (let len = 0; len < 12; len++) {
      const b = randomBytes(len);
      expect(keyHash(b)).toBe(murmur2(b));
    }
  });
});

describe('Murmur2Partitioner', () => {
  const theirs = Partitioners.DefaultPartitioner();
  const ours = Murmur2Partitioner();

  it('chooses the same partition as kafkajs DefaultPartitioner for UUID, text, unicode and byte keys', () => {
    const keys: Array<string | Buffer> = [
      ...Array.from({ length: 300 }, () => randomUUID()),
      ...Array.from({ length: 100 }, (_, i) => `device-${i}-${'x'.repeat(i % 7)}`),
      'é', 'Ĳ€😀 ключ', 'x'.repeat(400), '€'.repeat(400), '',
      ...Array.from({ length: 100 }, (_, i) => randomBytes(i)),
    ];
    for (const n of [1, 2, 3, 10, 16, 37]) {
      const partitionMetadata = metadata(n);
      for (const key of keys) {
        const args = { topic: 't', partitionMetadata, message: { key, value: null } };
        expect(ours(args)).toBe(theirs(args));
      }
    }
  });

  it('keeps an explicit partition and round-robins keyless records over partitions with a leader', () => {
    expect(ours({ topic: 't', partitionMetadata: metadata(4), message: { key: 'k', value: null, partition: 3 } })).toBe(3);
    const partitionMetadata = metadata(4, [1, 2]);
    const seen = new Set<number>();
    for (let i = 0; i < 8; i++) seen.add(ours({ topic: 'rr', partitionMetadata, message: { value: null } }));
    expect([...seen].sort()).toEqual([0, 3]);
  });
});
