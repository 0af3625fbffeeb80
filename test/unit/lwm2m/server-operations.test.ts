import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/coap/clock.js';
import {
  CoapRequestError,
  type CoapEndpointApi,
  type InboundRequest,
  type InboundResponse,
  type NotificationHandler,
  type Observation,
  type OutboundRequest,
  type OutboundResponse,
  type RequestHandler,
} from '../../../src/coap/types.js';
import { encodeNode, multiPathCodecFor } from '../../../src/lwm2m/codec/codec-registry.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { Lwm2mNode, MultiResourceNode, ObjectInstanceNode, SingleResourceNode } from '../../../src/lwm2m/node.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer, type Lwm2mServerOptions } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { QueueFullError } from '../../../src/lwm2m/server/queue-mode.js';
import type { Peer } from '../../../src/net/datagram.js';
import { inboundRequest, testPeer } from '../../support/inbound-request.js';
import { loadTestModels } from '../../support/models.js';

type Answer = (req: OutboundRequest, peer: Peer) => Partial<InboundResponse> | Promise<Partial<InboundResponse>>;

interface FakeObservation extends Observation {
  notify(res: Partial<InboundResponse>): void;
  cancelled: boolean;
  forgotten: boolean;
}

function fullResponse(r: Partial<InboundResponse>): InboundResponse {
  return { code: r.code ?? '2.05', payload: r.payload ?? Buffer.alloc(0), options: r.options ?? [], ...r } as InboundResponse;
}

/** A CoAP endpoint double: records what the server sends and answers as a scripted device. */
class ScriptedEndpoint implements CoapEndpointApi {
  handler: RequestHandler | undefined;
  readonly sent: { peer: Peer; req: OutboundRequest }[] = [];
  readonly observations: FakeObservation[] = [];
  answer: Answer = () => ({ code: '2.05' });
  private tokens = 0;

  setRequestHandler(h: RequestHandler): void {
    this.handler = h;
  }
  async request(peer: Peer, req: OutboundRequest): Promise<InboundResponse> {
    this.sent.push({ peer, req });
    return fullResponse(await this.answer(req, peer));
  }
  async observe(peer: Peer, req: OutboundRequest, onNotification: NotificationHandler) {
    this.sent.push({ peer, req });
    const response = fullResponse(await this.answer(req, peer));
    if (response.observe === undefined) return { response };
    const token = Buffer.from([0xa0, ++this.tokens]);
    const obs: FakeObservation = {
      token,
      peer,
      cancelled: false,
      forgotten: false,
      cancel: async () => {
        obs.cancelled = true;
        return fullResponse({ code: '2.05' });
      },
      forget: () => {
        obs.forgotten = true;
      },
      notify: (r) => onNotification(fullResponse(r), obs),
    };
    this.observations.push(obs);
    return { response, observation: obs };
  }
  async close(): Promise<void> {}
}

let models: ModelLookup;
beforeAll(async () => {
  models = await loadTestModels();
});

const servers: Lwm2mServer[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.stop();
});

const devicePeer: Peer = testPeer(7000);

function inbound(method: InboundRequest['method'], path: string, query: string[] = [], payload = ''): InboundRequest {
  return inboundRequest(devicePeer, method, path, query, payload);
}

async function setup(query: string[], links: string, extra: Partial<Lwm2mServerOptions> = {}) {
  const clock = new FakeClock();
  const endpoint = new ScriptedEndpoint();
  const server = new Lwm2mServer({ endpoint, models, clock, ...extra });
  server.start();
  servers.push(server);
  const handle = (r: InboundRequest): Promise<OutboundResponse> => Promise.resolve((endpoint.handler as RequestHandler)(r));
  const res = await handle(inbound('POST', '/rd', query, links));
  expect(res.code).toBe('2.01');
  const reg = server.registrations.get(res.locationPath?.[1] ?? '') as Registration;
  return { clock, endpoint, server, reg, handle };
}

const battery: SingleResourceNode = { kind: 'resource', id: 9, type: 'integer', value: 95 };

describe('operations towards an LwM2M 1.0 client (TLV)', () => {
  it('Read of an instance sends GET with Accept TLV; of one resource, no Accept (the client picks)', async () => {
    const { endpoint, server, reg } = await setup(['ep=v10', 'lwm2m=1.0'], '</3/0>');
    // LwM2M Core 1.0 TLV: resource 9 with a one-byte value: 0b11000001, id 9, 95.
    endpoint.answer = () => ({ code: '2.05', contentFormat: 11542, payload: Buffer.from([0xc1, 0x09, 0x5f]) });
    const res = await server.read(reg, '/3/0/9');
    expect(endpoint.sent[0]?.req).toMatchObject({ method: 'GET', uriPath: ['3', '0', '9'] });
    expect(endpoint.sent[0]?.req.accept).toBeUndefined();
    expect(endpoint.sent[0]?.peer).toBe(devicePeer);
    expect(res.code).toBe('2.05');
    expect(res.node).toEqual(battery);
    const inst = await server.read(reg, '/3/0');
    expect(endpoint.sent[1]?.req).toMatchObject({ method: 'GET', uriPath: ['3', '0'], accept: 11542 });
    expect(inst.node).toEqual({ kind: 'instance', id: 0, resources: new Map([[9, battery]]) });
    expect((await server.read(reg, '/3/0/9', { format: 11542 })).node).toEqual(battery);
    expect(endpoint.sent[2]?.req.accept).toBe(11542);
  });

  it('Read takes an answer without Content-Format to a single resource as plain text', async () => {
    const { endpoint, server, reg } = await setup(['ep=v10t', 'lwm2m=1.0'], '</3/0>');
    endpoint.answer = () => ({ code: '2.05', payload: Buffer.from('95') });
    expect((await server.read(reg, '/3/0/9')).node).toEqual(battery);
    // ...but TLV still decodes when that is what came back unlabelled.
    endpoint.answer = () => ({ code: '2.05', payload: Buffer.from([0xc1, 0x09, 0x5f]) });
    expect((await server.read(reg, '/3/0/9')).node).toEqual(battery);
    endpoint.answer = () => ({ code: '2.05', contentFormat: 11542, payload: Buffer.from('95') });
    const bad = await server.read(reg, '/3/0/9');
    expect(bad.node).toBeUndefined();
    expect(bad.error?.name).toBe('CodecError');
    expect(bad.payload?.toString()).toBe('95');
  });

  it('Write-Replace is PUT, Write-Partial-Update is POST; one value in plain text, an instance in TLV', async () => {
    const { endpoint, server, reg } = await setup(['ep=v10w'], '</3/0>');
    endpoint.answer = () => ({ code: '2.04' });
    const node: SingleResourceNode = { kind: 'resource', id: 14, type: 'string', value: '+02:00' };
    expect((await server.write(reg, '/3/0/14', node, { replace: true })).code).toBe('2.04');
    const inst: ObjectInstanceNode = { kind: 'instance', id: 0, resources: new Map([[14, node]]) };
    expect((await server.write(reg, '/3/0', inst, { replace: false })).code).toBe('2.04');
    const [put, post] = endpoint.sent.map((s) => s.req);
    expect(put).toMatchObject({ method: 'PUT', uriPath: ['3', '0', '14'], contentFormat: 0 });
    expect(put?.payload?.toString()).toBe('+02:00');
    expect(post).toMatchObject({ method: 'POST', uriPath: ['3', '0'], contentFormat: 11542 });
    expect(post?.payload).toEqual(encodeNode(11542, inst, parsePath('/3/0'), models));
  });

  it('retries a refused plain-text write once in TLV', async () => {
    const { endpoint, server, reg } = await setup(['ep=v10r'], '</3/0>');
    endpoint.answer = (req) => ({ code: req.contentFormat === 0 ? '4.15' : '2.04' });
    const node: SingleResourceNode = { kind: 'resource', id: 14, type: 'string', value: '+02:00' };
    expect((await server.write(reg, '/3/0/14', node, { replace: true })).code).toBe('2.04');
    expect(endpoint.sent.map((s) => s.req.contentFormat)).toEqual([0, 11542]);
  });

  it('refuses composite operations: a 1.0 client has no SenML', async () => {
    const { server, reg, endpoint } = await setup(['ep=v10c'], '</3/0>');
    await expect(server.readComposite(reg, ['/3/0/9'])).rejects.toThrow(/composite/);
    expect(endpoint.sent).toHaveLength(0);
  });
});

describe('operations towards an LwM2M 1.1 client', () => {
  const links = '</>;rt="oma.lwm2m";ct="110 112 11542",</3/0>,</3303/0>;ver=1.1';

  it('prefers SenML CBOR and retries once in another listed format after 4.06', async () => {
    const { endpoint, server, reg } = await setup(['ep=v11', 'lwm2m=1.1'], links);
    endpoint.answer = (req) =>
      req.accept === 112
        ? { code: '4.06' }
        : { code: '2.05', contentFormat: 110, payload: Buffer.from('[{"bn":"/3/0/9","v":95}]') };
    const res = await server.read(reg, '/3/0/9');
    expect(endpoint.sent.map((s) => s.req.accept)).toEqual([112, 110]);
    expect(res.code).toBe('2.05');
    expect(res.node).toEqual(battery);
  });

  it('does not retry a second time when the other format is refused too', async () => {
    const { endpoint, server, reg } = await setup(['ep=v11r', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '4.15' });
    const res = await server.read(reg, '/3/0');
    expect(res.code).toBe('4.15');
    expect(endpoint.sent).toHaveLength(2);
  });

  it('addresses requests below an alternate root path', async () => {
    const { endpoint, server, reg } = await setup(['ep=alt', 'lwm2m=1.1'], '</lwm2m>;rt="oma.lwm2m";ct=110,</lwm2m/3/0>');
    endpoint.answer = () => ({ code: '2.04' });
    await server.execute(reg, '/3/0/4');
    expect(endpoint.sent[0]?.req.uriPath).toEqual(['lwm2m', '3', '0', '4']);
  });

  it('Write-Attributes is PUT with Uri-Query, null unsets an attribute', async () => {
    const { endpoint, server, reg } = await setup(['ep=attrs', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '2.04' });
    const res = await server.writeAttributes(reg, '/3303/0/5700', { pmin: 10, pmax: 60, gt: 25.5, st: null });
    expect(res.code).toBe('2.04');
    expect(endpoint.sent[0]?.req).toMatchObject({
      method: 'PUT',
      uriPath: ['3303', '0', '5700'],
      uriQuery: ['pmin=10', 'pmax=60', 'gt=25.5', 'st'],
    });
    expect(endpoint.sent[0]?.req.payload).toBeUndefined();
    await expect(server.writeAttributes(reg, '/3303/0/5700', { pmin: -1 })).rejects.toThrow(/pmin/);
  });

  it('Execute is POST with plain-text arguments', async () => {
    const { endpoint, server, reg } = await setup(['ep=exec', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '2.04' });
    await server.execute(reg, '/3/0/4', "0='x'");
    expect(endpoint.sent[0]?.req).toMatchObject({ method: 'POST', uriPath: ['3', '0', '4'], contentFormat: 0 });
    expect(endpoint.sent[0]?.req.payload?.toString()).toBe("0='x'");
    await expect(server.execute(reg, '/3/0')).rejects.toThrow(/resource/);
  });

  it('Create POSTs the instance to the object and reports the Location-Path id; Delete is DELETE', async () => {
    const { endpoint, server, reg } = await setup(['ep=create', 'lwm2m=1.1'], links);
    endpoint.answer = (req) =>
      req.method === 'POST'
        ? { code: '2.01', options: [{ number: 8, value: Buffer.from('3303') }, { number: 8, value: Buffer.from('7') }] }
        : { code: '2.02' };
    const inst: ObjectInstanceNode = {
      kind: 'instance',
      id: 7,
      resources: new Map([[5700, { kind: 'resource', id: 5700, type: 'float', value: 20.5 }]]),
    };
    const res = await server.create(reg, '/3303', inst);
    expect(res).toMatchObject({ code: '2.01', instanceId: 7 });
    const sentReq = endpoint.sent[0]?.req;
    expect(sentReq).toMatchObject({ method: 'POST', uriPath: ['3303'], contentFormat: 112 });
    const entries = multiPathCodecFor(112)?.decodeEntries(sentReq?.payload ?? Buffer.alloc(0), models);
    expect(entries?.map((e) => [e.path, e.value])).toEqual([[{ objectId: 3303, instanceId: 7, resourceId: 5700 }, 20.5]]);
    expect((await server.delete(reg, '/3303/7')).code).toBe('2.02');
    expect(endpoint.sent[1]?.req).toMatchObject({ method: 'DELETE', uriPath: ['3303', '7'] });
  });

  it('Read-Composite is FETCH / with the paths in SenML CBOR and decodes nodes by path', async () => {
    const { endpoint, server, reg } = await setup(['ep=comp', 'lwm2m=1.1'], links);
    const codec = multiPathCodecFor(112);
    if (codec === undefined) throw new Error('SenML CBOR codec missing');
    endpoint.answer = () => ({
      code: '2.05',
      contentFormat: 112,
      payload: codec.encodeEntries([
        { path: parsePath('/3/0/9'), type: 'integer', value: 95 },
        { path: parsePath('/3303/0/5700'), type: 'float', value: 21.5 },
      ]),
    });
    const res = await server.readComposite(reg, ['/3/0/9', '/3303/0/5700', '/3/0/0']);
    const sentReq = endpoint.sent[0]?.req;
    expect(sentReq).toMatchObject({ method: 'FETCH', uriPath: [], contentFormat: 112, accept: 112 });
    expect(codec.decodePaths(sentReq?.payload ?? Buffer.alloc(0))).toEqual([
      parsePath('/3/0/9'),
      parsePath('/3303/0/5700'),
      parsePath('/3/0/0'),
    ]);
    expect(res.nodes?.get('/3/0/9')).toEqual(battery);
    expect(res.nodes?.get('/3303/0/5700')).toMatchObject({ kind: 'resource', id: 5700, value: 21.5 });
    expect(res.nodes?.get('/3/0/0')).toBeNull();
  });

  it('Write-Composite is iPATCH / with SenML CBOR values', async () => {
    const { endpoint, server, reg } = await setup(['ep=wcomp', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '2.04' });
    const values = [{ path: parsePath('/3/0/14'), type: 'string' as const, value: '+01:00' }];
    expect((await server.writeComposite(reg, values)).code).toBe('2.04');
    const sentReq = endpoint.sent[0]?.req;
    expect(sentReq).toMatchObject({ method: 'iPATCH', uriPath: [], contentFormat: 112 });
    expect(multiPathCodecFor(112)?.decodeEntries(sentReq?.payload ?? Buffer.alloc(0), models)).toEqual(values);
  });

  it('Observe decodes notifications (with device times), emits them, and cancels actively by path', async () => {
    const { endpoint, server, reg } = await setup(['ep=obs', 'lwm2m=1.1'], links);
    const codec = multiPathCodecFor(112);
    if (codec === undefined) throw new Error('SenML CBOR codec missing');
    const value = (v: number, time?: number) => ({
      code: '2.05' as const,
      contentFormat: 112,
      payload: codec.encodeEntries([{ path: parsePath('/3303/0/5700'), type: 'float', value: v, ...(time ? { time } : {}) }]),
    });
    endpoint.answer = () => ({ ...value(20), observe: 1 });
    const got: Notification[] = [];
    const events: Notification[] = [];
    server.on('notification', (_r, n) => events.push(n));
    const res = await server.observe(reg, '/3303/0/5700', (n) => got.push(n));
    expect(endpoint.sent[0]?.req).toMatchObject({ method: 'GET', uriPath: ['3303', '0', '5700'], accept: 112 });
    expect(res.node).toMatchObject({ value: 20 });
    expect(res.observation?.paths).toEqual([parsePath('/3303/0/5700')].map((p) => ({ ...p, objectVersion: '1.1' })));
    expect(server.observationsOf(reg)).toHaveLength(1);
    endpoint.observations[0]?.notify({ ...value(21.5, 1_700_000_000_000), observe: 2 });
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ code: '2.05', observe: 2, node: { value: 21.5 } });
    expect(got[0]?.entries?.[0]?.time).toBe(1_700_000_000_000);
    expect(events).toEqual(got);
    const cancelled = await server.cancelObservation(reg, '/3303/0/5700');
    expect(cancelled?.code).toBe('2.05');
    expect(endpoint.observations[0]?.cancelled).toBe(true);
    expect(server.observationsOf(reg)).toHaveLength(0);
    expect(await server.cancelObservation(reg, '/3303/0/5700')).toBeUndefined();
  });

  it('Observe retries once in another format after 4.15 and decodes notifications in the accepted one', async () => {
    const { endpoint, server, reg } = await setup(['ep=obsretry', 'lwm2m=1.1'], links);
    endpoint.answer = (req) =>
      req.accept === 112
        ? { code: '4.15' }
        : { code: '2.05', observe: 1, contentFormat: 110, payload: Buffer.from('[{"bn":"/3/0/9","v":95}]') };
    const got: Notification[] = [];
    const res = await server.observe(reg, '/3/0/9', (n) => got.push(n));
    expect(endpoint.sent.map((s) => s.req.accept)).toEqual([112, 110]);
    expect(res.node).toEqual(battery);
    // A notification without Content-Format is read in the format the observation settled on.
    endpoint.observations[0]?.notify({ code: '2.05', observe: 2, payload: Buffer.from('[{"bn":"/3/0/9","v":90}]') });
    expect(got[0]?.node).toEqual({ ...battery, value: 90 });
  });

  it('Observe-Composite is FETCH with Observe and yields nodes by path; cancel by token', async () => {
    const { endpoint, server, reg } = await setup(['ep=ocomp', 'lwm2m=1.1'], links);
    const codec = multiPathCodecFor(112);
    if (codec === undefined) throw new Error('SenML CBOR codec missing');
    endpoint.answer = () => ({
      code: '2.05',
      observe: 5,
      contentFormat: 112,
      payload: codec.encodeEntries([{ path: parsePath('/3/0/9'), type: 'integer', value: 95 }]),
    });
    const res = await server.observeComposite(reg, ['/3/0/9']);
    expect(endpoint.sent[0]?.req).toMatchObject({ method: 'FETCH', uriPath: [], contentFormat: 112, accept: 112 });
    expect(res.nodes?.get('/3/0/9')).toEqual(battery);
    const token = res.observation?.token as Buffer;
    expect((await server.cancelCompositeObservation(reg, token))?.code).toBe('2.05');
    expect(endpoint.observations[0]?.cancelled).toBe(true);
  });

  it('drops observations when the client de-registers (later notifications are refused)', async () => {
    const { endpoint, server, reg, handle } = await setup(['ep=obsdrop', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '2.05', observe: 1, contentFormat: 0, payload: Buffer.from('95') });
    await server.observe(reg, '/3/0/9');
    expect((await handle(inbound('DELETE', `/rd/${reg.id}`))).code).toBe('2.02');
    expect(endpoint.observations[0]?.forgotten).toBe(true);
    expect(server.observationsOf(reg)).toHaveLength(0);
  });

  it('drops observations when the registration is replaced or expires', async () => {
    const { endpoint, server, reg, handle, clock } = await setup(['ep=obsrepl', 'lwm2m=1.1', 'lt=60'], links);
    endpoint.answer = () => ({ code: '2.05', observe: 1, contentFormat: 0, payload: Buffer.from('95') });
    await server.observe(reg, '/3/0/9');
    expect((await handle(inbound('POST', '/rd', ['ep=obsrepl', 'lwm2m=1.1', 'lt=60'], '</3/0>'))).code).toBe('2.01');
    expect(endpoint.observations[0]?.forgotten).toBe(true);
    const current = server.registrations.getByEndpoint('obsrepl') as Registration;
    await server.observe(current, '/3/0/9');
    expect(server.observationsOf(current)).toHaveLength(1);
    clock.advance(62_000);
    expect(server.registrations.size).toBe(0);
    expect(endpoint.observations[1]?.forgotten).toBe(true);
    expect(server.observationsOf(current)).toHaveLength(0);
  });

  it('writes a multiple-instance resource', async () => {
    const { endpoint, server, reg } = await setup(['ep=multi', 'lwm2m=1.1'], links);
    endpoint.answer = () => ({ code: '2.04' });
    const node: MultiResourceNode = {
      kind: 'multiResource',
      id: 7,
      type: 'integer',
      instances: new Map([
        [0, 3800],
        [1, 5000],
      ]),
    };
    await server.write(reg, '/3/0/7', node as Lwm2mNode, { replace: true });
    const sentReq = endpoint.sent[0]?.req;
    const entries = multiPathCodecFor(112)?.decodeEntries(sentReq?.payload ?? Buffer.alloc(0), models);
    expect(entries?.map((e) => [e.path, e.value])).toEqual([
      [{ objectId: 3, instanceId: 0, resourceId: 7, resourceInstanceId: 0 }, 3800],
      [{ objectId: 3, instanceId: 0, resourceId: 7, resourceInstanceId: 1 }, 5000],
    ]);
  });
});

describe('queue mode (LwM2M Core 1.1 Queue Mode)', () => {
  const queueOpts = { queue: { awakeWindowMs: 93_000, maxQueued: 2, queuedTimeoutMs: 60_000 } };

  it('holds requests for a sleeping client and sends them in order once it is heard from', async () => {
    const { endpoint, server, reg, clock, handle } = await setup(['ep=q1', 'b=UQ'], '</3/0>', queueOpts);
    endpoint.answer = () => ({ code: '2.05', contentFormat: 11542, payload: Buffer.from([0xc1, 0x09, 0x5f]) });
    // Awake right after Register: goes out at once.
    await server.read(reg, '/3/0/9');
    expect(endpoint.sent).toHaveLength(1);
    clock.advance(94_000);
    expect(server.isAwake(reg)).toBe(false);
    const order: string[] = [];
    const a = server.read(reg, '/3/0/9').then((r) => order.push(`read:${r.code}`));
    const b = server.execute(reg, '/3/0/4').then((r) => order.push(`exec:${r.code}`));
    await Promise.resolve();
    expect(endpoint.sent).toHaveLength(1);
    expect(server.queuedRequests(reg)).toBe(2);
    const awake: string[] = [];
    server.on('awake', (r) => awake.push(r.endpoint));
    expect((await handle(inbound('POST', `/rd/${reg.id}`))).code).toBe('2.04');
    await Promise.all([a, b]);
    expect(awake).toEqual(['q1']);
    expect(endpoint.sent.slice(1).map((s) => s.req.method)).toEqual(['GET', 'POST']);
    expect(order).toEqual(['read:2.05', 'exec:2.05']);
    expect(server.queuedRequests(reg)).toBe(0);
  });

  it('fails a held request at its deadline, refuses beyond the bound, and fails the rest on de-register', async () => {
    const { endpoint, server, reg, clock, handle } = await setup(['ep=q2', 'lwm2m=1.1', 'b=U', 'Q'], '</3/0>', queueOpts);
    clock.advance(100_000);
    const first = server.read(reg, '/3/0/9');
    const firstErr = first.catch((e: unknown) => e);
    clock.advance(30_000);
    const second = server.read(reg, '/3/0/1');
    const secondErr = second.catch((e: unknown) => e);
    await expect(server.read(reg, '/3/0/2')).rejects.toBeInstanceOf(QueueFullError);
    clock.advance(31_000);
    const e1 = await firstErr;
    expect(e1).toBeInstanceOf(CoapRequestError);
    expect((e1 as CoapRequestError).reason).toBe('timeout');
    expect(server.queuedRequests(reg)).toBe(1);
    expect((await handle(inbound('DELETE', `/rd/${reg.id}`))).code).toBe('2.02');
    const e2 = await secondErr;
    expect((e2 as CoapRequestError).reason).toBe('cancelled');
    expect(endpoint.sent).toHaveLength(0);
  });

  it('any request from the client (e.g. a Send) wakes the queue', async () => {
    const { endpoint, server, reg, clock, handle } = await setup(['ep=q3', 'lwm2m=1.1', 'b=UQ'], '</3/0>', queueOpts);
    endpoint.answer = () => ({ code: '2.04' });
    clock.advance(100_000);
    const p = server.execute(reg, '/3/0/4');
    await Promise.resolve();
    expect(endpoint.sent).toHaveLength(0);
    await handle(inbound('GET', '/somewhere'));
    expect((await p).code).toBe('2.04');
    expect(endpoint.sent).toHaveLength(1);
  });

  it('releases held requests when an Update turns queue mode off', async () => {
    const { endpoint, server, reg, clock, handle } = await setup(['ep=q5', 'lwm2m=1.1', 'b=U', 'Q'], '</3/0>', queueOpts);
    endpoint.answer = () => ({ code: '2.04' });
    clock.advance(100_000);
    const p = server.execute(reg, '/3/0/4');
    await Promise.resolve();
    expect(endpoint.sent).toHaveLength(0);
    expect((await handle(inbound('POST', `/rd/${reg.id}`, ['b=U']))).code).toBe('2.04');
    expect(server.registrations.get(reg.id)?.queueMode).toBe(false);
    expect((await p).code).toBe('2.04');
  });

  it('counts a timed-out client as asleep and holds the next request', async () => {
    const { endpoint, server, reg } = await setup(['ep=q4', 'b=UQ'], '</3/0>', queueOpts);
    endpoint.answer = () => Promise.reject(new CoapRequestError('timeout', 'no answer'));
    await expect(server.execute(reg, '/3/0/4')).rejects.toThrow(/no answer/);
    expect(server.isAwake(reg)).toBe(false);
    void server.execute(reg, '/3/0/4').catch(() => undefined);
    await Promise.resolve();
    expect(endpoint.sent).toHaveLength(1);
    expect(server.queuedRequests(reg)).toBe(1);
  });
});
