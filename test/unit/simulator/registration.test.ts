import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { parseServerUrl } from '../../../tools/simulator/registration-client.js';
import { TestLwm2mServer } from './test-lwm2m-server.js';

describe('simulated device registration', () => {
  let server: TestLwm2mServer;
  const devices: SimulatedDevice[] = [];
  const device = (o: Partial<ConstructorParameters<typeof SimulatedDevice>[0]> = {}): SimulatedDevice => {
    const d = new SimulatedDevice({ endpoint: 'dev-1', serverUrl: server.url, ...o });
    devices.push(d);
    return d;
  };

  beforeEach(async () => {
    server = await TestLwm2mServer.start();
  });
  afterEach(async () => {
    await Promise.all(devices.splice(0).map((d) => d.stop()));
    await server.stop();
  });

  it('registers as LwM2M 1.1 with ep, lt, lwm2m, b and a link payload with versions', async () => {
    const d = device({ lifetime: 120, objectVersions: { 3: '1.2' } });
    const location = await d.start();
    expect(location).toBe('/rd/r1');
    const reg = server.seen[0];
    expect(reg?.method).toBe('POST');
    expect(reg?.path).toBe('/rd');
    expect(reg?.query).toEqual(['ep=dev-1', 'lt=120', 'lwm2m=1.1', 'b=U']);
    expect(reg?.contentFormat).toBe(40);
    const links = reg?.payload.toString() ?? '';
    expect(links.startsWith('</>;rt="oma.lwm2m";ct="112 110 11542",')).toBe(true);
    expect(links).toContain('</3>;ver=1.2,</3/0>');
    expect(links).toContain('</1>;ver=1.1,</1/0>');
    expect(links).toContain('</19/0>');
    // LwM2M Core 1.1 §6.2.1: the Security object is never announced.
    expect(links).not.toMatch(/<\/0[/>]/);
  });

  it('registers as LwM2M 1.0 in queue mode with b=UQ and no root link', async () => {
    const d = device({ version: '1.0', queueMode: true, lifetime: 60, objects: { 1: [0], 3: [0] } });
    await d.start();
    const reg = server.seen[0];
    expect(reg?.query).toEqual(['ep=dev-1', 'lt=60', 'lwm2m=1.0', 'b=UQ']);
    expect(reg?.payload.toString()).toBe('</1/0>,</3/0>');
  });

  it('announces queue mode with Q from 1.1 on', async () => {
    const d = device({ version: '1.2', queueMode: true, registerContentFormats: [] });
    await d.start();
    expect(server.seen[0]?.query).toEqual(['ep=dev-1', 'lt=300', 'lwm2m=1.2', 'b=U', 'Q']);
    expect(server.seen[0]?.payload.toString().startsWith('</>')).toBe(false);
  });

  it('updates at its location before the lifetime ends, on demand, and de-registers', async () => {
    const d = device({ lifetime: 1 });
    await d.start();
    // 90% of a 1 s lifetime: the periodic Update arrives without being asked.
    const periodic = await server.waitFor((r) => r.method === 'POST' && r.path === '/rd/r1', 3000);
    expect(periodic.query).toEqual([]);
    expect(periodic.payload.length).toBe(0);
    await d.update({ withLifetime: true, withLinks: true });
    const explicit = server.seen.filter((r) => r.path === '/rd/r1').at(-1);
    expect(explicit?.query).toEqual(['lt=1']);
    expect(explicit?.payload.toString()).toContain('</3/0>');
    expect(await d.deregister()).toBe('2.02');
    expect(server.seen.at(-1)).toMatchObject({ method: 'DELETE', path: '/rd/r1' });
    expect(d.location).toBeUndefined();
  });

  it('fails start() when the server refuses the registration', async () => {
    server.registerCode = '4.03';
    const d = device();
    await expect(d.start()).rejects.toThrow(/4\.03/);
    expect(d.location).toBeUndefined();
  });

  it('parses coap:// and coaps:// server URLs and refuses others and bad endpoint names', () => {
    expect(parseServerUrl('coap://127.0.0.1')).toEqual({ host: '127.0.0.1', port: 5683 });
    expect(parseServerUrl('coaps://[::1]')).toEqual({ host: '::1', port: 5684, secure: true });
    expect(parseServerUrl('coap://h:5685')).toEqual({ host: 'h', port: 5685 });
    expect(() => parseServerUrl('http://h')).toThrow(/coap/);
    expect(() => parseServerUrl('not a url')).toThrow(/invalid/);
    expect(() => new SimulatedDevice({ endpoint: 'a&b', serverUrl: 'coap://h' })).toThrow(/endpoint/);
    expect(() => new SimulatedDevice({ endpoint: '', serverUrl: 'coap://h' })).toThrow(/endpoint/);
  });
});
