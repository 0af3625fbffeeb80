import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisAttributeWriteTimes } from '../../../src/store/redis-attribute-write-times.js';
import { lwm2mProfileData, NOSEC_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { StandaloneHarness } from '../../support/standalone-harness.js';
import { startRedis, type RedisServer } from '../../support/redis-server.js';

/**
 * Features doc #46 across a restart: the shared-attribute ts of the last successful write of a
 * resource is kept in Redis, so a new transport (same Redis) loads it into the device's client
 * and still skips an update older than what the device already has.
 */

const PROFILE = {
  attribute: ['/3_1.1/0/14', '/3_1.1/0/15'],
  keyName: { '/3_1.1/0/14': 'utcOffset', '/3_1.1/0/15': 'timezone' },
};

let redis: RedisServer;
let client: Redis;

beforeAll(async () => {
  redis = await startRedis();
  client = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: false, maxRetriesPerRequest: 1 });
});

afterAll(async () => {
  client.disconnect();
  await redis.stop();
});

describe('RedisAttributeWriteTimes', () => {
  it('saves, loads and forgets per endpoint; ignores fields that are not a path with a sane ts', async () => {
    const store = new RedisAttributeWriteTimes(client, { keyPrefix: 't1:' });
    store.save('ep-a', '/3/0/15', 1_700_000_000_123);
    store.save('ep-b', '/3/0/14', 5);
    await client.hset('t1:attrts:ep-a', 'not a path', '1', '/3/0/13', 'NaN', '/3/0/12', '-4');
    const a = await store.load('ep-a');
    expect([...a]).toEqual([['/3/0/15', 1_700_000_000_123]]);
    store.forget('ep-a');
    expect((await store.load('ep-a')).size).toBe(0);
    expect((await store.load('ep-b')).get('/3/0/14')).toBe(5);
    expect(store.errors).toBe(0);
  });

  it('a new transport over the same Redis knows the last write time of each resource; de-registering forgets it', async () => {
    const config = standaloneConfig(lwm2mProfileData(PROFILE), [{ id: NOSEC_DEVICE_ID, endpoint: 'attr-restart' }]);
    const first = await StandaloneHarness.start(config, { writeTimes: new RedisAttributeWriteTimes(client, { keyPrefix: 't2:' }) });
    const d1 = await first.device({ endpoint: 'attr-restart' });
    first.core.updateSharedAttributes(NOSEC_DEVICE_ID, { timezone: 'Europe/Kyiv' });
    await first.settled('attr-restart');
    expect(d1.get('/3/0/15')).toBe('Europe/Kyiv');
    const written = first.transport.client('attr-restart')?.lastWriteTs.get('/3/0/15');
    expect(written).toBeGreaterThan(0);
    // "Crash": the behaviour goes away without seeing the device leave.
    await first.transport.stop();
    await first.stop();

    const second = await StandaloneHarness.start(config, { writeTimes: new RedisAttributeWriteTimes(client, { keyPrefix: 't2:' }) });
    try {
      const d2 = await second.device({ endpoint: 'attr-restart' });
      expect(second.transport.client('attr-restart')?.lastWriteTs.get('/3/0/15')).toBe(written);
      // De-registering ends the device's bookkeeping.
      await d2.deregister();
      await second.settled('attr-restart');
      await new Promise((r) => setTimeout(r, 100));
      expect((await new RedisAttributeWriteTimes(client, { keyPrefix: 't2:' }).load('attr-restart')).size).toBe(0);
    } finally {
      await second.stop();
    }
  });
});
