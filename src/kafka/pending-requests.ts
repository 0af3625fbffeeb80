/**
 * Pending transport API requests: bounded (TB_QUEUE_TRANSPORT_MAX_PENDING_REQUESTS) and each
 * with its own timeout (TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT), thingsboard-transport-wire.md §1.7.
 * Unlike ThingsBoard's sweep (which lets a request live 10–20 s), each entry has its own timer.
 */
export interface TimerApi {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realTimers: TimerApi = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export type PendingOutcome<T> = { kind: 'response'; value: T } | { kind: 'timeout' } | { kind: 'cancelled'; reason: string };

interface Entry<T> {
  resolve: (o: PendingOutcome<T>) => void;
  timer: unknown;
}

export class PendingRequests<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly maxPending: number,
    private readonly timeoutMs: number,
    private readonly timers: TimerApi = realTimers,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  isFull(): boolean {
    return this.entries.size >= this.maxPending;
  }

  /** Registers a request id; undefined when the map is full ("Pending request map is full!"). */
  add(requestId: string): Promise<PendingOutcome<T>> | undefined {
    if (this.isFull() || this.entries.has(requestId)) return undefined;
    return new Promise((resolve) => {
      const timer = this.timers.setTimeout(() => {
        if (this.entries.delete(requestId)) resolve({ kind: 'timeout' });
      }, this.timeoutMs);
      this.entries.set(requestId, { resolve, timer });
    });
  }

  /** Completes a request; false when the id is unknown (late or replayed response). */
  complete(requestId: string, value: T): boolean {
    const e = this.entries.get(requestId);
    if (!e) return false;
    this.entries.delete(requestId);
    this.timers.clearTimeout(e.timer);
    e.resolve({ kind: 'response', value });
    return true;
  }

  cancel(requestId: string, reason: string): void {
    const e = this.entries.get(requestId);
    if (!e) return;
    this.entries.delete(requestId);
    this.timers.clearTimeout(e.timer);
    e.resolve({ kind: 'cancelled', reason });
  }

  cancelAll(reason: string): void {
    for (const id of [...this.entries.keys()]) this.cancel(id, reason);
  }
}
