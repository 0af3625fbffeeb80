import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  applySimulatorTiming,
  DeviceFleet,
  exchangeLifetimeSeconds,
  LOOPBACK_TIMING,
} from '../../../tools/simulator/index.js';
import { TestLwm2mServer, until } from './test-lwm2m-server.js';

describe('device fleet', () => {
  let server: TestLwm2mServer;
  beforeAll(async () => {
    server = await TestLwm2mServer.start();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('refuses CoAP timings whose EXCHANGE_LIFETIME is not a whole number of ms (node-coap ttl trap)', () => {
    expect(exchangeLifetimeSeconds(LOOPBACK_TIMING)).toBe(7.5);
    // 0.3 * 7 * 1.5 + (2 * 0.1 + 0.3) = 3.6500000000000004 s in floating point: node-coap would throw in createServer().
    expect(() => applySimulatorTiming({ ackTimeout: 0.3, ackRandomFactor: 1.5, maxRetransmit: 3, maxLatency: 0.1 })).toThrow(
      /EXCHANGE_LIFETIME/,
    );
  });

  it('registers 200 devices with bounded concurrency, counts notifications, and de-registers them all', async () => {
    const fleet = new DeviceFleet({
      count: 200,
      concurrency: 20,
      timing: LOOPBACK_TIMING,
      device: (i) => ({ endpoint: `fleet-${i}`, serverUrl: server.url, lifetime: 600, objects: { 1: [0], 3: [0] } }),
    });
    try {
      const stats = await fleet.start();
      expect(stats).toMatchObject({ started: 200, registered: 200, failed: 0, errors: 0 });
      const endpoints = new Set(server.seen.filter((r) => r.path === '/rd').map((r) => r.query[0]));
      expect(endpoints.size).toBe(200);
      const ports = new Set(fleet.devices.map((d) => d.port));
      expect(ports.size).toBe(200); // one socket per device

      // Observe the battery of five devices, then change it on all of them.
      const observed = fleet.devices.slice(0, 5);
      const observations = await Promise.all(observed.map((d) => server.observe(d.port as number, '/3/0/9')));
      fleet.devices.forEach((d, i) => d.set('/3/0/9', i % 100));
      await until(() => fleet.stats().notificationsSent === 5);
      for (const o of observations) o.stream.close();
    } finally {
      await fleet.stop({ deregister: true });
    }
    expect(server.seen.filter((r) => r.method === 'DELETE').length).toBe(200);
    expect(fleet.devices.every((d) => d.port === undefined)).toBe(true);
  });
});
