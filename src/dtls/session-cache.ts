/**
 * Bounded cache of resumable sessions by session id (RFC 5246 §7.4.1.2/§F.1.4). Insertion
 * order of a Map gives LRU eviction for free.
 */
import type { CipherSuite } from './cipher-suites.js';
import type { DtlsPeerIdentity } from './credentials.js';

export interface CachedSession {
  readonly id: Buffer;
  readonly suite: CipherSuite;
  readonly masterSecret: Buffer;
  readonly extendedMasterSecret: boolean;
  readonly encryptThenMac: boolean;
  readonly identity: DtlsPeerIdentity;
  readonly clientCertificateType?: number;
  readonly serverCertificateType?: number;
}

export class SessionCache {
  private readonly map = new Map<string, CachedSession>();

  constructor(private readonly capacity: number) {}

  get size(): number {
    return this.map.size;
  }

  put(s: CachedSession): void {
    if (this.capacity <= 0) return;
    const key = s.id.toString('hex');
    this.map.delete(key);
    this.map.set(key, s);
    while (this.map.size > this.capacity) {
      const oldest = this.map.keys().next().value;
      if (oldest === undefined) break;
      this.map.delete(oldest);
    }
  }

  get(id: Buffer): CachedSession | undefined {
    if (id.length === 0) return undefined;
    const key = id.toString('hex');
    const s = this.map.get(key);
    if (s) {
      this.map.delete(key);
      this.map.set(key, s);
    }
    return s;
  }

  removeWhere(pred: (s: CachedSession) => boolean): void {
    for (const [k, s] of this.map) if (pred(s)) this.map.delete(k);
  }

  remove(id: Buffer): void {
    this.map.delete(id.toString('hex'));
  }
}
