import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/coap/clock.js';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';
import { NodeCoapDevice } from './node-coap-device.js';

/**
 * Queue mode over real UDP: a node-coap device registers with the 1.0 "UQ" binding; once its
 * awake window has passed (the server's clock is a FakeClock, the CoAP layer runs on real
 * time), requests wait until the device sends an Update, then reach it in order.
 */

let clock: FakeClock;
let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let device: NodeCoapDevice;
let port: number;
let reg: Registration;

beforeAll(async () => {
  const models = await loadTestModels();
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  clock = new FakeClock(Date.now());
  server = new Lwm2mServer({ endpoint, models, clock, requestTimeoutMs: 4000, queue: { awakeWindowMs: 10_000 } });
  server.start();
  device = await NodeCoapDevice.start();
  const res = await device.request(port, 'POST', '/rd', {
    query: 'ep=sleepy&lt=600&b=UQ',
    contentFormat: 40,
    payload: '</3/0>',
  });
  expect(res.code).toBe('2.01');
  reg = server.registrations.getByEndpoint('sleepy') as Registration;
});

afterAll(async () => {
  server?.stop();
  await device?.stop();
  await endpoint?.close();
});

describe('queue mode with a node-coap device', () => {
  it('holds requests while the device sleeps and sends them in order after its Update', async () => {
    device.handler = (s, res) => {
      res.code = s.method === 'GET' ? '2.05' : '2.04';
      res.end(s.method === 'GET' ? '42' : undefined);
    };
    expect(reg.queueMode).toBe(true);
    clock.advance(11_000);
    expect(server.isAwake(reg)).toBe(false);
    const read = server.read(reg, '/3/0/9');
    const exec = server.execute(reg, '/3/0/4');
    // Give real UDP a chance to carry anything that was (wrongly) sent.
    await new Promise((r) => setTimeout(r, 50));
    expect(device.seen).toHaveLength(0);
    expect(server.queuedRequests(reg)).toBe(2);
    expect((await device.request(port, 'POST', `/rd/${reg.id}`)).code).toBe('2.04');
    const [r, e] = await Promise.all([read, exec]);
    expect(r.node).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 42 });
    expect(e.code).toBe('2.04');
    expect(device.seen.map((s) => `${s.method} ${s.path}`)).toEqual(['GET /3/0/9', 'POST /3/0/4']);
    expect(server.queuedRequests(reg)).toBe(0);
  });
});
