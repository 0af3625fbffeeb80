import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { BufferedProducer, type OutRecord } from '../../../src/kafka/buffered-producer.js';

const log = pino({ level: 'silent' });
const rec = (i: number, size = 10): OutRecord => ({ topic: 't', key: `k${i}`, value: new Uint8Array(size) });

describe('BufferedProducer', () => {
  it('batches records and resolves each on ack', async () => {
    const batches: OutRecord[][] = [];
    const p = new BufferedProducer(async (r) => { batches.push(r); }, { batchSizeBytes: 1_000_000, lingerMs: 5, maxBufferBytes: 1_000_000, maxInFlight: 1 }, log);
    const outcomes = await Promise.all([p.produce(rec(1)), p.produce(rec(2)), p.produce(rec(3))]);
    expect(outcomes).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.map((r) => r.key)).toEqual(['k1', 'k2', 'k3']);
    expect(p.stats.acked).toBe(3);
  });

  it('splits by batch size', async () => {
    const batches: OutRecord[][] = [];
    const p = new BufferedProducer(async (r) => { batches.push(r); }, { batchSizeBytes: 60, lingerMs: 50, maxBufferBytes: 1_000_000, maxInFlight: 1 }, log);
    await Promise.all([1, 2, 3, 4].map((i) => p.produce(rec(i))));
    expect(batches.length).toBeGreaterThan(1);
    expect(batches.flat().map((r) => r.key)).toEqual(['k1', 'k2', 'k3', 'k4']);
  });

  it('keeps records through failures and delivers them in order after recovery', async () => {
    let down = true;
    const delivered: string[] = [];
    let attempts = 0;
    const p = new BufferedProducer(async (r) => {
      attempts += 1;
      if (down) throw new Error('broker unreachable');
      delivered.push(...r.map((x) => x.key));
    }, { batchSizeBytes: 1_000_000, lingerMs: 0, maxBufferBytes: 1_000_000, maxInFlight: 1, retryBackoffMs: 5, maxRetryBackoffMs: 10 }, log);
    const all = Promise.all([1, 2, 3].map((i) => p.produce(rec(i))));
    // Let a few attempts fail, bounded in count rather than time.
    for (let i = 0; i < 200 && attempts < 3; i++) await new Promise((r) => setTimeout(r, 2));
    expect(attempts).toBeGreaterThanOrEqual(3);
    expect(delivered).toEqual([]);
    down = false;
    await expect(all).resolves.toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(delivered).toEqual(['k1', 'k2', 'k3']);
    expect(p.stats.failedBatches).toBeGreaterThanOrEqual(3);
  });

  it('refuses and counts records beyond the buffer bound', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => { release = r; });
    const p = new BufferedProducer(async () => { await gate; }, { batchSizeBytes: 1_000_000, lingerMs: 0, maxBufferBytes: 100, maxInFlight: 1 }, log);
    const first = p.produce(rec(1, 40)); // 40 + 2 + 1 + 16 = 59 bytes
    const second = await p.produce(rec(2, 40));
    expect(second).toEqual({ ok: false, reason: 'overflow' });
    expect(p.stats.overflowDropped).toBe(1);
    release();
    await expect(first).resolves.toEqual({ ok: true });
    await expect(p.produce(rec(3, 40))).resolves.toEqual({ ok: true });
  });

  it('sends full batches at once only while fewer than two requests are in flight; the rest leaves in one request on an answer', async () => {
    const batches: OutRecord[][] = [];
    const gates: Array<() => void> = [];
    const p = new BufferedProducer(
      (r) => {
        batches.push(r);
        return new Promise<void>((done) => gates.push(done));
      },
      // 59 bytes a record: every record is a full batch; the in-flight linger (5 ms) is not reached here.
      { batchSizeBytes: 50, maxRequestBytes: 10_000, lingerMs: 1000, maxBufferBytes: 1_000_000, maxInFlight: 5 },
      log,
    );
    const all = [1, 2, 3, 4, 5].map((i) => p.produce(rec(i, 40)));
    // Two requests left at once; records 3-5 wait for an answer instead of three more requests.
    expect(batches.map((b) => b.map((r) => r.key))).toEqual([['k1'], ['k2']]);
    gates.shift()?.();
    for (let i = 0; i < 50 && batches.length < 3; i++) await new Promise((r) => setTimeout(r, 1));
    expect(batches.map((b) => b.map((r) => r.key))).toEqual([['k1'], ['k2'], ['k3', 'k4', 'k5']]);
    for (const g of gates.splice(0)) g();
    await expect(Promise.all(all)).resolves.toHaveLength(5);
  });

  it('batches records that arrive while a request is in flight into the next request (adaptive linger)', async () => {
    const batches: string[][] = [];
    const gates: Array<() => void> = [];
    const p = new BufferedProducer(async (r) => {
      batches.push(r.map((x) => x.key));
      await new Promise<void>((res) => gates.push(res));
    }, { batchSizeBytes: 1_000_000, lingerMs: 1, maxBufferBytes: 1_000_000, maxInFlight: 5 }, log);
    const first = p.produce(rec(1));
    for (let i = 0; i < 200 && batches.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
    expect(batches).toEqual([['k1']]);
    // Records produced during the flight wait for its answer, even across several linger windows
    // of 1 ms (the in-flight fallback is longer): one request carries all three afterwards.
    const rest = [p.produce(rec(2)), p.produce(rec(3))];
    await new Promise((r) => setTimeout(r, 2));
    rest.push(p.produce(rec(4)));
    expect(batches).toHaveLength(1);
    gates.shift()!();
    await expect(first).resolves.toEqual({ ok: true });
    for (let i = 0; i < 200 && batches.length < 2; i++) await new Promise((r) => setTimeout(r, 1));
    expect(batches[1]).toEqual(['k2', 'k3', 'k4']);
    gates.shift()!();
    await expect(Promise.all(rest)).resolves.toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(batches).toHaveLength(2);
  });

  it('still sends a second request after the in-flight fallback when the first is not answered', async () => {
    const batches: string[][] = [];
    const gates: Array<() => void> = [];
    const p = new BufferedProducer(async (r) => {
      batches.push(r.map((x) => x.key));
      await new Promise<void>((res) => gates.push(res));
    }, { batchSizeBytes: 1_000_000, lingerMs: 1, maxBufferBytes: 1_000_000, maxInFlight: 2 }, log);
    const all = [p.produce(rec(1))];
    for (let i = 0; i < 200 && batches.length === 0; i++) await new Promise((r) => setTimeout(r, 2));
    all.push(p.produce(rec(2)));
    // The first request stays unanswered: the second must go out on its own (maxInFlight 2).
    for (let i = 0; i < 500 && batches.length < 2; i++) await new Promise((r) => setTimeout(r, 2));
    expect(batches).toEqual([['k1'], ['k2']]);
    for (const g of gates.splice(0)) g();
    await expect(Promise.all(all)).resolves.toEqual([{ ok: true }, { ok: true }]);
  });

  it('answers stopped after stop()', async () => {
    const p = new BufferedProducer(async () => undefined, { batchSizeBytes: 10, lingerMs: 1000, maxBufferBytes: 1000, maxInFlight: 1 }, log);
    p.stop();
    await expect(p.produce(rec(1))).resolves.toEqual({ ok: false, reason: 'stopped' });
  });
});
