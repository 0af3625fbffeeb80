/**
 * RFC 6347 §4.1.2.6 anti-replay: a sliding window of the last 64 sequence numbers of one
 * epoch. `check` is called before decryption (cheap reject); `accept` only after the record
 * authenticated, so forged records cannot move the window.
 */
export const REPLAY_WINDOW_SIZE = 64;

const HALF = 32;

export class ReplayWindow {
  /** Highest sequence number accepted so far; -1 before the first. */
  private highest = -1;
  /**
   * Bit i set = (highest - i) was received: bits 0..31 in `low`, 32..63 in `high`, as unsigned
   * 32-bit numbers (plain integer ops on the per-record path instead of BigInt arithmetic).
   */
  private low = 0;
  private high = 0;

  /** True when the sequence number is new (not seen, not older than the window). */
  check(seq: number): boolean {
    if (seq > this.highest) return true;
    const diff = this.highest - seq;
    if (diff >= REPLAY_WINDOW_SIZE) return false;
    return diff < HALF ? ((this.low >>> diff) & 1) === 0 : ((this.high >>> (diff - HALF)) & 1) === 0;
  }

  /** Marks an authenticated record; returns true when it is the newest so far (RFC 9146 §6). */
  accept(seq: number): boolean {
    if (seq > this.highest) {
      this.shift(seq - this.highest);
      this.low = (this.low | 1) >>> 0;
      this.highest = seq;
      return true;
    }
    const diff = this.highest - seq;
    if (diff < HALF) this.low = (this.low | (1 << diff)) >>> 0;
    else if (diff < REPLAY_WINDOW_SIZE) this.high = (this.high | (1 << (diff - HALF))) >>> 0;
    return false;
  }

  /** Moves the window up by `n` (>= 1) sequence numbers; bits older than 64 fall out. */
  private shift(n: number): void {
    if (n >= REPLAY_WINDOW_SIZE) {
      this.low = 0;
      this.high = 0;
    } else if (n >= HALF) {
      this.high = n === HALF ? this.low : (this.low << (n - HALF)) >>> 0;
      this.low = 0;
    } else {
      this.high = ((this.high << n) | (this.low >>> (HALF - n))) >>> 0;
      this.low = (this.low << n) >>> 0;
    }
  }

  get highestSequence(): number {
    return this.highest;
  }
}
