/**
 * Server-side RPCs received over the edge link (thingsboard-edge-grpc.md §2.7, §3.3). The core routes
 * every RPC of an edge-assigned device to the edge and drops the pending call at `expirationTime`, so
 * the tracker holds each call until a session can take it, remembers it until answered (a response must
 * echo requestId, requestUuid, oneway and expirationTime), ignores re-sent duplicates by their RPC id,
 * and reports calls that reach their deadline unanswered so the adapter can answer with an RpcError
 * name instead of leaving the caller to time out.
 */
import type { RpcRequest, Uuid } from '../core/index.js';

export interface TrackedRpc {
  deviceId: Uuid;
  rpc: RpcRequest;
  delivered: boolean;
}

export interface RpcTrackerOptions {
  now: () => number;
  /** Answer this long before the core's own deadline, so the answer still finds the pending call. */
  deadlineMarginMs: number;
  /** Remembered RPC ids, for duplicate detection. */
  maxRemembered: number;
  onDeadline: (t: TrackedRpc) => void;
}

export class RpcTracker {
  private readonly calls = new Map<string, TrackedRpc & { timer: NodeJS.Timeout }>();
  private readonly seen = new Set<Uuid>();

  constructor(private readonly opts: RpcTrackerOptions) {}

  private static key(deviceId: Uuid, requestId: number): string {
    return `${deviceId}/${requestId}`;
  }

  /** False for a duplicate (same RPC id seen before). */
  add(deviceId: Uuid, rpc: RpcRequest): boolean {
    if (this.seen.has(rpc.rpcId)) return false;
    this.seen.add(rpc.rpcId);
    if (this.seen.size > this.opts.maxRemembered) {
      const oldest = this.seen.values().next().value;
      if (oldest !== undefined) this.seen.delete(oldest);
    }
    const key = RpcTracker.key(deviceId, rpc.requestId);
    const prior = this.calls.get(key);
    if (prior) clearTimeout(prior.timer);
    const delay = Math.max(0, rpc.expirationTime - this.opts.now() - this.opts.deadlineMarginMs);
    const entry = { deviceId, rpc, delivered: false, timer: setTimeout(() => this.expire(key), delay) };
    entry.timer.unref?.();
    this.calls.set(key, entry);
    return true;
  }

  /** Calls for the device not yet handed to a session, oldest first; marks them delivered. */
  takeUndelivered(deviceId: Uuid): RpcRequest[] {
    const out: RpcRequest[] = [];
    for (const c of this.calls.values()) {
      if (c.deviceId !== deviceId || c.delivered) continue;
      c.delivered = true;
      out.push(c.rpc);
    }
    return out;
  }

  get(deviceId: Uuid, requestId: number): TrackedRpc | undefined {
    return this.calls.get(RpcTracker.key(deviceId, requestId));
  }

  /** The call is answered: forget it. */
  complete(deviceId: Uuid, requestId: number): TrackedRpc | undefined {
    const key = RpcTracker.key(deviceId, requestId);
    const c = this.calls.get(key);
    if (!c) return undefined;
    clearTimeout(c.timer);
    this.calls.delete(key);
    return c;
  }

  dropDevice(deviceId: Uuid): void {
    for (const [k, c] of this.calls) {
      if (c.deviceId !== deviceId) continue;
      clearTimeout(c.timer);
      this.calls.delete(k);
    }
  }

  clear(): void {
    for (const c of this.calls.values()) clearTimeout(c.timer);
    this.calls.clear();
  }

  get size(): number {
    return this.calls.size;
  }

  private expire(key: string): void {
    const c = this.calls.get(key);
    if (!c) return;
    this.calls.delete(key);
    this.opts.onDeadline(c);
  }
}
