/**
 * OTA state across a restart with a real redis-server: what one OtaInfoStore (process) recorded
 * while an update ran is there after a new OtaInfoStore over the same Redis restores.
 */
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisOtaInfoStore } from '../../../src/store/redis-ota-info-store.js';
import { OtaInfoStore } from '../../../src/thingsboard/ota/ota-ports.js';
import { connectRedis, startRedis, type RedisServer } from '../../support/redis-server.js';

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

async function settled(key: string, field: string, want: (v: string | null) => boolean): Promise<void> {
  const end = Date.now() + 3000;
  while (!want(await redis.hget(key, field)) && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
}

describe('OTA state in Redis', () => {
  it('an update in progress and the current versions survive a new store over the same Redis', async () => {
    const before = new OtaInfoStore({ persistence: new RedisOtaInfoStore(redis, { keyPrefix: 'r:' }) });
    const fw = before.get('firmware', 'dev-1');
    fw.target = { title: 'fw', version: '2.0' };
    fw.current.name = 'fw';
    fw.current.version = '1.0';
    fw.status = 'DOWNLOADING';
    fw.lastState = 1;
    fw.packageId = 'pkg-7';
    const sw = before.get('software', 'dev-1');
    sw.failedPackage = 'appv3';
    await settled('r:ota', 'firmware:dev-1', (v) => v !== null && v.includes('pkg-7'));
    await settled('r:ota', 'software:dev-1', (v) => v !== null && v.includes('appv3'));
    before.delete('gone'); // nothing to delete: harmless

    const after = new OtaInfoStore({ persistence: new RedisOtaInfoStore(redis, { keyPrefix: 'r:' }) });
    expect(after.peek('firmware', 'dev-1')).toBeUndefined();
    expect(await after.restore()).toBe(2);
    expect({ ...after.peek('firmware', 'dev-1')! }).toEqual({
      target: { title: 'fw', version: '2.0' },
      current: { name: 'fw', version: '1.0' },
      retries: 0,
      status: 'DOWNLOADING',
      lastState: 1,
      packageId: 'pkg-7',
    });
    expect(after.peek('software', 'dev-1')?.failedPackage).toBe('appv3');

    // A finished update is written again; deleting the device removes both records.
    after.get('firmware', 'dev-1').status = 'UPDATED';
    await settled('r:ota', 'firmware:dev-1', (v) => v !== null && v.includes('UPDATED'));
    expect(JSON.parse((await redis.hget('r:ota', 'firmware:dev-1'))!).status).toBe('UPDATED');
    after.delete('dev-1');
    await settled('r:ota', 'firmware:dev-1', (v) => v === null);
    expect(await redis.hlen('r:ota')).toBe(0);
  });
});
