/**
 * The DTLS load generator's own CCM_8 record path (bench/lib/dtls-fast-record.ts) must put the
 * same bytes on the wire as the general record protection, and must accept only authentic empty
 * CoAP ACK records; and the BigInt-free replay window must agree with a plain model of
 * RFC 6347 §4.1.2.6 on random sequences.
 */
import { describe, expect, it } from 'vitest';
import { FastCcm8Records } from '../../../bench/lib/dtls-fast-record.js';
import { suiteById } from '../../../src/dtls/cipher-suites.js';
import { ContentType, DTLS_1_2 } from '../../../src/dtls/constants.js';
import { encodeRecord } from '../../../src/dtls/record.js';
import { RecordProtection } from '../../../src/dtls/record-protection.js';
import { ReplayWindow } from '../../../src/dtls/replay-window.js';

const suite = suiteById(0xc0a8)!;
const clientKey = Buffer.from('000102030405060708090a0b0c0d0e0f', 'hex');
const clientIv = Buffer.from('a0a1a2a3', 'hex');
const serverKey = Buffer.from('f0e1d2c3b4a5968778695a4b3c2d1e0f', 'hex');
const serverIv = Buffer.from('b0b1b2b3', 'hex');
const keys = { suite: 0xc0a8, write: { key: clientKey, iv: clientIv }, read: { key: serverKey, iv: serverIv } };

/** A record as the general path (RecordProtection + encodeRecord) builds it. */
function generalRecord(p: RecordProtection, epoch: number, seq: number, content: Buffer): Buffer {
  const sealed = p.seal(ContentType.applicationData, epoch, seq, content);
  return encodeRecord(sealed.type, DTLS_1_2, epoch, seq, sealed.fragment);
}

describe('bench fast CCM_8 record path', () => {
  it('is only built for TLS_PSK_WITH_AES_128_CCM_8 keys', () => {
    expect(FastCcm8Records.of(undefined)).toBeUndefined();
    expect(FastCcm8Records.of({ ...keys, suite: 0xc0ae + 1 })).toBeUndefined();
    expect(FastCcm8Records.of(keys)).toBeDefined();
  });

  it('seals application data byte-identically to RecordProtection', () => {
    const fast = FastCcm8Records.of(keys)!;
    const general = new RecordProtection(suite, clientKey, clientIv, Buffer.alloc(0));
    for (const [seq, content] of [
      [3, Buffer.from('5802abcd11223344b1', 'hex')],
      [2 ** 40 + 7, Buffer.alloc(0)],
      [100, Buffer.alloc(300, 0x5a)],
    ] as const) {
      expect(fast.applicationRecord(content, seq)).toEqual(generalRecord(general, 1, seq, content));
    }
  });

  it('matches authentic empty ACK records and rejects tampered or other records', () => {
    const fast = FastCcm8Records.of(keys)!;
    const server = new RecordProtection(suite, serverKey, serverIv, Buffer.alloc(0));
    const ack = generalRecord(server, 1, 9, Buffer.from('60001234', 'hex'));
    expect(fast.emptyAckMessageId(ack)).toBe(0x1234);
    for (let i = 0; i < ack.length; i++) {
      const bad = Buffer.from(ack);
      bad[i]! ^= 0x01;
      expect(fast.emptyAckMessageId(bad)).toBe(-1);
    }
    // Authentic but not an empty ACK (a CON GET with a 4-byte header), wrong epoch, wrong key.
    expect(fast.emptyAckMessageId(generalRecord(server, 1, 10, Buffer.from('40011234', 'hex')))).toBe(-1);
    expect(fast.emptyAckMessageId(generalRecord(server, 2, 11, Buffer.from('60001234', 'hex')))).toBe(-1);
    const client = new RecordProtection(suite, clientKey, clientIv, Buffer.alloc(0));
    expect(fast.emptyAckMessageId(generalRecord(client, 1, 12, Buffer.from('60001234', 'hex')))).toBe(-1);
    expect(fast.emptyAckMessageId(ack.subarray(0, ack.length - 1))).toBe(-1);
    expect(fast.emptyAckMessageId(Buffer.concat([ack, ack]))).toBe(-1);
  });
});

describe('replay window against a set model (RFC 6347 §4.1.2.6)', () => {
  it('agrees on 300 random sequences of 300 records each', () => {
    let state = 12345;
    const rnd = (): number => (state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let trial = 0; trial < 300; trial++) {
      const w = new ReplayWindow();
      const seen = new Set<number>();
      let highest = -1;
      for (let i = 0; i < 300; i++) {
        // Mostly near the top of the window, some far behind, some jumps ahead (up to 40).
        const seq = Math.max(0, Math.floor(highest + (rnd() * 140 - 100)));
        const fresh = seq > highest || (highest - seq < 64 && !seen.has(seq));
        expect(w.check(seq)).toBe(fresh);
        if (!fresh) continue;
        expect(w.accept(seq)).toBe(seq > highest);
        seen.add(seq);
        highest = Math.max(highest, seq);
      }
      expect(w.highestSequence).toBe(highest);
    }
  });
});
