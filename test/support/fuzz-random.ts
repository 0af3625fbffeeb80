/**
 * Seeded randomness for the hostile-input tests: a failure reproduces from its seed. mulberry32
 * is small, fast and good enough to spread mutations; it is not for cryptography.
 */
export class FuzzRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Integer in [lo, hi]. */
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  bytes(n: number): Buffer {
    const b = Buffer.allocUnsafe(n);
    for (let i = 0; i < n; i++) b[i] = this.int(256);
    return b;
  }

  /** Mostly short, sometimes long: the shapes parsers meet at their limits. */
  length(max: number): number {
    return this.chance(0.8) ? this.int(Math.min(max, 64) + 1) : this.int(max + 1);
  }

  /**
   * A mutated copy of `valid`: flipped bits, overwritten bytes, cut, extended, a slice repeated,
   * or two bytes swapped; 1..4 mutations.
   */
  mutate(valid: Buffer): Buffer {
    let b = Buffer.from(valid);
    const rounds = 1 + this.int(4);
    for (let r = 0; r < rounds; r++) {
      switch (this.int(6)) {
        case 0:
          if (b.length > 0) {
            const i = this.int(b.length);
            b[i] = (b[i] as number) ^ (1 << this.int(8));
          }
          break;
        case 1:
          if (b.length > 0) b[this.int(b.length)] = this.pick([0x00, 0xff, 0x7f, 0x80, 0x0d, 0x0e, 0x0f, this.int(256)]);
          break;
        case 2:
          b = b.subarray(0, this.int(b.length + 1));
          break;
        case 3:
          b = Buffer.concat([b, this.bytes(this.range(1, 16))]);
          break;
        case 4: {
          const from = this.int(b.length + 1);
          b = Buffer.concat([b, b.subarray(from, from + this.range(1, 32))]);
          break;
        }
        default:
          if (b.length > 1) {
            const i = this.int(b.length);
            const j = this.int(b.length);
            const t = b[i] as number;
            b[i] = b[j] as number;
            b[j] = t;
          }
      }
    }
    return b;
  }
}
