import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { multiPathCodecFor } from '../../../src/lwm2m/codec/codec-registry.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { SimulatedDevice, SW_RESULT, SW_STATE } from '../../../tools/simulator/index.js';
import { decodeValues } from './decode-helpers.js';
import { TestLwm2mServer, until } from './test-lwm2m-server.js';

const TLV = 11542;
const SENML_CBOR = 112;

describe('simulated device behaviours', () => {
  let server: TestLwm2mServer;
  let d: SimulatedDevice;
  let port: number;

  beforeEach(async () => {
    server = await TestLwm2mServer.start();
    d = new SimulatedDevice({ endpoint: 'beh-1', serverUrl: server.url, firmwareStepMs: 10, lifetime: 300 });
    await d.start();
    port = d.port as number;
  });
  afterEach(async () => {
    await d.stop();
    await server.stop();
  });

  it('announces a Lifetime written to /1/0/1 with an Update carrying lt', async () => {
    const w = await server.request(port, '/1/0/1', { method: 'PUT', contentFormat: 0, payload: Buffer.from('45') });
    expect(w.code).toBe('2.04');
    const upd = await server.waitFor((r) => r.path === '/rd/r1' && r.query.includes('lt=45'));
    expect(upd.method).toBe('POST');
    expect(d.lifetime).toBe(45);
  });

  it('runs the software management flow: package, delivered, install, uninstall', async () => {
    const pkg = Buffer.alloc(2000, 1);
    expect((await server.request(port, '/9/0/2', { method: 'PUT', contentFormat: 42, payload: pkg, block1: true })).code).toBe('2.04');
    await until(() => d.get('/9/0/7') === SW_STATE.DELIVERED);
    expect(d.get('/9/0/9')).toBe(SW_RESULT.DOWNLOADED_VERIFIED);
    expect((await server.request(port, '/9/0/4', { method: 'POST' })).code).toBe('2.04');
    await until(() => d.get('/9/0/7') === SW_STATE.INSTALLED);
    expect(d.get('/9/0/9')).toBe(SW_RESULT.INSTALLED);
    expect((await server.request(port, '/9/0/10', { method: 'POST' })).code).toBe('2.04');
    expect(d.get('/9/0/12')).toBe(true);
    expect((await server.request(port, '/9/0/6', { method: 'POST' })).code).toBe('2.04');
    await until(() => d.get('/9/0/7') === SW_STATE.INITIAL);
    // Install needs a delivered package (4.05 otherwise).
    expect((await server.request(port, '/9/0/4', { method: 'POST' })).code).toBe('4.05');
  });

  it('reports a failed firmware update when scripted to', async () => {
    d.updates.firmwareOutcome = 8; // §E.6 Update Result 8: firmware update failed
    expect((await server.request(port, '/5/0/1', { method: 'PUT', contentFormat: 0, payload: Buffer.from('coap://fw.example/v2') })).code).toBe('2.04');
    await until(() => d.get('/5/0/3') === 2);
    expect((await server.request(port, '/5/0/2', { method: 'POST' })).code).toBe('2.04');
    await until(() => d.get('/5/0/5') === 8);
    expect(d.get('/3/0/3')).toBe('1.0.0');
    expect((await server.request(port, '/5/0/1', { method: 'PUT', contentFormat: 0, payload: Buffer.from('not a uri') })).code).toBe('2.04');
    expect(d.get('/5/0/5')).toBe(7); // Invalid URI
  });

  it('varies a value on an interval and notifies the observer', async () => {
    let n = 0;
    const stopVary = d.vary('/4/0/2', () => -80 - ++n, 20);
    const obs = await server.observe(port, '/4/0/2', { accept: TLV });
    await until(() => obs.notifications.length >= 3);
    stopVary();
    // Each notification is a TLV resource of 1 byte: 0xc1, id 2, signed value.
    const last = obs.notifications.at(-1) as Buffer;
    expect(last.subarray(0, 2).toString('hex')).toBe('c102');
    expect(last.readInt8(2)).toBeLessThan(-80);
    obs.stream.close();
  });

  it('sends a large Send payload block-wise', async () => {
    d.set('/19/0/0', [Buffer.alloc(3000, 7)]);
    expect(await d.send(['/19/0/0'], SENML_CBOR)).toBe('2.04');
    const dp = await server.waitFor((r) => r.path === '/dp');
    expect(dp.payload.length).toBeGreaterThan(3000);
    const [entry] = decodeValues(SENML_CBOR, dp.payload);
    expect(entry?.path).toBe('/19/0/0/0');
    expect(Buffer.isBuffer(entry?.value) && entry.value.equals(Buffer.alloc(3000, 7))).toBe(true);
  });

  it('creates an instance from a SenML CBOR payload naming its id', async () => {
    const payload = multiPathCodecFor(SENML_CBOR)?.encodeEntries([
      { path: parsePath('/19/5/3'), type: 'string', value: 'five' },
      { path: parsePath('/19/5/0/0'), type: 'opaque', value: Buffer.from('x') },
    ]) as Buffer;
    const r = await server.request(port, '/19', { method: 'POST', contentFormat: SENML_CBOR, payload });
    expect(r.code).toBe('2.01');
    expect(r.options.filter((o) => o.name === 'Location-Path').map((o) => String(o.value))).toEqual(['19', '5']);
    expect(d.get('/19/5/3')).toBe('five');
  });
});
