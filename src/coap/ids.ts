/**
 * Message IDs per peer (RFC 7252 §4.4: an ID must not be reused with the same endpoint within
 * EXCHANGE_LIFETIME; a 16-bit counter per peer wraps after 65536 messages, far more than a
 * device sees in 247 s) and tokens (§5.3.1).
 */
export class MessageIdAllocator {
  private readonly next = new Map<string, number>();

  constructor(
    private readonly random: () => number,
    private readonly maxPeers = 100_000,
  ) {}

  allocate(peerKey: string): number {
    let mid = this.next.get(peerKey);
    if (mid !== undefined) {
      // Re-insert so the Map's order is least-recently-used first: eviction hits idle peers.
      this.next.delete(peerKey);
    } else {
      // §4.4: start at a random value so that IDs are hard to guess.
      mid = Math.floor(this.random() * 0x10000) & 0xffff;
      if (this.next.size >= this.maxPeers) {
        const oldest = this.next.keys().next();
        if (!oldest.done) this.next.delete(oldest.value);
      }
    }
    this.next.set(peerKey, (mid + 1) & 0xffff);
    return mid;
  }
}

/**
 * 8-byte tokens: 4 random bytes fixed per endpoint followed by a 32-bit counter. Two live
 * exchanges can only share a token after 2^32 allocations, and the random prefix keeps tokens
 * of different endpoint instances (restarts) apart; RFC 7252 §5.3.1 asks for tokens that are
 * unique among live exchanges and hard to guess for off-path attackers: the prefix is re-drawn
 * each time the counter wraps.
 */
export class TokenAllocator {
  private prefix = 0;
  private counter = 0;

  constructor(private readonly random: () => number) {
    this.reseed();
  }

  allocate(): Buffer {
    const t = Buffer.allocUnsafe(8);
    t.writeUInt32BE(this.prefix, 0);
    t.writeUInt32BE(this.counter, 4);
    this.counter = (this.counter + 1) >>> 0;
    if (this.counter === 0) this.reseed();
    return t;
  }

  private reseed(): void {
    this.prefix = Math.floor(this.random() * 0x100000000) >>> 0;
    this.counter = Math.floor(this.random() * 0x10000) >>> 0;
  }
}
