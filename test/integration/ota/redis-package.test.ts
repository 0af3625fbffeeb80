import { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRedisConfig } from '../../../src/config/redis-config.js';
import { RedisOtaStore, redisClientFor } from '../../../src/kafka/redis-ota-store.js';
import { createPackageDownloadHandler } from '../../../src/lwm2m/ota/package-download-resource.js';
import { OtaPackageCache } from '../../../src/thingsboard/ota/package-cache.js';
import { inboundRequest, testPeer } from '../../support/inbound-request.js';
import { startRedis, type RedisServer } from '../../support/redis-server.js';

/**
 * Cluster mode's package path (thingsboard-transport-wire.md §5.7): the bytes the core put in
 * Redis under `otaPackagesData::<id>` reach the `/tbfw` handler through the shared cache, which
 * reads Redis once however many devices download at the same time.
 */
const PKG = '7a7a7a7a-0000-4000-8000-000000000001';
const bytes = Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 11) & 0xff));

describe('OTA package from a real redis-server', () => {
  let server: RedisServer;
  let writer: Redis;
  let store: RedisOtaStore;
  let reads = 0;
  let cache: OtaPackageCache;

  beforeAll(async () => {
    server = await startRedis();
    writer = new Redis({ host: '127.0.0.1', port: server.port, db: 2 });
    await writer.set(`otaPackagesData::${PKG}`, bytes);
    store = new RedisOtaStore(redisClientFor(readRedisConfig({ REDIS_HOST: '127.0.0.1', REDIS_PORT: String(server.port), REDIS_DB: '2' })), pino({ level: 'silent' }));
    cache = new OtaPackageCache({
      readOtaPackageData: (id, offset, length) => {
        reads++;
        return store.read(id, offset, length);
      },
    });
  }, 30_000);
  afterAll(async () => {
    await store?.close();
    await writer?.quit();
    await server?.stop();
  });

  it('serves Redis bytes block by block and reads Redis once for concurrent downloads', async () => {
    const handle = createPackageDownloadHandler({
      resources: ['tbfw'],
      lookup: async (_r, id) => {
        const source = await cache.source(id);
        return source === undefined ? { kind: 'not-found' } : { kind: 'ok', source };
      },
    });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => handle({ ...inboundRequest(testPeer(41000 + i), 'GET', `/tbfw/${PKG}`), block2: { num: 3, size: 1024 } })),
    );
    expect(reads).toBe(1);
    for (const a of answers) {
      expect(a.code).toBe('2.05');
      expect(a.payload?.equals(bytes.subarray(3072, 4096))).toBe(true);
      expect(a.block2Slice).toEqual({ more: true, totalSize: 10_000 });
    }
    const missing = await handle(inboundRequest(testPeer(41999), 'GET', '/tbfw/7a7a7a7a-0000-4000-8000-00000000ffff'));
    expect(missing.code).toBe('4.04');
  });
});
