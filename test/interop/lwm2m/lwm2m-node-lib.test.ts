import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { startServerUnderTest, waitUntil, type ServerUnderTest } from './lwm2m-server-under-test.js';

/**
 * Interop (issue 2 item 10b) with `lwm2m-node-lib`, a third-party LwM2M 1.0 client from npm
 * (CommonJS, its own bundled node-coap 0.22): it registers a Temperature object (3303) and the
 * Device object with our server, then answers single-resource Read (a float and a string),
 * Write (the library's write handler sees the value) and Observe (several notifications, then
 * cancel). The library answers in unlabelled plain text, as many 1.0 clients do.
 */

type Callback<T = void> = (err: unknown, value: T) => void;
type WriteHandler = (objectType: string, objectId: string, resourceId: string, value: string, cb: Callback) => void;
interface DeviceInfo {
  readonly location: string;
  readonly localPort: number;
  readonly serverInfo: unknown;
}
interface NodeLibClient {
  init(config: unknown): void;
  registry: {
    create(uri: string, cb: Callback): void;
    setResource(uri: string, id: string, value: string, cb: Callback): void;
    get(uri: string, cb: Callback<{ attributes: Record<string, string> }>): void;
  };
  register(host: string, port: number, url: null, ep: string, cb: Callback<DeviceInfo>): void;
  unregister(info: DeviceInfo, cb: Callback): void;
  setHandler(serverInfo: unknown, type: 'write' | 'read' | 'execute', handler: WriteHandler): void;
  listObservers(cb: Callback<unknown[]>): void;
  cancellAllObservers(cb: Callback): void;
}

const require = createRequire(import.meta.url);
const client = (require('lwm2m-node-lib') as { client: NodeLibClient }).client;
const libConfig = require('lwm2m-node-lib/config') as { client: Record<string, unknown> };

function call<T = void>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, v) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(v))));
}

const EP = 'node-lib-thermo';
let sut: ServerUnderTest;
let info: DeviceInfo | undefined;
let reg: Registration;
const writesSeen: string[] = [];

beforeAll(async () => {
  sut = await startServerUnderTest();
  client.init({ ...libConfig, client: { ...libConfig.client, logLevel: 'FATAL', lifetime: '90' } });
  await call((cb) => client.registry.create('/3/0', cb));
  await call((cb) => client.registry.setResource('/3/0', '0', 'Thermo Corp', cb));
  await call((cb) => client.registry.create('/3303/0', cb));
  await call((cb) => client.registry.setResource('/3303/0', '5700', '21.5', cb));
  await call((cb) => client.registry.setResource('/3303/0', '5701', 'Far', cb));
  const registered = sut.nextRegistration(EP);
  info = await call<DeviceInfo>((cb) => client.register('127.0.0.1', sut.port, null, EP, cb));
  reg = await registered;
  client.setHandler(info.serverInfo, 'write', (objectType, objectId, resourceId, value, cb) => {
    writesSeen.push(`/${objectType}/${objectId}/${resourceId}=${value}`);
    cb(null);
  });
});

afterAll(async () => {
  await call((cb) => client.cancellAllObservers(cb)).catch(() => undefined);
  if (info !== undefined && sut?.server.registrations.get(reg?.id ?? '') !== undefined) {
    await call((cb) => client.unregister(info as DeviceInfo, cb)).catch(() => undefined);
  }
  await sut?.stop();
});

describe('LwM2M server with lwm2m-node-lib (third-party 1.0 client)', () => {
  it('registers the client with both objects as LwM2M 1.0', () => {
    expect(reg).toMatchObject({ endpoint: EP, lwm2mVersion: '1.0', lifetimeSec: 90 });
    expect(reg.objects.map((o) => [o.id, o.instances])).toEqual([
      [3, [0]],
      [3303, [0]],
    ]);
    expect(reg.peer.port).toBe(info?.localPort);
  });

  it('reads a float and a string resource, typed by the object model', async () => {
    const t = await sut.server.read(reg, '/3303/0/5700');
    expect(t.code).toBe('2.05');
    expect(t.node).toEqual({ kind: 'resource', id: 5700, type: 'float', value: 21.5 });
    const units = await sut.server.read(reg, '/3303/0/5701');
    expect(units.node).toEqual({ kind: 'resource', id: 5701, type: 'string', value: 'Far' });
    const maker = await sut.server.read(reg, '/3/0/0');
    expect(maker.node).toMatchObject({ value: 'Thermo Corp' });
  });

  it('writes a resource: the client stores it and its write handler sees it', async () => {
    const node = { kind: 'resource' as const, id: 5701, type: 'string' as const, value: 'Cel' };
    expect((await sut.server.write(reg, '/3303/0/5701', node, { replace: true })).code).toBe('2.04');
    expect(writesSeen).toEqual(['/3303/0/5701=Cel']);
    const stored = await call<{ attributes: Record<string, string> }>((cb) => client.registry.get('/3303/0', cb));
    expect(stored.attributes['5701']).toBe('Cel');
    expect((await sut.server.read(reg, '/3303/0/5701')).node).toEqual(node);
  });

  it('observes a float resource through several changes, then cancels', { timeout: 15_000 }, async () => {
    const got: Notification[] = [];
    const first = await sut.server.observe(reg, '/3303/0/5700', (n) => got.push(n));
    expect(first.code).toBe('2.05');
    expect(first.node).toMatchObject({ value: 21.5 });
    expect(first.observation).toBeDefined();
    expect(await call<unknown[]>((cb) => client.listObservers(cb))).toHaveLength(1);

    for (const [i, v] of ['22', '22.75', '-3.5'].entries()) {
      await call((cb) => client.registry.setResource('/3303/0', '5700', v, cb));
      await waitUntil(() => got.length > i, `notification ${i + 1}`);
    }
    expect(got.map((n) => n.node)).toEqual([22, 22.75, -3.5].map((value) => ({ kind: 'resource', id: 5700, type: 'float', value })));

    // lwm2m-node-lib ACKs the cancelling GET (Observe=1) but never answers it (it treats it as a
    // new observe); the server's cancel must still settle within its request deadline (5 s here),
    // not wait out the 30 s separate-response timeout.
    const t0 = Date.now();
    const cancelled = await sut.server.cancelObservation(reg, '/3303/0/5700');
    expect(Date.now() - t0).toBeLessThan(7000);
    expect(cancelled === undefined || cancelled.code === '2.05').toBe(true);
    expect(sut.server.observationsOf(reg)).toHaveLength(0);
    // Whatever the client still sends for the old relation is refused, never delivered.
    await call((cb) => client.registry.setResource('/3303/0', '5700', '30', cb));
    await new Promise((r) => setTimeout(r, 150));
    expect(got).toHaveLength(3);
  });

  it('de-registers', async () => {
    const ended = new Promise<Registration>((resolve) => sut.server.once('deregistered', resolve));
    await call((cb) => client.unregister(info as DeviceInfo, cb));
    expect((await ended).id).toBe(reg.id);
    expect(sut.server.registrations.size).toBe(0);
  });
});
