/**
 * Ordered, bounded uplink queue with acknowledgement tracking (thingsboard-edge-grpc.md §1.6).
 * The core processes each UplinkMsg independently and in no particular order, so order is kept here:
 * one UplinkMsg in flight at a time, carrying as many queued items (in FIFO order) as fit. An item
 * resolves when the core answers success. A failed answer or a missing one (timeout) is retried up to
 * `maxAttempts` sends; a send cut short by a disconnect or answered "Rate limit reached" goes back to
 * the head of the queue without using up an attempt. When the queue is full the new item is refused
 * and counted: nothing is dropped silently. Pure: the link decides when to send and runs the timers.
 */
import { edge } from '../gen/edge.js';
import { fail, ok, type CoreResult } from '../core/index.js';

export type UplinkPayload = Omit<edge.IUplinkMsg, 'uplinkMsgId'>;

interface Item {
  payload: UplinkPayload;
  size: number;
  attempts: number;
  resolve: (r: CoreResult<void>) => void;
}

export interface InFlightBatch {
  uplinkMsgId: number;
  msg: edge.IUplinkMsg;
}

export interface OutboxOptions {
  capacity: number;
  maxAttempts: number;
  /** Serialized size a RequestMsg may have (the core's maxInboundMessageSize minus a margin). */
  maxBatchBytes: number;
}

export interface OutboxStats {
  queued: number;
  inFlight: number;
  acknowledged: number;
  overflowDropped: number;
  failedDropped: number;
  oversizeDropped: number;
  retries: number;
}

export type AckOutcome = 'acknowledged' | 'retry' | 'dropped' | 'rate-limited' | 'unknown';

/** ThingsBoard answers a tenant or edge rate-limit hit with this text in errorMsg (§1.6). */
export const RATE_LIMIT_TEXT = 'Rate limit reached';

const REPEATED_FIELDS = ['entityData', 'deviceUpdateMsg', 'deviceCredentialsUpdateMsg', 'attributesRequestMsg', 'deviceCredentialsRequestMsg', 'deviceRpcCallMsg'] as const;

export class UplinkOutbox {
  private readonly queue: Item[] = [];
  private inFlight: { id: number; items: Item[] } | undefined;
  private readonly counters = { acknowledged: 0, overflowDropped: 0, failedDropped: 0, oversizeDropped: 0, retries: 0 };

  constructor(private readonly opts: OutboxOptions) {}

  get stats(): OutboxStats {
    return { queued: this.queue.length, inFlight: this.inFlight?.items.length ?? 0, ...this.counters };
  }

  get busy(): boolean {
    return this.inFlight !== undefined;
  }

  get pending(): number {
    return this.queue.length + (this.inFlight?.items.length ?? 0);
  }

  setMaxBatchBytes(bytes: number): void {
    this.opts.maxBatchBytes = bytes;
  }

  enqueue(payload: UplinkPayload): Promise<CoreResult<void>> {
    const size = edge.UplinkMsg.encode(payload).finish().length;
    // ThingsBoard Edge skips an uplink bigger than the core accepts rather than sending it (§1.4).
    if (size + 16 > this.opts.maxBatchBytes) {
      this.counters.oversizeDropped += 1;
      return Promise.resolve(fail('invalid-response', `uplink of ${size} bytes exceeds the core's limit of ${this.opts.maxBatchBytes}`));
    }
    if (this.pending >= this.opts.capacity) {
      this.counters.overflowDropped += 1;
      return Promise.resolve(fail('unavailable', `edge uplink queue full (${this.opts.capacity}); message dropped`));
    }
    return new Promise((resolve) => this.queue.push({ payload, size, attempts: 0, resolve }));
  }

  /** The next UplinkMsg to send, or undefined when one is in flight or nothing is queued. */
  nextBatch(uplinkMsgId: number): InFlightBatch | undefined {
    if (this.inFlight || this.queue.length === 0) return undefined;
    const items: Item[] = [];
    let bytes = 16;
    while (this.queue.length > 0) {
      const next = this.queue[0] as Item;
      if (items.length > 0 && bytes + next.size > this.opts.maxBatchBytes) break;
      items.push(next);
      bytes += next.size;
      this.queue.shift();
    }
    const msg: edge.IUplinkMsg = { uplinkMsgId };
    for (const f of REPEATED_FIELDS) {
      const all = items.flatMap((i) => (i.payload[f] ?? []) as unknown[]);
      if (all.length > 0) (msg as Record<string, unknown>)[f] = all;
    }
    for (const i of items) i.attempts += 1;
    this.inFlight = { id: uplinkMsgId, items };
    return { uplinkMsgId, msg };
  }

  /** Applies an UplinkResponseMsg. */
  ack(uplinkMsgId: number, success: boolean, errorMsg: string): AckOutcome {
    const f = this.inFlight;
    if (!f || f.id !== uplinkMsgId) return 'unknown';
    this.inFlight = undefined;
    if (success) {
      this.counters.acknowledged += f.items.length;
      for (const i of f.items) i.resolve(ok(undefined));
      return 'acknowledged';
    }
    if (errorMsg.includes(RATE_LIMIT_TEXT)) {
      for (const i of f.items) i.attempts -= 1;
      this.queue.unshift(...f.items);
      return 'rate-limited';
    }
    return this.retryOrDrop(f.items, `core refused the uplink: ${errorMsg.slice(0, 200)}`);
  }

  /** No answer within the uplink timeout: retried like a failure (§1.6, 60 s in ThingsBoard Edge). */
  timeout(uplinkMsgId: number): AckOutcome {
    const f = this.inFlight;
    if (!f || f.id !== uplinkMsgId) return 'unknown';
    this.inFlight = undefined;
    return this.retryOrDrop(f.items, 'no answer from the core');
  }

  /** The stream ended with a message in flight: it goes back to the head, the attempt not counted. */
  requeueInFlight(): void {
    const f = this.inFlight;
    if (!f) return;
    this.inFlight = undefined;
    for (const i of f.items) i.attempts -= 1;
    this.queue.unshift(...f.items);
  }

  /** Resolves everything still queued with `unavailable` (stop). */
  failAll(message: string): void {
    this.requeueInFlight();
    for (const i of this.queue.splice(0)) i.resolve(fail('unavailable', message));
  }

  private retryOrDrop(items: Item[], why: string): AckOutcome {
    const keep = items.filter((i) => i.attempts < this.opts.maxAttempts);
    const drop = items.filter((i) => i.attempts >= this.opts.maxAttempts);
    for (const i of drop) i.resolve(fail('unavailable', `${why}; dropped after ${i.attempts} attempts`));
    this.counters.failedDropped += drop.length;
    this.counters.retries += keep.length;
    this.queue.unshift(...keep);
    return keep.length > 0 ? 'retry' : 'dropped';
  }
}
