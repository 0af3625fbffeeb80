/**
 * Hostile input against the CoAP layer with the real LwM2M registration handler and server
 * attached (issue 2 item 11): well over 100,000 seeded random and mutated datagrams (noise,
 * bit-flipped and truncated valid messages, absurd option lengths, wrong block numbers, bogus
 * Observe, random tokens, valid Registers with garbage payloads) from many peers. Nothing may
 * throw out of the layer or escape as an uncaught exception / unhandled rejection, no request
 * handler may fail (5.00), bounded state must stay under its caps, memory must stay bounded,
 * and a well-formed device interleaved with the garbage keeps registering, answering Reads and
 * delivering notifications throughout. The long run is in memory (FakeTransport, FakeClock); a
 * shorter one goes over real UDP.
 */
import dgram from 'node:dgram';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/coap/clock.js';
import { CoapEndpoint } from '../../src/coap/endpoint.js';
import type { CoapLogger } from '../../src/coap/logger.js';
import type { ModelLookup } from '../../src/lwm2m/model/types.js';
import type { Registration } from '../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import type { OperationResult } from '../../src/lwm2m/server/operation-types.js';
import type { Peer } from '../../src/net/datagram.js';
import { UdpTransport } from '../../src/net/udp-transport.js';
import { FakeTransport } from '../support/fake-transport.js';
import { HostileCoap } from '../support/fuzz-coap-datagrams.js';
import { GoodDevice } from '../support/fuzz-good-device.js';
import { FuzzRandom } from '../support/fuzz-random.js';
import { loadTestModels } from '../support/models.js';

const SEED = 0x11_2026;
const DATAGRAMS = 110_000;
const BATCH = 1000;
// Caps set low so the run actually reaches them (defaults: 100 000 dedup entries, 1000 uploads).
const DEDUP_CAP = 5000;
const BLOCK1_CAP = 20;
const BLOCK1_BYTES_CAP = 256 * 1024;
const REGISTRATIONS_CAP = 50;
/** Heap growth allowed over the whole run after a full gc: the caps above hold a few MB at most. */
const HEAP_GROWTH_BOUND = 32 * 1024 * 1024;

// --expose-gc for this worker only, so heap figures are taken after a full collection.
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

/** What the layer keeps per peer and message (read white-box: these are the caps under test). */
interface LayerInternals {
  readonly server: { readonly dedup: { readonly size: number }; readonly block1: { readonly active: number; readonly bytesHeld: number } };
  readonly conSender: { readonly size: number };
}

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

/** A CoAP logger that records the layer's "handling failed" warnings: each is a caught bug. */
function recordingLogger(into: string[]): CoapLogger {
  return {
    warn: (obj, msg) => {
      if (/fail/i.test(msg)) into.push(`${msg}: ${String((obj as { err?: unknown }).err)}`);
    },
    debug: () => undefined,
  };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

let models: ModelLookup;
beforeAll(async () => {
  models = await loadTestModels();
});

describe('CoAP layer + LwM2M server under hostile datagrams', () => {
  it(`in memory: ${DATAGRAMS.toLocaleString('en-US')} datagrams, a good device keeps working, state and heap bounded`, { timeout: 60_000 }, async () => {
    const r = new FuzzRandom(SEED);
    const clock = new FakeClock(1_700_000_000_000);
    const transport = new FakeTransport();
    const layerWarnings: string[] = [];
    const endpoint = new CoapEndpoint(transport, {
      clock,
      random: () => r.next(),
      dedupMaxEntries: DEDUP_CAP,
      maxBlock1Transfers: BLOCK1_CAP,
      maxBlock1Bytes: BLOCK1_BYTES_CAP,
      logger: recordingLogger(layerWarnings),
    });
    const server = new Lwm2mServer({ endpoint, models, clock, requestTimeoutMs: 10_000, maxRegistrations: REGISTRATIONS_CAP });
    const listenerErrors: unknown[] = [];
    server.on('listenerError', (e) => listenerErrors.push(e));
    let opened = 0;
    let ended = 0;
    server.on('registered', () => opened++);
    for (const e of ['deregistered', 'expired', 'replaced'] as const) server.on(e, () => ended++);
    server.start();
    const internals = endpoint as unknown as LayerInternals;
    const hostile = new HostileCoap(r);
    const attackers: Peer[] = Array.from({ length: 256 }, (_, i) => transport.peer(`10.66.${i >> 4}.${i & 15}`, 5683 + (i % 7)));
    const goodPeer = transport.peer('10.1.1.1', 5683);
    const device = new GoodDevice('good-device', (d) => transport.inject(goodPeer, d));
    let thrown = 0;
    const inject = (peer: Peer, d: Buffer): void => {
      try {
        transport.inject(peer, d);
      } catch {
        thrown++;
      }
    };
    let refusedFull = 0;
    /** Hands the server's datagrams for the good device to it; the attackers' replies are dropped. */
    const pump = async (): Promise<void> => {
      for (let round = 0; round < 5; round++) {
        await flush();
        const out = transport.take();
        if (out.length === 0) return;
        for (const s of out) {
          if (s.peer === goodPeer) device.receive(s.datagram);
          else if (s.datagram[1] === 0xa3) refusedFull++; // 5.03: the registration cap at work
        }
      }
    };

    // The good device registers and is observed before the storm.
    const regMid = device.register();
    await pump();
    expect(device.responses.get(regMid)?.code).toBe(0x41); // 2.01 Created
    const reg = server.registrations.getByEndpoint('good-device') as Registration;
    expect(reg).toBeDefined();
    const notified: unknown[] = [];
    const observing = server.observe(reg, '/3/0/9', (n) => notified.push(n.node?.kind === 'resource' ? n.node.value : n.error));
    await pump();
    const obs = await observing;
    expect(obs.observation).toBeDefined();
    expect(device.observeToken).toBeDefined();

    gc();
    const heapBefore = process.memoryUsage().heapUsed;
    let maxDedup = 0;
    let maxRegistrations = 0;
    let maxBlock1 = 0;
    let maxBlock1Bytes = 0;
    let goodReads = 0;
    let goodNotifications = 0;
    let goodUpdates = 0;

    for (let sent = 0; sent < DATAGRAMS; sent += BATCH) {
      for (let i = 0; i < BATCH; i++) inject(r.pick(attackers), hostile.next());
      await pump();
      maxDedup = Math.max(maxDedup, internals.server.dedup.size);
      maxBlock1 = Math.max(maxBlock1, internals.server.block1.active);
      maxBlock1Bytes = Math.max(maxBlock1Bytes, internals.server.block1.bytesHeld);
      maxRegistrations = Math.max(maxRegistrations, server.registrations.size);
      const batch = sent / BATCH;

      // Interleaved, every batch: the device notifies; every 5th: the server reads; every 20th: Update.
      device.battery = (batch % 100) + 1;
      const nMid = device.notify();
      await pump();
      expect(device.acked.has(nMid), `notification ACKed in batch ${batch}`).toBe(true);
      expect(notified.at(-1)).toBe(device.battery);
      goodNotifications++;
      if (batch % 5 === 0) {
        const reading = server.read(reg, '/3/0/9');
        await pump();
        const res: OperationResult = await reading;
        expect(res.node, `read in batch ${batch}`).toMatchObject({ kind: 'resource', value: device.battery });
        goodReads++;
      }
      if (batch % 20 === 0) {
        const uMid = device.update();
        await pump();
        expect(device.responses.get(uMid)?.code, `update in batch ${batch}`).toBe(0x44); // 2.04 Changed
        goodUpdates++;
      }
      // Time moves on (5 s per batch, ~9 min in all): dedup entries, uploads and short registrations expire.
      clock.advance(5000);
    }
    await pump();

    expect(thrown).toBe(0);
    expect(escaped).toEqual([]);
    expect(layerWarnings).toEqual([]);
    expect(listenerErrors).toEqual([]);
    expect(endpoint.counters.handlerErrors).toBe(0);
    expect(endpoint.counters.internalErrors).toBe(0);
    expect(endpoint.counters.received).toBeGreaterThanOrEqual(DATAGRAMS);
    expect(endpoint.counters.blockErrors).toBeGreaterThan(1000); // wrong block numbers were refused
    expect(endpoint.counters.parseErrors).toBeGreaterThan(10_000); // the noise was seen as noise
    expect(device.garbled).toBe(0);
    expect(goodNotifications).toBe(DATAGRAMS / BATCH);
    expect(goodReads).toBe(Math.ceil(DATAGRAMS / BATCH / 5));
    expect(goodUpdates).toBeGreaterThan(0);
    expect(device.readsAnswered).toBe(goodReads);
    expect(server.registrations.get(reg.id)?.endpoint).toBe('good-device');

    expect(maxDedup).toBeLessThanOrEqual(DEDUP_CAP);
    expect(maxBlock1).toBeLessThanOrEqual(BLOCK1_CAP);
    expect(maxBlock1Bytes).toBeLessThanOrEqual(BLOCK1_BYTES_CAP);
    expect(internals.conSender.size).toBeLessThan(10);
    // Registrations: every one that was opened and not ended is in the store, and findable by
    // id and by endpoint name (no index leaks under garbage Register/Update/De-register).
    expect(server.registrations.size).toBe(opened - ended);
    for (const x of server.registrations.values()) {
      expect(server.registrations.get(x.id)).toBe(x);
      expect(server.registrations.getByEndpoint(x.endpoint)).toBe(x);
    }
    expect(opened).toBeGreaterThan(100); // garbage Registers with acceptable headers do register
    expect(maxRegistrations).toBeLessThanOrEqual(REGISTRATIONS_CAP);
    expect(refusedFull).toBeGreaterThan(0); // the cap was reached and new endpoints were refused

    gc();
    const growth = process.memoryUsage().heapUsed - heapBefore;
    expect(growth).toBeLessThan(HEAP_GROWTH_BOUND);

    server.stop();
    await endpoint.close();
  });

  it('over real UDP: 12,000 hostile datagrams from 8 sockets while a raw device reads and notifies', { timeout: 40_000 }, async () => {
    const r = new FuzzRandom(SEED + 1);
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    const layerWarnings: string[] = [];
    const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 300, maxRetransmit: 2 }, logger: recordingLogger(layerWarnings) });
    const server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: 3000 });
    server.start();
    const port = transport.localPort();
    const sockets: dgram.Socket[] = [];
    const open = async (): Promise<dgram.Socket> => {
      const s = dgram.createSocket('udp4');
      sockets.push(s);
      await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', resolve));
      return s;
    };
    try {
      const goodSocket = await open();
      const device = new GoodDevice('udp-good', (d) => goodSocket.send(d, port, '127.0.0.1'));
      goodSocket.on('message', (m) => device.receive(m));
      const attackers = await Promise.all(Array.from({ length: 8 }, open));
      const hostile = new HostileCoap(r);
      // Loopback drops datagrams when the flood fills the socket buffers: the device retransmits
      // its CON every 200 ms like a real one (RFC 7252 §4.2), the server's layer does the same.
      const waitFor = async (cond: () => boolean, what: string, mid?: number): Promise<void> => {
        for (let i = 1; i <= 300 && !cond(); i++) {
          await new Promise((res) => setTimeout(res, 10));
          if (mid !== undefined && i % 20 === 0) device.retransmit(mid);
        }
        if (!cond()) throw new Error(`timed out waiting for ${what}`);
      };

      const regMid = device.register();
      await waitFor(() => device.responses.has(regMid), 'the 2.01', regMid);
      const reg = server.registrations.getByEndpoint('udp-good') as Registration;
      const notified: unknown[] = [];
      const obs = await server.observe(reg, '/3/0/9', (n) => notified.push(n.node?.kind === 'resource' ? n.node.value : undefined));
      expect(obs.observation).toBeDefined();

      let sent = 0;
      for (let round = 0; round < 24; round++) {
        for (let i = 0; i < 500; i++) {
          (attackers[i % attackers.length] as dgram.Socket).send(hostile.next(), port, '127.0.0.1');
          sent++;
        }
        device.battery = 10 + round;
        const nMid = device.notify();
        await waitFor(() => device.acked.has(nMid) && notified.at(-1) === device.battery, `notification ${round}`, nMid);
        if (round % 4 === 0) {
          const res = await server.read(reg, '/3/0/9');
          expect(res.node).toMatchObject({ value: device.battery });
        }
      }
      expect(sent).toBe(12_000);
      await new Promise((res) => setTimeout(res, 100));
      expect(escaped).toEqual([]);
      expect(layerWarnings).toEqual([]);
      expect(endpoint.counters.handlerErrors).toBe(0);
      expect(endpoint.counters.internalErrors).toBe(0);
      expect(endpoint.counters.parseErrors).toBeGreaterThan(500);
      expect(device.garbled).toBe(0);
      expect(server.registrations.get(reg.id)?.endpoint).toBe('udp-good');
    } finally {
      for (const s of sockets) s.close();
      server.stop();
      await endpoint.close();
    }
  });
});
