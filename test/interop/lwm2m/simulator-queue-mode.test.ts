import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { SimulatedDevice, type DeviceEventType } from '../../../tools/simulator/index.js';
import { startServerUnderTest, waitUntil, type ServerUnderTest } from './lwm2m-server-under-test.js';

/**
 * Interop (issue 2 item 10a), queue mode (LwM2M Core 1.1 §6.5): a simulated 1.1 device with
 * `b=UQ` stops listening after its awake window; a request the server makes meanwhile is held,
 * nothing reaches the sleeping device, and the request goes out when the device wakes with an
 * Update. Both sides use real time with short windows (1 s) on loopback.
 */

const AWAKE_MS = 1000;
let sut: ServerUnderTest;
let device: SimulatedDevice;
let reg: Registration;

beforeAll(async () => {
  sut = await startServerUnderTest({ queue: { awakeWindowMs: AWAKE_MS } });
  device = new SimulatedDevice({ endpoint: 'sleepy-sim', serverUrl: sut.url, queueMode: true, queueAwakeMs: AWAKE_MS });
  const registered = sut.nextRegistration('sleepy-sim');
  await device.start();
  reg = await registered;
});

afterAll(async () => {
  await device?.stop();
  await sut?.stop();
});

describe('queue mode: simulator device against the project server over UDP', () => {
  it('registers in queue mode and answers while awake', async () => {
    expect(reg.queueMode).toBe(true);
    expect(sut.server.isAwake(reg)).toBe(true);
    const r = await sut.server.read(reg, '/3/0/9');
    expect(r.node).toMatchObject({ kind: 'resource', value: 95 });
  });

  it('holds a Read while the device sleeps and delivers it after the device wakes with an Update', async () => {
    const order: string[] = [];
    const offs = (['wake', 'read'] as const).map((t: DeviceEventType) => device.on(t, () => order.push(`device ${t}`)));
    const onServerUpdate = (r: Registration): void => {
      if (r.id === reg.id) order.push('server updated');
    };
    sut.server.on('updated', onServerUpdate);
    offs.push(() => sut.server.off('updated', onServerUpdate));
    try {
      device.sleep();
      await waitUntil(() => !sut.server.isAwake(reg), 'the server to consider the device asleep', 5000);
      const seenBefore = device.requests.length;
      const pending = sut.server.read(reg, '/3/0/9');
      // Give UDP time to carry anything sent by mistake.
      await new Promise((r) => setTimeout(r, 150));
      expect(sut.server.queuedRequests(reg)).toBe(1);
      expect(device.requests.length).toBe(seenBefore);
      expect(device.droppedWhileAsleep).toBe(0); // nothing was even sent to the sleeping device

      device.set('/3/0/9', 33);
      await device.wake();
      const r = await pending;
      expect(r.code).toBe('2.05');
      expect(r.node).toMatchObject({ kind: 'resource', id: 9, value: 33 });
      expect(sut.server.queuedRequests(reg)).toBe(0);
      expect(device.requests.slice(seenBefore).map((s) => `${s.method} ${s.path}`)).toEqual(['GET /3/0/9']);
      // The held request went out only once the server had the device's Update.
      expect(order).toEqual(['device wake', 'server updated', 'device read']);
    } finally {
      for (const off of offs) off();
    }
  });

  it('a Send from a sleeping device wakes it and reaches the server', async () => {
    device.sleep();
    await waitUntil(() => !sut.server.isAwake(reg), 'the server to consider the device asleep', 5000);
    const sent = new Promise<number>((resolve) => sut.server.once('send', (_r, entries) => resolve(entries.length)));
    expect(await device.send(['/3/0/9'])).toBe('2.04');
    expect(await sent).toBe(1);
    // Any message from a queue-mode client shows it listens (LwM2M Core 1.1 §6.5).
    expect(sut.server.isAwake(reg)).toBe(true);
    const r = await sut.server.read(reg, '/4/0/2');
    expect(r.node).toMatchObject({ value: -87 });
  });
});
