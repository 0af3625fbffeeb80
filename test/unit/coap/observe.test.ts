import { describe, expect, it } from 'vitest';
import { isNewerNotification } from '../../../src/coap/observations.js';
import type { InboundResponse, Observation, ObservationEndReason } from '../../../src/coap/types.js';
import { block, dgram, flush, opt, readBlock, readUint, sent, setup } from './helpers.js';

type Setup = ReturnType<typeof setup>;

/** Starts an observation of /3/0/9 and answers it with Observe=seq; returns what the test needs. */
async function observed(s: Setup, seq = 10) {
  const { ep, tr, dev } = s;
  const notes: InboundResponse[] = [];
  const ends: ObservationEndReason[] = [];
  const p = ep.observe(dev, { method: 'GET', uriPath: ['3', '0', '9'] }, (r) => notes.push(r), { onObservationEnd: (r) => ends.push(r) });
  const [req] = sent(tr);
  expect(readUint(opt(req!, 'Observe'))).toBe(0);
  tr.inject(dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [{ name: 'Observe', value: Buffer.of(seq) }], payload: Buffer.from('80') }));
  const { response, observation } = await p;
  return { response, observation: observation as Observation, token: req!.token, notes, ends, req: req! };
}

function note(token: Buffer, mid: number, seq: number, payload: string, confirmable = false) {
  return dgram({ confirmable, code: '2.05', messageId: mid, token, options: [{ name: 'Observe', value: Buffer.of(seq >> 16, (seq >> 8) & 0xff, seq & 0xff) }], payload: Buffer.from(payload) });
}

describe('RFC 7641 freshness rule', () => {
  it('compares Observe values modulo 2^24 and accepts anything after 128 s', () => {
    expect(isNewerNotification(5, 0, 6, 0)).toBe(true);
    expect(isNewerNotification(6, 0, 5, 0)).toBe(false);
    expect(isNewerNotification(5, 0, 5, 0)).toBe(false);
    expect(isNewerNotification(0xfffffe, 0, 1, 0)).toBe(true); // wrapped
    expect(isNewerNotification(1, 0, 0xfffffe, 0)).toBe(false);
    expect(isNewerNotification(6, 0, 5, 128_001)).toBe(true);
    expect(isNewerNotification(6, 0, 5, 128_000)).toBe(false);
  });
});

describe('client observations', () => {
  it('registers on a 2.05 with Observe and delivers fresh notifications in order, dropping stale ones', async () => {
    const s = setup();
    const { response, observation, token, notes } = await observed(s);
    expect(response.observe).toBe(10);
    expect(observation.peer).toBe(s.dev);
    s.tr.inject(s.dev, note(token, 1, 11, 'a'));
    s.tr.inject(s.dev, note(token, 2, 13, 'c'));
    s.tr.inject(s.dev, note(token, 3, 12, 'b')); // older than 13: dropped
    s.tr.inject(s.dev, note(token, 4, 13, 'c')); // duplicate
    expect(notes.map((n) => n.payload.toString())).toEqual(['a', 'c']);
    expect(notes.map((n) => n.observe)).toEqual([11, 13]);
    expect(s.ep.counters.staleNotifications).toBe(2);
    expect(sent(s.tr)).toHaveLength(0); // NON notifications are not acknowledged
    // 128 s later even a lower number is fresh.
    s.clock.advance(128_001);
    s.tr.inject(s.dev, note(token, 5, 2, 'd'));
    expect(notes.at(-1)?.payload.toString()).toBe('d');
    await s.ep.close();
  });

  it('ACKs CON notifications, also stale ones', async () => {
    const s = setup();
    const { token, notes } = await observed(s);
    s.tr.inject(s.dev, note(token, 77, 11, 'x', true));
    s.tr.inject(s.dev, note(token, 77, 11, 'x', true)); // retransmitted: ACK again, deliver once
    expect(sent(s.tr).map((m) => [m.ack, m.code, m.messageId])).toEqual([[true, '0.00', 77], [true, '0.00', 77]]);
    expect(notes).toHaveLength(1);
    await s.ep.close();
  });

  it('answers a notification with an unknown token with RST (reactive cancel)', async () => {
    const s = setup();
    s.tr.inject(s.dev, note(Buffer.from('0badc0de', 'hex'), 90, 3, 'x', true));
    s.tr.inject(s.dev, note(Buffer.from('0badc0de', 'hex'), 91, 4, 'x', false));
    expect(sent(s.tr).map((m) => [m.reset, m.messageId])).toEqual([[true, 90], [true, 91]]);
    await s.ep.close();
  });

  it('forget() makes the next notification get RST', async () => {
    const s = setup();
    const { observation, token, notes, ends } = await observed(s);
    observation.forget();
    expect(ends).toEqual(['forgotten']);
    s.tr.inject(s.dev, note(token, 5, 11, 'x', true));
    expect(sent(s.tr).map((m) => m.reset)).toEqual([true]);
    expect(notes).toHaveLength(0);
    expect(s.ep.observationCount).toBe(0);
    await s.ep.close();
  });

  it('cancel() sends the same request with Observe=1 and the same token (RFC 7641 §3.6)', async () => {
    const s = setup();
    const { observation, token, ends } = await observed(s);
    const done = observation.cancel();
    const [req] = sent(s.tr);
    expect(req?.code).toBe('0.01');
    expect(req?.token.equals(token)).toBe(true);
    expect(readUint(opt(req!, 'Observe'))).toBe(1);
    s.tr.inject(s.dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token, payload: Buffer.from('81') }));
    const r = await done;
    expect(r?.payload.toString()).toBe('81');
    expect(r?.observe).toBeUndefined();
    expect(ends).toEqual(['cancelled']);
    await s.ep.close();
  });

  it('a non-2.xx notification ends the observation and is delivered', async () => {
    const s = setup();
    const { token, notes, ends } = await observed(s);
    s.tr.inject(s.dev, dgram({ confirmable: false, code: '4.04', messageId: 9, token }));
    expect(notes.map((n) => n.code)).toEqual(['4.04']);
    expect(ends).toEqual(['response']);
    s.tr.inject(s.dev, note(token, 10, 20, 'late'));
    expect(notes).toHaveLength(1);
    await s.ep.close();
  });

  it('a RST about a notification cancels the observation', async () => {
    const s = setup();
    const { token, ends } = await observed(s);
    s.tr.inject(s.dev, note(token, 333, 11, 'x'));
    s.tr.inject(s.dev, dgram({ reset: true, code: '0.00', messageId: 333 }));
    expect(ends).toEqual(['reset']);
    expect(s.ep.observationCount).toBe(0);
    await s.ep.close();
  });

  it('resolves without an observation when the device answers without Observe', async () => {
    const s = setup();
    const p = s.ep.observe(s.dev, { method: 'GET', uriPath: ['3'] }, () => undefined);
    const [req] = sent(s.tr);
    s.tr.inject(s.dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token }));
    const r = await p;
    expect(r.observation).toBeUndefined();
    expect(s.ep.observationCount).toBe(0);
    await s.ep.close();
  });

  it('supports FETCH observe (composite), keeping the request body', async () => {
    const s = setup();
    const p = s.ep.observe(s.dev, { method: 'FETCH', contentFormat: 112, accept: 112, payload: Buffer.from('body') }, () => undefined);
    const [req] = sent(s.tr);
    expect(req?.code).toBe('0.05');
    expect(req?.payload.toString()).toBe('body');
    s.tr.inject(s.dev, dgram({ ack: true, code: '2.05', messageId: req!.messageId, token: req!.token, options: [{ name: 'Observe', value: Buffer.of(1) }] }));
    expect((await p).observation).toBeDefined();
    await s.ep.close();
  });

  it('completes a Block2 notification by fetching the remaining blocks before delivering (RFC 7959 §2.6)', async () => {
    const s = setup();
    const { token, notes } = await observed(s);
    const body = Buffer.alloc(40);
    for (let i = 0; i < 40; i++) body[i] = 65 + (i % 26);
    s.tr.inject(s.dev, dgram({ confirmable: true, code: '2.05', messageId: 50, token, options: [{ name: 'Observe', value: Buffer.of(11) }, { name: 'Block2', value: block(0, true, 0) }], payload: body.subarray(0, 16) }));
    expect(notes).toHaveLength(0);
    const out = sent(s.tr);
    expect(out[0]?.ack).toBe(true);
    let req = out[1]!;
    for (let n = 1; n <= 2; n++) {
      expect(req.code).toBe('0.01');
      expect(opt(req, 'Observe')).toBeUndefined();
      expect(req.token.equals(token)).toBe(false);
      expect(readBlock(opt(req, 'Block2'))).toEqual({ num: n, more: false, szx: 0 });
      s.tr.inject(s.dev, dgram({ ack: true, code: '2.05', messageId: req.messageId, token: req.token, options: [{ name: 'Block2', value: block(n, n < 2, 0) }], payload: body.subarray(n * 16, Math.min(40, n * 16 + 16)) }));
      await flush();
      if (n < 2) req = sent(s.tr)[0]!;
    }
    expect(notes).toHaveLength(1);
    expect(notes[0]?.payload.equals(body)).toBe(true);
    expect(notes[0]?.observe).toBe(11);
    await s.ep.close();
  });

  it('ends all observations on close', async () => {
    const s = setup();
    const { ends } = await observed(s);
    await s.ep.close();
    expect(ends).toEqual(['closed']);
  });
});

describe('client observations after close', () => {
  it('cancel() after close resolves undefined without sending', async () => {
    const s = setup();
    const { observation } = await observed(s);
    await s.ep.close();
    await expect(observation.cancel()).resolves.toBeUndefined();
    expect(s.tr.sent).toHaveLength(0);
  });
});

describe('client state under mutated traffic', () => {
  it('bit-flipped notifications, ACKs and RSTs never throw or reach the last-resort catch', async () => {
    const s = setup();
    const { token } = await observed(s);
    const pending = s.ep.request(s.dev, { method: 'PUT', payload: Buffer.alloc(3000, 1) }, { block1Size: 64 }).catch(() => undefined);
    const [req] = sent(s.tr);
    const seeds = [
      note(token, 700, 20, 'value', true),
      dgram({ ack: true, code: '2.31', messageId: req!.messageId, token: req!.token, options: [{ name: 'Block1', value: block(0, true, 2) }] }),
      dgram({ confirmable: true, code: '2.05', messageId: 701, token, options: [{ name: 'Observe', value: Buffer.of(30) }, { name: 'Block2', value: block(0, true, 0) }], payload: Buffer.alloc(16) }),
      dgram({ reset: true, code: '0.00', messageId: 700 }),
    ];
    let seed = 7;
    const rnd = (n: number): number => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let i = 0; i < 4000; i++) {
      const b = Buffer.from(seeds[i % seeds.length]!);
      for (let k = 0; k <= rnd(3); k++) {
        const at = rnd(b.length);
        b[at] = (b[at] as number) ^ (1 << rnd(8));
      }
      expect(() => s.tr.inject(s.dev, b)).not.toThrow();
      if (i % 100 === 0) s.clock.advance(500);
      await flush();
    }
    s.clock.advance(600_000);
    await flush();
    expect(s.ep.counters.internalErrors).toBe(0);
    await s.ep.close();
    await pending;
  });
});
