// OTA bytes read from a real redis-server under ThingsBoard's key.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import pino from 'pino';
import { readRedisConfig } from '../../../src/config/redis-config.js';
import { RedisOtaStore, redisClientFor } from '../../../src/kafka/redis-ota-store.js';
import { startRedis, type RedisServer } from '../../support/redis-server.js';

const PKG = '5e6f7a8b-0000-4000-8000-00000000000f';
const bytes = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7) & 0xff));
let server: RedisServer;
let writer: Redis;
let store: RedisOtaStore;

beforeAll(async () => {
  server = await startRedis();
  writer = new Redis({ host: '127.0.0.1', port: server.port, db: 3 });
  await writer.set(`otaPackagesData::${PKG}`, bytes);
  store = new RedisOtaStore(redisClientFor(readRedisConfig({ REDIS_HOST: '127.0.0.1', REDIS_PORT: String(server.port), REDIS_DB: '3' })), pino({ level: 'silent' }));
}, 30_000);

afterAll(async () => {
  await store?.close();
  await writer?.quit();
  await server?.stop();
});

describe('Redis OTA store', () => {
  it('reads the whole package', async () => {
    const r = await store.read(PKG);
    expect(r.ok && Buffer.from(r.value).equals(bytes)).toBe(true);
  });

  it('reads a block by offset and length (e.g. a CoAP Block2 of 1024)', async () => {
    const r = await store.read(PKG, 1024, 1024);
    expect(r.ok && Buffer.from(r.value).equals(bytes.subarray(1024, 2048))).toBe(true);
    const tail = await store.read(PKG, 2048, 1024);
    expect(tail.ok && tail.value.length).toBe(3000 - 2048);
  });

  it('answers not-found for a missing package, whole or by range', async () => {
    expect(await store.read('00000000-0000-4000-8000-000000000000')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await store.read('00000000-0000-4000-8000-000000000000', 0, 10)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('uses REDIS_DB: the same key in another db is not seen', async () => {
    const other = new RedisOtaStore(redisClientFor(readRedisConfig({ REDIS_HOST: '127.0.0.1', REDIS_PORT: String(server.port), REDIS_DB: '0' })), pino({ level: 'silent' }));
    expect(await other.read(PKG)).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    await other.close();
  });
});
