import { describe, expect, it } from 'vitest';
import type { TenantInfo } from '../../../src/core/core-types.js';
import { TokenBucket, TransportRateLimiter, parseRateLimit } from '../../../src/kafka/rate-limits.js';

const tenant = (configuration: Record<string, string>): TenantInfo => ({
  tenantId: 'c1d2e3f4-0000-4000-8000-000000000001',
  transportState: 'ENABLED',
  profile: { id: 'c1d2e3f4-0000-4000-8000-0000000000aa', name: 'p', isDefault: true, isolatedTbRuleEngine: false, profileData: { configuration } },
});

describe('transport rate limits (wire spec §4.5)', () => {
  it('parses "cap:seconds" lists and ignores junk', () => {
    expect(parseRateLimit('100:1,3000:60')).toEqual([{ capacity: 100, periodMs: 1000 }, { capacity: 3000, periodMs: 60000 }]);
    expect(parseRateLimit('')).toEqual([]);
    expect(parseRateLimit('x:1, 5:0, 7:2')).toEqual([{ capacity: 7, periodMs: 2000 }]);
  });

  it('a bucket refills greedily and needs room in every bandwidth', () => {
    const b = new TokenBucket([{ capacity: 2, periodMs: 1000 }, { capacity: 3, periodMs: 60_000 }], 0);
    expect(b.tryConsume(1, 0)).toBe(true);
    expect(b.tryConsume(1, 0)).toBe(true);
    expect(b.tryConsume(1, 0)).toBe(false);
    expect(b.tryConsume(1, 500)).toBe(true); // half a second gives one token back
    expect(b.tryConsume(1, 2000)).toBe(false); // the 3-per-minute bandwidth is empty
  });

  it('checks tenant then device; telemetry uses message and data-point buckets; empty means unlimited', () => {
    let now = 0;
    const r = new TransportRateLimiter(() => now);
    const t = tenant({ transportTenantTelemetryDataPointsRateLimit: '5:1', transportDeviceMsgRateLimit: '1:10' });
    expect(r.check(t, 'd1', 3)).toBeUndefined();
    expect(r.check(t, 'd1', 3)).toBe('TENANT'); // 6 > 5 data points per second
    now = 1000;
    expect(r.check(t, 'd1', 3)).toBeUndefined();
    expect(r.check(t, 'd1', 0)).toBeUndefined();
    expect(r.check(t, 'd1', 0)).toBe('DEVICE');
    expect(r.check(t, 'd2', 0)).toBeUndefined(); // per device
    expect(r.stats).toEqual({ refusedTenant: 1, refusedDevice: 1 });
    const unlimited = tenant({});
    for (let i = 0; i < 100; i++) expect(r.check(unlimited, 'd3', 10)).toBeUndefined();
  });

  it('rebuilds the buckets when the profile limits change', () => {
    const r = new TransportRateLimiter(() => 0);
    expect(r.check(tenant({ transportTenantMsgRateLimit: '1:60' }), 'd', 0)).toBeUndefined();
    expect(r.check(tenant({ transportTenantMsgRateLimit: '1:60' }), 'd', 0)).toBe('TENANT');
    expect(r.check(tenant({ transportTenantMsgRateLimit: '2:60' }), 'd', 0)).toBeUndefined();
  });
});
