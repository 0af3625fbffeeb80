/**
 * Pure building blocks of the DTLS server: PRF, PSK premaster, anti-replay window, record
 * framing, record protection (CCM_8, GCM, CBC-HMAC, CID layout), handshake reassembly, cookies
 * and ClientHello parsing.
 */
import { describe, expect, it } from 'vitest';
import { suiteByName, type CipherSuite } from '../../../src/dtls/cipher-suites.js';
import { parseClientHello } from '../../../src/dtls/client-hello.js';
import { ContentType, DTLS_1_2 } from '../../../src/dtls/constants.js';
import { CookieGenerator } from '../../../src/dtls/cookie.js';
import { DtlsAlertError } from '../../../src/dtls/errors.js';
import { fragmentMessage, parseHandshakeFragments } from '../../../src/dtls/handshake-framing.js';
import { HandshakeReassembler } from '../../../src/dtls/handshake-reassembler.js';
import { prfSha256, pskPremaster } from '../../../src/dtls/prf.js';
import { encodeRecord, parseRecords, type DtlsRecord } from '../../../src/dtls/record.js';
import { RecordProtection } from '../../../src/dtls/record-protection.js';
import { ReplayWindow } from '../../../src/dtls/replay-window.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

describe('TLS 1.2 PRF (RFC 5246 §5)', () => {
  it('matches the published P_SHA256 test vector (100 bytes, label "test label")', () => {
    const out = prfSha256(hex('9bbe436ba940f017b17652849a71db35'), 'test label', hex('a0ba9f936cda311827a6f796ffd5198c'), 100);
    expect(out).toEqual(
      hex(`e3f229ba727be17b8d122620557cd453c2aab21d07c3d495329b52d4e61edb5a6b301791e90d35c9c9a46b4e14baf9af0fa0
           22f7077def17abfd3797c0564bab4fbc91666e9def9b97fce34f796789baa48082d122ee42c5a72e5a5110fff70187347b66`),
    );
  });

  it('builds the plain PSK premaster as uint16 N, N zeros, uint16 N, psk (RFC 4279 §2)', () => {
    expect(pskPremaster(hex('aabbcc'))).toEqual(hex('0003 000000 0003 aabbcc'));
  });
});

describe('anti-replay window (RFC 6347 §4.1.2.6)', () => {
  it('accepts new numbers once, remembers 64, rejects older than the window', () => {
    const w = new ReplayWindow();
    expect(w.check(0)).toBe(true);
    w.accept(0);
    expect(w.check(0)).toBe(false);
    for (let i = 1; i <= 100; i += 2) w.accept(i);
    expect(w.check(98)).toBe(true);
    expect(w.check(99)).toBe(false);
    expect(w.check(99 - 63)).toBe(true);
    expect(w.check(99 - 64)).toBe(false);
    w.accept(98);
    expect(w.check(98)).toBe(false);
  });

  it('handles 48-bit sequence numbers and jumps larger than the window', () => {
    const w = new ReplayWindow();
    const big = 2 ** 48 - 2;
    expect(w.accept(5)).toBe(true);
    expect(w.accept(big)).toBe(true);
    expect(w.check(5)).toBe(false);
    expect(w.check(big)).toBe(false);
    expect(w.check(big + 1)).toBe(true);
    expect(w.accept(big - 3)).toBe(false);
    expect(w.check(big - 3)).toBe(false);
  });
});

describe('record framing', () => {
  it('parses several records in one datagram and stops at a truncated one', () => {
    const a = encodeRecord(ContentType.handshake, DTLS_1_2, 0, 1, Buffer.from('aa'));
    const b = encodeRecord(ContentType.applicationData, DTLS_1_2, 1, 2 ** 40, Buffer.from('bbb'));
    const truncated = encodeRecord(ContentType.alert, DTLS_1_2, 1, 3, Buffer.from('cc')).subarray(0, 14);
    const recs = parseRecords(Buffer.concat([a, b, truncated]), 0);
    expect(recs.map((r) => [r.type, r.epoch, r.sequence, r.fragment.toString()])).toEqual([
      [22, 0, 1, 'aa'],
      [23, 1, 2 ** 40, 'bbb'],
    ]);
  });

  it('reads tls12_cid records with the configured CID length and skips them when CID is off', () => {
    const cid = hex('0102030405');
    const r = encodeRecord(ContentType.tls12Cid, DTLS_1_2, 1, 7, Buffer.from('x'), cid);
    expect(parseRecords(r, 5)[0]?.cid).toEqual(cid);
    expect(parseRecords(r, 0)).toEqual([]);
  });

  it('skips records with an unknown content type or a non-DTLS version', () => {
    const bad = encodeRecord(99, DTLS_1_2, 0, 0, Buffer.from('z'));
    const tls = encodeRecord(ContentType.handshake, 0x0303, 0, 0, Buffer.from('z'));
    const ok = encodeRecord(ContentType.alert, DTLS_1_2, 0, 0, Buffer.from('ok'));
    expect(parseRecords(Buffer.concat([bad, tls, ok]), 0).map((r) => r.fragment.toString())).toEqual(['ok']);
  });
});

function protections(name: string, etm = false): [RecordProtection, RecordProtection, CipherSuite] {
  const s = suiteByName(name)!;
  const key = Buffer.alloc(s.keyLength, 0x11);
  const iv = Buffer.alloc(s.fixedIvLength, 0x22);
  const mac = Buffer.alloc(s.macKeyLength, 0x33);
  return [new RecordProtection(s, key, iv, mac, etm), new RecordProtection(s, key, iv, mac, etm), s];
}

function asRecord(type: number, epoch: number, seq: number, fragment: Buffer, cid?: Buffer): DtlsRecord {
  return parseRecords(encodeRecord(type, DTLS_1_2, epoch, seq, fragment, cid), cid?.length ?? 0)[0]!;
}

describe('record protection', () => {
  const variants: Array<[string, boolean]> = [
    ['TLS_PSK_WITH_AES_128_CCM_8', false],
    ['TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', false],
    ['TLS_PSK_WITH_AES_128_CBC_SHA256', false],
    ['TLS_PSK_WITH_AES_128_CBC_SHA256', true],
  ];
  for (const [name, etm] of variants) {
    it(`${name}${etm ? ' with Encrypt-then-MAC (RFC 7366)' : ''}: round-trips, and rejects any flipped bit, a changed header or another sequence number`, () => {
      const [tx, rx] = protections(name, etm);
      const plain = Buffer.from('CoAP payload of some length');
      const sealed = tx.seal(ContentType.applicationData, 1, 42, plain);
      expect(sealed.fragment.includes(plain)).toBe(false);
      expect(rx.open(asRecord(sealed.type, 1, 42, sealed.fragment))?.content).toEqual(plain);
      for (let i = 0; i < sealed.fragment.length; i += 3) {
        const f = Buffer.from(sealed.fragment);
        f[i]! ^= 0x80;
        // CBC's IV affects only the first block; flipping it must still break the MAC.
        expect(rx.open(asRecord(sealed.type, 1, 42, f))).toBeUndefined();
      }
      expect(rx.open(asRecord(sealed.type, 1, 43, sealed.fragment))).toBeUndefined();
      expect(rx.open(asRecord(ContentType.handshake, 1, 42, sealed.fragment))).toBeUndefined();
      expect(rx.open(asRecord(sealed.type, 2, 42, sealed.fragment))).toBeUndefined();
      expect(rx.open(asRecord(sealed.type, 1, 42, sealed.fragment.subarray(0, 10)))).toBeUndefined();
    });
  }

  it('CCM_8 record expansion is 8-byte explicit nonce + 8-byte tag (RFC 6655 §3)', () => {
    const [tx] = protections('TLS_PSK_WITH_AES_128_CCM_8');
    expect(tx.seal(ContentType.applicationData, 1, 0, Buffer.alloc(10)).fragment.length).toBe(26);
  });

  it('CBC rejects a record whose padding bytes are wrong even when the length is plausible', () => {
    const s = suiteByName('TLS_PSK_WITH_AES_128_CBC_SHA256')!;
    const [tx, rx] = protections(s.name);
    // 16 bytes of content + 32 MAC + 1 pad-length = 49, padded to 64 with 15 bytes of 0x0f.
    const sealed = tx.seal(ContentType.applicationData, 1, 5, Buffer.alloc(16, 0x41));
    expect(sealed.fragment.length).toBe(16 + 64);
    // Flip a bit in the second-to-last ciphertext block: it changes the last plaintext block's
    // padding byte 16 positions later (CBC) without touching the pad-length byte itself.
    const f = Buffer.from(sealed.fragment);
    f[f.length - 16 - 2]! ^= 0x01;
    expect(rx.open(asRecord(sealed.type, 1, 5, f))).toBeUndefined();
  });

  it('Encrypt-then-MAC layout: IV + whole blocks + 32-byte MAC; MtE and EtM do not open each other', () => {
    const [etmTx] = protections('TLS_PSK_WITH_AES_128_CBC_SHA256', true);
    const [, mteRx] = protections('TLS_PSK_WITH_AES_128_CBC_SHA256', false);
    const sealed = etmTx.seal(ContentType.applicationData, 1, 3, Buffer.alloc(20, 1));
    // 20 bytes + 1 pad-length byte -> 32 bytes of ciphertext after the IV, then the MAC.
    expect(sealed.fragment.length).toBe(16 + 32 + 32);
    expect(mteRx.open(asRecord(sealed.type, 1, 3, sealed.fragment))).toBeUndefined();
  });

  it('RFC 9146 CID records: inner type is carried inside, the CID is authenticated', () => {
    const [tx, rx] = protections('TLS_PSK_WITH_AES_128_CCM_8');
    const cid = hex('deadbeef');
    const sealed = tx.seal(ContentType.applicationData, 1, 9, Buffer.from('hi'), cid);
    expect(sealed.type).toBe(ContentType.tls12Cid);
    expect(rx.open(asRecord(sealed.type, 1, 9, sealed.fragment, cid))).toEqual({ type: ContentType.applicationData, content: Buffer.from('hi') });
    expect(rx.open(asRecord(sealed.type, 1, 9, sealed.fragment, hex('deadbeee')))).toBeUndefined();
  });
});

describe('handshake reassembly (RFC 6347 §4.2.3)', () => {
  const body = Buffer.from(Array.from({ length: 300 }, (_, i) => i & 0xff));
  const frags = fragmentMessage({ msgType: 11, messageSeq: 3, body }, 70).flatMap((b) => parseHandshakeFragments(b));

  it('reassembles out-of-order and overlapping fragments and releases messages in order', () => {
    const r = new HandshakeReassembler(3);
    const later = parseHandshakeFragments(fragmentMessage({ msgType: 16, messageSeq: 4, body: Buffer.from('next') }, 100)[0]!)[0]!;
    r.add(later);
    expect(r.next()).toBeUndefined();
    for (const f of [...frags].reverse()) r.add(f);
    r.add(frags[1]!);
    const m = r.next();
    expect(m?.body).toEqual(body);
    expect(r.next()?.body.toString()).toBe('next');
    expect(r.add(frags[0]!)).toBe('old');
  });

  it('refuses fragments that disagree on length or type, and oversize messages', () => {
    const r = new HandshakeReassembler(3, 1000);
    r.add(frags[0]!);
    expect(() => r.add({ ...frags[1]!, length: 301 })).toThrow(DtlsAlertError);
    expect(() => r.add({ ...frags[1]!, msgType: 12 })).toThrow(DtlsAlertError);
    expect(() => new HandshakeReassembler(0, 1000).add({ ...frags[0]!, messageSeq: 0, length: 5000 })).toThrow(DtlsAlertError);
  });

  it('drops messages too far ahead instead of buffering them', () => {
    const r = new HandshakeReassembler(0, 1000, 4);
    expect(r.add({ ...frags[0]!, messageSeq: 10 })).toBe('dropped');
    expect(r.hasBuffered()).toBe(false);
  });

  it('rejects a fragment that claims to extend past its message', () => {
    const raw = fragmentMessage({ msgType: 11, messageSeq: 0, body: Buffer.alloc(10) }, 100)[0]!;
    raw.writeUIntBE(5, 6, 3); // fragment_offset 5 + fragment_length 10 > length 10
    expect(() => parseHandshakeFragments(raw)).toThrow(DtlsAlertError);
  });
});

function helloBytes(cookie: Buffer = Buffer.alloc(0), extensions: Buffer = Buffer.alloc(0)): Buffer {
  const parts = [hex('fefd'), Buffer.alloc(32, 7), hex('00'), Buffer.from([cookie.length]), cookie, hex('0002c0a8'), hex('0100')];
  if (extensions.length > 0) parts.push(Buffer.from([extensions.length >> 8, extensions.length & 0xff]), extensions);
  return Buffer.concat(parts);
}

describe('ClientHello parsing', () => {
  it('reads suites, EMS, CID and certificate type extensions', () => {
    const ext = hex('0017 0000  0036 0003 02abcd  0013 0002 0102  ff01 0001 00');
    const h = parseClientHello(helloBytes(Buffer.alloc(0), ext));
    expect(h.cipherSuites).toEqual([0xc0a8]);
    expect(h.extendedMasterSecret).toBe(true);
    expect(h.connectionId).toEqual(hex('abcd'));
    expect(h.clientCertificateTypes).toEqual([2]);
    expect(h.secureRenegotiation).toBe(true);
  });

  it('rejects truncation, duplicate extensions and bad lengths with decode_error', () => {
    const full = helloBytes(Buffer.alloc(0), hex('0017 0000'));
    const withoutExtensions = helloBytes().length; // a hello may legally end there
    for (let n = 0; n < full.length; n++) {
      if (n === withoutExtensions) continue;
      expect(() => parseClientHello(full.subarray(0, n))).toThrow(DtlsAlertError);
    }
    expect(() => parseClientHello(helloBytes(Buffer.alloc(0), hex('0017 0000 0017 0000')))).toThrow(/duplicate/);
    expect(() => parseClientHello(helloBytes(Buffer.alloc(0), hex('0017 0001 00')))).toThrow(DtlsAlertError);
  });
});

describe('stateless cookies (RFC 6347 §4.2.1)', () => {
  it('verifies for the same address and hello, not for another port or random, and survives one rotation', () => {
    let now = 0;
    const g = new CookieGenerator(() => now, 1000);
    const hello = parseClientHello(helloBytes());
    const cookie = g.generate('10.0.0.1', 5000, hello);
    const withCookie = parseClientHello(helloBytes(cookie));
    expect(g.verify('10.0.0.1', 5000, withCookie)).toBe(true);
    expect(g.verify('10.0.0.1', 5001, withCookie)).toBe(false);
    expect(g.verify('10.0.0.2', 5000, withCookie)).toBe(false);
    now = 1000;
    expect(g.verify('10.0.0.1', 5000, withCookie)).toBe(true);
    now = 2000;
    expect(g.verify('10.0.0.1', 5000, withCookie)).toBe(false);
  });
});
