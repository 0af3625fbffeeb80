import { afterEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer, type RestoreSummary } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { StandaloneCore } from '../../../src/standalone/standalone-core.js';
import { MemoryStateStore } from '../../../src/store/memory-state-store.js';
import { silentLogger } from '../../../src/thingsboard/logger.js';
import { createLwm2mTransport, type Lwm2mTransport } from '../../../src/thingsboard/lwm2m-transport.js';
import { RegistrationGate } from '../../../src/thingsboard/registration-gate.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { loadTestModels } from '../../support/models.js';
import { lwm2mProfileData, NOSEC_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { waitFor } from '../../support/standalone-harness.js';

/**
 * The ThingsBoard behaviour after a restart with a state store: a restored registration gets
 * its core session (same credentials check as a Register) but no initial observes or reads,
 * and the restored observation's notifications map to keys. Lwm2mServer.removeRegistration ends
 * a registration with its observations and store record (device deleted).
 */

const EP = 'restore-ep';
const PROFILE = lwm2mProfileData({
  keyName: { '/3/0/9': 'batteryLevel', '/3/0/0': 'manufacturer' },
  observe: ['/3/0/9'],
  attribute: ['/3/0/0'],
  telemetry: ['/3/0/9'],
  attributeLwm2m: {},
});

interface Chain {
  readonly server: Lwm2mServer;
  readonly transport: Lwm2mTransport;
  readonly port: number;
  readonly restored: RestoreSummary;
  stop(): Promise<void>;
}

const cleanup: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => undefined);
});

/** Socket, CoAP, server with the store, behaviour subscribed, restore(), start(): the app's order. */
async function chain(core: StandaloneCore, store: MemoryStateStore, port: number): Promise<Chain> {
  const models = await loadTestModels();
  const udp = await UdpTransport.bind('127.0.0.1', port);
  const endpoint = new CoapEndpoint(udp, { timing: { ackTimeoutMs: 300, maxRetransmit: 2 } });
  const gate = new RegistrationGate(core, silentLogger);
  const server = new Lwm2mServer({
    endpoint,
    models,
    acceptRegistration: gate.accept,
    requestTimeoutMs: 3000,
    state: { store, resolvePeer: (p) => (p.secure ? undefined : udp.peer(p.address, p.port)) },
  });
  const transport = createLwm2mTransport({ core, server, models, gate, config: { requestTimeoutMs: 3000 } });
  const restored = await server.restore();
  server.start();
  let stopped = false;
  const c: Chain = {
    server,
    transport,
    port: udp.localPort(),
    restored,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await transport.stop();
      server.stop();
      await endpoint.close();
    },
  };
  cleanup.push(() => c.stop());
  return c;
}

async function startedCore(withDevice: boolean): Promise<StandaloneCore> {
  const core = new StandaloneCore(standaloneConfig(PROFILE, withDevice ? [{ id: NOSEC_DEVICE_ID, endpoint: EP }] : []));
  await core.start();
  cleanup.push(() => core.stop());
  return core;
}

async function device(port: number): Promise<SimulatedDevice> {
  const d = new SimulatedDevice({ endpoint: EP, serverUrl: `coap://127.0.0.1:${port}`, requestTimeoutMs: 3000, version: '1.1', values: { '/3/0/9': 40, '/3/0/0': 'Acme' } });
  cleanup.push(() => d.stop({ deregister: false }));
  await d.start();
  return d;
}

function battery(core: StandaloneCore): unknown {
  return core.uplink.latestTelemetry(NOSEC_DEVICE_ID).get('batteryLevel')?.value;
}

/** A first run: the device registers and is observed; then the chain stops (a crash keeps the store as is). */
async function firstRun(store: MemoryStateStore): Promise<{ dev: SimulatedDevice; port: number }> {
  const core = await startedCore(true);
  const first = await chain(core, store, 0);
  const dev = await device(first.port);
  await waitFor(() => battery(core) === 40, 'the first telemetry');
  await waitFor(() => store.observationCount === 1 || undefined, 'the stored observation');
  await first.stop();
  return { dev, port: first.port };
}

describe('restored registrations in the ThingsBoard behaviour', () => {
  it('open a session without new observes or reads; the restored observation still maps to its key', async () => {
    const store = new MemoryStateStore();
    const { dev, port } = await firstRun(store);
    const requestsBefore = dev.requests.length;

    const core = await startedCore(true);
    const second = await chain(core, store, port);
    expect(second.restored).toEqual({ registrations: 1, observations: 1, dropped: 0 });
    await waitFor(() => second.transport.client(EP), 'the restored client');
    await second.transport.idle(EP);
    const client = second.transport.client(EP);
    expect(client?.reg.id).toBe(second.server.registrations.getByEndpoint(EP)?.id);
    expect(core.sessionOf(NOSEC_DEVICE_ID)).toBeDefined();

    dev.set('/3/0/9', 61);
    await waitFor(() => battery(core) === 61, 'telemetry from the restored observation');
    // Nothing was asked of the device by the new run: no Observe, no Read.
    expect(dev.requests.slice(requestsBefore)).toEqual([]);
    expect(dev.stats.registrations).toBe(1);
    expect(second.server.observationsOf(client?.reg as Registration)).toHaveLength(1);
  }, 20_000);

  it('remove a restored registration whose device no longer passes the credentials check', async () => {
    const store = new MemoryStateStore();
    const { port } = await firstRun(store);

    const core = await startedCore(false);
    const second = await chain(core, store, port);
    const removed: Array<[string, string]> = [];
    second.server.on('removed', (reg, reason) => removed.push([reg.endpoint, reason]));
    expect(second.restored.registrations).toBe(1);
    await waitFor(() => removed.length > 0 || undefined, 'the removed event');
    await second.transport.idle(EP);
    expect(removed[0]?.[0]).toBe(EP);
    expect(second.server.registrations.getByEndpoint(EP)).toBeUndefined();
    expect(second.transport.client(EP)).toBeUndefined();
    expect(store.registrationCount).toBe(0);
    expect(store.observationCount).toBe(0);
  }, 20_000);
});

describe('Lwm2mServer.removeRegistration', () => {
  it('is used when the device is deleted: registration, observations and store record go, the session closes', async () => {
    const store = new MemoryStateStore();
    const core = await startedCore(true);
    const c = await chain(core, store, 0);
    await device(c.port);
    await waitFor(() => battery(core) === 40, 'the first telemetry');
    const reg = c.server.registrations.getByEndpoint(EP) as Registration;
    await waitFor(() => store.observationCount === 1 || undefined, 'the stored observation');
    const removed: string[] = [];
    c.server.on('removed', (r, reason) => removed.push(`${r.id} ${reason}`));

    core.deleteDevice(NOSEC_DEVICE_ID);
    await waitFor(() => removed.length > 0 || undefined, 'the removed event');
    await c.transport.idle(EP);
    expect(removed[0]?.startsWith(reg.id)).toBe(true);
    expect(c.server.registrations.get(reg.id)).toBeUndefined();
    expect(c.server.observationsOf(reg)).toHaveLength(0);
    expect(store.registrationCount).toBe(0);
    expect(store.observationCount).toBe(0);
    expect(c.transport.client(EP)).toBeUndefined();
    // A second removal finds nothing.
    expect(c.server.removeRegistration(reg, 'again')).toBe(false);
  }, 20_000);
});
