import { describe, expect, it } from 'vitest';
import { CoapRequestError, type InboundResponse, type ObservationEndReason } from '../../../src/coap/types.js';
import { dgram, flush, opt, readUint, sent, setup } from '../coap/helpers.js';

/** CoAP layer: an observation restored from persisted state (token, peer, request, last Observe). */

const TOKEN = Buffer.from('0102030405060708', 'hex');

function note(token: Buffer, mid: number, seq: number, payload: string, confirmable = false): Buffer {
  return dgram({
    confirmable,
    code: '2.05',
    messageId: mid,
    token,
    options: [{ name: 'Observe', value: Buffer.of(seq >> 16, (seq >> 8) & 0xff, seq & 0xff) }],
    payload: Buffer.from(payload),
  });
}

function restored(lastObserve = 500) {
  const s = setup();
  const notes: InboundResponse[] = [];
  const ends: ObservationEndReason[] = [];
  const obs = s.ep.restoreObservation(s.dev, { method: 'GET', uriPath: ['3', '0', '9'] }, TOKEN, lastObserve, (r) => notes.push(r), {
    onObservationEnd: (r) => ends.push(r),
  });
  return { ...s, notes, ends, obs };
}

describe('CoapEndpoint.restoreObservation', () => {
  it('matches a notification with the old token instead of answering RST, and ACKs a CON one', () => {
    const s = restored();
    expect(s.ep.observationCount).toBe(1);
    expect(s.obs.token.equals(TOKEN)).toBe(true);
    s.tr.inject(s.dev, note(TOKEN, 77, 501, '42', true));
    expect(s.notes.map((n) => n.payload.toString())).toEqual(['42']);
    const out = sent(s.tr);
    expect(out).toHaveLength(1);
    expect(out[0]?.ack).toBe(true);
    expect(out[0]?.reset).toBe(false);
    expect(out[0]?.messageId).toBe(77);
  });

  it('accepts the first notification even with a lower Observe number (counter moved on meanwhile), then orders as usual', () => {
    const s = restored(9000);
    s.tr.inject(s.dev, note(TOKEN, 1, 20, 'a'));
    s.tr.inject(s.dev, note(TOKEN, 2, 19, 'stale'));
    s.tr.inject(s.dev, note(TOKEN, 3, 21, 'b'));
    expect(s.notes.map((n) => n.payload.toString())).toEqual(['a', 'b']);
    expect(s.ep.counters.staleNotifications).toBe(1);
  });

  it('a notification with another token still gets RST', () => {
    const s = restored();
    s.tr.inject(s.dev, note(Buffer.from('ffff', 'hex'), 5, 501, 'x', true));
    const out = sent(s.tr);
    expect(out[0]?.reset).toBe(true);
    expect(s.notes).toHaveLength(0);
  });

  it('an error notification ends it and reports the end (RFC 7641 §3.2)', () => {
    const s = restored();
    s.tr.inject(s.dev, dgram({ confirmable: false, code: '4.04', messageId: 9, token: TOKEN }));
    expect(s.ends).toEqual(['response']);
    expect(s.ep.observationCount).toBe(0);
  });

  it('cancel() sends the stored request again with Observe=1 and the old token (RFC 7641 §3.6)', async () => {
    const s = restored();
    const p = s.obs.cancel();
    await flush();
    const [req] = sent(s.tr);
    expect(req?.token.equals(TOKEN)).toBe(true);
    expect(readUint(opt(req!, 'Observe'))).toBe(1);
    expect(opt(req!, 'Uri-Path')?.toString()).toBe('3');
    s.tr.inject(s.dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: TOKEN, payload: Buffer.from('1') }));
    expect((await p)?.code).toBe('2.05');
    expect(s.ends).toEqual(['cancelled']);
  });

  it('rejects a token longer than 8 bytes and refuses after close', async () => {
    const s = setup();
    expect(() => s.ep.restoreObservation(s.dev, { method: 'GET' }, Buffer.alloc(9), 0, () => undefined)).toThrow(CoapRequestError);
    await s.ep.close();
    expect(() => s.ep.restoreObservation(s.dev, { method: 'GET' }, TOKEN, 0, () => undefined)).toThrow(/closed/);
  });
});
