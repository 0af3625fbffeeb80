/**
 * createStateStore with real redis-server: the coaps endpoint's store carries the DTLS session
 * store (under `<prefix>coaps:dtls:` with the configured TTL) and both endpoints an OTA store.
 */
import type { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStateStore } from '../../../src/app/state-store.js';
import { suiteById } from '../../../src/dtls/cipher-suites.js';
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

describe('createStateStore wiring of DTLS sessions and OTA state', () => {
  it('gives coaps a DTLS session store with the TTL variable, coap none, and both an OTA store', async () => {
    const lines: string[] = [];
    const log = pino({ level: 'debug' }, { write: (s: string) => void lines.push(s) });
    const env = { LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'redis', REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redisServer.port), LWM2M_REDIS_KEY_PREFIX: 'w:', LWM2M_REDIS_DTLS_SESSION_TTL_SEC: '600' };
    const factory = createStateStore(env, log)!;
    const coaps = factory.forEndpoint('coaps', undefined);
    const coap = factory.forEndpoint('coap', { peer: () => ({ key: 'x', address: '127.0.0.1', port: 1, secure: false }) });
    try {
      expect(coap.dtlsSessions).toBeUndefined();
      expect(coap.otaInfo).toBeDefined();
      const master = Buffer.alloc(48, 0x5a);
      const id = Buffer.alloc(32, 0x11);
      await coaps.dtlsSessions!.put({ id, suite: suiteById(0xc0a8)!, masterSecret: master, extendedMasterSecret: true, encryptThenMac: false, identity: { kind: 'psk', identity: 'dev' } });
      const key = `w:coaps:dtls:${id.toString('hex')}`;
      const ttl = await redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(600);
      expect((await coaps.dtlsSessions!.get(id))?.masterSecret.equals(master)).toBe(true);
      coaps.otaInfo!.save('firmware:dev', { current: { version: '1' }, retries: 0 });
      const end = Date.now() + 3000;
      while ((await redis.hlen('w:coaps:ota')) === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
      expect(await redis.hkeys('w:coaps:ota')).toEqual(['firmware:dev']);
      // The master secret never reaches the log.
      expect(lines.join('\n')).not.toContain(master.toString('base64'));
    } finally {
      await coaps.close();
      await coap.close();
    }
  });
});
