import { createSocket } from 'node:dgram';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { startRedis, type RedisServer } from '../../support/redis-server.js';
import { httpJson, LOOPBACK_ENV, runApp, startedPorts, waitUntil, type AppProcess } from './app-process.js';

/**
 * Issue 6 items 5 and 10: the real transport process (embedded core) with its LwM2M state in a
 * real redis-server is killed with SIGKILL and started again on the same UDP port. The device
 * that registered with the first process keeps its registration: its observed value reaches the
 * new process's telemetry without a second Register, and an RPC Read works. Without Redis the
 * restarted process answers the device's Update with 4.04 and the device registers again.
 */

const DEVICE = 'restart-dev';
const KEY_PREFIX = 'lwm2m-restart-test:';

const CONFIG = {
  profiles: [
    {
      name: 'restart profile',
      transportConfiguration: {
        type: 'LWM2M',
        observeAttr: {
          keyName: { '/3/0/9': 'batteryLevel', '/3/0/0': 'manufacturer' },
          observe: ['/3/0/9'],
          attribute: ['/3/0/0'],
          telemetry: ['/3/0/9'],
          attributeLwm2m: {},
          initAttrTelAsObsStrategy: false,
          observeStrategy: 0,
        },
        bootstrapServerUpdateEnable: false,
        bootstrap: [],
        clientLwM2mSettings: { clientOnlyObserveAfterConnect: 1, useObject19ForOtaInfo: false, fwUpdateStrategy: 1, swUpdateStrategy: 1, defaultObjectIDVer: '1.0' },
      },
    },
  ],
  devices: [
    {
      name: DEVICE,
      profile: 'restart profile',
      credentials: {
        client: { securityConfigClientMode: 'NO_SEC', endpoint: DEVICE },
        bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } },
      },
    },
  ],
};

type Latest = Record<string, { ts: number; value: unknown }>;

let dir: string;
let redis: RedisServer;
const apps: AppProcess[] = [];
const devices: SimulatedDevice[] = [];

/** A UDP port nobody holds now: the restarted process must bind the same one. */
function freeUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createSocket('udp4');
    s.once('error', reject);
    s.bind(0, '127.0.0.1', () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}

function start(env: Record<string, string>): AppProcess {
  const app = runApp(env);
  apps.push(app);
  return app;
}

async function killHard(app: AppProcess): Promise<void> {
  app.kill();
  const exit = await app.exited;
  expect(exit.signal).toBe('SIGKILL');
}

async function baseEnv(coapPort: number, tag: string): Promise<Record<string, string>> {
  const configFile = join(dir, `${tag}-config.json`);
  await writeFile(configFile, JSON.stringify(CONFIG));
  return {
    ...LOOPBACK_ENV,
    LWM2M_BIND_PORT: String(coapPort),
    LWM2M_STANDALONE_CONFIG: configFile,
    LWM2M_STANDALONE_DATA: join(dir, `${tag}-uplink.ndjson`),
    LWM2M_TIMEOUT: '5000',
    LOG_LEVEL: 'info',
  };
}

async function startDevice(coapPort: number): Promise<SimulatedDevice> {
  const d = new SimulatedDevice({ endpoint: DEVICE, serverUrl: `coap://127.0.0.1:${coapPort}`, requestTimeoutMs: 5000, lifetime: 300, values: { '/3/0/9': 50, '/3/0/0': 'Acme' } });
  devices.push(d);
  await d.start();
  return d;
}

async function telemetry(httpPort: number): Promise<Latest> {
  const r = await httpJson(httpPort, 'GET', `/api/devices/${DEVICE}/telemetry`);
  return r.status === 200 ? (r.json as Latest) : {};
}

async function waitBattery(httpPort: number, value: number, what: string): Promise<void> {
  await waitUntil(async () => (await telemetry(httpPort))['batteryLevel']?.value === value, what);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lwm2m-restart-'));
  redis = await startRedis();
}, 20_000);

afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop({ deregister: false }).catch(() => undefined);
  for (const a of apps.splice(0)) {
    a.kill();
    await a.exited;
  }
});

afterAll(async () => {
  await redis?.stop();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('transport restart (SIGKILL) with the LwM2M state in Redis', () => {
  it('keeps the registration and observation: the next notification becomes telemetry without a new Register, and an RPC Read works', async () => {
    const coapPort = await freeUdpPort();
    const env = { ...(await baseEnv(coapPort, 'redis')), LWM2M_REDIS_ENABLED: 'true', CACHE_TYPE: 'redis', REDIS_HOST: '127.0.0.1', REDIS_PORT: String(redis.port), LWM2M_REDIS_KEY_PREFIX: KEY_PREFIX };
    const first = start(env);
    const firstPorts = await startedPorts(first);
    expect(firstPorts.coap).toBe(coapPort);
    const device = await startDevice(coapPort);
    await waitBattery(firstPorts.http, 50, 'the observed battery level from the first process');
    expect(device.observationCount).toBeGreaterThanOrEqual(1);

    // What the first process wrote to Redis (write-behind): the registration and its observation.
    const check = new Redis({ host: '127.0.0.1', port: redis.port, lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      const regs = await waitUntil(async () => {
        const all = await check.hgetall(`${KEY_PREFIX}coap:reg`);
        const ids = Object.keys(all);
        return ids.length === 1 && (await check.hlen(`${KEY_PREFIX}coap:obs:${ids[0] ?? ''}`)) >= 1 ? all : undefined;
      }, 'the registration and observation in Redis', 5000);
      expect(Object.values(regs)[0]).toContain(DEVICE);
      // The CoAPs endpoint keeps its records under its own prefix; it has none.
      expect(await check.hlen(`${KEY_PREFIX}coaps:reg`)).toBe(0);
    } finally {
      check.disconnect();
    }

    await killHard(first);

    const second = start(env);
    const secondPorts = await startedPorts(second);
    expect(secondPorts.coap).toBe(coapPort);
    const restoredLine = await waitUntil(() => second.logLines().find((l) => l['msg'] === 'LwM2M state restored' && l['endpoint'] === 'coap'), 'the restore summary');
    expect(restoredLine).toMatchObject({ registrations: 1, dropped: 0 });
    expect(Number(restoredLine['observations'])).toBeGreaterThanOrEqual(1);
    // The session was opened for the restored registration (its transportLog says so).
    await waitUntil(async () => String((await telemetry(secondPorts.http))['transportLog']?.value ?? '').includes('restored'), 'the restored session');

    device.set('/3/0/9', 77);
    await waitBattery(secondPorts.http, 77, 'the notification after the restart');
    expect(device.stats.registrations).toBe(1);

    const rpc = await httpJson(secondPorts.http, 'POST', `/api/devices/${DEVICE}/rpc`, { method: 'Read', params: { id: '/3/0/9' }, timeout: 5000 });
    expect(rpc.status).toBe(200);
    expect(rpc.json).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=77, type=INTEGER]' });

    // The restored registration counts as an active session of the new process.
    const metrics = (await httpJson(secondPorts.http, 'GET', '/metrics')).text;
    expect(/^lwm2m_active_sessions (\d+)$/m.exec(metrics)?.[1]).toBe('1');

    // The restored registration takes the device's Update (2.04): still no new Register.
    await device.update();
    expect(device.stats.updates).toBeGreaterThanOrEqual(1);
    expect(device.stats.registrations).toBe(1);
  }, 90_000);
});

describe('transport restart (SIGKILL) without Redis', () => {
  it("answers the device's Update with 4.04 and the device registers again", async () => {
    const coapPort = await freeUdpPort();
    const env = { ...(await baseEnv(coapPort, 'memory')), LWM2M_REDIS_ENABLED: 'false' };
    const first = start(env);
    const firstPorts = await startedPorts(first);
    const device = await startDevice(coapPort);
    await waitBattery(firstPorts.http, 50, 'the observed battery level from the first process');
    expect(device.stats.registrations).toBe(1);

    await killHard(first);
    const second = start(env);
    const secondPorts = await startedPorts(second);
    expect(second.logLines().some((l) => l['msg'] === 'LwM2M state restored')).toBe(false);

    // The simulator registers again when its Update is answered 4.04 (LwM2M Core 1.1 §6.2.2).
    await device.update();
    expect(device.stats.registrations).toBe(2);
    device.set('/3/0/9', 66);
    await waitBattery(secondPorts.http, 66, 'telemetry after the new Register');
  }, 90_000);
});
