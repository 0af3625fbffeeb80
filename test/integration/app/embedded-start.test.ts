import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FW_RESULT, SimulatedDevice } from '../../../tools/simulator/index.js';
import { BootstrapTestClient, valueOf } from '../bootstrap/bootstrap-test-client.js';
import { httpJson, LOOPBACK_ENV, runApp, startedPorts, waitUntil, type AppProcess, type Ports } from './app-process.js';

/**
 * `npm start`'s configuration (embedded core, shipped example file) as a real process: the
 * example's NoSec device and PSK device register, report the observed values, answer an RPC
 * through the HTTP API; an unknown endpoint is auto-provisioned; SIGTERM closes the sessions
 * and ends the process within the configured bound.
 */

const STOP_BOUND_MS = 3000;
let dir: string;
let app: AppProcess;
let ports: Ports;
const devices: SimulatedDevice[] = [];

async function device(endpoint: string, secure = false): Promise<SimulatedDevice> {
  const d = new SimulatedDevice({
    endpoint,
    serverUrl: secure ? `coaps://127.0.0.1:${ports.coaps}` : `coap://127.0.0.1:${ports.coap}`,
    requestTimeoutMs: 5000,
    firmwareStepMs: 20,
    values: { '/3/0/9': 77, '/4/0/2': -71, '/4/0/3': 42, '/3/0/0': 'Acme' },
    ...(secure ? { psk: { identity: 'demo-psk', key: Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex') } } : {}),
  });
  devices.push(d);
  await d.start();
  return d;
}

type Latest = Record<string, { ts: number; value: unknown }>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lwm2m-app-'));
  app = runApp({ ...LOOPBACK_ENV, LWM2M_STANDALONE_DATA: join(dir, 'uplink.ndjson'), LWM2M_STANDALONE_OTA_DIR: join(dir, 'ota'), LWM2M_SHUTDOWN_TIMEOUT_MS: String(STOP_BOUND_MS), LWM2M_TIMEOUT: '5000' });
  ports = await startedPorts(app);
}, 40_000);

afterAll(async () => {
  for (const d of devices) await d.stop().catch(() => undefined);
  app?.kill();
  await rm(dir, { recursive: true, force: true });
});

describe('embedded core (npm start configuration)', () => {
  it('is healthy once its sockets are bound and serves metrics', async () => {
    const health = await httpJson(ports.http, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ status: 'UP' });
    const metrics = await httpJson(ports.http, 'GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/^# TYPE \S+ counter$/m);
  });

  it('lists the example devices as not registered before they connect', async () => {
    const r = await httpJson(ports.http, 'GET', '/api/devices');
    expect(r.status).toBe(200);
    const list = r.json as Array<{ name: string; endpoint: string; registered: boolean }>;
    expect(list.map((d) => d.name).sort()).toEqual(['demo-nosec', 'demo-psk']);
    expect(list.every((d) => !d.registered)).toBe(true);
  });

  it('a NoSec device registers, its observed values become telemetry, and an RPC returns ThingsBoard JSON', async () => {
    const d = await device('demo-nosec');
    const listed = await waitUntil(async () => {
      const r = await httpJson(ports.http, 'GET', '/api/devices');
      return (r.json as Array<{ name: string; registered: boolean; lwm2mVersion: string; address: string }>).find((x) => x.name === 'demo-nosec' && x.registered);
    }, 'demo-nosec registered');
    expect(listed.address).toMatch(/^127\.0\.0\.1:\d+$/);
    expect(['1.0', '1.1', '1.2']).toContain(listed.lwm2mVersion);

    const telemetry = await waitUntil(async () => {
      const t = (await httpJson(ports.http, 'GET', '/api/devices/demo-nosec/telemetry')).json as Latest;
      return t['batteryLevel'] !== undefined && t['radioSignalStrength'] !== undefined && t['linkQuality'] !== undefined ? t : undefined;
    }, 'telemetry of demo-nosec');
    expect(telemetry['batteryLevel']?.value).toBe(77);
    expect(telemetry['linkQuality']?.value).toBe(42);

    const attrs = await waitUntil(async () => {
      const a = (await httpJson(ports.http, 'GET', '/api/devices/demo-nosec/attributes')).json as { client: Latest };
      return a.client['manufacturer'] !== undefined ? a : undefined;
    }, 'attributes of demo-nosec');
    expect(attrs.client['manufacturer']?.value).toBe('Acme');

    // A changed value is observed and reported.
    d.set('/3/0/9', 55);
    await waitUntil(async () => {
      const t = (await httpJson(ports.http, 'GET', '/api/devices/demo-nosec/telemetry')).json as Latest;
      return t['batteryLevel']?.value === 55;
    }, 'notified battery level');

    const rpc = await httpJson(ports.http, 'POST', '/api/devices/demo-nosec/rpc', { method: 'Read', params: { id: '/3/0/9' }, timeout: 5000 });
    expect(rpc.status).toBe(200);
    // ThingsBoard's Read answer carries the resource in Leshan's text form (features doc, RPC Read).
    expect(rpc.json).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=55, type=INTEGER]' });

    // A shared attribute the profile maps to a writable resource is written to the device.
    // ThingsBoard gives times in ms; LwM2M Time is seconds (the transport converts).
    const upd = await httpJson(ports.http, 'POST', '/api/devices/demo-nosec/attributes', { currentTime: 1764163200000 });
    expect(upd.status).toBe(200);
    await waitUntil(() => {
      const v = d.get('/3/0/13');
      return (v instanceof Date ? v.getTime() : Number(v) * 1000) === 1764163200000;
    }, `the shared attribute written to /3/0/13 (device has ${String(d.get('/3/0/13'))})`, 5000);
  }, 40_000);

  it('a firmware upload through the API is pushed to the device and its update reported', async () => {
    const image = Buffer.alloc(5000, 0x5a);
    const r = await httpJson(ports.http, 'POST', '/api/devices/demo-nosec/firmware?title=demo-fw&version=1.0.1', image);
    expect(r.status).toBe(200);
    const t = await waitUntil(async () => {
      const latest = (await httpJson(ports.http, 'GET', '/api/devices/demo-nosec/telemetry')).json as Latest;
      return latest['fw_state']?.value === 'UPDATED' ? latest : undefined;
    }, 'fw_state UPDATED', 30_000);
    expect(t['fw_state']?.value).toBe('UPDATED');
    // The device itself reports success in Firmware Update Result (/5/0/5, LwM2M Core 1.1 §E.6).
    expect(devices.find((d) => d.endpoint === 'demo-nosec')?.get('/5/0/5')).toBe(FW_RESULT.SUCCESS);
  }, 40_000);

  it('a PSK device registers over DTLS with the example credentials', async () => {
    await device('demo-psk', true);
    await waitUntil(async () => {
      const t = (await httpJson(ports.http, 'GET', '/api/devices/demo-psk/telemetry')).json as Latest;
      return t['batteryLevel']?.value === 77;
    }, 'telemetry of demo-psk');
  }, 40_000);

  it('admits an unknown NoSec endpoint with the autoProvision profile', async () => {
    await device('walk-in-1');
    const t = await waitUntil(async () => {
      const r = await httpJson(ports.http, 'GET', '/api/devices/walk-in-1/telemetry');
      return r.status === 200 && (r.json as Latest)['batteryLevel'] !== undefined ? (r.json as Latest) : undefined;
    }, 'telemetry of the auto-provisioned device');
    expect(t['batteryLevel']?.value).toBe(77);
  }, 40_000);

  it('counts registrations, uplink and the DTLS handshake in /metrics', async () => {
    const text = (await httpJson(ports.http, 'GET', '/metrics')).text;
    const value = (re: RegExp): number => Number(re.exec(text)?.[1] ?? NaN);
    expect(value(/^lwm2m_registrations_total\{event="registered"\} (\d+)$/m)).toBeGreaterThanOrEqual(3);
    expect(value(/^lwm2m_uplink_messages_total\{kind="notification"\} (\d+)$/m)).toBeGreaterThan(0);
    expect(value(/^dtls_handshakes_total (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^lwm2m_active_sessions (\d+)$/m)).toBe(3);
    // The profile's reads at registration, the RPC Read and the observations are counted as downlink.
    expect(value(/^lwm2m_downlink_requests_total\{operation="read",result="success"\} (\d+)$/m)).toBeGreaterThanOrEqual(4);
    expect(value(/^lwm2m_downlink_requests_total\{operation="observe",result="success"\} (\d+)$/m)).toBeGreaterThanOrEqual(3);
  });

  it('answers 404 for an unknown device and 400 for a bad RPC body', async () => {
    expect((await httpJson(ports.http, 'POST', '/api/devices/nobody/rpc', { method: 'Read', params: { id: '/3/0/9' } })).status).toBe(404);
    expect((await httpJson(ports.http, 'GET', '/api/devices/nobody/telemetry')).status).toBe(404);
    expect((await httpJson(ports.http, 'POST', '/api/devices/demo-nosec/rpc', { params: {} })).status).toBe(400);
  });

  it('bootstraps a device with the LwM2M server of its profile', async () => {
    const client = await BootstrapTestClient.start('demo-nosec');
    try {
      expect((await client.bootstrapRequest(ports.bootstrap)).code).toBe('2.04');
      await Promise.race([client.finished, new Promise((_, reject) => setTimeout(() => reject(new Error('no Bootstrap-Finish')), 10_000))]);
      const account = [...client.instances.security.values()].find((n) => valueOf(n, 1) === false);
      // The profile's 0.0.0.0 becomes localhost; the port is the profile's, not the test's ephemeral one.
      expect(valueOf(account, 0)).toBe('coap://localhost:5685');
      expect(valueOf(account, 2)).toBe(3); // NoSec
      expect(valueOf(client.instances.server.get(0), 0)).toBe(123);
    } finally {
      await client.stop();
    }
  }, 30_000);

  it('stops on SIGTERM within the bound, closing every device session', async () => {
    const t0 = Date.now();
    app.child.kill('SIGTERM');
    const { code } = await app.exited;
    expect(code).toBe(0);
    // Generous: the process's own deadline plus process start/exit overhead.
    expect(Date.now() - t0).toBeLessThan(STOP_BOUND_MS + 5000);
    const lines = (await readFile(join(dir, 'uplink.ndjson'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { kind: string; deviceId: string; event?: string });
    const opened = new Set(lines.filter((l) => l.kind === 'session' && l.event === 'OPEN').map((l) => l.deviceId));
    const closed = new Set(lines.filter((l) => l.kind === 'session' && l.event === 'CLOSED').map((l) => l.deviceId));
    expect(opened.size).toBe(3);
    expect(closed).toEqual(opened);
    expect(lines.some((l) => l.kind === 'telemetry')).toBe(true);
    expect(app.logLines().some((l) => l['msg'] === 'stopped')).toBe(true);
  }, 20_000);
});
