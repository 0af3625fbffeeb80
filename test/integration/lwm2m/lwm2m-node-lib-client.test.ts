import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';

/**
 * Interop with a third-party LwM2M 1.0 client (`lwm2m-node-lib`, its own CoAP stack): it
 * registers, answers single-resource Read/Write/Execute/Observe in plain text without a
 * Content-Format, and de-registers from a different source port.
 */

type Callback<T = void> = (err: unknown, value: T) => void;
interface DeviceInfo {
  readonly location: string;
  readonly localPort: number;
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
}

const require = createRequire(import.meta.url);
const lib = require('lwm2m-node-lib') as { client: NodeLibClient };
const client = lib.client;

function call<T>(fn: (cb: Callback<T>) => void): Promise<T> {
  return new Promise((resolve, reject) => fn((err, v) => (err ? reject(err) : resolve(v))));
}

let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let port: number;
let info: DeviceInfo | undefined;
let reg: Registration;

beforeAll(async () => {
  const models = await loadTestModels();
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: 4000 });
  server.start();
  const config = require('lwm2m-node-lib/config') as { client: Record<string, unknown> };
  client.init({ ...config, client: { ...config.client, logLevel: 'FATAL', lifetime: '120' } });
  await call((cb) => client.registry.create('/3/0', cb));
  await call((cb) => client.registry.setResource('/3/0', '9', '95', cb));
  await call((cb) => client.registry.setResource('/3/0', '14', '+01:00', cb));
  info = await call<DeviceInfo>((cb) => client.register('127.0.0.1', port, null, 'node-lib-1', cb));
  reg = server.registrations.getByEndpoint('node-lib-1') as Registration;
});

afterAll(async () => {
  if (info !== undefined && server.registrations.getByEndpoint('node-lib-1') !== undefined) {
    await call((cb) => client.unregister(info as DeviceInfo, cb)).catch(() => undefined);
  }
  server?.stop();
  await endpoint?.close();
});

describe('LwM2M server with the lwm2m-node-lib 1.0 client', () => {
  it('registered it as an LwM2M 1.0 client from the port it listens on', () => {
    expect(reg).toMatchObject({ endpoint: 'node-lib-1', lwm2mVersion: '1.0', lifetimeSec: 120, binding: 'U' });
    expect(reg.objects).toEqual([{ id: 3, version: '1.0', instances: [0] }]);
    expect(info?.location).toBe(`rd/${reg.id}`);
    expect(reg.peer.port).toBe(info?.localPort);
  });

  it('reads a single resource answered in unlabelled plain text', async () => {
    const res = await server.read(reg, '/3/0/9');
    expect(res.code).toBe('2.05');
    expect(res.node).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 95 });
  });

  it('writes a single resource in plain text and reads it back', async () => {
    const node = { kind: 'resource' as const, id: 14, type: 'string' as const, value: '+02:00' };
    expect((await server.write(reg, '/3/0/14', node, { replace: true })).code).toBe('2.04');
    const stored = await call<{ attributes: Record<string, string> }>((cb) => client.registry.get('/3/0', cb));
    expect(stored.attributes['14']).toBe('+02:00');
    expect((await server.read(reg, '/3/0/14')).node).toEqual(node);
  });

  it('observes a resource and decodes the notification of a change', async () => {
    const got: Notification[] = [];
    const first = await server.observe(reg, '/3/0/9', (n) => got.push(n));
    expect(first.code).toBe('2.05');
    expect(first.observation).toBeDefined();
    await call((cb) => client.registry.setResource('/3/0', '9', '80', cb));
    for (let i = 0; i < 200 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(got[0]?.node).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 80 });
  });

  it('de-registers, which ends the registration and its observations', async () => {
    const ended = new Promise<Registration>((resolve) => server.once('deregistered', resolve));
    await call((cb) => client.unregister(info as DeviceInfo, cb));
    expect((await ended).id).toBe(reg.id);
    expect(server.registrations.size).toBe(0);
    expect(server.observationsOf(reg)).toHaveLength(0);
  });
});
