import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice, type DeviceEvent } from '../../../tools/simulator/index.js';
import { decodeValues } from './decode-helpers.js';
import { TestLwm2mServer } from './test-lwm2m-server.js';

const TLV = 11542;
const SENML_JSON = 110;
const SENML_CBOR = 112;

describe('simulated device answers downlink operations', () => {
  let server: TestLwm2mServer;
  let d: SimulatedDevice;
  let port: number;
  const events: DeviceEvent[] = [];

  beforeAll(async () => {
    server = await TestLwm2mServer.start();
    d = new SimulatedDevice({
      endpoint: 'ops-1',
      serverUrl: server.url,
      values: { '/3/0/0': 'Open Mobile Alliance', '/3/0/9': 80 },
    });
    await d.start();
    port = d.port as number;
    for (const t of ['read', 'write', 'execute', 'create', 'delete', 'writeAttributes', 'discover', 'writeComposite'] as const) {
      d.on(t, (e) => events.push(e));
    }
  });
  afterAll(async () => {
    await d.stop();
    await server.stop();
  });

  it('reads a single string resource as TLV (LwM2M 1.0 §6.4.3 example bytes)', async () => {
    const r = await server.request(port, '/3/0/0', { accept: TLV });
    expect(r.code).toBe('2.05');
    expect(r.contentFormat).toBe(TLV);
    expect(r.payload).toEqual(Buffer.concat([Buffer.from('c80014', 'hex'), Buffer.from('Open Mobile Alliance')]));
  });

  it('reads a multiple resource as TLV resource instances', async () => {
    const r = await server.request(port, '/3/0/6', { accept: TLV });
    // Available Power Sources [1, 5]: 0x86 = multiple resource id 6 length 6, then two 1-byte instances.
    expect(r.payload.toString('hex')).toBe('86064100014101' + '05');
  });

  it('reads a single resource as plain text by default in 1.1', async () => {
    const r = await server.request(port, '/3/0/9');
    expect(r).toMatchObject({ code: '2.05', contentFormat: 0 });
    expect(r.payload.toString()).toBe('80');
    expect(events.at(-1)).toMatchObject({ type: 'read', path: '/3/0/9' });
  });

  it('reads an instance as SenML JSON and SenML CBOR with absolute names', async () => {
    const j = await server.request(port, '/3/0', { accept: SENML_JSON });
    expect(j.contentFormat).toBe(SENML_JSON);
    const values = decodeValues(SENML_JSON, j.payload);
    expect(values).toContainEqual({ path: '/3/0/9', value: 80 });
    expect(values).toContainEqual({ path: '/3/0/7/1', value: 5000 });
    expect(values.some((r) => r.path === '/3/0/4')).toBe(false); // executable: not readable
    const c = await server.request(port, '/3/0/9', { accept: SENML_CBOR });
    expect(c.contentFormat).toBe(SENML_CBOR);
    expect(decodeValues(SENML_CBOR, c.payload)).toEqual([{ path: '/3/0/9', value: 80 }]);
  });

  it('answers 4.04, 4.05, 4.06, 4.01 per the LwM2M rules', async () => {
    expect((await server.request(port, '/3/7')).code).toBe('4.04');
    expect((await server.request(port, '/42')).code).toBe('4.04');
    expect((await server.request(port, '/3/0/4')).code).toBe('4.05'); // read of an executable resource
    expect((await server.request(port, '/3/0/9', { method: 'PUT', contentFormat: 0, payload: Buffer.from('5') })).code).toBe('4.05');
    expect((await server.request(port, '/3/0', { accept: 0 })).code).toBe('4.06'); // text cannot carry an instance
    expect((await server.request(port, '/3/0/9', { accept: 50 })).code).toBe('4.06'); // application/json
    expect((await server.request(port, '/0/0')).code).toBe('4.01');
  });

  it('writes with replace (PUT) and partial update (POST), rejects unknown formats with 4.15', async () => {
    const put = await server.request(port, '/3/0/14', { method: 'PUT', contentFormat: 0, payload: Buffer.from('+02:00') });
    expect(put.code).toBe('2.04');
    expect(d.get('/3/0/14')).toBe('+02:00');
    // TLV for an instance: resource 15 (Timezone) = "Europe/Paris"
    const tz = Buffer.from('Europe/Paris');
    const tlv = Buffer.concat([Buffer.of(0xc8, 15, tz.length), tz]);
    const post = await server.request(port, '/3/0', { method: 'POST', contentFormat: TLV, payload: tlv });
    expect(post.code).toBe('2.04');
    expect(d.get('/3/0/15')).toBe('Europe/Paris');
    expect(d.get('/3/0/14')).toBe('+02:00');
    expect(events.filter((e) => e.type === 'write').map((e) => e.path)).toEqual(['/3/0/14', '/3/0']);
    const bad = await server.request(port, '/3/0/14', { method: 'PUT', contentFormat: 50, payload: Buffer.from('"x"') });
    expect(bad.code).toBe('4.15');
    const garbage = await server.request(port, '/3/0', { method: 'PUT', contentFormat: TLV, payload: Buffer.of(0xc8, 15, 40) });
    expect(garbage.code).toBe('4.00');
  });

  it('stores attributes from Write-Attributes and shows them in Discover', async () => {
    const wa = await server.request(port, '/3/0/9', { method: 'PUT', query: 'pmin=5&pmax=60' });
    expect(wa.code).toBe('2.04');
    expect(events.at(-1)).toMatchObject({ type: 'writeAttributes', path: '/3/0/9', args: 'pmin=5&pmax=60' });
    expect((await server.request(port, '/3/0/9', { method: 'PUT', query: 'pmin=x' })).code).toBe('4.00');
    const disc = await server.request(port, '/3/0', { accept: 40 });
    expect(disc.contentFormat).toBe(40);
    const links = disc.payload.toString();
    expect(links.startsWith('</3/0>,</3/0/0>,')).toBe(true);
    expect(links).toContain('</3/0/6>;dim=2');
    expect(links).toContain('</3/0/9>;pmin=5;pmax=60');
    // Clear them again so later tests see defaults.
    await server.request(port, '/3/0/9', { method: 'PUT', query: 'pmin&pmax' });
    const obj = await server.request(port, '/3', { accept: 40 });
    expect(obj.payload.toString().startsWith('</3>;ver=1.1,</3/0>')).toBe(true);
  });

  it('executes with arguments, and refuses Execute on a non-executable resource', async () => {
    const r = await server.request(port, '/3/0/12', { method: 'POST', payload: Buffer.from("0='a',1") });
    expect(r.code).toBe('2.04');
    expect(events.at(-1)).toMatchObject({ type: 'execute', path: '/3/0/12', args: "0='a',1" });
    expect((await server.request(port, '/3/0/9', { method: 'POST' })).code).toBe('4.05');
    expect((await server.request(port, '/3/0/12', { method: 'POST', payload: Buffer.from('x=1') })).code).toBe('4.00');
  });

  it('creates an instance of a multi-instance object with Location-Path, then deletes it', async () => {
    // TLV: resource 3 (Data Description) = "new"
    const payload = Buffer.concat([Buffer.of(0xc3, 3), Buffer.from('new')]);
    const r = await server.request(port, '/19', { method: 'POST', contentFormat: TLV, payload });
    expect(r.code).toBe('2.01');
    const loc = r.options.filter((o) => o.name === 'Location-Path').map((o) => String(o.value));
    expect(loc).toEqual(['19', '1']);
    expect(d.get('/19/1/3')).toBe('new');
    // The device tells the server about its new object list with an Update carrying links.
    const upd = await server.waitFor((s) => s.path === '/rd/r1' && s.payload.toString().includes('</19/1>'));
    expect(upd.contentFormat).toBe(40);
    expect((await server.request(port, '/19/1', { method: 'DELETE' })).code).toBe('2.02');
    expect((await server.request(port, '/19/1', { method: 'DELETE' })).code).toBe('4.04');
    expect((await server.request(port, '/19', { method: 'DELETE' })).code).toBe('4.05');
    expect(events.filter((e) => e.type === 'create' || e.type === 'delete').map((e) => `${e.type} ${e.path}`)).toEqual([
      'create /19/1',
      'delete /19/1',
    ]);
  });

  it('answers Read-Composite (FETCH) and Write-Composite (iPATCH) in SenML', async () => {
    const body = Buffer.from(JSON.stringify([{ n: '/3/0/9' }, { n: '/4/0/2' }, { n: '/6/0/0' }]));
    const r = await server.request(port, '/', { method: 'FETCH', contentFormat: SENML_JSON, accept: SENML_JSON, payload: body });
    expect(r.code).toBe('2.05');
    const recs = decodeValues(SENML_JSON, r.payload);
    expect(recs.map((x) => x.path)).toEqual(['/3/0/9', '/4/0/2', '/6/0/0']);
    expect(recs[1]?.value).toBe(-87);
    const patch = Buffer.from(JSON.stringify([{ n: '/1/0/2', v: 1 }, { bn: '/3/0/', n: '14', vs: 'Z' }]));
    const w = await server.request(port, '/', { method: 'iPATCH', contentFormat: SENML_JSON, payload: patch });
    expect(w.code).toBe('2.04');
    expect(d.get('/3/0/14')).toBe('Z');
    expect(d.get('/1/0/2')).toBe(1);
    // All or nothing: one read-only resource refuses the whole write.
    const ro = Buffer.from(JSON.stringify([{ n: '/3/0/14', vs: 'Q' }, { n: '/3/0/9', v: 1 }]));
    expect((await server.request(port, '/', { method: 'iPATCH', contentFormat: SENML_JSON, payload: ro })).code).toBe('4.05');
    expect(d.get('/3/0/14')).toBe('Z');
    await server.request(port, '/', { method: 'iPATCH', contentFormat: SENML_JSON, payload: Buffer.from('[{"n":"/1/0/2","v":0}]') });
  });

  it('answers large reads with Block2 and logs every request', async () => {
    const big = Buffer.alloc(3000, 0xab);
    d.set('/19/0/0', [big]);
    const r = await server.request(port, '/19/0/0/0', { accept: 42 });
    expect(r.code).toBe('2.05');
    expect(r.payload.equals(big)).toBe(true);
    const last = d.requests.at(-1);
    expect(last).toMatchObject({ method: 'GET', path: '/19/0/0/0', accept: 42, code: '2.05' });
  });

  it('never crashes on hostile payloads', async () => {
    const cases: Array<[string, Parameters<TestLwm2mServer['request']>[2]]> = [
      ['/', { method: 'FETCH', contentFormat: SENML_CBOR, payload: Buffer.of(0xff, 0x00, 0x13) }],
      ['/', { method: 'iPATCH', contentFormat: SENML_JSON, payload: Buffer.from('{"n":') }],
      ['/3/0', { method: 'PUT', contentFormat: TLV, payload: Buffer.of(0xff, 0xff, 0xff, 0xff) }],
      ['/19', { method: 'POST', contentFormat: SENML_JSON, payload: Buffer.from('[{"n":"/19/x/3","vs":"a"}]') }],
    ];
    for (const [path, o] of cases) {
      const r = await server.request(port, path, o);
      expect(r.code.startsWith('4.')).toBe(true);
    }
    expect(d.stats.errors).toBe(0);
  });
});
