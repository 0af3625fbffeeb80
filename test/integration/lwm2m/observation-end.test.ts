import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';
import { SimulatedDevice } from '../../support/simulator.js';

/**
 * RFC 7641 §3.2: a notification with an error code (or without Observe) ends the observation.
 * The server must then stop listing it (the bug: observationsOf() kept it after a 4.04).
 */

let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let device: SimulatedDevice;
let reg: Registration;

async function waitUntil(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
  server = new Lwm2mServer({ endpoint, models: await loadTestModels(), requestTimeoutMs: 4000 });
  server.start();
  const registered = new Promise<Registration>((resolve) => server.once('registered', resolve));
  device = new SimulatedDevice({ endpoint: 'obs-end', serverUrl: `coap://127.0.0.1:${transport.localPort()}`, version: '1.1' });
  await device.start();
  reg = await registered;
});

afterAll(async () => {
  server?.stop();
  await device?.stop({ deregister: false });
  await endpoint?.close();
});

describe('observation ended by the device', () => {
  it('a 4.04 notification (observed instance deleted) removes the observation from observationsOf()', async () => {
    const seen: Notification[] = [];
    const res = await server.observe(reg, '/6/0', (n) => seen.push(n));
    expect(res.code).toBe('2.05');
    expect(res.observation).toBeDefined();
    expect(server.observationsOf(reg)).toHaveLength(1);
    expect(endpoint.observationCount).toBe(1);

    const del = await server.delete(reg, '/6/0');
    expect(del.code).toBe('2.02');
    await waitUntil(() => seen.some((n) => n.code === '4.04'), 'the 4.04 notification');
    expect(server.observationsOf(reg)).toHaveLength(0);
    expect(endpoint.observationCount).toBe(0);
  });

  it('an observation still running is listed, and a new one of another path is unaffected by the end of the first', async () => {
    const res = await server.observe(reg, '/3/0/9');
    expect(res.observation).toBeDefined();
    expect(server.observationsOf(reg).map((o) => o.token.toString('hex'))).toEqual([res.observation?.token.toString('hex')]);
    device.set('/3/0/9', 42);
    await waitUntil(() => device.stats.notificationsSent > 0, 'a notification');
    expect(server.observationsOf(reg)).toHaveLength(1);
  });
});
