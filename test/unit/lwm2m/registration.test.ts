import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/coap/clock.js';
import type { CoapEndpointApi, InboundRequest, OutboundResponse, RequestHandler } from '../../../src/coap/types.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { Peer } from '../../../src/net/datagram.js';
import { parseRegisterQuery, parseUpdateQuery } from '../../../src/lwm2m/registration/register-query.js';
import { parseObjectLinks } from '../../../src/lwm2m/registration/object-links.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer, type Lwm2mServerOptions } from '../../../src/lwm2m/server/lwm2m-server.js';
import { inboundRequest as request, testPeer as peer } from '../../support/inbound-request.js';
import { loadTestModels } from '../../support/models.js';

/** The server only needs setRequestHandler for the registration interface. */
class IdleEndpoint implements CoapEndpointApi {
  handler: RequestHandler | undefined;
  setRequestHandler(h: RequestHandler): void {
    this.handler = h;
  }
  request(): never {
    throw new Error('no downlink expected in this test');
  }
  observe(): never {
    throw new Error('no downlink expected in this test');
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

function makeServer(extra: Partial<Lwm2mServerOptions> = {}) {
  const clock = new FakeClock();
  const endpoint = new IdleEndpoint();
  const server = new Lwm2mServer({ endpoint, models, clock, ...extra });
  server.start();
  servers.push(server);
  const events: string[] = [];
  for (const e of ['registered', 'updated', 'deregistered', 'expired', 'replaced', 'awake'] as const) {
    server.on(e, (reg: Registration) => events.push(`${e}:${reg.endpoint}`));
  }
  const handle = (r: InboundRequest): Promise<OutboundResponse> => {
    if (endpoint.handler === undefined) throw new Error('handler not installed');
    return Promise.resolve(endpoint.handler(r));
  };
  return { clock, server, events, handle };
}

async function register(handle: (r: InboundRequest) => Promise<OutboundResponse>, from: Peer, query: string[], payload: string) {
  const res = await handle(request(from, 'POST', '/rd', query, payload));
  expect(res.code).toBe('2.01');
  expect(res.locationPath?.[0]).toBe('rd');
  return res.locationPath?.[1] ?? '';
}

describe('register query parameters (LwM2M Core 1.1 §6.2.1)', () => {
  it('reads ep, lt, lwm2m, b, sms and applies defaults', () => {
    expect(parseRegisterQuery(['ep=dev1', 'lt=300', 'lwm2m=1.1', 'b=U', 'sms=+123'])).toEqual({
      endpoint: 'dev1',
      lifetimeSec: 300,
      lwm2mVersion: '1.1',
      binding: 'U',
      queueMode: false,
      sms: '+123',
    });
    expect(parseRegisterQuery(['ep=urn:imei:1234'])).toEqual({
      endpoint: 'urn:imei:1234',
      lifetimeSec: 86400,
      lwm2mVersion: '1.0',
      binding: 'U',
      queueMode: false,
    });
  });

  it('detects queue mode from the 1.0 UQ binding and from the 1.1 Q parameter', () => {
    expect(parseRegisterQuery(['ep=a', 'b=UQ']).queueMode).toBe(true);
    expect(parseRegisterQuery(['ep=a', 'lwm2m=1.1', 'b=U', 'Q']).queueMode).toBe(true);
    expect(parseRegisterQuery(['ep=a', 'lwm2m=1.1', 'b=U']).queueMode).toBe(false);
  });

  it.each([
    [[]],
    [['lt=60']],
    [['ep=']],
    [['ep=a', 'lt=0']],
    [['ep=a', 'lt=-5']],
    [['ep=a', 'lt=abc']],
    [['ep=a', 'lt=99999999999']],
    [['ep=a', 'lwm2m=2.0']],
    [['ep=a', 'lwm2m=1.1.1']],
    [['ep=a', 'b=X']],
    [['ep=a', 'b=UU']],
    [['ep=a', 'ep=b']],
    [['ep=a', 'Q=1']],
  ])('rejects %j with 4.00', (query) => {
    expect(() => parseRegisterQuery(query)).toThrow(expect.objectContaining({ code: '4.00' }));
  });

  it('update parameters carry only what was sent', () => {
    expect(parseUpdateQuery([])).toEqual({});
    expect(parseUpdateQuery(['lt=120', 'b=UQ'])).toEqual({ lifetimeSec: 120, binding: 'UQ', queueMode: true });
    expect(parseUpdateQuery(['b=U'])).toEqual({ binding: 'U', queueMode: false });
    expect(() => parseUpdateQuery(['lt=x'])).toThrow(expect.objectContaining({ code: '4.00' }));
  });
});

describe('register payload (LwM2M Core 1.1 §6.2.1.1)', () => {
  it('lists objects, instances and versions (default 1.0) and the ct list of the root', () => {
    const info = parseObjectLinks(
      Buffer.from('</>;rt="oma.lwm2m";ct="60 110 112 11542",</1/0>,</3/0>;ver=1.1,</5>,</3303/1>,</3303/0>'),
    );
    expect(info.rootPath).toBe('');
    expect(info.contentFormats).toEqual([60, 110, 112, 11542]);
    expect(info.objects).toEqual([
      { id: 1, version: '1.0', instances: [0] },
      { id: 3, version: '1.1', instances: [0] },
      { id: 5, version: '1.0', instances: [] },
      { id: 3303, version: '1.0', instances: [0, 1] },
    ]);
  });

  it('understands an alternate root path and a single ct number', () => {
    const info = parseObjectLinks(Buffer.from('</lwm2m>;rt="oma.lwm2m";ct=11543,</lwm2m/1/0>,</lwm2m/3/0>,</other/9>'));
    expect(info.rootPath).toBe('/lwm2m');
    expect(info.contentFormats).toEqual([11543]);
    expect(info.objects.map((o) => o.id)).toEqual([1, 3]);
  });

  it('shares one frozen object list between clients that announce the same objects', () => {
    const a = parseObjectLinks(Buffer.from('</>;rt="oma.lwm2m";ct="110 112",</1/0>,</3/0>'));
    const b = parseObjectLinks(Buffer.from('</>;rt="oma.lwm2m";ct="110 112",</1/0>,</3/0>'));
    const c = parseObjectLinks(Buffer.from('</1/0>,</3/0>,</3/1>'));
    expect(b.objects).toBe(a.objects);
    expect(b.contentFormats).toBe(a.contentFormats);
    expect(c.objects).not.toBe(a.objects);
    expect(Object.isFrozen(a.objects[0]?.instances)).toBe(true);
  });

  it.each(['<3/0', '</3/0>;ver=x', '</>;rt="oma.lwm2m";ct="abc"', '</>;rt="oma.lwm2m";ct=99999'])(
    'rejects %s with 4.00',
    (payload) => {
      expect(() => parseObjectLinks(Buffer.from(payload))).toThrow(expect.objectContaining({ code: '4.00' }));
    },
  );
});

describe('registration lifecycle', () => {
  it('registers, answers 2.01 with Location-Path rd/<id>, and indexes the registration', async () => {
    const { server, handle, events, clock } = makeServer();
    const p = peer(5001);
    const id = await register(handle, p, ['ep=dev1', 'lt=120', 'lwm2m=1.1', 'b=U'], '</>;rt="oma.lwm2m";ct=112,</3/0>');
    expect(id).toMatch(/^[A-Za-z0-9_-]{4,12}$/);
    const reg = server.registrations.get(id);
    expect(reg).toMatchObject({ endpoint: 'dev1', lifetimeSec: 120, lwm2mVersion: '1.1', binding: 'U', queueMode: false });
    expect(reg?.expiresAt).toBe(clock.now() + 120_000);
    expect(reg?.contentFormats).toEqual([112]);
    expect(server.registrations.getByEndpoint('dev1')).toBe(reg);
    expect(server.registrations.getByPeer(p)).toBe(reg);
    expect(events).toEqual(['registered:dev1']);
  });

  it('answers 4.00 for bad Register parameters and payload, 4.05 for other methods on /rd', async () => {
    const { handle, server } = makeServer();
    const p = peer(5002);
    expect((await handle(request(p, 'POST', '/rd', ['lt=60'], '</3/0>'))).code).toBe('4.00');
    expect((await handle(request(p, 'POST', '/rd', ['ep=x', 'lt=0'], '</3/0>'))).code).toBe('4.00');
    expect((await handle(request(p, 'POST', '/rd', ['ep=x', 'lwm2m=9.9'], '</3/0>'))).code).toBe('4.00');
    expect((await handle(request(p, 'POST', '/rd', ['ep=x'], '<<<garbage'))).code).toBe('4.00');
    expect((await handle(request(p, 'POST', '/rd', ['ep=x'], '</3/0>', 50))).code).toBe('4.00');
    expect((await handle(request(p, 'GET', '/rd'))).code).toBe('4.05');
    expect(server.registrations.size).toBe(0);
  });

  it('updates lifetime, binding and object list; an empty Update keeps the objects', async () => {
    const { server, handle, events, clock } = makeServer();
    const p = peer(5003);
    const id = await register(handle, p, ['ep=dev2', 'lt=100'], '</1/0>,</3/0>');
    const updates: [Registration, Registration][] = [];
    server.on('updated', (r, prev) => updates.push([{ ...r }, prev]));
    clock.advance(10_000);
    expect((await handle(request(p, 'POST', `/rd/${id}`, ['lt=200', 'b=UQ']))).code).toBe('2.04');
    let reg = server.registrations.get(id);
    expect(reg).toMatchObject({ lifetimeSec: 200, binding: 'UQ', queueMode: true, expiresAt: clock.now() + 200_000 });
    expect(reg?.objects.map((o) => o.id)).toEqual([1, 3]);
    expect(updates[0]?.[1].lifetimeSec).toBe(100);
    expect((await handle(request(p, 'POST', `/rd/${id}`, [], '</1/0>,</3/0>,</5/0>'))).code).toBe('2.04');
    reg = server.registrations.get(id);
    expect(reg?.objects.map((o) => o.id)).toEqual([1, 3, 5]);
    expect(events.filter((e) => e.startsWith('updated'))).toHaveLength(2);
  });

  it('moves the registration to the Peer an Update came from (NAT rebinding)', async () => {
    const { server, handle } = makeServer();
    const id = await register(handle, peer(5004), ['ep=dev3'], '</3/0>');
    const moved = peer(6004);
    expect((await handle(request(moved, 'POST', `/rd/${id}`))).code).toBe('2.04');
    expect(server.registrations.get(id)?.peer).toBe(moved);
    expect(server.registrations.getByPeer(moved)?.id).toBe(id);
    expect(server.registrations.getByPeer(peer(5004))).toBeUndefined();
  });

  it('refuses an Update or De-register from another DTLS identity with 4.03', async () => {
    const { server, handle } = makeServer();
    const owner = peer(5005, { kind: 'psk', identity: 'dev-a' });
    const id = await register(handle, owner, ['ep=dev-a'], '</3/0>');
    const intruder = peer(5006, { kind: 'psk', identity: 'dev-b' });
    expect((await handle(request(intruder, 'POST', `/rd/${id}`))).code).toBe('4.03');
    expect((await handle(request(intruder, 'DELETE', `/rd/${id}`))).code).toBe('4.03');
    expect((await handle(request(peer(5007), 'DELETE', `/rd/${id}`))).code).toBe('4.03');
    expect(server.registrations.get(id)?.peer).toBe(owner);
  });

  it('de-registers with 2.02 and answers 4.04 for unknown registration ids', async () => {
    const { server, handle, events } = makeServer();
    const p = peer(5008);
    const id = await register(handle, p, ['ep=dev4'], '</3/0>');
    expect((await handle(request(p, 'DELETE', `/rd/${id}`))).code).toBe('2.02');
    expect(server.registrations.size).toBe(0);
    expect((await handle(request(p, 'DELETE', `/rd/${id}`))).code).toBe('4.04');
    expect((await handle(request(p, 'POST', `/rd/${id}`))).code).toBe('4.04');
    expect((await handle(request(p, 'POST', '/rd/nope/extra'))).code).toBe('4.04');
    expect(events).toEqual(['registered:dev4', 'deregistered:dev4']);
  });

  it('expires a registration when its lifetime passes without an Update', async () => {
    const { server, handle, events, clock } = makeServer({ expirySweepMs: 1000 });
    const p = peer(5009);
    const id = await register(handle, p, ['ep=dev5', 'lt=60'], '</3/0>');
    clock.advance(50_000);
    expect((await handle(request(p, 'POST', `/rd/${id}`))).code).toBe('2.04'); // restarts the lifetime
    clock.advance(59_000);
    expect(server.registrations.get(id)).toBeDefined();
    clock.advance(2_000);
    expect(server.registrations.get(id)).toBeUndefined();
    expect(events).toContain('expired:dev5');
    expect((await handle(request(p, 'POST', `/rd/${id}`))).code).toBe('4.04');
  });

  it('replaces the registration of an endpoint that registers again', async () => {
    const { server, handle, events } = makeServer();
    const replaced: [string, string][] = [];
    server.on('replaced', (old, cur) => replaced.push([old.id, cur.id]));
    const id1 = await register(handle, peer(5010), ['ep=dev6'], '</3/0>');
    const id2 = await register(handle, peer(5011), ['ep=dev6'], '</3/0>,</5/0>');
    expect(id2).not.toBe(id1);
    expect(replaced).toEqual([[id1, id2]]);
    expect(server.registrations.size).toBe(1);
    expect(server.registrations.getByEndpoint('dev6')?.id).toBe(id2);
    expect((await handle(request(peer(5010), 'POST', `/rd/${id1}`))).code).toBe('4.04');
    expect(events).toEqual(['registered:dev6', 'replaced:dev6', 'registered:dev6']);
  });

  it('asks the accept hook, with the peer identity, and answers its code on refusal', async () => {
    const seen: unknown[] = [];
    const { server, handle } = makeServer({
      acceptRegistration: async (c) => {
        seen.push(c.peer.identity);
        if (c.endpoint === 'bad') return { accept: false };
        if (c.endpoint === 'odd') return { accept: false, code: '4.00' };
        return { accept: true };
      },
    });
    const id = { kind: 'psk' as const, identity: 'psk-1' };
    expect((await handle(request(peer(5012, id), 'POST', '/rd', ['ep=bad'], '</3/0>'))).code).toBe('4.03');
    expect((await handle(request(peer(5012, id), 'POST', '/rd', ['ep=odd'], '</3/0>'))).code).toBe('4.00');
    await register(handle, peer(5012, id), ['ep=good'], '</3/0>');
    expect(seen).toEqual([id, id, id]);
    expect(server.registrations.size).toBe(1);
  });

  it('answers 5.03 to a new endpoint when the registration bound is reached, but lets one re-register', async () => {
    const { server, handle } = makeServer({ maxRegistrations: 2 });
    await register(handle, peer(5020), ['ep=a1'], '</3/0>');
    await register(handle, peer(5021), ['ep=a2'], '</3/0>');
    expect((await handle(request(peer(5022), 'POST', '/rd', ['ep=a3'], '</3/0>'))).code).toBe('5.03');
    await register(handle, peer(5023), ['ep=a2'], '</3/0>');
    expect(server.registrations.size).toBe(2);
  });

  it('sends other URIs to the fallback handler, else 4.04', async () => {
    const p = peer(5013);
    const plain = makeServer();
    expect((await plain.handle(request(p, 'GET', '/tbfw/abc'))).code).toBe('4.04');
    const seen: string[] = [];
    const withFallback = makeServer({
      fallback: (r) => {
        seen.push(r.uriPath.join('/'));
        return { code: '2.05', payload: Buffer.from('fw') };
      },
    });
    expect((await withFallback.handle(request(p, 'GET', '/tbfw/abc'))).code).toBe('2.05');
    expect(seen).toEqual(['tbfw/abc']);
  });

  it('emits awake when a queue-mode client registers or updates', async () => {
    const { server, handle, events } = makeServer();
    const p = peer(5014);
    const id = await register(handle, p, ['ep=sleepy', 'b=UQ'], '</3/0>');
    expect(server.isAwake(server.registrations.get(id) as Registration)).toBe(true);
    await handle(request(p, 'POST', `/rd/${id}`));
    expect(events).toEqual(['registered:sleepy', 'awake:sleepy', 'updated:sleepy', 'awake:sleepy']);
  });
});

describe('hostile registration input', () => {
  it('answers every malformed Register/Update with a 4.xx code and never throws', async () => {
    const { handle, server } = makeServer();
    // A fixed-seed generator keeps the run reproducible.
    let seed = 12345;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const pieces = ['<', '>', '/', ';', ',', '"', '=', 'ct', 'ver', 'rt', 'oma.lwm2m', '3', '0', '65535', '99999', '\u0000', ' ', 'lwm2m', '1.1'];
    const queryPieces = ['ep', 'lt', 'b', 'Q', 'lwm2m', 'sms', '=', 'x', '1', '0', '-1', 'UQ', '1.1', ''];
    const codes = new Set<string>();
    for (let i = 0; i < 500; i++) {
      const payload = Array.from({ length: rnd(20) }, () => pieces[rnd(pieces.length)]).join('');
      const query = Array.from({ length: rnd(5) }, () =>
        Array.from({ length: 1 + rnd(3) }, () => queryPieces[rnd(queryPieces.length)]).join(''),
      );
      const res = await handle(request(peer(9000 + i), 'POST', i % 2 ? '/rd' : `/rd/x${i}`, query, payload));
      expect(res.code).toMatch(/^(2\.01|4\.0[034])$/);
      codes.add(res.code);
    }
    expect(codes.has('4.00')).toBe(true);
    expect(server.registrations.size).toBeLessThanOrEqual(500);
  });
});

describe('Send (LwM2M Core 1.1 Information Reporting)', () => {
  const senml = JSON.stringify([
    { bn: '/3303/0/', n: '5700', v: 21.5, bt: 1700000000 },
    { n: '5700', v: 22.5, t: 60 },
  ]);

  it('decodes SenML JSON from a registered client into timestamped entries', async () => {
    const { server, handle } = makeServer();
    const p = peer(5015);
    await register(handle, p, ['ep=sender', 'lwm2m=1.1'], '</3303/0>');
    const sent: { ep: string; entries: readonly { path: unknown; value: unknown; time?: number }[] }[] = [];
    server.on('send', (reg, entries) => sent.push({ ep: reg.endpoint, entries }));
    const res = await handle(request(p, 'POST', '/dp', [], senml, 110));
    expect(res.code).toBe('2.04');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.ep).toBe('sender');
    expect(sent[0]?.entries.map((e) => [e.path, e.value, e.time])).toEqual([
      [{ objectId: 3303, instanceId: 0, resourceId: 5700 }, 21.5, 1700000000_000],
      [{ objectId: 3303, instanceId: 0, resourceId: 5700 }, 22.5, 1700000060_000],
    ]);
  });

  it('answers 4.04 to an unregistered sender, 4.15 to an unsupported format, 4.00 to garbage', async () => {
    const { handle } = makeServer();
    const p = peer(5016);
    expect((await handle(request(p, 'POST', '/dp', [], senml, 110))).code).toBe('4.04');
    await register(handle, p, ['ep=sender2', 'lwm2m=1.1'], '</3303/0>');
    expect((await handle(request(p, 'POST', '/dp', [], senml, 0))).code).toBe('4.15');
    expect((await handle(request(p, 'POST', '/dp', [], senml))).code).toBe('4.15');
    expect((await handle(request(p, 'POST', '/dp', [], '[{"n":', 110))).code).toBe('4.00');
  });
});
