/**
 * The retransmission timer of RFC 6347 §4.2.4.1: fires after the initial timeout, doubles each
 * time up to 60 s, and gives up after a bounded number of retransmissions. It doubles as the
 * handshake deadline, so a peer that goes quiet mid-handshake cannot hold a slot.
 */
import type { DtlsClock } from './config.js';

const MAX_BACKOFF_MS = 60_000;

export class FlightTimer {
  private handle: unknown;
  private count = 0;

  constructor(
    private readonly clock: DtlsClock,
    private readonly maxRetransmissions: number,
    private readonly retransmit: () => void,
    private readonly giveUp: () => void,
  ) {}

  start(initialMs: number): void {
    this.stop();
    this.count = 0;
    this.arm(initialMs);
  }

  stop(): void {
    if (this.handle !== undefined) {
      this.clock.clearTimeout(this.handle);
      this.handle = undefined;
    }
  }

  private arm(ms: number): void {
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      if (this.count >= this.maxRetransmissions) {
        this.giveUp();
        return;
      }
      this.count++;
      this.retransmit();
      this.arm(Math.min(ms * 2, MAX_BACKOFF_MS));
    }, ms);
  }
}
