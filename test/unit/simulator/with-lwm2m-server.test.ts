import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { ValueEntry } from '../../../src/lwm2m/node.js';
import { formatPath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { FW_STATE, SimulatedDevice } from '../../../tools/simulator/index.js';
import { loadTestModels } from '../../support/models.js';
import { until } from './test-lwm2m-server.js';

/**
 * The project's own LwM2M server (src/lwm2m/server over src/coap on UDP) against simulated
 * devices (node-coap, an independent CoAP stack): registration, the device-management
 * operations, observe, Send, a Block1 firmware write and de-registration, end to end.
 */
describe('simulated devices against the project LwM2M server', () => {
  let models: ModelLookup;
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let url: string;
  const devices: SimulatedDevice[] = [];

  const register = async (d: SimulatedDevice): Promise<Registration> => {
    devices.push(d);
    const registered = new Promise<Registration>((resolve) => {
      const on = (r: Registration): void => {
        if (r.endpoint !== d.endpoint) return;
        server.off('registered', on);
        resolve(r);
      };
      server.on('registered', on);
    });
    await d.start();
    return registered;
  };

  beforeAll(async () => {
    models = await loadTestModels();
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
    server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: 4000 });
    server.start();
    url = `coap://127.0.0.1:${transport.localPort()}`;
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    server?.stop();
    await endpoint?.close();
  });

  it('registers a 1.1 device and runs read, write, execute, discover and composite operations', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-11', serverUrl: url, lifetime: 120, objectVersions: { 3: '1.2' } });
    const reg = await register(d);
    expect(reg).toMatchObject({ endpoint: 'sim-11', lifetimeSec: 120, lwm2mVersion: '1.1' });
    expect(reg.objects.map((o) => `${o.id}@${o.version}`)).toContain('3@1.2');
    expect(d.location).toBe(`/rd/${reg.id}`);

    const battery = await server.read(reg, '/3/0/9');
    expect(battery.code).toBe('2.05');
    expect(battery.node).toMatchObject({ kind: 'resource', id: 9, value: 95 });

    const inst = await server.read(reg, '/3/0');
    expect(inst.code).toBe('2.05');
    expect(inst.node?.kind).toBe('instance');

    const w = await server.write(reg, '/3/0/14', { kind: 'resource', id: 14, type: 'string', value: '+01:00' }, { replace: true });
    expect(w.code).toBe('2.04');
    expect(d.get('/3/0/14')).toBe('+01:00');

    const ex = await server.execute(reg, '/3/0/12');
    expect(ex.code).toBe('2.04');
    expect(d.requests.at(-1)).toMatchObject({ method: 'POST', path: '/3/0/12' });

    const disc = await server.discover(reg, '/3/0');
    expect(disc.code).toBe('2.05');
    expect(disc.links?.map((l) => l.uri)).toContain('/3/0/6');

    const comp = await server.readComposite(reg, ['/3/0/9', '/4/0/2']);
    expect(comp.code).toBe('2.05');
    expect([...(comp.nodes?.keys() ?? [])]).toEqual(['/3/0/9', '/4/0/2']);

    expect((await server.read(reg, '/3/0/77')).code).toBe('4.04');
  });

  it('delivers notifications for set() and a Send to /dp', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-obs', serverUrl: url });
    const reg = await register(d);
    const seen: Notification[] = [];
    const obs = await server.observe(reg, '/3/0/9', (n) => seen.push(n));
    expect(obs.code).toBe('2.05');
    d.set('/3/0/9', 12);
    await until(() => seen.length > 0);
    expect(seen.at(-1)?.node).toMatchObject({ kind: 'resource', value: 12 });

    const inst: Notification[] = [];
    expect((await server.observe(reg, '/19/0', (n) => inst.push(n))).code).toBe('2.05');
    expect((await server.delete(reg, '/19/0')).code).toBe('2.02');
    await until(() => inst.some((n) => n.code === '4.04'));

    const sent = new Promise<readonly ValueEntry[]>((resolve) => server.once('send', (_r, entries) => resolve(entries)));
    expect(await d.send(['/3/0/9', '/4/0/2'])).toBe('2.04');
    const entries = await sent;
    expect(entries.map((e) => [formatPath(e.path), e.value])).toEqual([
      ['/3/0/9', 12],
      ['/4/0/2', -87],
    ]);
  });

  it('accepts a 100 KB firmware package written block-wise by the server', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-fw', serverUrl: url, firmwareStepMs: 10 });
    const reg = await register(d);
    const pkg = Buffer.alloc(100 * 1024, 0x5a);
    let got = 0;
    d.on('write', (e) => {
      if (e.path === '/5/0/0') got = e.payload?.length ?? 0;
    });
    const w = await server.write(reg, '/5/0/0', { kind: 'resource', id: 0, type: 'opaque', value: pkg }, { replace: true, format: 42, timeoutMs: 20_000 });
    expect(w.code).toBe('2.04');
    expect(got).toBe(pkg.length);
    await until(() => d.get('/5/0/3') === FW_STATE.DOWNLOADED);
    expect((await server.execute(reg, '/5/0/2')).code).toBe('2.04');
    await until(() => d.get('/5/0/5') === 1);
  });

  it('registers a 1.0 device that answers TLV, and de-registers', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-10', serverUrl: url, version: '1.0' });
    const reg = await register(d);
    expect(reg.lwm2mVersion).toBe('1.0');
    const r = await server.read(reg, '/3/0');
    expect(r.code).toBe('2.05');
    expect(r.contentFormat).toBe(11542);
    const gone = new Promise<Registration>((resolve) => server.once('deregistered', resolve));
    expect(await d.deregister()).toBe('2.02');
    expect((await gone).endpoint).toBe('sim-10');
  });
});
