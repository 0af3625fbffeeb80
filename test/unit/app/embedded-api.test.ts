import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedCore } from '../../../src/app/embedded-core.js';
import { shippedFile } from '../../../src/app/package-root.js';
import type { CoreEvent } from '../../../src/core/index.js';
import { HttpServer } from '../../../src/http/http-server.js';
import { addEmbeddedApiRoutes, type RegistrationView } from '../../../src/standalone/http-api.js';
import { nameUuid, parseStandaloneConfig, StandaloneConfigError } from '../../../src/standalone/standalone-config.js';

/**
 * The embedded core's HTTP API on a real HTTP server, over the core the product uses, loaded
 * from the shipped example file. The device side is played by answering the core's events.
 */

const example = parseStandaloneConfig(JSON.parse(readFileSync(shippedFile('config/standalone.example.json'), 'utf8')) as unknown);
let core: EmbeddedCore;
let http: HttpServer;
let base: string;
let events: CoreEvent[];
const registrations = new Map<string, RegistrationView>();

async function call(method: string, path: string, body?: string | Buffer, type = 'application/json'): Promise<{ status: number; json: unknown }> {
  const res = await fetch(base + path, { method, ...(body === undefined ? {} : { body, headers: { 'content-type': type } }) });
  const text = await res.text();
  return { status: res.status, json: text === '' ? undefined : (JSON.parse(text) as unknown) };
}

async function openSession(name: string): Promise<string> {
  const v = await core.validateCredentials({ kind: 'endpoint', endpoint: name });
  if (!v.ok) throw new Error(`no device ${name}`);
  const s = await core.openSession(v.value.device);
  if (!s.ok) throw new Error('no session');
  return s.value.sessionId;
}

let otaDir: string;

beforeEach(async () => {
  otaDir = mkdtempSync(join(tmpdir(), 'embedded-ota-'));
  core = new EmbeddedCore(example, { otaDir });
  await core.start();
  events = [];
  core.onEvent((e) => events.push(e));
  http = new HttpServer();
  addEmbeddedApiRoutes(http, { core, registration: (ep) => registrations.get(ep) });
  const a = await http.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${a.port}`;
});

afterEach(async () => {
  registrations.clear();
  await http.close();
  await core.stop();
  rmSync(otaDir, { recursive: true, force: true });
});

describe('the example configuration', () => {
  it('gives file devices stable ids derived from their names and resolves profiles by name', () => {
    expect(example.devices.map((d) => d.id)).toEqual([nameUuid('device', 'demo-nosec'), nameUuid('device', 'demo-psk')]);
    expect(new Set(example.devices.map((d) => d.deviceProfileId))).toEqual(new Set([example.profiles[0]?.id]));
    expect(nameUuid('device', 'demo-nosec')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('refuses a device naming an unknown profile, and an autoProvision naming none', () => {
    const device = { name: 'd1', profile: 'missing', credentials: { client: { securityConfigClientMode: 'NO_SEC', endpoint: 'd1' } } };
    expect(() => parseStandaloneConfig({ profiles: [], devices: [device] })).toThrow(StandaloneConfigError);
    expect(() => parseStandaloneConfig({ profiles: [], devices: [device] })).toThrow(/devices\.0\.deviceProfileId/);
    expect(() => parseStandaloneConfig({ autoProvision: 'nope' })).toThrow(/autoProvision: no profile is named "nope"/);
  });

  it('keeps an explicit id and accepts credentials in the REST form', () => {
    const c = parseStandaloneConfig({
      profiles: [{ name: 'p', id: 'aaaaaaaa-0000-4000-8000-000000000001', transportConfiguration: { type: 'LWM2M' } }],
      devices: [{ name: 'd', profile: 'p', credentials: { credentialsType: 'LWM2M_CREDENTIALS', credentialsValue: '{"client":{"securityConfigClientMode":"NO_SEC","endpoint":"d"}}' } }],
    });
    expect(c.devices[0]?.deviceProfileId).toBe('aaaaaaaa-0000-4000-8000-000000000001');
    expect(c.profiles[0]?.profileData).toEqual({ transportConfiguration: { type: 'LWM2M' } });
  });

  it('admits the PSK device by its identity and serves its key', async () => {
    const v = await core.validateCredentials({ kind: 'psk', identity: 'demo-psk' });
    expect(v.ok && v.value.device.deviceName).toBe('demo-psk');
  });
});

describe('auto-provisioning', () => {
  it('admits an unknown NoSec endpoint once, as a device of the autoProvision profile', async () => {
    const a = await core.validateCredentials({ kind: 'endpoint', endpoint: 'walk-in' });
    const b = await core.validateCredentials({ kind: 'endpoint', endpoint: 'walk-in' });
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value.device.deviceId).toBe(b.value.device.deviceId);
    expect(a.value.deviceProfile?.name).toBe('LwM2M demo');
    expect(core.deviceList().map((d) => d.name)).toContain('walk-in');
  });

  it('does not admit unknown PSK identities', async () => {
    expect((await core.validateCredentials({ kind: 'psk', identity: 'stranger' })).ok).toBe(false);
  });

  it('is off without autoProvision', async () => {
    const strict = new EmbeddedCore({ ...example, autoProvision: undefined }, { otaDir });
    expect((await strict.validateCredentials({ kind: 'endpoint', endpoint: 'walk-in' })).ok).toBe(false);
  });
});

describe('HTTP API', () => {
  it('lists devices with their registration state', async () => {
    registrations.set('demo-nosec', { lwm2mVersion: '1.1', address: '127.0.0.1:40000', lastSeen: 1700000000000, registeredAt: 1700000000000 });
    const r = await call('GET', '/api/devices');
    expect(r.status).toBe(200);
    expect(r.json).toEqual([
      { name: 'demo-nosec', id: nameUuid('device', 'demo-nosec'), endpoint: 'demo-nosec', registered: true, lwm2mVersion: '1.1', address: '127.0.0.1:40000', lastSeen: 1700000000000 },
      { name: 'demo-psk', id: nameUuid('device', 'demo-psk'), endpoint: 'demo-psk', registered: false, lwm2mVersion: null, address: null, lastSeen: null },
    ]);
  });

  it('returns the latest telemetry and client attributes per key with their time', async () => {
    const sid = await openSession('demo-nosec');
    await core.postTelemetry(sid, [{ ts: 1000, values: [{ key: 'batteryLevel', type: 'long', value: 80 }] }]);
    await core.postTelemetry(sid, [{ ts: 2000, values: [{ key: 'batteryLevel', type: 'long', value: 79 }] }]);
    await core.postAttributes(sid, [{ key: 'manufacturer', type: 'string', value: 'Acme' }]);
    expect((await call('GET', '/api/devices/demo-nosec/telemetry')).json).toEqual({ batteryLevel: { ts: 2000, value: 79 } });
    const attrs = (await call('GET', '/api/devices/demo-nosec/attributes')).json as { client: Record<string, { value: unknown }>; shared: object };
    expect(attrs.client['manufacturer']?.value).toBe('Acme');
    expect(attrs.shared).toEqual({});
  });

  it('passes the device answer of an RPC through unchanged', async () => {
    const sid = await openSession('demo-nosec');
    core.onEvent((e) => {
      if (e.type !== 'rpc-request') return;
      expect(e.rpc.method).toBe('Read');
      expect(JSON.parse(e.rpc.params)).toEqual({ id: '/3/0/9' });
      void core.sendRpcResponse(sid, { requestId: e.rpc.requestId, payload: '{"result":"CONTENT","value":"LwM2mSingleResource [id=9, value=80, type=INTEGER]"}' });
    });
    const r = await call('POST', '/api/devices/demo-nosec/rpc', JSON.stringify({ method: 'Read', params: { id: '/3/0/9' }, timeout: 5000 }));
    expect(r).toEqual({ status: 200, json: { result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=80, type=INTEGER]' } });
  });

  it('answers 504 when the device does not answer within the timeout', async () => {
    await openSession('demo-nosec');
    const r = await call('POST', '/api/devices/demo-nosec/rpc', JSON.stringify({ method: 'Read', params: { id: '/3/0/9' }, timeout: 100 }));
    expect(r.status).toBe(504);
    expect(events.filter((e) => e.type === 'rpc-request')).toHaveLength(1);
  });

  it('answers 404 for unknown devices, 409 for a device without a session, 400 for bad bodies', async () => {
    expect((await call('POST', '/api/devices/ghost/rpc', '{"method":"Read"}')).status).toBe(404);
    expect((await call('GET', '/api/devices/ghost/attributes')).status).toBe(404);
    expect((await call('POST', '/api/devices/demo-psk/rpc', '{"method":"Read"}')).status).toBe(409);
    expect((await call('POST', '/api/devices/demo-psk/rpc', '{"method":"Read","timeout":-1}')).status).toBe(400);
    expect((await call('POST', '/api/devices/demo-psk/rpc', '[1,2]')).status).toBe(400);
    expect((await call('POST', '/api/devices/demo-psk/rpc', '{not json')).status).toBe(400);
    expect((await call('POST', '/api/devices/demo-psk/attributes', '{}')).status).toBe(400);
  });

  it('pushes a shared-attribute update to the device session', async () => {
    const sid = await openSession('demo-nosec');
    const r = await call('POST', '/api/devices/demo-nosec/attributes', JSON.stringify({ targetTemperature: 21.5, label: 'hall' }));
    expect(r).toEqual({ status: 200, json: { updated: ['targetTemperature', 'label'] } });
    const pushed = events.find((e) => e.type === 'shared-attributes-updated');
    expect(pushed).toMatchObject({ sessionId: sid });
    expect(pushed?.type === 'shared-attributes-updated' && pushed.updated.map((u) => [u.key, u.type, u.value])).toEqual([
      ['targetTemperature', 'double', 21.5],
      ['label', 'string', 'hall'],
    ]);
    const shared = (await call('GET', '/api/devices/demo-nosec/attributes')).json as { shared: Record<string, { value: unknown }> };
    expect(shared.shared['label']?.value).toBe('hall');
  });

  it('assigns an uploaded firmware package: stored for download, announced with the fw_* attributes', async () => {
    const sid = await openSession('demo-nosec');
    const image = Buffer.from(Array.from({ length: 3000 }, (_, i) => i % 251));
    const r = await call('POST', '/api/devices/demo-nosec/firmware?title=demo-fw&version=1.2.3', image, 'application/octet-stream');
    expect(r.status).toBe(200);
    const sha = createHash('sha256').update(image).digest('hex');
    expect(r.json).toMatchObject({ type: 'FIRMWARE', title: 'demo-fw', version: '1.2.3', size: 3000, checksum: sha, checksumAlgorithm: 'SHA256' });
    const pushed = events.find((e) => e.type === 'shared-attributes-updated');
    expect(pushed?.type === 'shared-attributes-updated' && pushed.sessionId === sid && Object.fromEntries(pushed.updated.map((u) => [u.key, u.value]))).toEqual({
      fw_title: 'demo-fw',
      fw_version: '1.2.3',
      fw_checksum_algorithm: 'SHA256',
      fw_checksum: sha,
      fw_size: 3000,
    });
    const deviceId = nameUuid('device', 'demo-nosec');
    const info = await core.getOtaPackage(example.tenantId, deviceId, 'FIRMWARE');
    expect(info.ok && info.value.title).toBe('demo-fw');
    if (!info.ok) return;
    const part = await core.readOtaPackageData(info.value.packageId, 1000, 24);
    expect(part.ok && Buffer.from(part.value).equals(image.subarray(1000, 1024))).toBe(true);
    expect((await core.getOtaPackage(example.tenantId, deviceId, 'SOFTWARE')).ok).toBe(false);
  });

  it('keeps packages in the OTA folder: a restarted core still serves the assignment; a new upload replaces the old file', async () => {
    await openSession('demo-nosec');
    const deviceId = nameUuid('device', 'demo-nosec');
    const first = Buffer.alloc(5000, 7);
    expect((await call('POST', '/api/devices/demo-nosec/firmware?title=fw&version=1', first, 'application/octet-stream')).status).toBe(200);
    const second = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) % 256));
    expect((await call('POST', '/api/devices/demo-nosec/firmware?title=fw&version=2', second, 'application/octet-stream')).status).toBe(200);
    expect(readdirSync(otaDir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);
    const restarted = new EmbeddedCore(example, { otaDir });
    const info = await restarted.getOtaPackage(example.tenantId, deviceId, 'FIRMWARE');
    expect(info.ok && info.value.version).toBe('2');
    if (!info.ok) return;
    const tail = await restarted.readOtaPackageData(info.value.packageId, 4000, 1000);
    expect(tail.ok && Buffer.from(tail.value).equals(second.subarray(4000))).toBe(true);
    expect((await restarted.readOtaPackageData('00000000-0000-0000-0000-000000000000', 0, 10)).ok).toBe(false);
  });

  it('assigns software with sw_* attributes and refuses uploads without title, version or bytes', async () => {
    await openSession('demo-nosec');
    expect((await call('POST', '/api/devices/demo-nosec/software?title=app', Buffer.from('x'), 'application/octet-stream')).status).toBe(400);
    expect((await call('POST', '/api/devices/demo-nosec/software?title=app&version=2', Buffer.alloc(0), 'application/octet-stream')).status).toBe(400);
    const r = await call('POST', '/api/devices/demo-nosec/software?title=app&version=2', Buffer.from('package'), 'application/octet-stream');
    expect(r.status).toBe(200);
    const pushed = events.find((e) => e.type === 'shared-attributes-updated');
    expect(pushed?.type === 'shared-attributes-updated' && pushed.updated.map((u) => u.key).sort()).toEqual(
      ['sw_checksum', 'sw_checksum_algorithm', 'sw_size', 'sw_title', 'sw_version'],
    );
  });
});
