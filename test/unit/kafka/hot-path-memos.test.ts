/**
 * The uplink hot path memoises per-id work (UUID halves, partition hashes, queue resolution).
 * These tests pin that a memo never changes an answer: fresh computations agree with memoised
 * ones, case variants of an id stay valid, and route changes are seen at once.
 */
import { randomUUID } from 'node:crypto';
import Long from 'long';
import { describe, expect, it } from 'vitest';
import { partitionOf, uuidHash } from '../../../src/kafka/partition-hash.js';
import type { TenantInfo } from '../../../src/core/core-types.js';
import { QueueRouting } from '../../../src/kafka/queue-routing.js';
import { TransportRateLimiter } from '../../../src/kafka/rate-limits.js';
import { halvesToUuid, uuidToHalves } from '../../../src/tbwire/uuid-codec.js';

const SYS = '13814000-1dd2-11b2-8080-808080808080';
const DEVICE = '784f394c-42b6-435a-983c-b7beff2784f9';

/** Reference conversion: Java's getMost/LeastSignificantBits through Long.fromString. */
function referenceHalves(uuid: string): { msb: string; lsb: string } {
  const hex = uuid.toLowerCase().replace(/-/g, '');
  return {
    msb: Long.fromString(hex.slice(0, 16), true, 16).toSigned().toString(),
    lsb: Long.fromString(hex.slice(16), true, 16).toSigned().toString(),
  };
}

describe('uuidToHalves memo', () => {
  it('agrees with the reference conversion on edge and random ids, first and repeated calls', () => {
    const ids = [
      '00000000-0000-0000-0000-000000000000',
      'ffffffff-ffff-ffff-ffff-ffffffffffff',
      '80000000-0000-0000-8000-000000000000',
      '7fffffff-ffff-ffff-7fff-ffffffffffff',
      ...Array.from({ length: 200 }, () => randomUUID()),
    ];
    for (const id of ids) {
      for (let round = 0; round < 2; round++) {
        const h = uuidToHalves(id);
        expect({ msb: h.msb.toString(), lsb: h.lsb.toString() }).toEqual(referenceHalves(id));
        expect(halvesToUuid(h.msb, h.lsb)).toBe(id);
      }
    }
  });

  it('accepts upper-case ids and still rejects bad ones after good ones were memoised', () => {
    const upper = DEVICE.toUpperCase();
    expect(uuidToHalves(upper).msb.toString()).toBe('8669210807411032922');
    expect(uuidToHalves(DEVICE).lsb.toString()).toBe('-7476899250389416711');
    expect(() => uuidToHalves(`${DEVICE}0`)).toThrow(TypeError);
    expect(() => uuidToHalves('')).toThrow(TypeError);
  });

  it('stays correct past the memo bound (the memo is emptied, not grown)', () => {
    const ids = Array.from({ length: 10_050 }, () => randomUUID());
    for (const id of ids) uuidToHalves(id);
    const sample = ids[3] as string;
    const h = uuidToHalves(sample);
    expect({ msb: h.msb.toString(), lsb: h.lsb.toString() }).toEqual(referenceHalves(sample));
  });
});

describe('partitionOf memo', () => {
  it('gives the same partition as the un-memoised hash, per function and partition count', () => {
    const ids = [DEVICE, ...Array.from({ length: 100 }, () => randomUUID())];
    for (const fn of ['murmur3_128', 'murmur3_32', 'sha256'] as const) {
      for (const id of ids) {
        for (const n of [1, 7, 10]) {
          const expected = Math.abs(uuidHash(id, fn) % n);
          expect(partitionOf(id, n, fn)).toBe(expected);
          expect(partitionOf(id, n, fn)).toBe(expected);
        }
      }
    }
    // The vector of messages.test.ts: this device goes to partition 8 of 10 under murmur3_128.
    expect(partitionOf(DEVICE, 10, 'murmur3_128')).toBe(8);
  });

  it('still refuses bad input after memoised calls', () => {
    expect(() => partitionOf(DEVICE, 0)).toThrow(RangeError);
    expect(() => partitionOf('not-a-uuid', 10)).toThrow(TypeError);
  });
});

describe('QueueRouting resolve memo', () => {
  const route = (queueTopic: string, partitions: number, duplicate = false) => ({
    tenantId: SYS,
    queueName: 'Main',
    queueTopic,
    partitions,
    duplicateMsgToAllPartitions: duplicate,
  });

  it('sees a queue update and a removal right after a memoised answer', () => {
    const r = new QueueRouting('murmur3_128');
    r.update([route('tb_rule_engine.main', 10)]);
    expect(r.resolve(undefined, SYS, false, DEVICE)?.targets).toEqual([{ topic: 'tb_rule_engine.main.8', partition: 8 }]);
    expect(r.resolve('Main', SYS, false, DEVICE)?.targets).toEqual([{ topic: 'tb_rule_engine.main.8', partition: 8 }]);
    r.update([route('tb_rule_engine.main', 3, true)]);
    expect(r.resolve('Main', SYS, false, DEVICE)?.targets.map((t) => t.topic)).toEqual(['tb_rule_engine.main.0', 'tb_rule_engine.main.1', 'tb_rule_engine.main.2']);
    r.remove(SYS, 'Main');
    expect(r.resolve('Main', SYS, false, DEVICE)).toBeUndefined();
  });
});

describe('rate limiter reads a tenant profile once per profile object', () => {
  const tenantWith = (configuration: Record<string, string>): TenantInfo => ({
    tenantId: 'c1d2e3f4-0000-4000-8000-000000000001',
    transportState: 'ENABLED',
    profile: { id: 'c1d2e3f4-0000-4000-8000-0000000000aa', name: 'p', isDefault: true, isolatedTbRuleEngine: false, profileData: { configuration } },
  });

  it('keeps one bucket for a reused tenant object and follows a replaced profile (update broadcast)', () => {
    const r = new TransportRateLimiter(() => 0);
    const t = tenantWith({ transportDeviceTelemetryMsgRateLimit: '2:60' });
    expect(r.check(t, 'dev-1', 1)).toBeUndefined();
    expect(r.check(t, 'dev-1', 1)).toBeUndefined();
    expect(r.check(t, 'dev-1', 1)).toBe('DEVICE');
    // Another device of the same tenant has its own bucket under the same (memoised) limits.
    expect(r.check(t, 'dev-2', 1)).toBeUndefined();
    // The core replaces the profile object on an update: the new limit applies at once.
    const relaxed = { ...t, profile: { ...t.profile, profileData: { configuration: { transportDeviceTelemetryMsgRateLimit: '5:60' } } } };
    expect(r.check(relaxed, 'dev-1', 1)).toBeUndefined();
    const unlimited = { ...t, profile: { ...t.profile, profileData: { configuration: {} } } };
    for (let i = 0; i < 20; i++) expect(r.check(unlimited, 'dev-1', 1)).toBeUndefined();
  });
});
