import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { pino, type Logger } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStateStore, endpointKeyPrefix, resolverFor, type UdpPeerSource } from '../../../src/app/state-store.js';
import type { StoredPeer, StoredRegistration } from '../../../src/lwm2m/registration/state-store.js';
import type { Peer } from '../../../src/net/datagram.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { startRedis, type RedisServer } from '../../support/redis-server.js';
import { httpJson, LOOPBACK_ENV, runApp, startedPorts, waitUntil } from './app-process.js';

/**
 * The composition root's state store (src/app/state-store.ts): the two switches, one key prefix
 * per endpoint, the peer each endpoint restores, writes reaching a real redis-server, and a
 * transport whose Redis is away at start-up still serving devices.
 */

function capture(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { log, lines };
}

const UDP: UdpPeerSource = { peer: (address, port) => ({ key: `udp:${address}:${port}`, address, port, secure: false }) };

const REG: StoredRegistration = {
  id: 'AbCdEfGh',
  endpoint: 'store-ep',
  peer: { address: '127.0.0.1', port: 40001, secure: false },
  lifetimeSec: 300,
  lwm2mVersion: '1.1',
  binding: 'U',
  queueMode: false,
  rootPath: '/',
  objects: [{ id: 3, version: '1.1', instances: [0] }],
  registeredAt: 1,
  updatedAt: 1,
  expiresAt: Date.now() + 300_000,
};

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
}, 20_000);
afterAll(async () => {
  await redis?.stop();
});

describe('createStateStore switches', () => {
  it('keeps no state unless LWM2M_REDIS_ENABLED=true and CACHE_TYPE=redis', () => {
    const { log } = capture();
    expect(createStateStore({}, log)).toBeUndefined();
    expect(createStateStore({ LWM2M_REDIS_ENABLED: 'false', CACHE_TYPE: 'redis' }, log)).toBeUndefined();
    expect(createStateStore({ LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'caffeine' }, log)).toBeUndefined();
  });

  it('refuses non-standalone Redis set-ups with a warning', () => {
    const { log, lines } = capture();
    expect(createStateStore({ LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'redis', REDIS_CONNECTION_TYPE: 'cluster', REDIS_NODES: '127.0.0.1:7000' }, log)).toBeUndefined();
    expect(lines.some((l) => l['level'] === 40 && String(l['msg']).includes('standalone'))).toBe(true);
  });
});

describe('peers restored per endpoint', () => {
  const plain: StoredPeer = { address: '127.0.0.1', port: 40001, secure: false };
  const psk: StoredPeer = { address: '127.0.0.1', port: 40002, secure: true, identity: { kind: 'psk', identity: 'dev-psk' } };

  it('CoAP: the socket\'s own peer for NoSec records, nothing for DTLS ones', () => {
    const r = resolverFor('coap', UDP);
    expect(r(plain, 'ep')?.key).toBe('udp:127.0.0.1:40001');
    expect(r(psk, 'ep')).toBeUndefined();
  });

  it('CoAPs: a detached peer with the stored identity for DTLS records, nothing for NoSec ones', () => {
    const r = resolverFor('coaps', undefined);
    const p = r(psk, 'ep') as Peer;
    expect(p.key).toBe('detached:ep');
    expect(p.identity).toEqual({ kind: 'psk', identity: 'dev-psk' });
    expect(r(plain, 'ep')).toBeUndefined();
  });

  it('names one key prefix per endpoint', () => {
    expect(endpointKeyPrefix('lwm2m:', 'coap')).toBe('lwm2m:coap:');
    expect(endpointKeyPrefix('lwm2m:', 'coaps')).toBe('lwm2m:coaps:');
  });
});

describe('the Redis store of an endpoint', () => {
  it('writes under its own prefix, reads back, and close() flushes', async () => {
    const { log } = capture();
    const factory = createStateStore({ LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'redis', REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redis.port), LWM2M_REDIS_KEY_PREFIX: 'app-store-test:' }, log);
    expect(factory).toBeDefined();
    const coap = factory?.forEndpoint('coap', UDP);
    const coaps = factory?.forEndpoint('coaps', undefined);
    try {
      coap?.state.store.saveRegistration(REG);
      await coap?.state.store.flush();
      expect((await coap?.state.store.load())?.registrations.map((r) => r.id)).toEqual([REG.id]);
      // The CoAPs store sees none of it: its restore() cannot drop the CoAP records.
      expect((await coaps?.state.store.load())?.registrations).toEqual([]);
      const check = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true });
      try {
        expect(await check.hkeys('app-store-test:coap:reg')).toEqual([REG.id]);
      } finally {
        check.disconnect();
      }
    } finally {
      await coap?.close();
      await coaps?.close();
    }
  });
});

describe('Redis away at start-up', () => {
  it('the transport starts, logs that nothing was restored, and still serves a device', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lwm2m-redis-away-'));
    // Port 1 on loopback: nothing listens, connections are refused at once.
    const app = runApp({ ...LOOPBACK_ENV, LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'redis', REDIS_HOST: '127.0.0.1', REDIS_PORT: '1', LWM2M_STANDALONE_DATA: join(dir, 'uplink.ndjson'), LWM2M_TIMEOUT: '5000' });
    try {
      const ports = await startedPorts(app);
      expect(app.logLines().some((l) => l['msg'] === 'LwM2M state not restored: devices register again' && l['endpoint'] === 'coap')).toBe(true);
      // Logged once per outage, not once per reconnect attempt.
      expect(app.logLines().filter((l) => l['component'] === 'state-store' && l['endpoint'] === 'coap' && l['level'] === 40)).toHaveLength(1);
      const d = new SimulatedDevice({ endpoint: 'walk-in-redis-away', serverUrl: `coap://127.0.0.1:${ports.coap}`, requestTimeoutMs: 5000, values: { '/3/0/9': 33 } });
      await d.start();
      try {
        await waitUntil(async () => {
          const r = await httpJson(ports.http, 'GET', '/api/devices/walk-in-redis-away/telemetry');
          return r.status === 200 && (r.json as Record<string, { value: unknown }>)['batteryLevel']?.value === 33;
        }, 'telemetry of a device while Redis is away');
      } finally {
        await d.stop({ deregister: false }).catch(() => undefined);
      }
    } finally {
      app.kill();
      await app.exited;
      await rm(dir, { recursive: true, force: true });
    }
  }, 40_000);
});
