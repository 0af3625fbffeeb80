/**
 * Behaviour of the DTLS server core driven in memory by the test client: handshakes, cookies,
 * EMS, resumption, Connection ID address moves, anti-replay, renegotiation refusal,
 * close_notify, retransmission and handshake bounds.
 */
import { describe, expect, it } from 'vitest';
import { AlertDescription, ContentType, HandshakeType } from '../../../src/dtls/constants.js';
import type { DtlsCredentialStore } from '../../../src/dtls/credentials.js';
import { parseRecords } from '../../../src/dtls/record.js';
import { MemoryDtlsLink } from '../../support/dtls-memory-link.js';
import { handshakeBytes } from '../../support/dtls-test-client.js';

const PSK = Buffer.from('00112233445566778899aabbccddeeff', 'hex');

function store(overrides: Partial<DtlsCredentialStore> = {}): DtlsCredentialStore {
  return {
    pskKey: async (id) => (id === 'dev1' || id === 'dev2' ? PSK : undefined),
    verifyRawPublicKey: async () => false,
    verifyCertificateChain: async () => false,
    ...overrides,
  };
}

async function connected(link: MemoryDtlsLink, port: number, extra: Record<string, unknown> = {}) {
  const c = link.client(port, { identity: 'dev1', psk: PSK, ...extra });
  c.client.start();
  await link.pump([c]);
  return c;
}

describe('DTLS server handshake (in memory)', () => {
  it('completes a PSK CCM_8 handshake with EMS and carries application data both ways', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    expect(c.client.established).toBe(true);
    c.client.sendApplicationData(Buffer.from('ping'));
    await link.pump([c]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['ping']);
    const conn = link.data[0]!.conn;
    expect(conn.session?.identity).toEqual({ kind: 'psk', identity: 'dev1' });
    link.server.send(conn, Buffer.from('pong'));
    await link.pump([c]);
    expect(c.client.received.map((b) => b.toString())).toEqual(['pong']);
  });

  it('completes with TLS_PSK_WITH_AES_128_CBC_SHA256 (MAC-then-encrypt)', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000, { suite: 0x00ae });
    expect(c.client.established).toBe(true);
    c.client.sendApplicationData(Buffer.from('cbc'));
    await link.pump([c]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['cbc']);
  });

  it('negotiates Encrypt-then-MAC (RFC 7366) for a CBC suite when offered, not for CCM_8', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const cbc = await connected(link, 5000, { suite: 0x00ae, encryptThenMac: true });
    expect(cbc.client.etmNegotiated).toBe(true);
    cbc.client.sendApplicationData(Buffer.from('etm'));
    await link.pump([cbc]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['etm']);
    const ccm = await connected(link, 5001, { encryptThenMac: true });
    expect(ccm.client.established).toBe(true);
    expect(ccm.client.etmNegotiated).toBe(false);
    // A session that used EtM is only resumed by a client that offers EtM again.
    const again = await connected(link, 5002, { suite: 0x00ae, resume: { id: cbc.client.sessionId, master: cbc.client.master! } });
    expect(again.client.resumed).toBe(false);
    const resumed = await connected(link, 5003, { suite: 0x00ae, encryptThenMac: true, resume: { id: cbc.client.sessionId, master: cbc.client.master! } });
    expect(resumed.client.resumed).toBe(true);
    expect(resumed.client.etmNegotiated).toBe(true);
  });

  it('answers a ClientHello without cookie with HelloVerifyRequest and keeps no state', () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = link.client(5000, { identity: 'dev1', psk: PSK });
    c.client.start();
    link.server.handleDatagram(c.outbox.shift()!, '127.0.0.1', 5000);
    const out = link.takeFromServer(5000);
    expect(out).toHaveLength(1);
    const [rec] = parseRecords(out[0]!, 0);
    expect(rec?.type).toBe(ContentType.handshake);
    expect(rec?.fragment[0]).toBe(HandshakeType.helloVerifyRequest);
    expect(link.server.stats().handshakesInProgress).toBe(0);
    expect(link.clock.pendingTimers).toBe(0);
  });

  it('a cookie from another source port is not accepted (HelloVerifyRequest again, no handshake)', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = link.client(5000, { identity: 'dev1', psk: PSK });
    c.client.start();
    link.server.handleDatagram(c.outbox.shift()!, '127.0.0.1', 5000);
    c.client.receive(link.takeFromServer(5000)[0]!);
    // The ClientHello with the cookie arrives from a different port (spoofed/replayed).
    link.server.handleDatagram(c.outbox.shift()!, '127.0.0.1', 5001);
    const out = link.takeFromServer(5001);
    expect(parseRecords(out[0]!, 0)[0]?.fragment[0]).toBe(HandshakeType.helloVerifyRequest);
    expect(link.server.stats().handshakesInProgress).toBe(0);
  });

  it('refuses a client without extended master secret when EMS is required', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), requireExtendedMasterSecret: true });
    const c = await connected(link, 5000, { extendedMasterSecret: false });
    expect(c.client.established).toBe(false);
    expect(c.client.alerts).toContainEqual([2, AlertDescription.handshakeFailure]);
    expect(link.server.stats().sessions).toBe(0);
  });

  it('works without EMS when not required (classic master secret)', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000, { extendedMasterSecret: false });
    expect(c.client.established).toBe(true);
  });

  it('a wrong PSK ends in a fatal alert and no session', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = link.client(5000, { identity: 'dev1', psk: Buffer.alloc(16, 7) });
    c.client.start();
    await link.pump([c]);
    expect(c.client.established).toBe(false);
    expect(c.client.alerts.some(([lvl]) => lvl === 2)).toBe(true);
    expect(link.server.stats()).toMatchObject({ sessions: 0, handshakesInProgress: 0, handshakesFailed: 1 });
  });

  it('resumes a cached session with an abbreviated handshake and keeps the identity', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const first = await connected(link, 5000);
    const resumed = await connected(link, 5001, { resume: { id: first.client.sessionId, master: first.client.master! } });
    expect(resumed.client.established).toBe(true);
    expect(resumed.client.resumed).toBe(true);
    resumed.client.sendApplicationData(Buffer.from('again'));
    await link.pump([resumed]);
    const d = link.data.find((x) => x.data.toString() === 'again');
    expect(d?.conn.session).toMatchObject({ resumed: true, identity: { kind: 'psk', identity: 'dev1' } });
  });

  it('falls back to a full handshake for an unknown session id', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000, { resume: { id: Buffer.alloc(32, 1), master: Buffer.alloc(48) } });
    expect(c.client.established).toBe(true);
    expect(c.client.resumed).toBe(false);
  });

  it('drops a replayed record (64-entry anti-replay window)', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    const rec = c.client.applicationRecord(Buffer.from('once'));
    link.server.handleDatagram(rec, '127.0.0.1', 5000);
    link.server.handleDatagram(rec, '127.0.0.1', 5000);
    expect(link.data.filter((d) => d.data.toString() === 'once')).toHaveLength(1);
  });

  it('drops a record with a flipped ciphertext bit after the handshake (no alert, session kept)', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    const rec = c.client.applicationRecord(Buffer.from('tampered'));
    rec[rec.length - 3]! ^= 0x01;
    link.server.handleDatagram(rec, '127.0.0.1', 5000);
    expect(link.data).toHaveLength(0);
    expect(link.server.stats().sessions).toBe(1);
    c.client.sendApplicationData(Buffer.from('fine'));
    await link.pump([c]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['fine']);
  });

  it('Connection ID: a session moves to a new source port and replies follow it', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 6 });
    const c = await connected(link, 5000, { connectionId: Buffer.alloc(0) });
    expect(c.client.serverCid?.length).toBe(6);
    c.client.sendApplicationData(Buffer.from('from 5000'));
    await link.pump([c]);
    const conn = link.data[0]!.conn;
    // The NAT rebinds: the same client now sends from port 6000.
    c.port = 6000;
    c.client.sendApplicationData(Buffer.from('from 6000'));
    await link.pump([c]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['from 5000', 'from 6000']);
    expect(link.data[1]!.conn).toBe(conn);
    expect(conn.port).toBe(6000);
    link.server.send(conn, Buffer.from('to 6000'));
    await link.pump([c]);
    expect(c.client.received.map((b) => b.toString())).toEqual(['to 6000']);
  });

  it('Connection ID: an older record from another address does not move the session', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 4 });
    const c = await connected(link, 5000, { connectionId: Buffer.from([9, 9]) });
    const older = c.client.applicationRecord(Buffer.from('older'));
    const newer = c.client.applicationRecord(Buffer.from('newer'));
    link.server.handleDatagram(newer, '127.0.0.1', 5000);
    link.server.handleDatagram(older, '127.0.0.1', 7000);
    const conn = link.data[0]!.conn;
    expect(link.data.map((d) => d.data.toString())).toEqual(['newer', 'older']);
    expect(conn.port).toBe(5000);
  });

  it('refuses renegotiation with a no_renegotiation warning and keeps the session', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    const hello = handshakeBytes(HandshakeType.clientHello, 5, Buffer.alloc(40));
    link.server.handleDatagram(c.client.sealRecord(ContentType.handshake, 1, hello), '127.0.0.1', 5000);
    await link.pump([c]);
    expect(c.client.alerts).toContainEqual([1, AlertDescription.noRenegotiation]);
    expect(link.server.stats().sessions).toBe(1);
  });

  it('answers close_notify with close_notify and forgets the session', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    c.client.closeNotify();
    await link.pump([c]);
    expect(c.client.alerts).toContainEqual([1, AlertDescription.closeNotify]);
    expect(link.server.stats().sessions).toBe(0);
    expect(link.closedReasons).toEqual(['peer close_notify']);
  });

  it('retransmits a lost flight with backoff and gives up after maxRetransmissions', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), retransmissionTimeoutMs: 1000, maxRetransmissions: 2 });
    const c = link.client(5000, { identity: 'dev1', psk: PSK });
    c.client.start();
    await link.pump([c]);
    // After the cookie exchange the server's flight 4 is out; it was "lost" if we drop it.
    expect(c.client.established).toBe(true);
    const lossy = link.client(5001, { identity: 'dev1', psk: PSK });
    lossy.client.start();
    link.server.handleDatagram(lossy.outbox.shift()!, '127.0.0.1', 5001);
    lossy.client.receive(link.takeFromServer(5001)[0]!);
    link.server.handleDatagram(lossy.outbox.shift()!, '127.0.0.1', 5001);
    const flight = link.takeFromServer(5001);
    expect(flight.length).toBeGreaterThan(0);
    link.clock.advance(999);
    expect(link.takeFromServer(5001)).toHaveLength(0);
    link.clock.advance(1);
    expect(link.takeFromServer(5001).length).toBe(flight.length);
    link.clock.advance(1999);
    expect(link.takeFromServer(5001)).toHaveLength(0);
    link.clock.advance(1);
    expect(link.takeFromServer(5001).length).toBe(flight.length);
    expect(link.server.stats().handshakesInProgress).toBe(1);
    link.clock.advance(4000);
    expect(link.server.stats().handshakesInProgress).toBe(0);
    expect(link.clock.pendingTimers).toBe(0);
  });

  it('retransmits the last flight when the client repeats its Finished', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = link.client(5000, { identity: 'dev1', psk: PSK });
    c.client.start();
    let dropped = 0;
    // Lose the server's final flight (ChangeCipherSpec + Finished).
    await link.pump([c], {
      dropFromServer: (d) => {
        const types = parseRecords(d, 0).map((r) => r.type);
        if (types.includes(ContentType.changeCipherSpec)) {
          dropped++;
          return true;
        }
        return false;
      },
    });
    expect(dropped).toBe(1);
    expect(c.client.established).toBe(false);
    expect(link.server.stats().sessions).toBe(1);
    // The client's retransmission of its Finished (new record sequence number).
    const fin = handshakeBytes(HandshakeType.finished, 2, Buffer.alloc(12));
    link.server.handleDatagram(c.client.sealRecord(ContentType.handshake, 1, fin), '127.0.0.1', 5000);
    await link.pump([c]);
    expect(c.client.established).toBe(true);
  });

  it('bounds concurrent handshakes: beyond the limit a valid-cookie ClientHello gets nothing', async () => {
    const link = new MemoryDtlsLink({
      credentials: store({ pskKey: () => new Promise<Buffer | undefined>(() => undefined) }),
      maxConcurrentHandshakes: 2,
      credentialLookupTimeoutMs: 5000,
    });
    const clients = [5000, 5001, 5002].map((p) => link.client(p, { identity: 'dev1', psk: PSK }));
    for (const c of clients) c.client.start();
    await link.pump(clients);
    expect(link.server.stats()).toMatchObject({ handshakesInProgress: 2, handshakesRefused: 1 });
    // A lookup that never answers fails the handshake after credentialLookupTimeoutMs.
    link.clock.advance(5000);
    await new Promise((r) => setImmediate(r));
    expect(link.server.stats().handshakesInProgress).toBe(0);
  });

  it('a slow credential lookup for one peer does not block another peer', async () => {
    let release: (k: Buffer | undefined) => void = () => undefined;
    const link = new MemoryDtlsLink({
      credentials: store({
        pskKey: (id) => (id === 'slow' ? new Promise((r) => (release = r)) : Promise.resolve(id === 'dev1' ? PSK : undefined)),
      }),
    });
    const slow = link.client(5000, { identity: 'slow', psk: PSK });
    const fast = link.client(5001, { identity: 'dev1', psk: PSK });
    slow.client.start();
    fast.client.start();
    await link.pump([slow, fast]);
    expect(fast.client.established).toBe(true);
    expect(slow.client.established).toBe(false);
    release(PSK);
    await link.pump([slow, fast]);
    expect(slow.client.established).toBe(true);
  });

  it('a new handshake from the same address replaces the old session only once it completes', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const a = await connected(link, 5000);
    a.client.sendApplicationData(Buffer.from('old'));
    await link.pump([a]);
    const oldConn = link.data[0]!.conn;
    const b = await connected(link, 5000);
    expect(b.client.established).toBe(true);
    expect(oldConn.state).toBe('closed');
    b.client.sendApplicationData(Buffer.from('new'));
    await link.pump([b]);
    expect(link.data[1]!.conn).not.toBe(oldConn);
    expect(link.server.stats().sessions).toBe(1);
  });

  it('idle sessions are closed after sessionIdleTimeoutMs', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), sessionIdleTimeoutMs: 10_000 });
    const c = await connected(link, 5000);
    link.clock.advance(6000);
    c.client.sendApplicationData(Buffer.from('keepalive'));
    await link.pump([c]);
    link.clock.advance(6000);
    expect(link.server.stats().sessions).toBe(1);
    link.clock.advance(10_000);
    expect(link.server.stats().sessions).toBe(0);
  });

  it('invalidate() ends sessions and cached sessions of a revoked identity', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    const other = await connected(link, 5001, { identity: 'dev2' });
    link.server.invalidate((id) => id.kind === 'psk' && id.identity === 'dev1');
    expect(link.server.stats().sessions).toBe(1);
    const again = await connected(link, 5002, { resume: { id: c.client.sessionId, master: c.client.master! } });
    expect(again.client.resumed).toBe(false);
    expect(other.client.established).toBe(true);
  });

  it('an exception in the layer above is counted and does not end the DTLS session', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    link.onDataHook = (d) => {
      if (d.toString() === 'boom') throw new Error('upper layer bug');
    };
    c.client.sendApplicationData(Buffer.from('boom'));
    c.client.sendApplicationData(Buffer.from('after'));
    await link.pump([c]);
    expect(link.data.map((d) => d.data.toString())).toEqual(['after']);
    expect(link.server.stats()).toMatchObject({ sessions: 1, upperLayerErrors: 1 });
  });

  it('refuses to send application data larger than one record', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = await connected(link, 5000);
    c.client.sendApplicationData(Buffer.from('hi'));
    await link.pump([c]);
    const conn = link.data[0]!.conn;
    expect(link.server.send(conn, Buffer.alloc(16_385))).toBe(false);
    expect(link.server.send(conn, Buffer.alloc(16_384))).toBe(true);
  });

  it('a session closed by close_notify stays resumable (RFC 5246 §7.2.1), one ended by a fatal alert does not', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const a = await connected(link, 5000);
    a.client.closeNotify();
    await link.pump([a]);
    const r = await connected(link, 5001, { resume: { id: a.client.sessionId, master: a.client.master! } });
    expect(r.client.resumed).toBe(true);
    // A fatal alert from the peer invalidates the session.
    link.server.handleDatagram(r.client.sealRecord(ContentType.alert, 1, Buffer.from([2, 40])), '127.0.0.1', 5001);
    const again = await connected(link, 5002, { resume: { id: a.client.sessionId, master: a.client.master! } });
    expect(again.client.resumed).toBe(false);
  });

  it("Connection ID length 0: the server issues no CID but puts the client's CID on its records", async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 0 });
    const c = await connected(link, 5000, { connectionId: Buffer.from([7, 7, 7]) });
    expect(c.client.serverCid).toEqual(Buffer.alloc(0));
    c.client.sendApplicationData(Buffer.from('plain records from the client'));
    await link.pump([c]);
    const conn = link.data[0]!.conn;
    link.server.send(conn, Buffer.from('cid records to the client'));
    const out = link.takeFromServer(5000);
    const recs = parseRecords(out[0]!, 3);
    expect(recs[0]?.type).toBe(ContentType.tls12Cid);
    expect(recs[0]?.cid).toEqual(Buffer.from([7, 7, 7]));
    c.client.receive(out[0]!);
    expect(c.client.received.map((b) => b.toString())).toEqual(['cid records to the client']);
  });

  it('Connection ID off: the extension is ignored and no CID is negotiated', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: null });
    const c = await connected(link, 5000, { connectionId: Buffer.from([1]) });
    expect(c.client.established).toBe(true);
    expect(c.client.serverCid).toBeUndefined();
  });

  it('Connection ID is not negotiated with a CBC suite (RFC 9146 needs AEAD or Encrypt-then-MAC)', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 4 });
    const c = await connected(link, 5000, { connectionId: Buffer.alloc(0), suite: 0x00ae });
    expect(c.client.established).toBe(true);
    expect(c.client.serverCid).toBeUndefined();
  });

  it('a resumed session negotiates a fresh Connection ID and can move', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 5 });
    const first = await connected(link, 5000, { connectionId: Buffer.alloc(0) });
    const r = await connected(link, 5001, { connectionId: Buffer.alloc(0), resume: { id: first.client.sessionId, master: first.client.master! } });
    expect(r.client.resumed).toBe(true);
    expect(r.client.serverCid?.length).toBe(5);
    expect(r.client.serverCid).not.toEqual(first.client.serverCid);
    r.port = 5999;
    r.client.sendApplicationData(Buffer.from('moved'));
    await link.pump([r]);
    expect(link.data.at(-1)?.conn.port).toBe(5999);
    expect(link.server.stats()).toMatchObject({ sessions: 2, cidEntries: 2, addressEntries: 2 });
  });

  it('failed handshakes leave no address or CID entries behind', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), connectionIdLength: 4 });
    for (let p = 7000; p < 7020; p++) {
      const c = link.client(p, { identity: 'dev1', psk: Buffer.alloc(16, 1), connectionId: Buffer.alloc(0) });
      c.client.start();
      await link.pump([c]);
      expect(c.client.established).toBe(false);
    }
    expect(link.server.stats()).toMatchObject({ sessions: 0, handshakesInProgress: 0, addressEntries: 0, cidEntries: 0 });
  });

  it('at maxSessions a stale session is evicted for a new one, an active one is not', async () => {
    const link = new MemoryDtlsLink({ credentials: store(), maxSessions: 2, staleSessionMs: 60_000 });
    const a = await connected(link, 5000);
    await connected(link, 5001);
    link.clock.advance(30_000);
    const refused = await connected(link, 5002);
    expect(refused.client.established).toBe(false);
    expect(link.server.stats()).toMatchObject({ sessions: 2, handshakesRefused: 1, sessionsEvicted: 0 });
    link.clock.advance(31_000);
    a.client.sendApplicationData(Buffer.from('a is alive'));
    await link.pump([a]);
    const c = await connected(link, 5003);
    expect(c.client.established).toBe(true);
    expect(link.server.stats()).toMatchObject({ sessions: 2, sessionsEvicted: 1 });
    // The quiet one (5001) went, the active one (5000) stayed.
    a.client.sendApplicationData(Buffer.from('a still here'));
    await link.pump([a]);
    expect(link.data.at(-1)?.data.toString()).toBe('a still here');
  });

  it('a stale retransmission of an already completed ClientHello is ignored', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const c = link.client(5000, { identity: 'dev1', psk: PSK });
    const sent: Buffer[] = [];
    const push = c.outbox.push.bind(c.outbox);
    c.outbox.push = (...d: Buffer[]) => {
      sent.push(...d);
      return push(...d);
    };
    c.client.start();
    await link.pump([c]);
    expect(c.client.established).toBe(true);
    const helloWithCookie = sent[1]!;
    link.server.handleDatagram(helloWithCookie, '127.0.0.1', 5000);
    expect(link.takeFromServer(5000)).toEqual([]);
    expect(link.server.stats()).toMatchObject({ sessions: 1, handshakesInProgress: 0 });
  });

  it('a late record of the old session during a re-handshake goes to the old session, not into the new one', async () => {
    const link = new MemoryDtlsLink({ credentials: store() });
    const a = await connected(link, 5000);
    const late = a.client.applicationRecord(Buffer.from('late old-session record'));
    const b = link.client(5000, { identity: 'dev1', psk: PSK });
    b.client.start();
    // Run the new handshake until the server has read the client's ChangeCipherSpec...
    link.server.handleDatagram(b.outbox.shift()!, '127.0.0.1', 5000);
    b.client.receive(link.takeFromServer(5000)[0]!);
    link.server.handleDatagram(b.outbox.shift()!, '127.0.0.1', 5000);
    for (const d of link.takeFromServer(5000)) b.client.receive(d);
    link.server.handleDatagram(b.outbox.shift()!, '127.0.0.1', 5000);
    await new Promise((r) => setImmediate(r));
    // ...then the old session's record arrives, before the new Finished.
    link.server.handleDatagram(late, '127.0.0.1', 5000);
    await link.pump([b]);
    expect(b.client.established).toBe(true);
    expect(link.data.map((d) => d.data.toString())).toEqual(['late old-session record']);
  });
});
