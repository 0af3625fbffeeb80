import { CoapRequestError, type Clock, type TimerHandle } from '../../coap/types.js';
import type { Peer } from '../../net/datagram.js';
import { Lwm2mError } from '../errors.js';
import type { Registration } from '../registration/registration.js';

/**
 * Queue mode (LwM2M Core 1.1 Queue Mode; the 1.0 "UQ" binding): a sleeping client only listens
 * for a while after it sent something. Requests for it wait here, in order, each with its own
 * deadline, and go out one after another once the client is heard from. Only registrations
 * with something queued (or asleep) take memory here.
 */

export class QueueFullError extends Lwm2mError {
  override readonly name = 'QueueFullError';
}

export interface QueueModeOptions {
  /** How long a client counts as awake after it was heard from (MAX_TRANSMIT_WAIT, 93 s). */
  readonly awakeWindowMs: number;
  /** Requests held per sleeping client; more are refused with QueueFullError. */
  readonly maxQueued: number;
  /** How long a held request waits for the client to wake up. */
  readonly queuedTimeoutMs: number;
}

export const DEFAULT_QUEUE_OPTIONS: QueueModeOptions = Object.freeze({
  awakeWindowMs: 93_000,
  maxQueued: 32,
  queuedTimeoutMs: 600_000,
});

interface Held {
  readonly send: (peer: Peer) => Promise<unknown>;
  readonly resolve: (v: unknown) => void;
  readonly reject: (e: unknown) => void;
  timer: TimerHandle | undefined;
}

export class QueueModeSender {
  private readonly queues = new Map<string, Held[]>();
  private readonly flushing = new Set<string>();
  /** Clients found asleep (a request timed out) although their awake window had not ended. */
  private readonly asleep = new Set<string>();

  constructor(
    private readonly clock: Clock,
    /** The current record of a registration id (it may have moved peer or been removed). */
    private readonly lookup: (id: string) => Registration | undefined,
    private readonly options: QueueModeOptions = DEFAULT_QUEUE_OPTIONS,
  ) {}

  isAwake(reg: Registration): boolean {
    if (!reg.queueMode) return true;
    if (this.asleep.has(reg.id)) return false;
    return this.clock.now() - reg.lastSeenAt < this.options.awakeWindowMs;
  }

  /** Number of requests held for a registration. */
  queued(id: string): number {
    return this.queues.get(id)?.length ?? 0;
  }

  /** Sends now, or holds the request until the client wakes up. */
  run<T>(reg: Registration, send: (peer: Peer) => Promise<T>): Promise<T> {
    const queue = this.queues.get(reg.id);
    if (queue === undefined && this.isAwake(reg)) return this.direct(reg, send);
    return new Promise<T>((resolve, reject) => {
      let q = queue;
      if (q === undefined) {
        q = [];
        this.queues.set(reg.id, q);
      }
      if (q.length >= this.options.maxQueued) {
        reject(new QueueFullError(`${q.length} requests already queued for ${reg.endpoint}`));
        return;
      }
      const held: Held = {
        send,
        resolve: resolve as (v: unknown) => void,
        reject,
        timer: undefined,
      };
      held.timer = this.clock.setTimeout(() => this.expire(reg.id, held), this.options.queuedTimeoutMs);
      held.timer.unref?.();
      q.push(held);
      if (this.isAwake(reg)) void this.flush(reg.id);
    });
  }

  /** The client was heard from: it is awake, so send what is held. */
  heardFrom(reg: Registration): void {
    this.asleep.delete(reg.id);
    if (this.queues.has(reg.id)) void this.flush(reg.id);
  }

  /** The registration ended: fail everything held for it. */
  drop(id: string, reason: string): void {
    this.asleep.delete(id);
    const q = this.queues.get(id);
    if (q === undefined) return;
    this.queues.delete(id);
    for (const held of q) {
      if (held.timer !== undefined) this.clock.clearTimeout(held.timer);
      held.reject(new CoapRequestError('cancelled', reason));
    }
  }

  dropAll(reason: string): void {
    for (const id of [...this.queues.keys()]) this.drop(id, reason);
    this.asleep.clear();
  }

  private async direct<T>(reg: Registration, send: (peer: Peer) => Promise<T>): Promise<T> {
    try {
      return await send(reg.peer);
    } catch (err) {
      // A queue-mode client that does not answer has gone back to sleep.
      if (reg.queueMode && err instanceof CoapRequestError && err.reason === 'timeout') this.asleep.add(reg.id);
      throw err;
    }
  }

  private expire(id: string, held: Held): void {
    held.timer = undefined;
    const q = this.queues.get(id);
    const i = q?.indexOf(held) ?? -1;
    if (q === undefined || i < 0) return;
    q.splice(i, 1);
    if (q.length === 0 && !this.flushing.has(id)) this.queues.delete(id);
    held.reject(new CoapRequestError('timeout', 'client did not wake up before the request deadline'));
  }

  private async flush(id: string): Promise<void> {
    if (this.flushing.has(id)) return;
    this.flushing.add(id);
    try {
      for (;;) {
        const reg = this.lookup(id);
        const q = this.queues.get(id);
        if (reg === undefined || q === undefined || q.length === 0 || !this.isAwake(reg)) break;
        const held = q.shift() as Held;
        if (held.timer !== undefined) this.clock.clearTimeout(held.timer);
        try {
          held.resolve(await this.direct(reg, held.send));
        } catch (err) {
          held.reject(err);
        }
      }
    } finally {
      this.flushing.delete(id);
      const q = this.queues.get(id);
      if (q !== undefined && q.length === 0) this.queues.delete(id);
    }
  }
}
