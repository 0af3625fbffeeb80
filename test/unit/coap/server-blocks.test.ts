import { describe, expect, it } from 'vitest';
import type { InboundRequest } from '../../../src/coap/types.js';
import { block, dgram, opt, readBlock, readUint, sent, setup, uri } from './helpers.js';

function body(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 7) & 0xff;
  return b;
}

describe('server role: Block1 uploads (RFC 7959 §2.3)', () => {
  it('reassembles blocks sent with a new token each (libcoap style), 2.31 per block, then calls the handler once', () => {
    const { ep, tr, dev } = setup();
    const seen: InboundRequest[] = [];
    ep.setRequestHandler((req) => {
      seen.push(req);
      return { code: '2.04' };
    });
    const data = body(100);
    const replies: [string, ReturnType<typeof readBlock>][] = [];
    for (let n = 0; n * 32 < 100; n++) {
      const end = Math.min(100, (n + 1) * 32);
      tr.inject(dev, dgram({
        confirmable: true, code: 'POST', messageId: 1000 + n, token: Buffer.of(0xa0 + n),
        options: [...uri('dp'), { name: 'Content-Format', value: Buffer.of(110) }, { name: 'Block1', value: block(n, end < 100, 1) }],
        payload: data.subarray(n * 32, end),
      }));
      const [r] = sent(tr);
      expect(r?.token.equals(Buffer.of(0xa0 + n))).toBe(true);
      replies.push([r!.code, readBlock(opt(r!, 'Block1'))]);
    }
    expect(replies).toEqual([
      ['2.31', { num: 0, more: true, szx: 1 }],
      ['2.31', { num: 1, more: true, szx: 1 }],
      ['2.31', { num: 2, more: true, szx: 1 }],
      ['2.04', { num: 3, more: false, szx: 1 }],
    ]);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.payload.equals(data)).toBe(true);
    expect(seen[0]?.contentFormat).toBe(110);
  });

  it('answers 4.08 to an out-of-order block and to a block without a transfer', () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler(() => ({ code: '2.04' }));
    const mk = (mid: number, num: number, more: boolean) =>
      dgram({ confirmable: true, code: 'PUT', messageId: mid, options: [...uri('5/0/0'), { name: 'Block1', value: block(num, more, 0) }], payload: Buffer.alloc(16) });
    tr.inject(dev, mk(1, 3, true));
    tr.inject(dev, mk(2, 0, true));
    tr.inject(dev, mk(3, 2, true)); // skipped block 1
    tr.inject(dev, mk(4, 1, true)); // the transfer was dropped
    expect(sent(tr).map((r) => r.code)).toEqual(['4.08', '2.31', '4.08', '4.08']);
    expect(ep.counters.blockErrors).toBe(3);
  });

  it('answers 4.13 with Size1 when the body exceeds maxBodySize', () => {
    const { ep, tr, dev } = setup({ maxBodySize: 40 });
    ep.setRequestHandler(() => ({ code: '2.04' }));
    for (let n = 0; n < 3; n++) {
      tr.inject(dev, dgram({ confirmable: true, code: 'POST', messageId: 10 + n, options: [...uri('dp'), { name: 'Block1', value: block(n, true, 0) }], payload: Buffer.alloc(16) }));
    }
    const r = sent(tr);
    expect(r.map((x) => x.code)).toEqual(['2.31', '2.31', '4.13']);
    expect(readUint(opt(r[2]!, 'Size1'))).toBe(40);
  });

  it('keeps transfers of different Request-Tags and peers apart', () => {
    const { ep, tr, dev } = setup();
    const bodies: string[] = [];
    ep.setRequestHandler((req) => {
      bodies.push(req.payload.toString());
      return { code: '2.04' };
    });
    const other = tr.peer('10.0.0.2', 1);
    const mk = (mid: number, tag: string, num: number, more: boolean, text: string) =>
      dgram({ confirmable: true, code: 'POST', messageId: mid, options: [...uri('dp'), { name: 'Block1', value: block(num, more, 0) }, { name: 292, value: Buffer.from(tag) }], payload: Buffer.from(text) });
    tr.inject(dev, mk(1, 'a', 0, true, 'A'.repeat(16)));
    tr.inject(dev, mk(2, 'b', 0, true, 'B'.repeat(16)));
    tr.inject(other, mk(3, 'a', 0, true, 'C'.repeat(16)));
    tr.inject(dev, mk(4, 'a', 1, false, 'a'));
    tr.inject(other, mk(5, 'a', 1, false, 'c'));
    tr.inject(dev, mk(6, 'b', 1, false, 'b'));
    expect(bodies).toEqual(['A'.repeat(16) + 'a', 'C'.repeat(16) + 'c', 'B'.repeat(16) + 'b']);
  });

  it('asks for smaller blocks when the client sends more than maxBlockSize', () => {
    const { ep, tr, dev } = setup({ maxBlockSize: 64 });
    ep.setRequestHandler(() => ({ code: '2.04' }));
    tr.inject(dev, dgram({ confirmable: true, code: 'PUT', messageId: 1, options: [...uri('x'), { name: 'Block1', value: block(0, true, 3) }], payload: Buffer.alloc(128) }));
    const [r] = sent(tr);
    expect(r?.code).toBe('2.31');
    expect(readBlock(opt(r!, 'Block1'))).toEqual({ num: 0, more: true, szx: 2 });
    // The client continues at offset 128 = block 2 of 64 bytes.
    tr.inject(dev, dgram({ confirmable: true, code: 'PUT', messageId: 2, options: [...uri('x'), { name: 'Block1', value: block(2, false, 2) }], payload: Buffer.alloc(10) }));
    expect(sent(tr)[0]?.code).toBe('2.04');
  });

  it('refuses new uploads with 5.03 beyond maxBlock1Transfers, and stale ones expire', () => {
    const { ep, tr, dev, clock } = setup({ maxBlock1Transfers: 2, timing: { exchangeLifetimeMs: 1000 } });
    ep.setRequestHandler(() => ({ code: '2.04' }));
    const start = (mid: number, path: string) =>
      tr.inject(dev, dgram({ confirmable: true, code: 'POST', messageId: mid, options: [...uri(path), { name: 'Block1', value: block(0, true, 0) }], payload: Buffer.alloc(16) }));
    start(1, 'a');
    start(2, 'b');
    start(3, 'c');
    expect(sent(tr).map((r) => r.code)).toEqual(['2.31', '2.31', '5.03']);
    clock.advance(1001);
    start(4, 'c');
    expect(sent(tr).map((r) => r.code)).toEqual(['2.31']);
  });
});

describe('server role: Block1 memory budget', () => {
  it('refuses blocks with 5.03 once all uploads together hold maxBlock1Bytes, and frees bytes when uploads end', () => {
    const { ep, tr, dev, clock } = setup({ maxBlock1Bytes: 48, timing: { exchangeLifetimeMs: 1000 } });
    ep.setRequestHandler(() => ({ code: '2.04' }));
    let mid = 0;
    const put = (path: string, num: number, more: boolean, peer = dev) =>
      tr.inject(peer, dgram({ confirmable: true, code: 'PUT', messageId: ++mid, options: [...uri(path), { name: 'Block1', value: block(num, more, 0) }], payload: Buffer.alloc(16) }));
    put('a', 0, true);
    put('a', 1, true);
    put('b', 0, true);
    put('c', 0, true); // 64 bytes would be held
    expect(sent(tr).map((r) => r.code)).toEqual(['2.31', '2.31', '2.31', '5.03']);
    put('a', 2, false); // completes "a": its 48 bytes are released
    put('c', 0, true);
    expect(sent(tr).map((r) => r.code)).toEqual(['2.04', '2.31']);
    // Expired uploads release their bytes too.
    clock.advance(1001);
    put('d', 0, true);
    put('d', 1, true);
    put('e', 0, true);
    expect(sent(tr).map((r) => r.code)).toEqual(['2.31', '2.31', '2.31']);
    // A single-block upload (block 0, M=0) does not leak its bytes.
    clock.advance(1001);
    for (let i = 0; i < 5; i++) put('single', 0, false);
    put('f', 0, true);
    put('f', 1, true);
    put('f', 2, true);
    expect(sent(tr).map((r) => r.code)).toEqual(['2.04', '2.04', '2.04', '2.04', '2.04', '2.31', '2.31', '2.31']);
  });
});

describe('server role: Block2 responses (RFC 7959 §2.4)', () => {
  it('sends a large response block by block, serving later blocks from the cache', () => {
    const { ep, tr, dev } = setup({ maxBlockSize: 64 });
    const data = body(150);
    let calls = 0;
    ep.setRequestHandler(() => {
      calls++;
      return { code: '2.05', contentFormat: 42, payload: data };
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1, token: Buffer.of(1), options: uri('fw') }));
    const [first] = sent(tr);
    expect(readBlock(opt(first!, 'Block2'))).toEqual({ num: 0, more: true, szx: 2 });
    expect(readUint(opt(first!, 'Size2'))).toBe(150);
    expect(readUint(opt(first!, 'Content-Format'))).toBe(42);
    const parts = [first!.payload];
    for (let n = 1; n < 3; n++) {
      tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1 + n, token: Buffer.of(1 + n), options: [...uri('fw'), { name: 'Block2', value: block(n, false, 2) }] }));
      const [r] = sent(tr);
      expect(readBlock(opt(r!, 'Block2'))).toEqual({ num: n, more: n < 2, szx: 2 });
      parts.push(r!.payload);
    }
    expect(Buffer.concat(parts).equals(data)).toBe(true);
    expect(calls).toBe(1);
  });

  it('honours a smaller SZX asked by the client, and calls the handler again on a cache miss with block2 set', () => {
    const { ep, tr, dev, clock } = setup({ block2CacheTtlMs: 1000 });
    const data = body(100);
    const asks: (InboundRequest['block2'])[] = [];
    ep.setRequestHandler((req) => {
      asks.push(req.block2);
      return { code: '2.05', payload: data };
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1, options: [...uri('r'), { name: 'Block2', value: block(0, false, 1) }] }));
    expect(sent(tr)[0]?.payload.equals(data.subarray(0, 32))).toBe(true);
    clock.advance(1001);
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 2, options: [...uri('r'), { name: 'Block2', value: block(3, false, 1) }] }));
    const [r] = sent(tr);
    expect(r?.payload.equals(data.subarray(96))).toBe(true);
    expect(readBlock(opt(r!, 'Block2'))).toEqual({ num: 3, more: false, szx: 1 });
    expect(asks).toEqual([{ num: 0, size: 32 }, { num: 3, size: 32 }]);
  });

  it('sends a handler-made slice unchanged (block2Slice contract)', () => {
    const { ep, tr, dev } = setup();
    const data = body(5000);
    ep.setRequestHandler((req) => {
      const b = req.block2 ?? { num: 0, size: 1024 };
      const start = b.num * b.size;
      const end = Math.min(start + b.size, data.length);
      return { code: '2.05', payload: data.subarray(start, end), block2Slice: { more: end < data.length, totalSize: data.length } };
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1, options: [...uri('fw'), { name: 'Block2', value: block(4, false, 6) }] }));
    const [r] = sent(tr);
    expect(r?.payload.equals(data.subarray(4096))).toBe(true);
    expect(readBlock(opt(r!, 'Block2'))).toEqual({ num: 4, more: false, szx: 6 });
    expect(readUint(opt(r!, 'Size2'))).toBe(5000);
  });

  it('keeps cached bodies within block2CacheMaxBytes, calling the handler again for evicted or oversize ones', () => {
    const { ep, tr, dev } = setup({ maxBlockSize: 16, block2CacheMaxBytes: 100 });
    const calls: string[] = [];
    ep.setRequestHandler((req) => {
      calls.push(req.uriPath.join('/'));
      return { code: '2.05', payload: body(req.uriPath[0] === 'big' ? 150 : 60) };
    });
    let mid = 0;
    const get = (path: string, num: number) =>
      tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: ++mid, options: [...uri(path), { name: 'Block2', value: block(num, false, 0) }] }));
    get('a', 0);
    get('a', 1); // cached
    get('b', 0); // 120 bytes would be held: "a" is evicted
    get('b', 1); // cached
    get('a', 2); // miss: handler again
    get('big', 0); // larger than the whole budget: never cached
    get('big', 1);
    expect(calls).toEqual(['a', 'b', 'a', 'big', 'big']);
    expect(sent(tr).every((r) => r.code === '2.05')).toBe(true);
  });

  it('answers 4.02 for a block number beyond the end', () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler(() => ({ code: '2.05', payload: body(20) }));
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1, options: [...uri('r'), { name: 'Block2', value: block(5, false, 0) }] }));
    expect(sent(tr)[0]?.code).toBe('4.02');
  });
});
