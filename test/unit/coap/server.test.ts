import { describe, expect, it } from 'vitest';
import type { InboundRequest, OutboundResponse } from '../../../src/coap/types.js';
import { dgram, flush, opt, opts, readUint, sent, setup, uri } from './helpers.js';

const TOKEN = Buffer.from('a1b2', 'hex');

describe('server role: requests from devices', () => {
  it('answers piggy-backed and hands the handler the decoded request', async () => {
    const { ep, tr, dev } = setup();
    let seen: InboundRequest | undefined;
    ep.setRequestHandler((req) => {
      seen = req;
      return { code: '2.01', locationPath: ['rd', 'x1'] };
    });
    tr.inject(dev, dgram({
      confirmable: true, code: 'POST', messageId: 100, token: TOKEN,
      options: [...uri('rd'), { name: 'Content-Format', value: Buffer.of(40) }, { name: 'Uri-Query', value: Buffer.from('ep=dev1') }],
      payload: Buffer.from('</1/0>'),
    }));
    expect(seen?.method).toBe('POST');
    expect(seen?.uriPath).toEqual(['rd']);
    expect(seen?.uriQuery).toEqual(['ep=dev1']);
    expect(seen?.contentFormat).toBe(40);
    expect(seen?.payload.toString()).toBe('</1/0>');
    expect(seen?.peer).toBe(dev);
    const [ack, ...rest] = sent(tr);
    expect(rest).toHaveLength(0);
    expect(ack?.ack).toBe(true);
    expect(ack?.messageId).toBe(100);
    expect(ack?.code).toBe('2.01');
    expect(ack?.token.equals(TOKEN)).toBe(true);
    expect(opts(ack!, 'Location-Path')).toEqual(['rd', 'x1']);
    await ep.close();
  });

  it('replays the cached response for a duplicate CON without calling the handler again (RFC 7252 §4.5)', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { exchangeLifetimeMs: 10_000 } });
    let calls = 0;
    ep.setRequestHandler(() => ({ code: '2.05', payload: Buffer.from(`call ${++calls}`) }));
    const req = dgram({ confirmable: true, code: 'GET', messageId: 7, token: TOKEN, options: uri('a') });
    tr.inject(dev, req);
    const first = sent(tr);
    tr.inject(dev, req);
    const second = sent(tr);
    expect(calls).toBe(1);
    expect(second[0]?.payload.toString()).toBe('call 1');
    expect(second[0]?.messageId).toBe(first[0]?.messageId);
    expect(ep.counters.duplicates).toBe(1);
    // The same MID from another peer is a different message.
    tr.inject(tr.peer('10.0.0.2', 40000), req);
    expect(calls).toBe(2);
    // After EXCHANGE_LIFETIME the MID is new again.
    clock.advance(10_001);
    tr.inject(dev, req);
    expect(calls).toBe(3);
    await ep.close();
  });

  it('gives a duplicate nothing while the handler works, then the empty ACK once sent', async () => {
    const { ep, tr, dev, clock } = setup({ timing: { ackTimeoutMs: 2000 } });
    let finish!: (r: OutboundResponse) => void;
    ep.setRequestHandler(() => new Promise<OutboundResponse>((r) => (finish = r)));
    const req = dgram({ confirmable: true, code: 'GET', messageId: 8, token: TOKEN, options: uri('slow') });
    tr.inject(dev, req);
    tr.inject(dev, req);
    expect(sent(tr)).toHaveLength(0);
    expect(ep.counters.duplicates).toBe(1);
    // Default delay before the empty ACK: ACK_TIMEOUT / 2.
    clock.advance(999);
    expect(sent(tr)).toHaveLength(0);
    clock.advance(1);
    const [emptyAck] = sent(tr);
    expect(emptyAck?.ack).toBe(true);
    expect(emptyAck?.code).toBe('0.00');
    expect(emptyAck?.messageId).toBe(8);
    tr.inject(dev, req);
    const [again] = sent(tr);
    expect(again?.ack && again.code === '0.00' && again.messageId === 8).toBe(true);

    // The separate response is a CON with the request's token, retransmitted until ACKed.
    finish({ code: '2.05', payload: Buffer.from('late') });
    await flush();
    const [resp] = sent(tr);
    expect(resp?.confirmable).toBe(true);
    expect(resp?.code).toBe('2.05');
    expect(resp?.token.equals(TOKEN)).toBe(true);
    expect(resp?.messageId).not.toBe(8);
    clock.advance(2000);
    const [retry] = sent(tr);
    expect(retry?.messageId).toBe(resp?.messageId);
    tr.inject(dev, dgram({ ack: true, code: '0.00', messageId: resp!.messageId }));
    clock.advance(60_000);
    expect(sent(tr)).toHaveLength(0);
    await ep.close();
  });

  it('answers a NON request with a NON response', async () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler(() => ({ code: '2.04' }));
    tr.inject(dev, dgram({ confirmable: false, code: 'POST', messageId: 9, token: TOKEN, options: uri('dp') }));
    const [r] = sent(tr);
    expect(r?.confirmable).toBe(false);
    expect(r?.ack).toBe(false);
    expect(r?.code).toBe('2.04');
    expect(r?.token.equals(TOKEN)).toBe(true);
    await ep.close();
  });

  it('answers 4.02 to a CON request with an unrecognised critical option, ignores a NON one (RFC 7252 §5.4.1)', async () => {
    const { ep, tr, dev } = setup();
    let calls = 0;
    ep.setRequestHandler(() => {
      calls++;
      return { code: '2.05' };
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 10, options: [...uri('a'), { name: 2049 + 12, value: Buffer.of(1) }] }));
    const [r] = sent(tr);
    expect(r?.code).toBe('4.02');
    expect(r?.messageId).toBe(10);
    tr.inject(dev, dgram({ confirmable: false, code: 'GET', messageId: 11, options: [...uri('a'), { name: 9, value: Buffer.of(1) }] }));
    expect(sent(tr)).toHaveLength(0);
    // An unknown elective (even) option is ignored.
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 12, options: [...uri('a'), { name: 2050, value: Buffer.of(1) }] }));
    expect(sent(tr)[0]?.code).toBe('2.05');
    expect(calls).toBe(1);
    expect(ep.counters.badOptions).toBe(2);
    await ep.close();
  });

  it('turns a throwing or rejecting handler into 5.00', async () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler((req) => {
      if (req.uriPath[0] === 'sync') throw new Error('boom');
      return Promise.reject(new Error('async boom'));
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 20, options: uri('sync') }));
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 21, options: uri('async') }));
    await flush();
    const r = sent(tr);
    expect(r.map((p) => [p.messageId, p.code])).toEqual([[20, '5.00'], [21, '5.00']]);
    expect(ep.counters.handlerErrors).toBe(2);
    await ep.close();
  });

  it('counts bad datagrams, resets malformed CONs and pings, and never throws', async () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler(() => ({ code: '2.05' }));
    const bad = ['', '40', '80017d34', '40017d34ff', '40017d34b5616263', '4f017d34', 'ffffffff'];
    for (const hex of bad) expect(() => tr.inject(dev, Buffer.from(hex, 'hex'))).not.toThrow();
    expect(ep.counters.parseErrors).toBe(bad.length);
    expect(ep.counters.received).toBe(bad.length);
    // RST for the malformed CONs whose header was readable (marker without payload, bad option, bad TKL).
    expect(sent(tr).map((p) => [p.reset, p.messageId])).toEqual([[true, 0x7d34], [true, 0x7d34], [true, 0x7d34]]);
    // CoAP ping: empty CON gets RST (RFC 7252 §4.3).
    tr.inject(dev, Buffer.from('40000042', 'hex'));
    expect(sent(tr).map((p) => [p.reset, p.messageId])).toEqual([[true, 0x42]]);
    // An unmatched ACK and RST are counted and dropped.
    tr.inject(dev, Buffer.from('60000043', 'hex'));
    tr.inject(dev, Buffer.from('70000044', 'hex'));
    expect(sent(tr)).toHaveLength(0);
    expect(ep.counters.unmatched).toBe(2);
    await ep.close();
  });

  it('tolerates a transport whose send throws', async () => {
    const { ep, tr, dev } = setup();
    ep.setRequestHandler(() => ({ code: '2.05' }));
    tr.failSends = new Error('EPERM');
    expect(() => tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 30, options: uri('a') }))).not.toThrow();
    expect(ep.counters.sendErrors).toBe(1);
    await ep.close();
  });

  it('answers 4.04 when no handler is installed and 4.05 for an unknown method code', async () => {
    const { ep, tr, dev } = setup();
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 40, options: uri('a') }));
    ep.setRequestHandler(() => ({ code: '2.05' }));
    tr.inject(dev, dgram({ confirmable: true, code: '0.09', messageId: 41, options: uri('a') }));
    expect(sent(tr).map((p) => p.code)).toEqual(['4.04', '4.05']);
    await ep.close();
  });

  it('passes Size1/Accept etc. through options untouched', async () => {
    const { ep, tr, dev } = setup();
    let accept: number | undefined;
    ep.setRequestHandler((req) => {
      accept = req.accept;
      return { code: '2.05', contentFormat: 11542, payload: Buffer.from('x') };
    });
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 50, options: [...uri('a'), { name: 'Accept', value: Buffer.from('2d16', 'hex') }] }));
    const [r] = sent(tr);
    expect(accept).toBe(11542);
    expect(readUint(opt(r!, 'Content-Format'))).toBe(11542);
    await ep.close();
  });
});

describe('server role: dedup bounds and hostile traffic', () => {
  it('replays the NON response to a duplicate NON request', async () => {
    const { ep, tr, dev } = setup();
    let calls = 0;
    ep.setRequestHandler(() => ({ code: '2.04', payload: Buffer.from(String(++calls)) }));
    const req = dgram({ confirmable: false, code: 'POST', messageId: 5, token: TOKEN, options: uri('dp') });
    tr.inject(dev, req);
    tr.inject(dev, req);
    const r = sent(tr);
    expect(calls).toBe(1);
    expect(r).toHaveLength(2);
    expect(r[1]?.messageId).toBe(r[0]?.messageId);
    expect(r[1]?.payload.toString()).toBe('1');
    await ep.close();
  });

  it('caps the dedup cache, evicting the oldest entry', async () => {
    const { ep, tr, dev } = setup({ dedupMaxEntries: 2 });
    let calls = 0;
    ep.setRequestHandler(() => ({ code: '2.05', payload: Buffer.from(String(++calls)) }));
    const mk = (mid: number) => dgram({ confirmable: true, code: 'GET', messageId: mid, options: uri('a') });
    tr.inject(dev, mk(1));
    tr.inject(dev, mk(2));
    tr.inject(dev, mk(3));
    tr.inject(dev, mk(3)); // still cached
    expect(calls).toBe(3);
    tr.inject(dev, mk(1)); // evicted: handled as new
    expect(calls).toBe(4);
    await ep.close();
  });

  it('survives a stream of random datagrams and keeps answering a genuine request', async () => {
    const { ep, tr, dev } = setup();
    let handled = 0;
    ep.setRequestHandler(() => {
      handled++;
      return { code: '2.05', payload: Buffer.alloc(2000) };
    });
    let seed = 99;
    const rnd = (): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    for (let i = 0; i < 3000; i++) {
      const len = 4 + Math.floor(rnd() * 60);
      const b = Buffer.alloc(len);
      for (let j = 0; j < len; j++) b[j] = Math.floor(rnd() * 256);
      b[0] = ((b[0] as number) & 0x3f) | 0x40;
      expect(() => tr.inject(tr.peer('10.9.9.9', 1000 + (i % 7)), b)).not.toThrow();
    }
    await flush();
    expect(ep.counters.received).toBe(3000);
    // Nothing reached the last-resort catch: every bad input took a handled path.
    expect(ep.counters.internalErrors).toBe(0);
    tr.take();
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 1, token: TOKEN, options: uri('ok') }));
    const [r] = sent(tr);
    expect(r?.code).toBe('2.05');
    expect(handled).toBeGreaterThan(0);
    await ep.close();
  });
});

describe('server role: unencodable handler responses', () => {
  it('answers 5.00 when the response cannot be encoded, sync or async, without an unhandled rejection', async () => {
    const { ep, tr, dev } = setup();
    const badOption = { number: 2048, value: 'not a buffer' as unknown as Buffer };
    ep.setRequestHandler((req) =>
      req.uriPath[0] === 'sync'
        ? { code: '2.05', options: [badOption] }
        : Promise.resolve({ code: '2.05', options: [badOption] }),
    );
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 60, options: uri('sync') }));
    tr.inject(dev, dgram({ confirmable: true, code: 'GET', messageId: 61, options: uri('async') }));
    await flush();
    expect(sent(tr).map((p) => [p.messageId, p.code])).toEqual([[60, '5.00'], [61, '5.00']]);
    expect(ep.counters.handlerErrors).toBe(2);
    await ep.close();
  });
});
