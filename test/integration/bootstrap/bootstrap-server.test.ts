import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import {
  BootstrapServer,
  SecurityMode,
  type BootstrapAuthorization,
  type BootstrapConfig,
  type BootstrapEvent,
} from '../../../src/lwm2m/bootstrap/index.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import type { ObjectInstanceNode, ResourceNode } from '../../../src/lwm2m/node.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { BootstrapTestClient, valueOf } from './bootstrap-test-client.js';

const PSK_ID = 'dev-psk';
const PSK_KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');

const serverEntry = (ssid: number, uri: string) => ({
  security: {
    uri,
    bootstrapServer: false,
    securityMode: SecurityMode.PSK,
    publicKeyOrId: Buffer.from(PSK_ID, 'utf8'),
    serverPublicKey: Buffer.alloc(0),
    secretKey: PSK_KEY,
    shortServerId: ssid,
  },
  server: { shortServerId: ssid, lifetime: 300, defaultMinPeriod: 1, notificationStoring: true, binding: 'U' },
});

const bsAccount = (uri: string) => ({
  uri,
  bootstrapServer: true,
  securityMode: SecurityMode.NO_SEC,
  publicKeyOrId: Buffer.alloc(0),
  serverPublicKey: Buffer.alloc(0),
  secretKey: Buffer.alloc(0),
});

function inst(id: number, values: Record<number, string | number | boolean | Buffer>): ObjectInstanceNode {
  const resources = new Map<number, ResourceNode>(
    Object.entries(values).map(([k, v]): [number, ResourceNode] => {
      const type = typeof v === 'string' ? 'string' : typeof v === 'number' ? 'integer' : typeof v === 'boolean' ? 'boolean' : 'opaque';
      return [Number(k), { kind: 'resource', id: Number(k), type, value: v }];
    }),
  );
  return { kind: 'instance', id, resources };
}

/**
 * The Bootstrap Server (src/lwm2m/bootstrap) on the project's CoAP endpoint over UDP against a
 * node-coap bootstrap client: Bootstrap-Request, Discover, Delete, Write of /0 and /1, Finish.
 */
describe('bootstrap server against a node-coap client', () => {
  let endpoint: CoapEndpoint;
  let server: BootstrapServer;
  let port: number;
  const events: BootstrapEvent[] = [];
  const configs = new Map<string, BootstrapConfig>();
  const clients: BootstrapTestClient[] = [];

  const client = async (ep: string, init?: Parameters<typeof BootstrapTestClient.start>[1]): Promise<BootstrapTestClient> => {
    const c = await BootstrapTestClient.start(ep, init);
    clients.push(c);
    return c;
  };

  beforeAll(async () => {
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 300, maxRetransmit: 1 } });
    port = transport.localPort();
    server = new BootstrapServer({
      endpoint,
      models: createBuiltinRegistry(),
      requestTimeoutMs: 2000,
      authorize: async ({ endpoint: ep }): Promise<BootstrapAuthorization> => {
        const config = configs.get(ep);
        return config === undefined ? { ok: false, reason: `unknown endpoint ${ep}` } : { ok: true, config };
      },
      onEvent: (e) => events.push(e),
    });
    server.start();
  });
  afterEach(() => {
    events.length = 0;
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.stop()));
    server.stop();
    await endpoint.close();
  });

  it('writes a PSK server account into a fresh client, reusing nothing, and finishes', async () => {
    configs.set('bs-fresh', { servers: [serverEntry(123, 'coaps://127.0.0.1:5686')] });
    const c = await client('bs-fresh', (i) => i.security.set(0, inst(0, { 0: 'coap://127.0.0.1:5687', 1: true, 2: 3 })));
    const answer = await c.bootstrapRequest(port);
    expect(answer.code).toBe('2.04');
    const outcome = await server.outcome('bs-fresh');
    expect(outcome).toEqual({ ok: true });
    await c.finished;

    expect(c.ops.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /', 'PUT /0/1', 'PUT /1/0', 'POST /bs']);
    expect(c.ops[1]?.contentFormat).toBe(11542);
    const sec = c.instances.security.get(1);
    expect(valueOf(sec, 0)).toBe('coaps://127.0.0.1:5686');
    expect(valueOf(sec, 1)).toBe(false);
    expect(valueOf(sec, 2)).toBe(SecurityMode.PSK);
    expect((valueOf(sec, 3) as Buffer).toString('utf8')).toBe(PSK_ID);
    expect((valueOf(sec, 5) as Buffer).equals(PSK_KEY)).toBe(true);
    expect(valueOf(sec, 10)).toBe(123);
    const srv = c.instances.server.get(0);
    expect(valueOf(srv, 0)).toBe(123);
    expect(valueOf(srv, 1)).toBe(300);
    expect(valueOf(srv, 7)).toBe('U');
    // The bootstrap account is untouched when the configuration has none.
    expect(valueOf(c.instances.security.get(0), 1)).toBe(true);
    expect(events.map((e) => e.type)).toEqual(['started', 'response', 'response', 'response', 'response', 'finished']);
  });

  it('deletes and rewrites the accounts of a configured short server id in place, and the bootstrap account', async () => {
    configs.set('bs-existing', { bootstrap: bsAccount('coap://10.0.0.1:5687'), servers: [serverEntry(7, 'coaps://127.0.0.1:5686')] });
    const c = await client('bs-existing', (i) => {
      i.security.set(3, inst(3, { 0: 'coap://old:5687', 1: true, 2: 3 }));
      i.security.set(5, inst(5, { 0: 'coap://old:5683', 1: false, 2: 3, 10: 7 }));
      i.security.set(6, inst(6, { 0: 'coap://other:5683', 1: false, 2: 3, 10: 9 }));
      i.server.set(2, inst(2, { 0: 7, 1: 60, 6: false, 7: 'U' }));
      i.server.set(4, inst(4, { 0: 9, 1: 60, 6: false, 7: 'U' }));
    });
    expect((await c.bootstrapRequest(port, 110)).code).toBe('2.04');
    expect(await server.outcome('bs-existing')).toEqual({ ok: true });
    expect(c.ops.map((o) => `${o.method} ${o.path}`)).toEqual([
      'GET /',
      'DELETE /0/3',
      'DELETE /0/5',
      'DELETE /1/2',
      'PUT /0/3',
      'PUT /0/5',
      'PUT /1/2',
      'POST /bs',
    ]);
    // pct=110: writes in SenML JSON.
    expect(c.ops.find((o) => o.method === 'PUT')?.contentFormat).toBe(110);
    expect(valueOf(c.instances.security.get(3), 0)).toBe('coap://10.0.0.1:5687');
    expect(valueOf(c.instances.security.get(5), 0)).toBe('coaps://127.0.0.1:5686');
    expect(valueOf(c.instances.server.get(2), 1)).toBe(300);
    // The account of server 9 is not part of the configuration and stays.
    expect(valueOf(c.instances.security.get(6), 10)).toBe(9);
    expect(valueOf(c.instances.server.get(4), 0)).toBe(9);
  });

  it('falls back to Delete "/" and fixed ids for a client without Bootstrap-Discover', async () => {
    configs.set('bs-10', { servers: [serverEntry(1, 'coap://127.0.0.1:5685')] });
    const c = await client('bs-10', (i) => {
      i.security.set(0, inst(0, { 0: 'coap://bs:5687', 1: true, 2: 3 }));
      i.security.set(1, inst(1, { 0: 'coap://old:5683', 1: false, 2: 3, 10: 1 }));
    });
    c.discoverSupported = false;
    expect((await c.bootstrapRequest(port)).code).toBe('2.04');
    expect(await server.outcome('bs-10')).toEqual({ ok: true });
    expect(c.ops.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /', 'DELETE /', 'PUT /0/1', 'PUT /1/0', 'POST /bs']);
    expect(valueOf(c.instances.security.get(1), 0)).toBe('coap://127.0.0.1:5685');
    expect(valueOf(c.instances.security.get(0), 1)).toBe(true);
  });

  it('goes on after a refused Write and fails the session when Finish is refused', async () => {
    configs.set('bs-refuse', { servers: [serverEntry(1, 'coap://127.0.0.1:5685')] });
    const c = await client('bs-refuse');
    c.failWrite = { path: '/1/0', code: '4.00' };
    c.finishCode = '4.06';
    expect((await c.bootstrapRequest(port)).code).toBe('2.04');
    const outcome = await server.outcome('bs-refuse');
    expect(outcome?.ok).toBe(false);
    expect(c.ops.map((o) => `${o.method} ${o.path}`)).toEqual(['GET /', 'PUT /0/0', 'PUT /1/0', 'POST /bs']);
    const writeAnswer = events.find((e) => e.type === 'response' && e.path === '/1/0');
    expect(writeAnswer).toMatchObject({ operation: 'Bootstrap-Write', code: '4.00', success: false });
    expect(events.at(-1)).toMatchObject({ type: 'failed', cause: 'Bootstrap-Finish answered 4.06' });
  });

  it('answers 4.00 to an unknown endpoint, a missing ep and a bad pct; 4.04 elsewhere; no session starts', async () => {
    const c = await client('bs-unknown');
    const unknown = await c.bootstrapRequest(port);
    expect(unknown).toEqual({ code: '4.00', payload: 'unknown endpoint bs-unknown' });
    expect((await c.bootstrapRequest(port, undefined, '')).code).toBe('4.00');
    const badPct = await new Promise<string>((resolve) => {
      void c.bootstrapRequest(port, undefined, 'x&pct=abc').then((r) => resolve(r.code));
    });
    expect(badPct).toBe('4.00');
    expect(c.ops).toHaveLength(0);
    expect(server.activeSessions).toBe(0);
    expect(events).toHaveLength(0);
  });

  it('rejects a configuration that breaks the Security/Server rules with 5.00', async () => {
    configs.set('bs-invalid', { servers: [serverEntry(0, 'coap://127.0.0.1:5685')] });
    const c = await client('bs-invalid');
    expect((await c.bootstrapRequest(port)).code).toBe('5.00');
    expect(events[0]).toMatchObject({ type: 'failed', endpoint: 'bs-invalid' });
    expect(c.ops).toHaveLength(0);
  });

  it('fails the session when the client stops answering', async () => {
    configs.set('bs-gone', { servers: [serverEntry(1, 'coap://127.0.0.1:5685')] });
    const c = await client('bs-gone');
    expect((await c.bootstrapRequest(port)).code).toBe('2.04');
    const outcome = server.outcome('bs-gone');
    await c.stop();
    clients.splice(clients.indexOf(c), 1);
    const r = await outcome;
    expect(r?.ok).toBe(false);
    expect(events.some((e) => e.type === 'request-failed')).toBe(true);
  });
});
