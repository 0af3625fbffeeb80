// Test vectors from thingsboard-transport-wire.md §1.5 (checked there against Guava on a JDK).
import { describe, expect, it } from 'vitest';
import { hashInput, partitionOf, uuidHash } from '../../../src/kafka/partition-hash.js';

const VECTORS: Array<[uuid: string, m128: number, p10: number, p12: number, m32: number, m32p10: number]> = [
  ['13814000-1dd2-11b2-8080-808080808080', 753439043, 3, 11, -1198738292, 2],
  ['00000000-0000-0000-0000-000000000000', 2108233942, 2, 10, -2127245832, 2],
  ['c1d2e3f4-0000-4000-8000-000000000001', 1507438264, 4, 4, 1274445302, 2],
  ['784f394c-42b6-435a-983c-b7beff2784f9', -1365553268, 8, 8, 1278706996, 6],
  ['ffffffff-ffff-ffff-ffff-ffffffffffff', -1550170394, 4, 2, -451333010, 0],
];

describe('ThingsBoard partition hash', () => {
  it.each(VECTORS)('murmur3_128 of %s', (uuid, m128, p10, p12) => {
    expect(uuidHash(uuid)).toBe(m128);
    expect(partitionOf(uuid, 10)).toBe(p10);
    expect(partitionOf(uuid, 12)).toBe(p12);
  });

  it.each(VECTORS)('murmur3_32 of %s', (uuid, _m128, _p10, _p12, m32, m32p10) => {
    expect(uuidHash(uuid, 'murmur3_32')).toBe(m32);
    expect(partitionOf(uuid, 10, 'murmur3_32')).toBe(m32p10);
  });

  it('feeds the hash LE64(msb) ‖ LE64(lsb) (Guava putLong order)', () => {
    expect(hashInput('01020304-0506-0708-090a-0b0c0d0e0f10').toString('hex')).toBe('0807060504030201100f0e0d0c0b0a09');
  });

  it('accepts upper-case UUIDs and routes them like lower-case', () => {
    expect(partitionOf('784F394C-42B6-435A-983C-B7BEFF2784F9', 10)).toBe(8);
  });

  it('sha256 gives a partition in range and is stable', () => {
    const p = partitionOf('784f394c-42b6-435a-983c-b7beff2784f9', 10, 'sha256');
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThan(10);
    expect(partitionOf('784f394c-42b6-435a-983c-b7beff2784f9', 10, 'sha256')).toBe(p);
  });

  it('rejects a non-positive partition count and a non-UUID', () => {
    expect(() => partitionOf('784f394c-42b6-435a-983c-b7beff2784f9', 0)).toThrow(RangeError);
    expect(() => partitionOf('not-a-uuid', 10)).toThrow(TypeError);
  });
});
