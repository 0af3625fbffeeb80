import type { Clock } from './types.js';

interface Entry<V> {
  value: V;
  expires: number;
}

/**
 * A size-capped map whose entries expire after a fixed time to live, with no timers: expiry is
 * checked on read, and every insert drops expired entries from the oldest end (Map keeps
 * insertion order, and all entries share one TTL, so the oldest expire first). When full, the
 * oldest entry is evicted; onEvict hears of every entry dropped by expiry or by the size cap
 * (not of delete() or clear()). Used for the dedup cache, Block1 reassemblies and the Block2 cache.
 */
export class ExpiringMap<V> {
  private readonly entries = new Map<string, Entry<V>>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly onEvict?: (key: string, value: V) => void,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expires <= this.clock.now()) {
      this.evict(key);
      return undefined;
    }
    return e.value;
  }

  /** Inserts or replaces; a replaced or touched key moves to the young end with a fresh TTL. */
  set(key: string, value: V): void {
    const now = this.clock.now();
    this.entries.delete(key);
    this.sweep(now);
    if (this.entries.size >= this.maxEntries) this.evictOldest();
    this.entries.set(key, { value, expires: now + this.ttlMs });
  }

  /** Refreshes the TTL of an existing entry. */
  touch(key: string): void {
    const e = this.entries.get(key);
    if (!e) return;
    this.entries.delete(key);
    e.expires = this.clock.now() + this.ttlMs;
    this.entries.set(key, e);
  }

  delete(key: string): boolean {
    return this.entries.delete(key);
  }

  /** Evicts the oldest entry (telling onEvict); false when empty. */
  evictOldest(): boolean {
    const oldest = this.entries.keys().next();
    if (oldest.done) return false;
    this.evict(oldest.value);
    return true;
  }

  /** Drops expired entries now (from the oldest end). */
  prune(): void {
    this.sweep(this.clock.now());
  }

  clear(): void {
    this.entries.clear();
  }

  private sweep(now: number): void {
    // Bounded work per insert: the oldest entries only, stopping at the first live one.
    for (const [key, e] of this.entries) {
      if (e.expires > now) break;
      this.evict(key);
    }
  }

  private evict(key: string): void {
    const e = this.entries.get(key);
    this.entries.delete(key);
    if (e && this.onEvict) this.onEvict(key, e.value);
  }
}
