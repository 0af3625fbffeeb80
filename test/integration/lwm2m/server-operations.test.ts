import { decode as cborDecode, encode as cborEncode } from 'cbor-x';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { ObjectInstanceNode, ValueEntry } from '../../../src/lwm2m/node.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';
import { NodeCoapDevice, type SeenRequest } from './node-coap-device.js';

/**
 * Our LwM2M server on a real UDP socket, a node-coap device on another: the device registers,
 * then the server runs every operation against it; each test checks the decoded result and
 * the request exactly as the device saw it.
 */

// SenML CBOR labels (RFC 8428 §6): bn -2, n 0, v 2, vs 3.
const senmlCbor = (records: Map<number, unknown>[]): Buffer => Buffer.from(cborEncode(records));

let models: ModelLookup;
let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let device: NodeCoapDevice;
let serverPort: number;
let reg: Registration;

function waitFor<T>(check: () => T | undefined, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    let tries = 0;
    const tick = (): void => {
      const v = check();
      if (v !== undefined) return resolve(v);
      if (++tries > 200) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 10);
    };
    tick();
  });
}

beforeAll(async () => {
  models = await loadTestModels();
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
  server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: 4000 });
  server.start();
  serverPort = transport.localPort();
  device = await NodeCoapDevice.start();
  const registered = new Promise<Registration>((resolve) => server.once('registered', resolve));
  const res = await device.request(serverPort, 'POST', '/rd', {
    query: 'ep=node-coap-dev&lt=300&lwm2m=1.1&b=U',
    contentFormat: 40,
    payload: '</>;rt="oma.lwm2m";ct="112 110",</1/0>,</3/0>,</3303/0>;ver=1.1',
  });
  expect(res.code).toBe('2.01');
  reg = await registered;
  expect(res.locationPath).toEqual(['rd', reg.id]);
});

afterAll(async () => {
  server?.stop();
  await device?.stop();
  await endpoint?.close();
});

beforeEach(() => {
  device.seen.length = 0;
});

function only(): SeenRequest {
  expect(device.seen).toHaveLength(1);
  return device.seen[0] as SeenRequest;
}

describe('LwM2M server against a node-coap device over UDP', () => {
  it('registered the device with its objects, formats and the peer it came from', () => {
    expect(reg).toMatchObject({ endpoint: 'node-coap-dev', lifetimeSec: 300, lwm2mVersion: '1.1', contentFormats: [112, 110] });
    expect(reg.objects.map((o) => `${o.id}@${o.version}`)).toEqual(['1@1.0', '3@1.0', '3303@1.1']);
    expect(reg.peer.port).toBe(device.port);
  });

  it('Read: GET with Accept SenML CBOR, decoded to an instance node', async () => {
    device.handler = (_s, res) => {
      res.setOption('Content-Format', 'application/senml+cbor');
      res.end(
        senmlCbor([
          new Map<number, unknown>([[-2, '/3/0/'], [0, '0'], [3, 'Open Mobile Alliance']]),
          new Map<number, unknown>([[0, '9'], [2, 95]]),
        ]),
      );
    };
    const result = await server.read(reg, '/3/0');
    expect(only()).toMatchObject({ method: 'GET', path: '/3/0', accept: 112 });
    expect(result.code).toBe('2.05');
    expect(result.contentFormat).toBe(112);
    const node = result.node as ObjectInstanceNode;
    expect(node.kind).toBe('instance');
    expect(node.resources.get(0)).toMatchObject({ kind: 'resource', value: 'Open Mobile Alliance' });
    expect(node.resources.get(9)).toMatchObject({ kind: 'resource', value: 95 });
  });

  it('Read: retries once in SenML JSON when the device answers 4.06 to SenML CBOR', async () => {
    device.handler = (s, res) => {
      if (s.accept === 112) {
        res.code = '4.06';
        res.end();
        return;
      }
      res.setOption('Content-Format', 'application/senml+json');
      res.end('[{"bn":"/3303/0/5700","v":21.5}]');
    };
    const result = await server.read(reg, '/3303/0/5700');
    expect(device.seen.map((s) => [s.method, s.path, s.accept])).toEqual([
      ['GET', '/3303/0/5700', 112],
      ['GET', '/3303/0/5700', 110],
    ]);
    expect(result.node).toMatchObject({ kind: 'resource', id: 5700, value: 21.5 });
  });

  it('Discover: GET with Accept link-format, links parsed', async () => {
    device.handler = (_s, res) => {
      res.setOption('Content-Format', 'application/link-format');
      res.end('</3>;ver=1.0,</3/0>,</3/0/0>,</3/0/9>;pmin=10');
    };
    const result = await server.discover(reg, '/3');
    expect(only()).toMatchObject({ method: 'GET', path: '/3', accept: 40 });
    expect(result.links?.map((l) => l.uri)).toEqual(['/3', '/3/0', '/3/0/0', '/3/0/9']);
    expect(result.links?.[3]?.attributes['pmin']).toBe('10');
  });

  it('Write-Replace: PUT in SenML CBOR; Write-Partial-Update: POST', async () => {
    device.handler = (_s, res) => {
      res.code = '2.04';
      res.end();
    };
    const node = { kind: 'resource' as const, id: 14, type: 'string' as const, value: '+02:00' };
    expect((await server.write(reg, '/3/0/14', node, { replace: true })).code).toBe('2.04');
    expect((await server.write(reg, '/3/0/14', node, { replace: false })).code).toBe('2.04');
    expect(device.seen.map((s) => [s.method, s.path, s.contentFormat])).toEqual([
      ['PUT', '/3/0/14', 112],
      ['POST', '/3/0/14', 112],
    ]);
    // Read the body with a plain CBOR decoder: one SenML record naming /3/0/14 with vs "+02:00".
    const records = cborDecode(device.seen[0]?.payload as Buffer) as Map<number, unknown>[] | Record<string, unknown>[];
    const rec = records[0] as Map<number, unknown> | Record<string, unknown>;
    const get = (k: number): unknown => (rec instanceof Map ? rec.get(k) : rec[String(k)]);
    expect(`${String(get(-2) ?? '')}${String(get(0) ?? '')}`).toBe('/3/0/14');
    expect(get(3)).toBe('+02:00');
  });

  it('Write-Attributes: PUT with the attributes as Uri-Query and no payload', async () => {
    device.handler = (_s, res) => {
      res.code = '2.04';
      res.end();
    };
    const result = await server.writeAttributes(reg, '/3303/0/5700', { pmin: 5, pmax: 30, st: 0.5, lt: null });
    expect(result.code).toBe('2.04');
    const s = only();
    expect(s).toMatchObject({ method: 'PUT', path: '/3303/0/5700', query: ['pmin=5', 'pmax=30', 'lt', 'st=0.5'] });
    expect(s.payload.length).toBe(0);
    expect(s.contentFormat).toBeUndefined();
  });

  it('Execute: POST with the arguments as text', async () => {
    device.handler = (_s, res) => {
      res.code = '2.04';
      res.end();
    };
    expect((await server.execute(reg, '/3/0/4')).code).toBe('2.04');
    expect((await server.execute(reg, '/3/0/4', "5='x'")).code).toBe('2.04');
    expect(device.seen.map((s) => [s.method, s.path, s.contentFormat, s.payload.toString()])).toEqual([
      ['POST', '/3/0/4', undefined, ''],
      ['POST', '/3/0/4', 0, "5='x'"],
    ]);
  });

  it('Create: POST to the object, new instance id from Location-Path; Delete: DELETE', async () => {
    device.handler = (s, res) => {
      if (s.method === 'POST') {
        res.code = '2.01';
        res.setOption('Location-Path', [Buffer.from('3303'), Buffer.from('4')]);
      } else {
        res.code = '2.02';
      }
      res.end();
    };
    const inst: ObjectInstanceNode = {
      kind: 'instance',
      id: 4,
      resources: new Map([[5700, { kind: 'resource', id: 5700, type: 'float', value: 19.25 }]]),
    };
    const created = await server.create(reg, '/3303', inst);
    expect(created).toMatchObject({ code: '2.01', instanceId: 4 });
    expect((await server.delete(reg, '/3303/4')).code).toBe('2.02');
    expect(device.seen.map((s) => [s.method, s.path, s.contentFormat])).toEqual([
      ['POST', '/3303', 112],
      ['DELETE', '/3303/4', undefined],
    ]);
  });

  it('Read-Composite: FETCH / with the paths as SenML CBOR, nodes by path', async () => {
    device.handler = (_s, res) => {
      res.setOption('Content-Format', 'application/senml+cbor');
      res.end(
        senmlCbor([
          new Map<number, unknown>([[0, '/3/0/9'], [2, 80]]),
          new Map<number, unknown>([[0, '/3303/0/5700'], [2, 22.5]]),
        ]),
      );
    };
    const result = await server.readComposite(reg, ['/3/0/9', '/3303/0/5700']);
    const s = only();
    expect(s).toMatchObject({ method: 'FETCH', path: '/', contentFormat: 112, accept: 112 });
    const asked = (cborDecode(s.payload) as unknown[]).map((r) => (r instanceof Map ? r.get(0) : (r as Record<string, unknown>)['0']));
    expect(asked).toEqual(['/3/0/9', '/3303/0/5700']);
    expect(result.nodes?.get('/3/0/9')).toMatchObject({ value: 80 });
    expect(result.nodes?.get('/3303/0/5700')).toMatchObject({ value: 22.5 });
  });

  it('Write-Composite: iPATCH / with SenML CBOR values', async () => {
    device.handler = (_s, res) => {
      res.code = '2.04';
      res.end();
    };
    const entries: ValueEntry[] = [
      { path: parsePath('/3/0/14'), type: 'string', value: 'UTC' },
      { path: parsePath('/3303/0/5750'), type: 'string', value: 'kitchen' },
    ];
    expect((await server.writeComposite(reg, entries)).code).toBe('2.04');
    expect(only()).toMatchObject({ method: 'iPATCH', path: '/', contentFormat: 112 });
  });

  it('Observe: notifications decoded; active cancel sends Observe=1 with the same path', async () => {
    let stream: { write(b: Buffer): void } | undefined;
    device.handler = (s, res) => {
      res.setOption('Content-Format', 'application/senml+json');
      if (s.observe === 0) {
        stream = res;
        res.write('[{"bn":"/3303/0/5700","v":20}]');
      } else {
        res.end('[{"bn":"/3303/0/5700","v":20}]');
      }
    };
    const got: Notification[] = [];
    const result = await server.observe(reg, '/3303/0/5700', (n) => got.push(n), { format: 110 });
    expect(only()).toMatchObject({ method: 'GET', path: '/3303/0/5700', accept: 110, observe: 0 });
    expect(result.node).toMatchObject({ value: 20 });
    expect(result.observation).toBeDefined();
    stream?.write(Buffer.from('[{"bn":"/3303/0/5700","v":21}]'));
    stream?.write(Buffer.from('[{"bn":"/3303/0/5700","v":22,"t":1700000000}]'));
    await waitFor(() => (got.length >= 2 ? true : undefined), 'two notifications');
    expect(got.map((n) => (n.node as { value: unknown }).value)).toEqual([21, 22]);
    expect(got[1]?.entries?.[0]?.time).toBe(1_700_000_000_000);
    device.seen.length = 0;
    const cancelled = await server.cancelObservation(reg, '/3303/0/5700');
    expect(cancelled?.code).toBe('2.05');
    expect(only()).toMatchObject({ method: 'GET', path: '/3303/0/5700', observe: 1 });
    expect(server.observationsOf(reg)).toHaveLength(0);
  });

  it('Observe-Composite: FETCH with Observe=0, notifications as nodes by path', async () => {
    let stream: { write(b: Buffer): void } | undefined;
    device.handler = (s, res) => {
      res.setOption('Content-Format', 'application/senml+cbor');
      const body = senmlCbor([new Map<number, unknown>([[0, '/3/0/9'], [2, 70]])]);
      if (s.observe === 0) {
        stream = res;
        res.write(body);
      } else {
        res.end(body);
      }
    };
    const got: Notification[] = [];
    const result = await server.observeComposite(reg, ['/3/0/9'], (n) => got.push(n));
    expect(only()).toMatchObject({ method: 'FETCH', path: '/', contentFormat: 112, accept: 112, observe: 0 });
    expect(result.nodes?.get('/3/0/9')).toMatchObject({ value: 70 });
    stream?.write(senmlCbor([new Map<number, unknown>([[0, '/3/0/9'], [2, 69]])]));
    await waitFor(() => (got.length >= 1 ? true : undefined), 'a composite notification');
    expect(got[0]?.nodes?.get('/3/0/9')).toMatchObject({ value: 69 });
    expect((await server.cancelCompositeObservation(reg, ['/3/0/9']))?.code).toBe('2.05');
  });

  it('Send: POST /dp in SenML JSON becomes a send event with timestamped entries', async () => {
    const sent = new Promise<readonly ValueEntry[]>((resolve) => server.once('send', (_r, e) => resolve(e)));
    const res = await device.request(serverPort, 'POST', '/dp', {
      contentFormat: 110,
      payload: '[{"bn":"/3303/0/5700","bt":1700000000,"v":18.5},{"n":"","t":10,"v":19}]',
    });
    expect(res.code).toBe('2.04');
    const entries = await sent;
    expect(entries.map((e) => [e.value, e.time])).toEqual([
      [18.5, 1_700_000_000_000],
      [19, 1_700_000_010_000],
    ]);
  });

  it('requests for unknown URIs get 4.04; Update answers 2.04 and De-register 2.02', async () => {
    expect((await device.request(serverPort, 'GET', '/nothing')).code).toBe('4.04');
    expect((await device.request(serverPort, 'POST', `/rd/${reg.id}`, { query: 'lt=600' })).code).toBe('2.04');
    expect(server.registrations.get(reg.id)?.lifetimeSec).toBe(600);
    expect((await device.request(serverPort, 'DELETE', `/rd/${reg.id}`)).code).toBe('2.02');
    expect(server.registrations.size).toBe(0);
    expect((await device.request(serverPort, 'DELETE', `/rd/${reg.id}`)).code).toBe('4.04');
  });
});
