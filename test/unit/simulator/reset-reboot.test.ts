import { generate, parse, type ParsedPacket } from 'coap-packet';
import dgram from 'node:dgram';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { TestLwm2mServer, until } from './test-lwm2m-server.js';

describe('simulated device: Reset cancels, Reboot re-registers, dropped requests', () => {
  let server: TestLwm2mServer;
  let d: SimulatedDevice;

  beforeEach(async () => {
    server = await TestLwm2mServer.start();
    d = new SimulatedDevice({ endpoint: 'rr-1', serverUrl: server.url });
    await d.start();
  });
  afterEach(async () => {
    await d.stop();
    await server.stop();
  });

  it('ends a non-confirmable observation when the observer answers a notification with Reset (RFC 7641 §3.6)', async () => {
    const raw = dgram.createSocket('udp4');
    await new Promise<void>((r) => raw.bind(0, '127.0.0.1', r));
    const got: ParsedPacket[] = [];
    raw.on('message', (m) => got.push(parse(m)));
    try {
      const token = Buffer.from('c0ffee01', 'hex');
      const observe = generate({
        confirmable: false,
        messageId: 100,
        token,
        code: 'GET',
        options: [
          { name: 'Observe', value: Buffer.alloc(0) },
          { name: 'Uri-Path', value: Buffer.from('3') },
          { name: 'Uri-Path', value: Buffer.from('0') },
          { name: 'Uri-Path', value: Buffer.from('9') },
        ],
      });
      raw.send(observe, d.port as number, '127.0.0.1');
      await until(() => got.length >= 1);
      expect(got[0]?.code).toBe('2.05');
      expect(d.observationCount).toBe(1);
      d.set('/3/0/9', 1);
      await until(() => got.length === 2);
      const note = got[1] as ParsedPacket;
      expect(note.confirmable).toBe(false); // node-coap marks it ACK rather than NON; either way not CON
      expect(note.token.equals(token)).toBe(true);
      expect(note.payload.toString()).toBe('1');
      raw.send(generate({ reset: true, messageId: note.messageId, code: '0.00' }), d.port as number, '127.0.0.1');
      await until(() => d.observationCount === 0);
      d.set('/3/0/9', 2);
      await new Promise((r) => setTimeout(r, 100));
      expect(got.length).toBe(2);
    } finally {
      await new Promise<void>((r) => raw.close(() => r()));
    }
  });

  it('re-registers after Execute Reboot (/3/0/4)', async () => {
    const registered = d.once('registered');
    expect((await server.request(d.port as number, '/3/0/4', { method: 'POST' })).code).toBe('2.04');
    const e = await registered;
    expect(e.location).toBe('/rd/r2');
    expect(server.seen.filter((r) => r.path === '/rd').length).toBe(2);
  });

  it('stays silent for a scripted drop and answers again afterwards', async () => {
    d.script({ path: '/3/0/9', drop: true, times: 1 });
    await expect(server.request(d.port as number, '/3/0/9', { timeoutMs: 400 })).rejects.toThrow(/no answer/);
    expect(d.requests.at(-1)).toMatchObject({ path: '/3/0/9', code: 'dropped' });
    expect((await server.request(d.port as number, '/3/0/9')).code).toBe('2.05');
  });

  it('ends an observation of a deleted instance with a 4.04 notification (RFC 7641 §4.2)', async () => {
    const obs = await server.observe(d.port as number, '/19/0');
    await until(() => obs.notifications.length === 1);
    const ended = d.once('cancelObservation');
    expect((await server.request(d.port as number, '/19/0', { method: 'DELETE' })).code).toBe('2.02');
    expect((await ended).path).toBe('/19/0');
    await until(() => obs.stream.code === '4.04');
    expect(d.observationCount).toBe(0);
    obs.stream.close();
  });
});
