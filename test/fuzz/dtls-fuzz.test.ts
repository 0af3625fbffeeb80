/**
 * Hostile input against the DTLS server core (issue 5 "Hostile input"): well over 100,000
 * random and mutated records and handshake messages — random bytes, bit-flipped and truncated
 * copies of real client records, oversize length fields, wrong epochs, overlapping and
 * contradicting fragments, bad MACs, mutated ClientHellos that passed the cookie check. None
 * may throw out of the server, state must stay bounded, and an established session must keep
 * working throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContentType, DTLS_1_2, HandshakeType } from '../../src/dtls/constants.js';
import { handshakeHeader } from '../../src/dtls/handshake-framing.js';
import { encodeRecord, parseRecords } from '../../src/dtls/record.js';
import { MemoryDtlsLink, type LinkedClient } from '../support/dtls-memory-link.js';

const PSK = Buffer.alloc(16, 0x5a);

/** mulberry32: small seeded PRNG so a failure reproduces. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown): void => {
  unhandled.push(e);
};
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
});

describe('DTLS server under hostile input', () => {
  it('survives >= 100,000 random and mutated records with bounded state and a working session', async () => {
    const link = new MemoryDtlsLink({
      credentials: {
        pskKey: async (id) => (id === 'dev1' ? PSK : undefined),
        verifyRawPublicKey: async () => false,
        verifyCertificateChain: async () => false,
      },
      maxConcurrentHandshakes: 64,
      connectionIdLength: 4,
      retransmissionTimeoutMs: 1000,
    });
    const rand = rng(20261126);
    const int = (n: number): number => Math.floor(rand() * n);
    const bytes = (n: number): Buffer => Buffer.from(Array.from({ length: n }, () => int(256)));

    // A real session that must survive, with CID, and a captured set of genuine client records.
    const captured: Buffer[] = [];
    const victim: LinkedClient = link.client(4000, { identity: 'dev1', psk: PSK, connectionId: Buffer.alloc(0) });
    const origSend = victim.outbox.push.bind(victim.outbox);
    victim.outbox.push = (...d: Buffer[]) => {
      captured.push(...d.map((x) => Buffer.from(x)));
      return origSend(...d);
    };
    victim.client.start();
    await link.pump([victim]);
    expect(victim.client.established).toBe(true);
    for (let i = 0; i < 20; i++) captured.push(victim.client.applicationRecord(Buffer.from(`app ${i}`)));

    let fed = 0;
    const feed = (d: Buffer, port: number): void => {
      fed++;
      // Must never throw: the test fails on the first exception.
      link.server.handleDatagram(d, '127.0.0.1', port);
    };
    const mutate = (src: Buffer): Buffer => {
      const d = Buffer.from(src);
      switch (int(7)) {
        case 0: // flip bits
          for (let k = 1 + int(4); k > 0; k--) d[int(d.length)]! ^= 1 << int(8);
          return d;
        case 1: // truncate
          return d.subarray(0, int(d.length));
        case 2: // oversize record length field
          if (d.length >= 13) d.writeUInt16BE(0xffff - int(100), 11);
          return d;
        case 3: // wrong epoch
          if (d.length >= 13) d.writeUInt16BE(int(4), 3);
          return d;
        case 4: // random sequence number
          if (d.length >= 13) d.writeUIntBE(int(2 ** 32), 5, 6);
          return d;
        case 5: // append garbage
          return Buffer.concat([d, bytes(int(40))]);
        default: // random byte values at random places
          for (let k = 1 + int(8); k > 0; k--) d[int(d.length)] = int(256);
          return d;
      }
    };

    // 1) 30,000 random datagrams, half of them with a plausible record header.
    for (let i = 0; i < 30_000; i++) {
      const body = bytes(int(120));
      const d =
        i % 2 === 0
          ? body
          : encodeRecord([20, 21, 22, 23, 25][int(5)]!, rand() < 0.8 ? DTLS_1_2 : 0xfeff, int(3), int(1000), body);
      feed(d, 10_000 + int(2000));
    }

    // 2) 40,000 mutations of genuine records, from the victim's port and from others.
    for (let i = 0; i < 40_000; i++) {
      feed(mutate(captured[int(captured.length)]!), rand() < 0.5 ? 4000 : 12_000 + int(500));
    }

    // 3) 20,000 crafted handshake fragments: oversize lengths, overlaps, contradictions.
    for (let i = 0; i < 20_000; i++) {
      const msgType = [1, 11, 12, 15, 16, 20, int(256)][int(7)]!;
      const length = rand() < 0.3 ? 0xffffff - int(10) : int(400);
      const offset = int(Math.max(1, length));
      const fragLen = int(100);
      const hs = Buffer.concat([handshakeHeader(msgType, length, int(6), offset, fragLen), bytes(fragLen)]);
      feed(encodeRecord(ContentType.handshake, DTLS_1_2, int(2), i, hs), 14_000 + int(200));
    }

    // 4) 12,000 ClientHellos that earned a valid cookie, then garbage flight-5 messages on them.
    const hellos = new Map<number, Buffer>();
    for (let i = 0; i < 6_000; i++) {
      const port = 20_000 + (i % 300);
      const ext = Buffer.concat(
        Array.from({ length: int(4) }, () => {
          const data = bytes(int(8));
          return Buffer.concat([Buffer.from([0, [10, 11, 13, 19, 20, 23, 54, 0xff][int(8)]!]), Buffer.from([0, data.length]), data]);
        }),
      );
      const suites = [0xc0a8, 0x00ae, 0xc0ae, 0xc02b, int(0xffff)].slice(0, 1 + int(5));
      const suiteBytes = Buffer.alloc(suites.length * 2);
      suites.forEach((s, k) => suiteBytes.writeUInt16BE(s, k * 2));
      const mk = (cookie: Buffer): Buffer => {
        const body = Buffer.concat([
          Buffer.from([0xfe, rand() < 0.9 ? 0xfd : 0xff]),
          bytes(32),
          Buffer.from([0, cookie.length]),
          cookie,
          Buffer.from([suiteBytes.length >> 8, suiteBytes.length & 0xff]),
          suiteBytes,
          Buffer.from([1, 0]),
          Buffer.from([ext.length >> 8, ext.length & 0xff]),
          ext,
        ]);
        return body;
      };
      const first = mk(Buffer.alloc(0));
      const rec0 = encodeRecord(ContentType.handshake, DTLS_1_2, 0, 0, Buffer.concat([handshakeHeader(1, first.length, 0, 0, first.length), first]));
      feed(rec0, port);
      const hvr = link.takeFromServer(port).flatMap((d) => parseRecords(d, 0));
      const cookie = hvr[0]?.fragment.subarray(12 + 3) ?? Buffer.alloc(0);
      // Same hello with the cookie: rebuild with identical random by patching the cookie in.
      const withCookie = Buffer.concat([first.subarray(0, 34), Buffer.from([0, cookie.length]), cookie, first.subarray(36)]);
      const rec1 = encodeRecord(ContentType.handshake, DTLS_1_2, 0, 1, Buffer.concat([handshakeHeader(1, withCookie.length, 1, 0, withCookie.length), withCookie]));
      feed(rec1, port);
      hellos.set(port, rec1);
      // Garbage flight 5 messages for whatever handshake now lives on this port.
      const t = [HandshakeType.clientKeyExchange, HandshakeType.certificate, HandshakeType.certificateVerify, HandshakeType.finished][int(4)]!;
      const junk = bytes(int(80));
      feed(encodeRecord(ContentType.handshake, DTLS_1_2, 0, 2, Buffer.concat([handshakeHeader(t, junk.length, 2, 0, junk.length), junk])), port);
      feed(encodeRecord(ContentType.changeCipherSpec, DTLS_1_2, 0, 3, Buffer.from([int(3)])), port);
      if (i % 500 === 0) await new Promise((r) => setImmediate(r));
      link.takeFromServer(port);
    }
    // Let pending lookups settle and every handshake time out.
    await new Promise((r) => setImmediate(r));
    link.clock.advance(600_000);
    await new Promise((r) => setImmediate(r));

    expect(fed).toBeGreaterThanOrEqual(100_000);
    expect(unhandled).toEqual([]);
    const stats = link.server.stats();
    // The mutated hellos really got past the cookie and exercised the handshake engine.
    expect(stats.handshakesFailed).toBeGreaterThan(1000);
    expect(stats.handshakesInProgress).toBe(0);
    expect(stats.sessions).toBe(1);
    expect(stats.addressEntries).toBe(1);
    expect(stats.cidEntries).toBe(1);
    expect(link.clock.pendingTimers).toBeLessThanOrEqual(1);
    // No genuine datagram was replayed into the application: the captured app records were
    // only ever delivered once each at most, and the session still works.
    const texts = link.data.map((d) => d.data.toString());
    expect(new Set(texts).size).toBe(texts.length);
    for (const c of link.toClients.keys()) link.toClients.set(c, []);
    victim.client.sendApplicationData(Buffer.from('still alive'));
    await link.pump([victim]);
    expect(link.data.at(-1)?.data.toString()).toBe('still alive');
  }, 120_000);

  it('a ClientHello flood from many ports creates no per-peer state and does not disturb a session', async () => {
    const link = new MemoryDtlsLink({
      credentials: {
        pskKey: async (id) => (id === 'dev1' ? PSK : undefined),
        verifyRawPublicKey: async () => false,
        verifyCertificateChain: async () => false,
      },
    });
    const victim = link.client(4000, { identity: 'dev1', psk: PSK });
    victim.client.start();
    await link.pump([victim]);
    const hello = link.client(1, { identity: 'x', psk: PSK });
    hello.client.start();
    const ch = hello.outbox[0]!;
    for (let port = 30_000; port < 30_000 + 20_000; port++) {
      link.server.handleDatagram(ch, '127.0.0.1', port);
      if (port % 1000 === 0) {
        victim.client.sendApplicationData(Buffer.from(`during ${port}`));
        await link.pump([victim]);
      }
    }
    const stats = link.server.stats();
    expect(stats.helloVerifyRequestsSent).toBe(20_000 + 1);
    expect(stats.handshakesInProgress).toBe(0);
    expect(stats.addressEntries).toBe(1);
    expect(link.clock.pendingTimers).toBe(0);
    expect(link.data.filter((d) => d.data.toString().startsWith('during '))).toHaveLength(20);
  }, 60_000);
});
