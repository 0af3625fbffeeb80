import { parse } from 'coap-packet';
import { describe, expect, it } from 'vitest';
import { CoapRequestError, type InboundResponse } from '../../../src/coap/types.js';
import { block, dgram, flush, opt, opts, readBlock, readUint, sent, setup } from './helpers.js';

/** Captures the settled state of a promise without awaiting it. */
function track<T>(p: Promise<T>): { value?: T; error?: unknown; done: boolean } {
  const s: { value?: T; error?: unknown; done: boolean } = { done: false };
  p.then(
    (v) => Object.assign(s, { value: v, done: true }),
    (e: unknown) => Object.assign(s, { error: e, done: true }),
  );
  return s;
}

describe('client role: requests to devices', () => {
  it('sends a CON GET to the peer and resolves with the piggy-backed response', async () => {
    const { ep, tr, dev } = setup();
    const p = track(ep.request(dev, { method: 'GET', uriPath: ['3', '0', '0'], accept: 0 }));
    const out = tr.take();
    expect(out).toHaveLength(1);
    expect(out[0]?.peer).toBe(dev);
    const r = parse(out[0]!.datagram);
    expect(r.confirmable).toBe(true);
    expect(r.code).toBe('0.01');
    expect(r.token.length).toBe(8);
    expect(r.options.filter((o) => o.name === 'Uri-Path').map((o) => o.value.toString())).toEqual(['3', '0', '0']);
    tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: r.messageId, token: r.token, options: [{ name: 'Content-Format', value: Buffer.of(0) }], payload: Buffer.from('Acme') }));
    await flush();
    expect(p.value?.code).toBe('2.05');
    expect(p.value?.payload.toString()).toBe('Acme');
    expect(p.value?.contentFormat).toBe(0);
    await ep.close();
  });

  it('retransmits a CON with exponential back-off and fails with timeout after MAX_RETRANSMIT (RFC 7252 §4.2)', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { ackTimeoutMs: 1000, maxRetransmit: 3 } });
    const p = track(ep.request(dev, { method: 'GET', uriPath: ['1'] }));
    const first = sent(tr);
    expect(first).toHaveLength(1);
    const times: number[] = [];
    for (let t = 1; t <= 16_000; t++) {
      clock.advance(1);
      const s = sent(tr);
      for (const m of s) {
        expect(m.messageId).toBe(first[0]?.messageId);
        times.push(t);
      }
      await flush();
      if (p.done) {
        times.push(-t);
        break;
      }
    }
    // Retransmissions at 1 s, 3 s, 7 s, then give up at 15 s (1 + 2 + 4 + 8).
    expect(times).toEqual([1000, 3000, 7000, -15000]);
    expect(p.error).toBeInstanceOf(CoapRequestError);
    expect((p.error as CoapRequestError).reason).toBe('timeout');
    expect(ep.counters.retransmissions).toBe(3);
    expect(ep.counters.timeouts).toBe(1);
    await ep.close();
  });

  it('stretches the first timeout by ACK_RANDOM_FACTOR according to random()', async () => {
    const { ep, tr, dev, clock } = setup({ random: () => 0.5, timing: { ackTimeoutMs: 1000, ackRandomFactor: 1.5 } });
    void ep.request(dev, { method: 'GET' }).catch(() => undefined);
    sent(tr);
    clock.advance(1249);
    expect(sent(tr)).toHaveLength(0);
    clock.advance(1);
    expect(sent(tr)).toHaveLength(1);
    await ep.close();
  });

  it('fails with reason reset when the device answers RST', async () => {
    const { ep, tr, dev, clock } = setup();
    const p = track(ep.request(dev, { method: 'GET' }));
    const [req] = sent(tr);
    tr.inject(dev, dgram({ reset: true, code: '0.00', messageId: req!.messageId }));
    await flush();
    expect((p.error as CoapRequestError).reason).toBe('reset');
    clock.advance(100_000);
    expect(sent(tr)).toHaveLength(0);
    await ep.close();
  });

  it('waits for a separate response after an empty ACK, ACKs it, and matches it by token (RFC 7252 §5.2.2)', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { ackTimeoutMs: 1000 } });
    const p = track(ep.request(dev, { method: 'POST', uriPath: ['3', '0', '4'] }));
    const [req] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '0.00', messageId: req!.messageId }));
    clock.advance(20_000);
    expect(sent(tr)).toHaveLength(0); // no retransmission after the ACK
    // A CON with another token is not ours: RST.
    tr.inject(dev, dgram({ confirmable: true, code: '2.04', messageId: 500, token: Buffer.from('ffff', 'hex') }));
    expect(sent(tr).map((m) => [m.reset, m.messageId])).toEqual([[true, 500]]);
    const sep = dgram({ confirmable: true, code: '2.04', messageId: 501, token: req!.token });
    tr.inject(dev, sep);
    await flush();
    expect(p.value?.code).toBe('2.04');
    const [ack] = sent(tr);
    expect(ack?.ack && ack.code === '0.00' && ack.messageId === 501).toBe(true);
    // Our ACK got lost: the repeated separate response is ACKed again, not reset.
    tr.inject(dev, sep);
    const [ack2] = sent(tr);
    expect(ack2?.ack && ack2.messageId === 501).toBe(true);
    await ep.close();
  });

  it('times out a separate response after separateResponseTimeoutMs', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { separateResponseTimeoutMs: 5000 } });
    const p = track(ep.request(dev, { method: 'GET' }));
    const [req] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '0.00', messageId: req!.messageId }));
    clock.advance(4999);
    await flush();
    expect(p.done).toBe(false);
    clock.advance(1);
    await flush();
    expect((p.error as CoapRequestError).reason).toBe('timeout');
    await ep.close();
  });

  it('honours timeoutMs as an overall deadline', async () => {
    const { ep, tr, dev, clock } = setup();
    const p = track(ep.request(dev, { method: 'GET' }, { timeoutMs: 500 }));
    sent(tr);
    clock.advance(500);
    await flush();
    expect((p.error as CoapRequestError).reason).toBe('timeout');
    clock.advance(100_000);
    expect(sent(tr)).toHaveLength(0); // retransmissions stopped too
    await ep.close();
  });

  it('uses per-peer message IDs and distinct tokens, sent to the same Peer object', async () => {
    const { ep, tr, dev } = setup();
    const other = tr.peer('10.0.0.9', 1234);
    for (let i = 0; i < 3; i++) void ep.request(dev, { method: 'GET' }).catch(() => undefined);
    void ep.request(other, { method: 'GET' }).catch(() => undefined);
    const out = tr.take();
    expect(out.map((o) => o.peer)).toEqual([dev, dev, dev, other]);
    const msgs = out.map((o) => parse(o.datagram));
    const mids = msgs.slice(0, 3).map((m) => m.messageId);
    expect(new Set(mids).size).toBe(3);
    expect(mids[1]).toBe((mids[0]! + 1) & 0xffff);
    expect(new Set(msgs.map((m) => m.token.toString('hex'))).size).toBe(4);
    await ep.close();
  });

  it('rejects responses carrying an unrecognised critical option (RFC 7252 §5.4.1)', async () => {
    const { ep, tr, dev } = setup();
    const bad = { name: 2049 + 10, value: Buffer.of(1) }; // odd number: critical
    const a = track(ep.request(dev, { method: 'GET' }));
    const [r1] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: r1!.messageId, token: r1!.token, options: [bad] }));
    await flush();
    expect((a.error as CoapRequestError).reason).toBe('protocol');

    const b = track(ep.request(dev, { method: 'GET' }));
    const [r2] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '0.00', messageId: r2!.messageId }));
    tr.inject(dev, dgram({ confirmable: true, code: '2.05', messageId: 900, token: r2!.token, options: [bad] }));
    expect(sent(tr).map((m) => [m.reset, m.messageId])).toEqual([[true, 900]]);
    await flush();
    expect(b.done).toBe(false);
    tr.inject(dev, dgram({ confirmable: true, code: '2.05', messageId: 901, token: r2!.token }));
    await flush();
    expect(b.value?.code).toBe('2.05');
    expect(ep.counters.badOptions).toBe(2);
    await ep.close();
  });

  it('fails pending requests with reason closed on close()', async () => {
    const { ep, tr, dev } = setup();
    const p = track(ep.request(dev, { method: 'GET' }));
    await ep.close();
    await flush();
    expect((p.error as CoapRequestError).reason).toBe('closed');
    expect(tr.closed).toBe(true);
    await expect(ep.request(dev, { method: 'GET' })).rejects.toMatchObject({ reason: 'closed' });
  });
});

describe('client role: Block2 reads (RFC 7959 §2.4)', () => {
  it('follows Block2 to the end, at the size the device answers, and checks ETag', async () => {
    const { ep, tr, dev } = setup();
    const body = Buffer.alloc(150);
    for (let i = 0; i < body.length; i++) body[i] = i;
    const p = track(ep.request(dev, { method: 'GET', uriPath: ['5', '0', '0'] }, { block2Size: 64 }));
    let [req] = sent(tr);
    // Early negotiation: the first request asks for 64-byte blocks.
    expect(readBlock(opt(req!, 'Block2'))).toEqual({ num: 0, more: false, szx: 2 });
    // The device answers with 32-byte blocks.
    const etag = { name: 'ETag' as const, value: Buffer.from('e1') };
    tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [etag, { name: 'Block2', value: block(0, true, 1) }], payload: body.subarray(0, 32) }));
    const nums: number[] = [];
    for (let n = 1; n < 5; n++) {
      await flush();
      [req] = sent(tr);
      const b = readBlock(opt(req!, 'Block2'))!;
      nums.push(b.num);
      expect(b.szx).toBe(1);
      expect(opts(req!, 'Uri-Path')).toEqual(['5', '0', '0']);
      const end = Math.min((n + 1) * 32, body.length);
      tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [etag, { name: 'Block2', value: block(n, end < body.length, 1) }], payload: body.subarray(n * 32, end) }));
    }
    await flush();
    expect(nums).toEqual([1, 2, 3, 4]);
    expect(p.value?.payload.equals(body)).toBe(true);
    await ep.close();
  });

  it('fails with protocol when the ETag changes mid-transfer', async () => {
    const { ep, tr, dev } = setup();
    const p = track(ep.request(dev, { method: 'GET' }));
    let [req] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [{ name: 'ETag', value: Buffer.from('a') }, { name: 'Block2', value: block(0, true, 0) }], payload: Buffer.alloc(16) }));
    await flush();
    [req] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [{ name: 'ETag', value: Buffer.from('b') }, { name: 'Block2', value: block(1, false, 0) }], payload: Buffer.alloc(3) }));
    await flush();
    expect((p.error as CoapRequestError).reason).toBe('protocol');
    await ep.close();
  });
});

describe('client role: Block1 writes (RFC 7959 §2.5)', () => {
  it('sends blocks under one token, drops to a smaller size on 2.31, and renumbers', async () => {
    const { ep, tr, dev } = setup();
    const body = Buffer.alloc(300);
    for (let i = 0; i < body.length; i++) body[i] = i & 0xff;
    const progress: number[] = [];
    const p = track(ep.request(dev, { method: 'PUT', uriPath: ['5', '0', '0'], contentFormat: 42, payload: body }, { block1Size: 128, onBlock1Progress: (n, total) => progress.push(total === 300 ? n : -1) }));
    const got: Buffer[] = [];
    const seen: [number, boolean, number][] = [];
    let token: Buffer | undefined;
    for (let i = 0; i < 10; i++) {
      await flush();
      const [req] = sent(tr);
      if (!req) break;
      const b = readBlock(opt(req, 'Block1'))!;
      seen.push([b.num, b.more, b.szx]);
      token ??= req.token;
      expect(req.token.equals(token)).toBe(true);
      if (b.num === 0) expect(readUint(opt(req, 'Size1'))).toBe(300);
      got.push(req.payload);
      // After block 0 (128 B) the device asks for 64-byte blocks.
      const code = b.more ? '2.31' : '2.04';
      const szx = Math.min(b.szx, 2);
      tr.inject(dev, dgram({ ack: true, code, messageId: req.messageId, token: req.token, options: [{ name: 'Block1', value: block(b.num, b.more, szx) }] }));
    }
    await flush();
    // 128 B at szx 3, then offset 128 = block 2 of 64 B, 3 (192), 4 (256, last 44 B).
    expect(seen).toEqual([[0, true, 3], [2, true, 2], [3, true, 2], [4, false, 2]]);
    expect(progress).toEqual([128, 192, 256, 300]);
    expect(Buffer.concat(got).equals(body)).toBe(true);
    expect(p.value?.code).toBe('2.04');
    await ep.close();
  });

  it('restarts the block with a smaller size on 4.13 carrying Block1', async () => {
    const { ep, tr, dev } = setup();
    const body = Buffer.alloc(100, 7);
    const p = track(ep.request(dev, { method: 'POST', payload: body }, { block1Size: 64 }));
    let [req] = sent(tr);
    expect(readBlock(opt(req!, 'Block1'))).toEqual({ num: 0, more: true, szx: 2 });
    tr.inject(dev, dgram({ ack: true, code: '4.13', messageId: req!.messageId, token: req!.token, options: [{ name: 'Block1', value: block(0, false, 1) }] }));
    await flush();
    [req] = sent(tr);
    expect(readBlock(opt(req!, 'Block1'))).toEqual({ num: 0, more: true, szx: 1 });
    expect(req!.payload.length).toBe(32);
    tr.inject(dev, dgram({ ack: true, code: '4.00', messageId: req!.messageId, token: req!.token }));
    await flush();
    expect(p.value?.code).toBe('4.00');
    await ep.close();
  });

  it('retransmits a lost block through the CON layer', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { ackTimeoutMs: 1000 } });
    const p = track(ep.request(dev, { method: 'PUT', payload: Buffer.alloc(40, 1) }, { block1Size: 16 }));
    let [req] = sent(tr);
    tr.inject(dev, dgram({ ack: true, code: '2.31', messageId: req!.messageId, token: req!.token, options: [{ name: 'Block1', value: block(0, true, 0) }] }));
    await flush();
    [req] = sent(tr);
    clock.advance(1000);
    const [again] = sent(tr);
    expect(again?.messageId).toBe(req?.messageId);
    expect(readBlock(opt(again!, 'Block1'))?.num).toBe(1);
    tr.inject(dev, dgram({ ack: true, code: '2.31', messageId: req!.messageId, token: req!.token, options: [{ name: 'Block1', value: block(1, true, 0) }] }));
    await flush();
    [req] = sent(tr);
    expect(readBlock(opt(req!, 'Block1'))).toEqual({ num: 2, more: false, szx: 0 });
    expect(req!.payload.length).toBe(8);
    tr.inject(dev, dgram({ ack: true, code: '2.04', messageId: req!.messageId, token: req!.token }));
    await flush();
    expect((p.value as InboundResponse).code).toBe('2.04');
    await ep.close();
  });
});
