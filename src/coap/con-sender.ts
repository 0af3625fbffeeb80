import type { Peer } from '../net/datagram.js';
import type { CoapCounters } from './counters.js';
import type { CoapMessage } from './message.js';
import type { Clock, CoapTiming, TimerHandle } from './types.js';

/** Who learns the fate of a confirmable message we sent. */
export interface ConOwner {
  /** The peer acknowledged it: an empty ACK, or an ACK carrying a piggy-backed response. */
  onAck(peer: Peer, ack: CoapMessage): void;
  /** The peer rejected it with RST (RFC 7252 §4.2). */
  onReset(peer: Peer): void;
  /** No ACK after MAX_RETRANSMIT retransmissions (§4.2). */
  onGiveUp(peer: Peer): void;
}

export type RawSend = (peer: Peer, datagram: Buffer) => void;

class PendingCon {
  timer: TimerHandle | undefined;
  retransmissions = 0;
  readonly fire: () => void;

  constructor(
    readonly key: string,
    readonly peer: Peer,
    readonly datagram: Buffer,
    readonly owner: ConOwner,
    public timeoutMs: number,
    sender: ConSender,
  ) {
    this.fire = () => sender.onTimer(this);
  }
}

/**
 * Sends CON messages and retransmits them with exponential back-off until they are acknowledged
 * or rejected (RFC 7252 §4.2, §4.8): the first timeout is random in [ACK_TIMEOUT,
 * ACK_TIMEOUT * ACK_RANDOM_FACTOR], doubled after each retransmission; after MAX_RETRANSMIT
 * retransmissions and one more timeout the owner is told to give up.
 * Pending messages are keyed by peer key and message ID, which is how ACK and RST match (§4.2).
 */
export class ConSender {
  private readonly pending = new Map<string, PendingCon>();
  private closed = false;

  constructor(
    private readonly rawSend: RawSend,
    private readonly clock: Clock,
    private readonly timing: CoapTiming,
    private readonly random: () => number,
    private readonly counters: CoapCounters,
  ) {}

  get size(): number {
    return this.pending.size;
  }

  send(peer: Peer, messageId: number, datagram: Buffer, owner: ConOwner): void {
    if (this.closed) {
      // After close nothing is sent or retransmitted; late senders learn it at once.
      owner.onGiveUp(peer);
      return;
    }
    const key = conKey(peer.key, messageId);
    const old = this.pending.get(key);
    if (old?.timer) this.clock.clearTimeout(old.timer);
    const initial = this.timing.ackTimeoutMs * (1 + this.random() * (this.timing.ackRandomFactor - 1));
    const p = new PendingCon(key, peer, datagram, owner, initial, this);
    this.pending.set(key, p);
    this.rawSend(peer, datagram);
    p.timer = this.clock.setTimeout(p.fire, p.timeoutMs);
  }

  /** Matches an ACK (empty or piggy-backed); false when nothing we sent has this ID. */
  handleAck(peer: Peer, ack: CoapMessage): boolean {
    const p = this.take(conKey(peer.key, ack.messageId));
    if (!p) return false;
    p.owner.onAck(peer, ack);
    return true;
  }

  handleReset(peer: Peer, messageId: number): boolean {
    const p = this.take(conKey(peer.key, messageId));
    if (!p) return false;
    p.owner.onReset(peer);
    return true;
  }

  /** Stops retransmitting (the owner lost interest, e.g. the response came as a separate CON). */
  cancel(peerKey: string, messageId: number): void {
    this.take(conKey(peerKey, messageId));
  }

  /** Stops everything and tells each owner it gave up. */
  closeAll(): void {
    this.closed = true;
    const all = [...this.pending.values()];
    this.pending.clear();
    for (const p of all) {
      if (p.timer) this.clock.clearTimeout(p.timer);
      p.owner.onGiveUp(p.peer);
    }
  }

  /** Called by a PendingCon's timer. */
  onTimer(p: PendingCon): void {
    p.timer = undefined;
    if (this.pending.get(p.key) !== p) return;
    if (p.retransmissions >= this.timing.maxRetransmit) {
      this.pending.delete(p.key);
      this.counters.timeouts++;
      p.owner.onGiveUp(p.peer);
      return;
    }
    p.retransmissions++;
    p.timeoutMs *= 2;
    this.counters.retransmissions++;
    this.rawSend(p.peer, p.datagram);
    p.timer = this.clock.setTimeout(p.fire, p.timeoutMs);
  }

  private take(key: string): PendingCon | undefined {
    const p = this.pending.get(key);
    if (!p) return undefined;
    this.pending.delete(key);
    if (p.timer) this.clock.clearTimeout(p.timer);
    p.timer = undefined;
    return p;
  }
}

export function conKey(peerKey: string, messageId: number): string {
  return peerKey + '#' + messageId;
}
