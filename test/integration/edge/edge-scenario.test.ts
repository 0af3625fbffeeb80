// The ThingsBoard-behaviour scenario of the Kafka link, unchanged, on the edge adapter: simulated
// device ↔ our LwM2M server ↔ the behaviour layer ↔ EdgeCoreAdapter ↔ gRPC ↔ the edge core emulator
// (shared schema): register, validate from the synced mirror, telemetry, shared-attribute write, RPC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import { deviceDownlink, halves, rpcDownlink, sharedAttributesDownlink, testEdge } from '../../support/edge-core-emulator-fixtures.js';
import { ChainHarness } from '../../support/standalone-harness.js';
import { lwm2mProfileData } from '../../support/standalone-fixtures.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const ENDPOINT = 'edge-e2e-dev';
const DEVICE_ID = '7e57a000-0000-4000-8000-0000000000e2';
const OBSERVE_ATTR = {
  keyName: { '/3_1.1/0/9': 'batteryLevel', '/3_1.1/0/15': 'timezone' },
  observe: ['/3_1.1/0/9'],
  attribute: ['/3_1.1/0/15'],
  telemetry: ['/3_1.1/0/9'],
  attributeLwm2m: {},
};

let emu: EdgeCoreEmulator;
let adapter: EdgeCoreAdapter;
let chain: ChainHarness<EdgeCoreAdapter>;
let device: SimulatedDevice;
const dir = tempDir();

const telemetry = (): Obj[] =>
  emu.uplinks.flatMap((u) => (u['entityData'] as Obj[] | undefined) ?? []).filter((e) => e['postTelemetryMsg'] !== undefined);

beforeAll(async () => {
  emu = await EdgeCoreEmulator.start({ edges: [testEdge()] });
  emu.syncContent = () => [deviceDownlink({ id: DEVICE_ID, name: ENDPOINT }, { profileData: lwm2mProfileData(OBSERVE_ATTR) })];
  adapter = makeAdapter({ port: emu.port, dir: dir.dir });
  await adapter.start();
  await until(() => adapter.health().synced, 'sync');
  chain = await ChainHarness.on(adapter);
}, 30_000);

afterAll(async () => {
  await chain?.stopChain();
  await adapter?.stop();
  await emu?.close();
  dir.remove();
}, 30_000);

describe('device ↔ transport ↔ Edge gRPC ↔ core', () => {
  it('register → credentials validated from the synced mirror', async () => {
    device = await chain.device({ endpoint: ENDPOINT, values: { '/3/0/9': 75, '/3/0/15': 'Etc/UTC' } });
    expect(device.location).toBeDefined();
    expect(device.stats.registrations).toBe(1);
    // The behaviour's initial observe reached the core as this device's telemetry.
    const first = await until(() => telemetry()[0], 'initial telemetry');
    expect(first['entityIdMSB']).toBe(halves(DEVICE_ID).msb);
  });

  it('an endpoint the mirror does not know is refused', async () => {
    const stranger = chain.device({ endpoint: 'not-assigned-to-edge', values: {} });
    await expect(stranger).rejects.toThrow();
  });

  it('an observed value arrives as telemetry for the device (decoded with the shared schema)', async () => {
    device.set('/3/0/9', 42);
    const e = await until(() => telemetry().find((t) => JSON.stringify(t).includes('"long_v":"42"')), 'telemetry 42', 1500);
    expect(e['entityType']).toBe('DEVICE');
    const kv = (((e['postTelemetryMsg'] as Obj)['tsKvList'] as Obj[])[0] as Obj)['kv'] as Obj[];
    expect(kv).toContainEqual({ key: 'batteryLevel', type: 'LONG_V', long_v: '42' });
  });

  it('a shared-attribute update pushed to the edge becomes a Write on the device', async () => {
    await emu.push('rk-1', [sharedAttributesDownlink(DEVICE_ID, [{ key: 'timezone', type: 'STRING_V', string_v: 'Europe/Kyiv' }], Date.now())]);
    await until(() => (device.get('/3/0/15') === 'Europe/Kyiv' ? true : undefined), 'Write /3/0/15', 1500);
    expect(device.requests.some((r) => r.method === 'PUT' && r.path === '/3/0/15')).toBe(true);
  });

  it('an RPC Read goes down and its response comes back with the same requestId', async () => {
    await emu.push('rk-1', [rpcDownlink(DEVICE_ID, 'e2e2e2e2-1111-4222-8333-777777777777', 5, 'Read', { id: '/3/0/9' }, Date.now() + 30_000)]);
    const call = await until(() => emu.uplinks.flatMap((u) => (u['deviceRpcCallMsg'] as Obj[] | undefined) ?? []).find((c) => c['requestId'] === 5), 'RPC response', 1500);
    const body = JSON.parse(String((call['responseMsg'] as Obj)['response'])) as Obj;
    expect(body['result']).toBe('CONTENT');
    expect(String(body['value'])).toContain('value=42');
  });
});
