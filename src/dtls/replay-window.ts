/**
 * RFC 6347 §4.1.2.6 anti-replay: a sliding window of the last 64 sequence numbers of one
 * epoch. `check` is called before decryption (cheap reject); `accept` only after the record
 * authenticated, so forged records cannot move the window.
 */
export const REPLAY_WINDOW_SIZE = 64;

export class ReplayWindow {
  /** Highest sequence number accepted so far; -1 before the first. */
  private highest = -1;
  /** Bit i set = (highest - i) was received. 64 bits in a bigint. */
  private bits = 0n;

  /** True when the sequence number is new (not seen, not older than the window). */
  check(seq: number): boolean {
    if (seq > this.highest) return true;
    const diff = this.highest - seq;
    if (diff >= REPLAY_WINDOW_SIZE) return false;
    return ((this.bits >> BigInt(diff)) & 1n) === 0n;
  }

  /** Marks an authenticated record; returns true when it is the newest so far (RFC 9146 §6). */
  accept(seq: number): boolean {
    if (seq > this.highest) {
      const shift = seq - this.highest;
      this.bits = shift >= REPLAY_WINDOW_SIZE ? 1n : ((this.bits << BigInt(shift)) | 1n) & 0xffffffffffffffffn;
      this.highest = seq;
      return true;
    }
    const diff = this.highest - seq;
    if (diff < REPLAY_WINDOW_SIZE) this.bits |= 1n << BigInt(diff);
    return false;
  }

  get highestSequence(): number {
    return this.highest;
  }
}
