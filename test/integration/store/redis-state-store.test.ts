import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { RedisStateStore } from '../../../src/store/redis-state-store.js';
import { encodeRegistration } from '../../../src/store/state-serdes.js';
import { connectRedis, startRedis, type RedisServer } from '../../support/redis-server.js';
import { sampleObservation, sampleRegistration } from '../../unit/store/samples.js';

/** RedisStateStore against a real redis-server (Debian) on 127.0.0.1. */

let redisServer: RedisServer;
let redis: Redis;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = await connectRedis(redisServer);
});

afterAll(async () => {
  await redis?.quit().catch(() => undefined);
  await redisServer?.stop();
});

beforeEach(async () => {
  await redis.flushdb();
});

function store(prefix = 't:'): RedisStateStore {
  return new RedisStateStore(redis, { keyPrefix: prefix, ownsClient: false });
}

describe('RedisStateStore', () => {
  it('writes on change and a second store instance (a restarted process) loads the same state', async () => {
    const a = store();
    a.saveRegistration(sampleRegistration);
    a.saveObservation(sampleObservation);
    await a.flush();
    expect(await redis.hkeys('t:reg')).toEqual([sampleRegistration.id]);
    expect(await redis.hkeys(`t:obs:${sampleRegistration.id}`)).toEqual([sampleObservation.token]);
    const loaded = await store().load();
    expect(loaded.registrations).toEqual([sampleRegistration]);
    expect(loaded.observations).toEqual([sampleObservation]);
  });

  it('removing a registration deletes its observation hash; removing one observation keeps the rest', async () => {
    const a = store();
    a.saveRegistration(sampleRegistration);
    a.saveObservation(sampleObservation);
    a.saveObservation({ ...sampleObservation, token: 'ab' });
    a.removeObservation(sampleRegistration.id, 'ab');
    await a.flush();
    expect(await redis.hkeys(`t:obs:${sampleRegistration.id}`)).toEqual([sampleObservation.token]);
    a.removeRegistration(sampleRegistration.id);
    await a.flush();
    expect(await redis.exists('t:reg', `t:obs:${sampleRegistration.id}`)).toBe(0);
    expect(a.counters).toMatchObject({ writes: 6, writeErrors: 0 });
  });

  it('keeps prefixes apart', async () => {
    store('one:').saveRegistration(sampleRegistration);
    const two = store('two:');
    two.saveRegistration({ ...sampleRegistration, id: 'x2', endpoint: 'two' });
    await two.flush();
    await store('one:').flush();
    expect((await store('two:').load()).registrations.map((r) => r.endpoint)).toEqual(['two']);
  });

  it('drops unreadable records and observations whose record disagrees with its key, and counts them', async () => {
    await redis.hset('t:reg', 'junk', '{not json');
    await redis.hset('t:reg', 'mismatch', encodeRegistration(sampleRegistration)); // id field says AbCdEf12
    await redis.hset('t:reg', sampleRegistration.id, encodeRegistration(sampleRegistration));
    await redis.hset(`t:obs:${sampleRegistration.id}`, 'ff', JSON.stringify({ ...sampleObservation, v: 1 })); // token differs from key
    await redis.hset(`t:obs:${sampleRegistration.id}`, sampleObservation.token, JSON.stringify({ ...sampleObservation, v: 1 }));
    await redis.hset('t:obs:junk', '01', 'x');
    const s = store();
    const loaded = await s.load();
    expect(loaded.registrations.map((r) => r.id)).toEqual([sampleRegistration.id]);
    expect(loaded.observations.map((o) => o.token)).toEqual([sampleObservation.token]);
    expect(s.counters.badRecords).toBe(3);
    await s.flush();
    expect((await redis.hkeys('t:reg')).sort()).toEqual([sampleRegistration.id]);
    expect(await redis.exists('t:obs:junk')).toBe(0);
  });

  it('a write to an unreachable Redis is counted and reported, never thrown', async () => {
    const dead = new Redis({ host: '127.0.0.1', port: 1, lazyConnect: true, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
    const errors: string[] = [];
    const s = new RedisStateStore(dead, { onError: (_e, what) => errors.push(what) });
    s.saveRegistration(sampleRegistration);
    await s.flush();
    expect(s.counters.writeErrors).toBe(1);
    expect(errors).toEqual(['save registration']);
    await s.close();
    dead.disconnect();
  });
});
