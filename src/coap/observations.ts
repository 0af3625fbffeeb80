import type { Peer } from '../net/datagram.js';
import type {
  InboundResponse,
  NotificationHandler,
  Observation,
  ObservationEndReason,
  OutboundRequest,
  RequestOptions,
} from './types.js';

/** RFC 7641 §3.4: notifications older than this are never compared by sequence number. */
export const FRESHNESS_WINDOW_MS = 128_000;
const HALF_SEQUENCE = 2 ** 23;

/**
 * RFC 7641 §3.4: is notification (v2, t2) newer than the last one (v1, t1)? Observe values are
 * 24-bit and wrap, so the comparison is modular; after 128 s a notification always counts as
 * newer.
 */
export function isNewerNotification(v1: number, t1: number, v2: number, t2: number): boolean {
  return (v1 < v2 && v2 - v1 < HALF_SEQUENCE) || (v1 > v2 && v1 - v2 > HALF_SEQUENCE) || t2 > t1 + FRESHNESS_WINDOW_MS;
}

/** What an observation asks its owner (the client side of the endpoint) to do. */
export interface ObservationOwner {
  cancelObservation(obs: ClientObservation): Promise<InboundResponse | undefined>;
  endObservation(obs: ClientObservation, reason: ObservationEndReason): void;
}

export class ClientObservation implements Observation {
  lastObserve: number;
  lastTime: number;
  /** Message ID of the last notification, to match a RST the device sends about it. */
  lastMessageId = -1;
  active = true;

  constructor(
    private readonly owner: ObservationOwner,
    readonly peer: Peer,
    readonly token: Buffer,
    readonly key: string,
    readonly request: OutboundRequest,
    readonly handler: NotificationHandler,
    readonly opts: RequestOptions | undefined,
    firstObserve: number,
    now: number,
  ) {
    this.lastObserve = firstObserve;
    this.lastTime = now;
  }

  cancel(): Promise<InboundResponse | undefined> {
    return this.owner.cancelObservation(this);
  }

  forget(): void {
    this.owner.endObservation(this, 'forgotten');
  }
}

/** Live observations by token key, with a per-peer index for RST matching and cleanup. */
export class ObservationRegistry {
  private readonly byToken = new Map<string, ClientObservation>();
  private readonly byPeer = new Map<string, Set<ClientObservation>>();

  get size(): number {
    return this.byToken.size;
  }

  get(key: string): ClientObservation | undefined {
    return this.byToken.get(key);
  }

  add(obs: ClientObservation): void {
    const old = this.byToken.get(obs.key);
    if (old) this.remove(old);
    this.byToken.set(obs.key, obs);
    let set = this.byPeer.get(obs.peer.key);
    if (!set) {
      set = new Set();
      this.byPeer.set(obs.peer.key, set);
    }
    set.add(obs);
  }

  /** Removes it; false if it was not registered (already ended). */
  remove(obs: ClientObservation): boolean {
    if (this.byToken.get(obs.key) !== obs) return false;
    this.byToken.delete(obs.key);
    const set = this.byPeer.get(obs.peer.key);
    if (set) {
      set.delete(obs);
      if (set.size === 0) this.byPeer.delete(obs.peer.key);
    }
    return true;
  }

  /** The observation whose last notification had this message ID, if any (RST matching). */
  findByMessageId(peerKey: string, messageId: number): ClientObservation | undefined {
    const set = this.byPeer.get(peerKey);
    if (!set) return undefined;
    for (const obs of set) if (obs.lastMessageId === messageId) return obs;
    return undefined;
  }

  all(): ClientObservation[] {
    return [...this.byToken.values()];
  }
}
