// The mirror persisted in a real redis-server (EDGE_MIRROR_STORE=redis): a second adapter restores
// devices and OTA bytes from it before its link is up; swept packages lose their bytes in Redis.
import type { Redis } from 'ioredis';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEdgeConfig } from '../../../src/config/edge-config.js';
import { createEdgeCore } from '../../../src/edge/create-edge-core.js';
import { EdgeMirror } from '../../../src/edge/edge-mirror.js';
import { RedisMirrorStore } from '../../../src/edge/redis-mirror-store.js';
import { EdgeCoreEmulator } from '../../support/edge-core-emulator.js';
import { deviceDownlink, otaDownlink, testEdge } from '../../support/edge-core-emulator-fixtures.js';
import { connectRedis, startRedis, type RedisServer } from '../../support/redis-server.js';
import { until } from './edge-harness.js';

const FW = '7e57a000-0000-4000-8000-0000000000f1';
let redisServer: RedisServer;
let redis: Redis;
let emu: EdgeCoreEmulator;

beforeAll(async () => {
  redisServer = await startRedis();
  redis = await connectRedis(redisServer);
  emu = await EdgeCoreEmulator.start({ edges: [testEdge()] });
}, 30_000);

afterAll(async () => {
  await emu?.close();
  await redis?.quit();
  await redisServer?.stop();
});

describe('edge mirror in Redis', () => {
  it('restores devices and OTA bytes in a new process; a full sync without the package deletes its bytes', async () => {
    const env = { CLOUD_ROUTING_KEY: 'rk-1', CLOUD_ROUTING_SECRET: 'secret-1', CLOUD_RPC_HOST: '127.0.0.1', CLOUD_RPC_PORT: String(emu.port), EDGE_MIRROR_STORE: 'redis', EDGE_FULL_SYNC_INTERVAL_HOURS: '0' };
    const log = pino({ level: 'silent' });
    emu.syncContent = (full) => [deviceDownlink({ id: '7e57a000-0000-4000-8000-0000000000d1', name: 'dev-1' }), ...(full ? [otaDownlink(FW, 'FIRMWARE', 'fw', '1', Buffer.from('fw-bytes'))] : [])];
    const first = createEdgeCore(readEdgeConfig(env), log, { redis });
    await first.start();
    await until(() => first.health().synced, 'synced');
    await first.stop();
    expect(await redis.getBuffer(`tb_lwm2m_edge_mirror:rk-1:ota:${FW}`)).toEqual(Buffer.from('fw-bytes'));

    const second = createEdgeCore(readEdgeConfig(env), log, { redis });
    await second.load();
    expect((await second.validateCredentials({ kind: 'endpoint', endpoint: 'dev-1' })).ok).toBe(true);
    const bytes = await second.readOtaPackageData(FW);
    expect(bytes.ok && Buffer.from(bytes.value).toString()).toBe('fw-bytes');
    await second.stop();

    // A full sync that no longer lists the package: swept from the mirror and its bytes from Redis.
    const store = new RedisMirrorStore(redis, 'tb_lwm2m_edge_mirror:rk-1');
    const m = new EdgeMirror();
    await store.loadInto(m, () => undefined);
    m.beginSync(true);
    expect(m.completeSync().map((c) => c.kind)).toContain('ota-removed');
    await store.save(m, new Set());
    expect(await redis.getBuffer(`tb_lwm2m_edge_mirror:rk-1:ota:${FW}`)).toBeNull();
  });

  it('a damaged snapshot in Redis means "start empty", not a crash', async () => {
    await redis.set('broken:snapshot', '{"version":1,');
    const problems: string[] = [];
    const m = new EdgeMirror();
    await new RedisMirrorStore(redis, 'broken').loadInto(m, (p) => problems.push(p));
    expect(m.devices.size).toBe(0);
    expect(problems).toHaveLength(1);
  });
});
