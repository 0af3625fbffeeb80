import { describe, expect, it } from 'vitest';
import { UplinkOutbox, type UplinkPayload } from '../../../src/edge/uplink-outbox.js';

const rpc = (requestId: number): UplinkPayload => ({ deviceRpcCallMsg: [{ requestId }] });
const ids = (m: { deviceRpcCallMsg?: Array<{ requestId?: number | null }> | null }): number[] => (m.deviceRpcCallMsg ?? []).map((c) => c.requestId ?? 0);

describe('UplinkOutbox', () => {
  it('batches queued items in FIFO order into one UplinkMsg, one in flight at a time', async () => {
    const o = new UplinkOutbox({ capacity: 10, maxAttempts: 3, maxBatchBytes: 4096 });
    const done = [o.enqueue(rpc(1)), o.enqueue(rpc(2)), o.enqueue(rpc(3))];
    const b = o.nextBatch(77);
    expect(b?.msg.uplinkMsgId).toBe(77);
    expect(ids(b?.msg ?? {})).toEqual([1, 2, 3]);
    expect(o.nextBatch(78)).toBeUndefined();
    expect(o.ack(99, true, '')).toBe('unknown');
    expect(o.ack(77, true, '')).toBe('acknowledged');
    expect((await Promise.all(done)).every((r) => r.ok)).toBe(true);
    expect(o.stats.acknowledged).toBe(3);
  });

  it('splits batches at the byte limit', () => {
    const o = new UplinkOutbox({ capacity: 10, maxAttempts: 3, maxBatchBytes: 40 });
    for (let i = 1; i <= 4; i++) void o.enqueue({ deviceRpcCallMsg: [{ requestId: i, requestMsg: { method: 'm', params: 'xxxxxxxx' } }] });
    const first = o.nextBatch(1);
    expect(ids(first?.msg ?? {}).length).toBeLessThan(4);
    expect(ids(first?.msg ?? {})[0]).toBe(1);
  });

  it('refuses an item bigger than the core accepts, and a full queue, counting both', async () => {
    const o = new UplinkOutbox({ capacity: 1, maxAttempts: 3, maxBatchBytes: 30 });
    const big = await o.enqueue({ deviceRpcCallMsg: [{ requestMsg: { params: 'y'.repeat(100) } }] });
    expect(big.ok).toBe(false);
    void o.enqueue(rpc(1));
    const over = await o.enqueue(rpc(2));
    expect(!over.ok && over.error.kind).toBe('unavailable');
    expect(o.stats).toMatchObject({ oversizeDropped: 1, overflowDropped: 1, queued: 1 });
  });

  it('retries failures and timeouts up to maxAttempts, then drops with a counted failure', async () => {
    const o = new UplinkOutbox({ capacity: 10, maxAttempts: 2, maxBatchBytes: 4096 });
    const p = o.enqueue(rpc(1));
    o.nextBatch(1);
    expect(o.ack(1, false, 'boom')).toBe('retry');
    o.nextBatch(2);
    expect(o.timeout(2)).toBe('dropped');
    const r = await p;
    expect(r.ok).toBe(false);
    expect(o.stats).toMatchObject({ failedDropped: 1, retries: 1, queued: 0 });
  });

  it('rate-limit answers and disconnects re-queue at the head without using an attempt', async () => {
    const o = new UplinkOutbox({ capacity: 10, maxAttempts: 1, maxBatchBytes: 4096 });
    const p1 = o.enqueue(rpc(1));
    o.nextBatch(1);
    const p2 = o.enqueue(rpc(2));
    expect(o.ack(1, false, 'Rate limit reached for tenant')).toBe('rate-limited');
    o.nextBatch(2);
    o.requeueInFlight();
    const b = o.nextBatch(3);
    expect(ids(b?.msg ?? {})).toEqual([1, 2]);
    o.ack(3, true, '');
    expect((await p1).ok && (await p2).ok).toBe(true);
  });

  it('failAll resolves everything as unavailable', async () => {
    const o = new UplinkOutbox({ capacity: 10, maxAttempts: 1, maxBatchBytes: 4096 });
    const p = [o.enqueue(rpc(1)), o.enqueue(rpc(2))];
    o.nextBatch(1);
    o.failAll('stopped');
    expect((await Promise.all(p)).map((r) => r.ok)).toEqual([false, false]);
  });
});
