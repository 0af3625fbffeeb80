import { describe, expect, it } from 'vitest';
import { PendingRequests, type TimerApi } from '../../../src/kafka/pending-requests.js';

/** Manual timers: fire() runs everything due, so no test waits on wall time. */
function manualTimers(): TimerApi & { advance(ms: number): void } {
  let now = 0;
  let seq = 0;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn, ms) { seq += 1; due.set(seq, { at: now + ms, fn }); return seq; },
    clearTimeout(h) { due.delete(h as number); },
    advance(ms) {
      now += ms;
      for (const [k, v] of [...due]) if (v.at <= now) { due.delete(k); v.fn(); }
    },
  };
}

describe('PendingRequests', () => {
  it('completes a known id and ignores an unknown one', async () => {
    const p = new PendingRequests<string>(10, 1000, manualTimers());
    const f = p.add('a')!;
    expect(p.complete('zzz', 'x')).toBe(false);
    expect(p.complete('a', 'answer')).toBe(true);
    await expect(f).resolves.toEqual({ kind: 'response', value: 'answer' });
    expect(p.size).toBe(0);
  });

  it('times out an unanswered request and drops a late answer', async () => {
    const t = manualTimers();
    const p = new PendingRequests<string>(10, 1000, t);
    const f = p.add('a')!;
    t.advance(999);
    expect(p.size).toBe(1);
    t.advance(1);
    await expect(f).resolves.toEqual({ kind: 'timeout' });
    expect(p.complete('a', 'late')).toBe(false);
  });

  it('refuses beyond the bound, and accepts again after one completes', () => {
    const p = new PendingRequests<number>(2, 1000, manualTimers());
    expect(p.add('a')).toBeDefined();
    expect(p.add('b')).toBeDefined();
    expect(p.add('c')).toBeUndefined();
    p.complete('a', 1);
    expect(p.add('c')).toBeDefined();
  });

  it('cancelAll resolves everything as cancelled', async () => {
    const p = new PendingRequests<number>(5, 1000, manualTimers());
    const a = p.add('a')!;
    const b = p.add('b')!;
    p.cancelAll('stopping');
    await expect(Promise.all([a, b])).resolves.toEqual([{ kind: 'cancelled', reason: 'stopping' }, { kind: 'cancelled', reason: 'stopping' }]);
  });
});
