import { afterEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { MemoryStateStore } from '../../../src/store/memory-state-store.js';
import { SimulatedDevice } from '../../support/simulator.js';
import { sampleRegistration } from '../../unit/store/samples.js';
import { startServerStack, type ServerStack } from './server-stack.js';

/**
 * A server stack stopped and started again on the same port with the same state store keeps
 * serving the registered device: restored registration and observation, no new Register.
 */

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => undefined);
});

async function stack(port: number, store?: MemoryStateStore): Promise<ServerStack> {
  const s = await startServerStack(port, store);
  cleanup.push(() => s.stop());
  return s;
}

async function device(port: number, endpoint: string): Promise<SimulatedDevice> {
  const d = new SimulatedDevice({ endpoint, serverUrl: `coap://127.0.0.1:${port}`, version: '1.1', values: { '/3/0/9': 80 } });
  cleanup.push(() => d.stop());
  await d.start();
  return d;
}

async function waitFor<T>(get: () => T | undefined, what: string): Promise<T> {
  for (let i = 0; i < 400; i++) {
    const v = get();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('restart with a state store', () => {
  it('restores the registration (same id, transport peer) and the observation; the next notification arrives without a Register', async () => {
    const store = new MemoryStateStore();
    const first = await stack(0, store);
    const port = first.port;
    const dev = await device(port, 'restart-1');
    const reg = await waitFor(() => first.server.registrations.getByEndpoint('restart-1'), 'registration');
    const obs = await first.server.observe(reg, '/3/0/9');
    expect(obs.observation).toBeDefined();
    expect(store.registrationCount).toBe(1);
    expect(store.observationCount).toBe(1);

    await first.stop();
    // A stop is not the device leaving: the state stays for the next start.
    expect(store.registrationCount).toBe(1);
    expect(store.observationCount).toBe(1);

    const second = await stack(port, store);
    expect(second.restored).toEqual({ registrations: 1, observations: 1, dropped: 0 });
    const again = second.server.registrations.getByEndpoint('restart-1') as Registration;
    expect(again.id).toBe(reg.id);
    expect(again.peer).toBe(second.transport.peer('127.0.0.1', dev.port as number));
    expect(second.server.observationsOf(again).map((o) => o.token.toString('hex'))).toEqual([obs.observation?.token.toString('hex')]);

    const seen: Notification[] = [];
    second.server.on('notification', (_r, n) => seen.push(n));
    dev.set('/3/0/9', 33);
    const n = await waitFor(() => seen[0], 'notification after restart');
    expect(n.code).toBe('2.05');
    expect(n.node).toMatchObject({ value: 33 });
    expect(dev.stats.registrations).toBe(1);

    const read = await second.server.read(again, '/3/0/9');
    expect(read.code).toBe('2.05');
    expect(read.node).toMatchObject({ value: 33 });
  });

  it('an Update from the device after the restart is accepted (2.04) for the restored registration', async () => {
    const store = new MemoryStateStore();
    const first = await stack(0, store);
    const dev = await device(first.port, 'restart-2');
    await waitFor(() => first.server.registrations.getByEndpoint('restart-2'), 'registration');
    await first.stop();
    const second = await stack(first.port, store);
    const updated = new Promise<Registration>((resolve) => second.server.once('updated', resolve));
    await dev.update();
    expect((await updated).endpoint).toBe('restart-2');
    expect(dev.stats).toMatchObject({ registrations: 1, updates: 1 });
  });

  it('without a store an Update gets 4.04 and the device registers again', async () => {
    const first = await stack(0);
    const dev = await device(first.port, 'restart-3');
    await waitFor(() => first.server.registrations.getByEndpoint('restart-3'), 'registration');
    await first.stop();
    const second = await stack(first.port);
    expect(second.server.registrations.size).toBe(0);
    const registered = new Promise<Registration>((resolve) => second.server.once('registered', resolve));
    await dev.update();
    expect((await registered).endpoint).toBe('restart-3');
    expect(dev.stats.registrations).toBe(2);
  });

  it('De-register, cancel and an observation the device ended are removed from the store', async () => {
    const store = new MemoryStateStore();
    const s = await stack(0, store);
    const dev = await device(s.port, 'restart-4');
    const reg = await waitFor(() => s.server.registrations.getByEndpoint('restart-4'), 'registration');
    await s.server.observe(reg, '/3/0/9');
    await s.server.observe(reg, '/6/0');
    expect(store.observationCount).toBe(2);
    await s.server.cancelObservation(reg, '/3/0/9');
    expect(store.observationCount).toBe(1);
    // The device answers the /6/0 observation with 4.04, and announces its new object list
    // with an Update (LwM2M Core 1.1 §6.2.2): wait for both before De-register.
    const linksUpdated = dev.once('updated');
    await s.server.delete(reg, '/6/0');
    await waitFor(() => (store.observationCount === 0 ? true : undefined), 'observation removal');
    await linksUpdated;
    const stored = (await store.load()).registrations[0];
    expect(stored?.objects.find((o) => o.id === 6)?.instances).toEqual([]);
    expect(await dev.deregister()).toBe('2.02');
    expect(store.registrationCount).toBe(0);
  });

  it('drops stored registrations whose lifetime ended while the server was down, and their observations', async () => {
    const store = new MemoryStateStore();
    store.saveRegistration({ ...sampleRegistration, peer: { address: '127.0.0.1', port: 9, secure: false }, expiresAt: Date.now() - 1000 });
    store.saveObservation({ registrationId: sampleRegistration.id, token: '01', paths: ['/3/0/9'], composite: false, lastObserve: 1 });
    store.saveRegistration({ ...sampleRegistration, id: 'dtls', endpoint: 'dtls-dev', expiresAt: Date.now() + 60_000 });
    const s = await stack(0, store);
    // The expired one, and the DTLS one (its session did not survive: no peer to restore).
    expect(s.restored).toEqual({ registrations: 0, observations: 0, dropped: 2 });
    expect(store.registrationCount).toBe(0);
    expect(store.observationCount).toBe(0);
  });
});
