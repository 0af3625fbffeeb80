import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FW_STATE, SimulatedDevice, type DeviceEvent } from '../../../tools/simulator/index.js';
import { decodeValues } from './decode-helpers.js';
import { TestLwm2mServer, until } from './test-lwm2m-server.js';

const SENML_JSON = 110;
const SENML_CBOR = 112;

describe('simulated device: observe, block-wise write, send, queue mode', () => {
  let server: TestLwm2mServer;
  let d: SimulatedDevice;
  let port: number;

  const start = async (o: Partial<ConstructorParameters<typeof SimulatedDevice>[0]> = {}): Promise<void> => {
    d = new SimulatedDevice({ endpoint: 'obs-1', serverUrl: server.url, firmwareStepMs: 20, ...o });
    await d.start();
    port = d.port as number;
  };

  beforeEach(async () => {
    server = await TestLwm2mServer.start();
  });
  afterEach(async () => {
    await d.stop();
    await server.stop();
  });

  it('notifies on set() with the new value and stops after Observe=1 cancel', async () => {
    await start();
    const token = Buffer.from('0a0b0c0d', 'hex');
    const obs = await server.observe(port, '/3/0/9', { token });
    expect(obs.code).toBe('2.05');
    await until(() => obs.notifications.length === 1);
    expect(obs.notifications[0]?.toString()).toBe('95');
    expect(d.observationCount).toBe(1);
    d.set('/3/0/9', 42);
    d.set('/3/0/10', 1); // another resource: no notification for /3/0/9
    await until(() => obs.notifications.length === 2);
    expect(obs.notifications[1]?.toString()).toBe('42');
    expect(d.stats.notificationsSent).toBe(1);
    // RFC 7641 §3.6: a GET with Observe=1 and the same token ends the relation.
    const cancel = await server.request(port, '/3/0/9', { token, observe: 1, accept: 0 });
    expect(cancel.code).toBe('2.05');
    await until(() => d.observationCount === 0);
    d.set('/3/0/9', 43);
    await new Promise((r) => setTimeout(r, 100));
    expect(d.stats.notificationsSent).toBe(1);
    obs.stream.close();
  });

  it('honours pmin (no notification sooner) and pmax (notification without change)', async () => {
    await start();
    expect((await server.request(port, '/3/0/9', { method: 'PUT', query: 'pmin=1&pmax=2' })).code).toBe('2.04');
    const obs = await server.observe(port, '/3/0/9');
    await until(() => obs.notifications.length === 1);
    const t0 = Date.now();
    d.set('/3/0/9', 10);
    d.set('/3/0/9', 11);
    await new Promise((r) => setTimeout(r, 300));
    expect(obs.notifications.length).toBe(1); // held back by pmin = 1 s
    await until(() => obs.notifications.length === 2, 3000);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(obs.notifications[1]?.toString()).toBe('11'); // the latest value, once
    await until(() => obs.notifications.length === 3, 4000); // pmax = 2 s, no change
    expect(obs.notifications[2]?.toString()).toBe('11');
    obs.stream.close();
  });

  it('observes an instance in SenML CBOR and a composite (FETCH + Observe) in SenML JSON', async () => {
    await start();
    const inst = await server.observe(port, '/4/0', { accept: SENML_CBOR });
    const comp = await server.observe(port, '/', {
      method: 'FETCH',
      contentFormat: SENML_JSON,
      accept: SENML_JSON,
      payload: Buffer.from(JSON.stringify([{ n: '/3/0/9' }, { n: '/4/0/2' }])),
    });
    await until(() => inst.notifications.length === 1 && comp.notifications.length === 1);
    d.set('/4/0/2', -95);
    await until(() => inst.notifications.length === 2 && comp.notifications.length === 2);
    expect(decodeValues(SENML_CBOR, inst.notifications[1] as Buffer)).toContainEqual({ path: '/4/0/2', value: -95 });
    expect(decodeValues(SENML_JSON, comp.notifications[1] as Buffer)).toEqual([
      { path: '/3/0/9', value: 95 },
      { path: '/4/0/2', value: -95 },
    ]);
    inst.stream.close();
    comp.stream.close();
  });

  it('receives a 100 KB firmware package by Block1 and walks the firmware states', async () => {
    await start();
    const states: number[] = [];
    d.on('firmwareState', (e: DeviceEvent) => states.push(e.state as number));
    const pkg = Buffer.alloc(100 * 1024);
    for (let i = 0; i < pkg.length; i++) pkg[i] = (i * 31) & 0xff;
    let received: Buffer = Buffer.alloc(0);
    d.on('write', (e) => {
      if (e.path === '/5/0/0') received = e.payload ?? Buffer.alloc(0);
    });
    const w = await server.request(port, '/5/0/0', { method: 'PUT', contentFormat: 42, payload: pkg, block1: true, timeoutMs: 10_000 });
    expect(w.code).toBe('2.04');
    expect(received.equals(pkg)).toBe(true);
    await until(() => d.get('/5/0/3') === FW_STATE.DOWNLOADED);
    const exec = await server.request(port, '/5/0/2', { method: 'POST' });
    expect(exec.code).toBe('2.04');
    await until(() => d.get('/5/0/5') === 1);
    expect(states).toEqual([FW_STATE.DOWNLOADING, FW_STATE.DOWNLOADED, FW_STATE.UPDATING, FW_STATE.IDLE]);
    expect(d.get('/3/0/3')).toBe(`pkg-${pkg.length}`);
    // Update again without a package: 4.05 (§E.6: only from Downloaded).
    expect((await server.request(port, '/5/0/2', { method: 'POST' })).code).toBe('4.05');
  });

  it('sends current values to /dp in SenML CBOR (1.1) and refuses Send in 1.0', async () => {
    await start();
    d.set('/3/0/9', 33);
    const code = await d.send(['/3/0/9', '/6/0'], SENML_CBOR, new Date(1_700_000_000_000));
    expect(code).toBe('2.04');
    const dp = await server.waitFor((r) => r.path === '/dp');
    expect(dp.method).toBe('POST');
    expect(dp.contentFormat).toBe(SENML_CBOR);
    const records = decodeValues(SENML_CBOR, dp.payload);
    expect(records[0]).toEqual({ path: '/3/0/9', value: 33, time: 1_700_000_000_000 });
    expect(records.map((r) => r.path)).toEqual(['/3/0/9', '/6/0/0', '/6/0/1', '/6/0/2', '/6/0/3', '/6/0/4', '/6/0/5', '/6/0/6']);
    expect(d.stats.sends).toBe(1);
    const old = new SimulatedDevice({ endpoint: 'old', serverUrl: server.url, version: '1.0' });
    await expect(old.send(['/3/0/9'])).rejects.toThrow(/1\.0/);
    await old.stop();
  });

  it('answers with a scripted code or delay', async () => {
    await start();
    d.script({ path: '/3/0/9', code: '5.03', times: 1 });
    expect((await server.request(port, '/3/0/9')).code).toBe('5.03');
    expect((await server.request(port, '/3/0/9')).code).toBe('2.05');
    d.script({ path: '/3/0/10', delayMs: 200, times: 1 }); // longer than the piggyback wait: separate response
    const r = await server.request(port, '/3/0/10');
    expect(r.code).toBe('2.05');
    expect(r.payload.toString()).toBe('15200');
  });

  it('in queue mode ignores requests while asleep and queues notifications until wake()', async () => {
    await start({ queueMode: true, queueAwakeMs: 300 });
    const obs = await server.observe(port, '/3/0/9');
    await until(() => obs.notifications.length === 1);
    await until(() => !d.isAwake, 2000);
    d.set('/3/0/9', 7);
    await expect(server.request(port, '/3/0/9', { timeoutMs: 400 })).rejects.toThrow(/no answer/);
    expect(d.droppedWhileAsleep).toBeGreaterThan(0);
    expect(obs.notifications.length).toBe(1);
    const updatesBefore = server.seen.filter((r) => r.path === '/rd/r1').length;
    await d.wake();
    expect(server.seen.filter((r) => r.path === '/rd/r1').length).toBe(updatesBefore + 1);
    await until(() => obs.notifications.length === 2);
    expect(obs.notifications[1]?.toString()).toBe('7');
    expect((await server.request(port, '/3/0/9')).code).toBe('2.05');
    obs.stream.close();
  });

  it('in queue mode flushes queued notifications after the periodic Update as well', async () => {
    await start({ queueMode: true, queueAwakeMs: 200, lifetime: 1 });
    const obs = await server.observe(port, '/3/0/9');
    await until(() => obs.notifications.length === 1);
    await until(() => !d.isAwake, 2000);
    d.set('/3/0/9', 3);
    expect(obs.notifications.length).toBe(1);
    // 90% of the 1 s lifetime: the device wakes for its Update and then notifies.
    await until(() => obs.notifications.length === 2, 3000);
    expect(obs.notifications[1]?.toString()).toBe('3');
    expect(server.seen.some((r) => r.path === '/rd/r1')).toBe(true);
    obs.stream.close();
  });
});
