/**
 * Hostile answers from a registered device (issue 2 item 11, the server-as-client direction):
 * the server reads, read-composites and observes a device that answers with random and mutated
 * payloads under every content format the server knows (and some it does not), random codes,
 * and notifications of garbage. Every operation must settle with a result (a decoded node, or
 * the raw payload and a typed CodecError), never reject for a 2.xx answer, never throw, and the
 * observation must keep delivering the valid notifications between the garbage.
 * In memory (FakeTransport, FakeClock) and seeded.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/coap/clock.js';
import { MessageType, OptionNumber } from '../../src/coap/codes.js';
import { CoapEndpoint } from '../../src/coap/endpoint.js';
import { buildMessage, encodeUint, parseMessage, uintOption, type CoapMessage } from '../../src/coap/message.js';
import type { CoapOption } from '../../src/coap/types.js';
import { encodeNode, SUPPORTED_FORMATS } from '../../src/lwm2m/codec/codec-registry.js';
import { CodecError } from '../../src/lwm2m/errors.js';
import type { ModelLookup } from '../../src/lwm2m/model/types.js';
import type { Lwm2mNode } from '../../src/lwm2m/node.js';
import { parsePath } from '../../src/lwm2m/path.js';
import type { Registration } from '../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import type { Notification, OperationResult } from '../../src/lwm2m/server/operation-types.js';
import { FakeTransport } from '../support/fake-transport.js';
import { FuzzRandom } from '../support/fuzz-random.js';
import { loadTestModels } from '../support/models.js';

const SEED = 0xa5_5a;
const READS = 4000;
const NOTIFICATIONS = 6000;

const escaped: unknown[] = [];
const onEscape = (e: unknown): void => {
  escaped.push(e);
};
beforeAll(() => {
  process.on('uncaughtException', onEscape);
  process.on('unhandledRejection', onEscape);
});
afterAll(() => {
  process.off('uncaughtException', onEscape);
  process.off('unhandledRejection', onEscape);
});

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

/**
 * A typed refusal: the codecs' CodecError, or the server's own refusal of a composite answer in
 * a format that cannot carry one. Anything else (a JS runtime error wrapped as a plain
 * Lwm2mError by the operation layer) is a bug in a decoder.
 */
function isTypedRefusal(e: Error): boolean {
  return e instanceof CodecError || /^composite answer in unsupported format \d+$/.test(e.message);
}

/** Valid payloads to mutate, per format, for the paths the server asks for. */
function validPayloads(models: ModelLookup): Buffer[] {
  const nodes: [string, Lwm2mNode][] = [
    ['/3/0/9', { kind: 'resource', id: 9, type: 'integer', value: 77 }],
    ['/3303/0/5700', { kind: 'resource', id: 5700, type: 'float', value: 21.5 }],
    [
      '/3/0',
      {
        kind: 'instance',
        id: 0,
        resources: new Map([
          [0, { kind: 'resource', id: 0, type: 'string', value: 'ACME' }],
          [7, { kind: 'multiResource', id: 7, type: 'integer', instances: new Map([[0, 3800]]) }],
        ]),
      },
    ],
  ];
  const out: Buffer[] = [];
  for (const f of SUPPORTED_FORMATS) {
    for (const [p, node] of nodes) {
      try {
        out.push(encodeNode(f, node, parsePath(p), models));
      } catch {
        // this format cannot carry this node
      }
    }
  }
  return out;
}

describe('LwM2M server against a device that answers garbage', () => {
  let models: ModelLookup;
  let clock: FakeClock;
  let transport: FakeTransport;
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let reg: Registration;
  const devicePeer = (): ReturnType<FakeTransport['peer']> => transport.peer('10.2.2.2', 5683);

  beforeAll(async () => {
    models = await loadTestModels();
    clock = new FakeClock(1_700_000_000_000);
    transport = new FakeTransport();
    const ids = new FuzzRandom(SEED); // message ids and tokens, reproducible
    endpoint = new CoapEndpoint(transport, { clock, random: () => ids.next() });
    server = new Lwm2mServer({ endpoint, models, clock, requestTimeoutMs: 5000 });
    server.start();
    const options: CoapOption[] = [
      { number: OptionNumber.UriPath, value: Buffer.from('rd') },
      { number: OptionNumber.ContentFormat, value: encodeUint(40) },
      ...['ep=garbage-device', 'lt=86400', 'lwm2m=1.1'].map((q) => ({ number: OptionNumber.UriQuery, value: Buffer.from(q) })),
    ];
    const registered = new Promise<Registration>((resolve) => server.once('registered', resolve));
    transport.inject(
      devicePeer(),
      buildMessage({ type: MessageType.CON, code: 0x02, messageId: 1, token: Buffer.from([1]), options, payload: Buffer.from('</>;rt="oma.lwm2m";ct="112 110 11542 11543",</1/0>,</3/0>,</3303/0>,</19/0>') }),
    );
    reg = await registered;
    await flush();
    transport.take();
  });

  afterAll(async () => {
    server?.stop();
    await endpoint?.close();
  });

  /** The CON requests the server sent to the device since the last call. */
  const requestsToDevice = (): CoapMessage[] =>
    transport
      .take()
      .filter((s) => s.peer === devicePeer())
      .map((s) => parseMessage(s.datagram))
      .flatMap((p) => (p.ok && p.message.type === MessageType.CON ? [p.message] : []));

  function answer(req: CoapMessage, code: number, contentFormat: number | undefined, payload: Buffer, observe?: number): void {
    const options: CoapOption[] = [];
    if (observe !== undefined) options.push({ number: OptionNumber.Observe, value: encodeUint(observe) });
    if (contentFormat !== undefined) options.push({ number: OptionNumber.ContentFormat, value: encodeUint(contentFormat) });
    transport.inject(devicePeer(), buildMessage({ type: MessageType.ACK, code, messageId: req.messageId, token: req.token, options, payload }));
  }

  it(`${READS.toLocaleString('en-US')} Reads / Read-Composites answered with garbage settle with a node or a CodecError`, async () => {
    const r = new FuzzRandom(SEED);
    const valid = validPayloads(models);
    const formats = [...SUPPORTED_FORMATS, 40, 50, 65535, 1, 11541];
    const paths = ['/3/0/9', '/3/0', '/3303/0/5700', '/3', '/19/0/0', '/3/0/7/0'];
    const untyped: string[] = [];
    let decoded = 0;
    let rejectedAsCodec = 0;
    let goodReads = 0;
    for (let i = 0; i < READS; i++) {
      if (i % 10 === 0) {
        // Between the garbage, a well-formed answer must still decode.
        const good = server.read(reg, '/3/0/9');
        await flush();
        const [q] = requestsToDevice();
        if (q === undefined) throw new Error(`no request reached the device in round ${i}`);
        answer(q, 0x45, 0, Buffer.from(String(i % 1000)));
        expect((await good).node, `good read in round ${i}`).toEqual({ kind: 'resource', id: 9, type: 'integer', value: i % 1000 });
        goodReads++;
      }
      const composite = r.chance(0.2);
      const op: Promise<OperationResult> = composite ? server.readComposite(reg, ['/3/0/9', '/3303/0/5700']) : server.read(reg, r.pick(paths));
      await flush();
      const [req] = requestsToDevice();
      if (req === undefined) throw new Error(`no request reached the device in round ${i}`);
      const payload = r.chance(0.7) ? r.mutate(r.pick(valid)) : r.bytes(r.length(300));
      const code = r.chance(0.9) ? 0x45 : r.pick([0x44, 0x41, 0x5f, 0x84, 0x86, 0xa0]);
      answer(req, code, r.chance(0.9) ? r.pick(formats) : undefined, payload);
      await flush();
      // A 4.06 makes the server retry in another format: answer those the same way.
      for (let retry = 0; retry < 4; retry++) {
        const again = requestsToDevice();
        if (again.length === 0) break;
        for (const q of again) answer(q, 0x45, r.pick(formats), r.mutate(r.pick(valid)));
        await flush();
      }
      const res = await op;
      expect(res.code).toMatch(/^[245]\.\d\d$/);
      if (res.error !== undefined) {
        if (isTypedRefusal(res.error)) rejectedAsCodec++;
        else if (untyped.length < 5) untyped.push(`${res.error.name}: ${res.error.message}`);
      } else if (res.node !== undefined || res.nodes !== undefined) decoded++;
    }
    expect(untyped).toEqual([]);
    expect(escaped).toEqual([]);
    expect(endpoint.counters.internalErrors).toBe(0);
    expect(goodReads).toBe(READS / 10);
    expect(decoded).toBeGreaterThan(0); // some mutations still decode
    expect(rejectedAsCodec).toBeGreaterThan(READS / 2);
  });

  it(`an observation survives ${NOTIFICATIONS.toLocaleString('en-US')} garbage notifications and keeps delivering the good ones`, async () => {
    const r = new FuzzRandom(SEED + 1);
    const valid = validPayloads(models);
    const got: Notification[] = [];
    const observing = server.observe(reg, '/3/0/9', (n) => got.push(n));
    await flush();
    const [req] = requestsToDevice();
    if (req === undefined) throw new Error('no Observe reached the device');
    expect(uintOption(req.options, OptionNumber.Observe)).toBe(0);
    answer(req, 0x45, 0, Buffer.from('50'), 1);
    const obs = await observing;
    expect(obs.observation).toBeDefined();
    let seq = 1;
    let mid = 0x2000;
    const notify = (contentFormat: number | undefined, payload: Buffer): void => {
      const options: CoapOption[] = [{ number: OptionNumber.Observe, value: encodeUint(++seq) }];
      if (contentFormat !== undefined) options.push({ number: OptionNumber.ContentFormat, value: encodeUint(contentFormat) });
      transport.inject(devicePeer(), buildMessage({ type: r.chance(0.5) ? MessageType.CON : MessageType.NON, code: 0x45, messageId: ++mid & 0xffff, token: req.token, options, payload }));
    };
    const untyped: string[] = [];
    for (let i = 0; i < NOTIFICATIONS; i++) {
      notify(r.chance(0.9) ? r.pick([...SUPPORTED_FORMATS, 99, 65000]) : undefined, r.chance(0.6) ? r.mutate(r.pick(valid)) : r.bytes(r.length(200)));
      if (i % 50 === 0) {
        const before = got.length;
        notify(0, Buffer.from(String(i % 100)));
        expect(got.length).toBe(before + 1);
        expect(got.at(-1)?.node, `good notification after ${i} garbage ones`).toMatchObject({ kind: 'resource', id: 9, value: i % 100 });
      }
      if (i % 500 === 0) {
        await flush();
        transport.take();
      }
    }
    for (const n of got) {
      if (n.error !== undefined && !isTypedRefusal(n.error) && untyped.length < 5) untyped.push(`${n.error.name}: ${n.error.message}`);
    }
    expect(untyped).toEqual([]);
    expect(got.length).toBeGreaterThanOrEqual(NOTIFICATIONS / 50);
    expect(server.observationsOf(reg)).toHaveLength(1);
    expect(escaped).toEqual([]);
    expect(endpoint.counters.internalErrors).toBe(0);
  });
});
