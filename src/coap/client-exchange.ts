import type { Peer } from '../net/datagram.js';
import { hasUnknownCritical, MessageType } from './codes.js';
import type { ConOwner, ConSender } from './con-sender.js';
import type { CoapCounters } from './counters.js';
import type { MessageIdAllocator } from './ids.js';
import { buildMessage, type CoapMessage } from './message.js';
import { CoapRequestError, type Clock, type CoapOption, type CoapTiming, type TimerHandle } from './types.js';

/** What client exchanges need from their endpoint. */
export interface ClientContext {
  readonly clock: Clock;
  readonly counters: CoapCounters;
  readonly conSender: ConSender;
  readonly mids: MessageIdAllocator;
  readonly timing: CoapTiming;
  /** Live exchanges by tokenKey(): responses are matched by endpoint and token (RFC 7252 §5.3.2). */
  readonly exchanges: Map<string, ClientExchange>;
  send(peer: Peer, datagram: Buffer): void;
}

/** One request message on the wire. */
export interface ExchangeSpec {
  readonly confirmable: boolean;
  readonly code: number;
  readonly token: Buffer;
  readonly options: readonly CoapOption[];
  readonly payload: Buffer;
}

export function tokenKey(peerKey: string, token: Buffer): string {
  // latin1 maps every byte to one char: a cheap, collision-free string form of the token.
  return peerKey + '|' + token.toString('latin1');
}

/**
 * A single request/response exchange (no block-wise logic): sends one request, CON with
 * retransmission or NON, and completes with the response, piggy-backed or separate (RFC 7252
 * §5.2), or fails with 'timeout' / 'reset' / 'closed'.
 */
export class ClientExchange implements ConOwner {
  readonly key: string;
  private readonly messageId: number;
  private waitTimer: TimerHandle | undefined;
  private deadlineTimer: TimerHandle | undefined;
  private settled = false;
  private resolveFn!: (msg: CoapMessage) => void;
  private rejectFn!: (err: CoapRequestError) => void;
  readonly promise: Promise<CoapMessage>;

  constructor(
    private readonly ctx: ClientContext,
    readonly peer: Peer,
    private readonly spec: ExchangeSpec,
    deadline: number | undefined,
    /** Runs synchronously with the final response, before the promise settles (observe registration). */
    private readonly onFinal?: (msg: CoapMessage) => void,
  ) {
    this.key = tokenKey(peer.key, spec.token);
    this.messageId = ctx.mids.allocate(peer.key);
    this.promise = new Promise<CoapMessage>((resolve, reject) => {
      this.resolveFn = resolve;
      this.rejectFn = reject;
    });
    const previous = ctx.exchanges.get(this.key);
    if (previous) previous.fail('cancelled', 'token reused by a newer exchange');
    ctx.exchanges.set(this.key, this);
    const datagram = buildMessage({
      type: spec.confirmable ? MessageType.CON : MessageType.NON,
      code: spec.code,
      messageId: this.messageId,
      token: spec.token,
      options: spec.options,
      payload: spec.payload,
    });
    if (deadline !== undefined) {
      this.deadlineTimer = ctx.clock.setTimeout(
        () => this.timeout('request deadline passed'),
        Math.max(0, deadline - ctx.clock.now()),
      );
    }
    if (spec.confirmable) {
      ctx.conSender.send(peer, this.messageId, datagram, this);
    } else {
      ctx.send(peer, datagram);
      // A NON request has no ACK: wait as long as a CON could take to get through (§4.8.2 MAX_TRANSMIT_WAIT).
      const t = ctx.timing;
      const wait = t.ackTimeoutMs * t.ackRandomFactor * (2 ** (t.maxRetransmit + 1) - 1);
      this.waitTimer = ctx.clock.setTimeout(() => this.timeout('no response to NON request'), wait);
    }
  }

  onAck(_peer: Peer, ack: CoapMessage): void {
    if (this.settled) return;
    if (ack.code === 0) {
      // §5.2.2: empty ACK, the response follows separately with our token.
      this.waitTimer = this.ctx.clock.setTimeout(
        () => this.timeout('separate response did not come'),
        this.ctx.timing.separateResponseTimeoutMs,
      );
      return;
    }
    if (hasUnknownCritical(ack.options)) {
      // RFC 7252 §5.4.1: a piggy-backed response with an unrecognised critical option is rejected.
      this.ctx.counters.badOptions++;
      this.fail('protocol', 'response with an unrecognised critical option');
      return;
    }
    if (!ack.token.equals(this.spec.token)) {
      // §5.3.2: a piggy-backed response must carry our token; treat a mismatch as a rejection.
      this.ctx.counters.unmatched++;
      this.fail('protocol', 'piggy-backed response with a foreign token');
      return;
    }
    this.complete(ack);
  }

  onReset(): void {
    this.fail('reset', 'the peer answered with RST');
  }

  onGiveUp(): void {
    this.fail('timeout', 'no ACK after retransmissions');
  }

  /** A separate (CON/NON) response matched by token. The caller has ACKed it if CON. */
  onResponse(msg: CoapMessage): void {
    // Our ACK may have been lost on the way while the response came: stop retransmitting.
    if (this.spec.confirmable) this.ctx.conSender.cancel(this.peer.key, this.messageId);
    this.complete(msg);
  }

  fail(reason: CoapRequestError['reason'], message: string): void {
    if (this.settled) return;
    this.finish();
    if (this.spec.confirmable) this.ctx.conSender.cancel(this.peer.key, this.messageId);
    this.rejectFn(new CoapRequestError(reason, message));
  }

  private timeout(message: string): void {
    this.waitTimer = undefined;
    this.ctx.counters.timeouts++;
    this.fail('timeout', message);
  }

  private complete(msg: CoapMessage): void {
    if (this.settled) return;
    this.finish();
    try {
      this.onFinal?.(msg);
    } finally {
      this.resolveFn(msg);
    }
  }

  private finish(): void {
    this.settled = true;
    if (this.ctx.exchanges.get(this.key) === this) this.ctx.exchanges.delete(this.key);
    const clock = this.ctx.clock;
    if (this.waitTimer) clock.clearTimeout(this.waitTimer);
    if (this.deadlineTimer) clock.clearTimeout(this.deadlineTimer);
    this.waitTimer = undefined;
    this.deadlineTimer = undefined;
  }
}
