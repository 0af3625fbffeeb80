/**
 * Bounded cache of resumable sessions by session id (RFC 5246 §7.4.1.2/§F.1.4). Insertion
 * order of a Map gives LRU eviction for free. An optional second level (DtlsSessionStore, e.g.
 * Redis) is written through on put/remove and consulted when the LRU misses, so sessions
 * survive a restart of the process and clients can still resume (abbreviated handshake).
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

/**
 * A second level below the in-memory LRU. Implementations must not throw for a missing or
 * unreadable record (resolve undefined); a rejected promise is treated as a miss. A stored
 * session is as secret as its master secret: the store must be as trusted as the server.
 */
export interface DtlsSessionStore {
  get(id: Buffer): Promise<CachedSession | undefined>;
  put(session: CachedSession): void | Promise<void>;
  remove(id: Buffer): void | Promise<void>;
  /** Forget every stored session whose identity matches (credentials revoked). Optional. */
  removeWhere?(match: (identity: DtlsPeerIdentity) => boolean): void | Promise<void>;
}

export class SessionCache {
  private readonly map = new Map<string, CachedSession>();
  private secondLevelErrors_ = 0;

  constructor(
    private readonly capacity: number,
    private readonly secondLevel?: DtlsSessionStore,
  ) {}

  get size(): number {
    return this.map.size;
  }

  /** Failed second-level calls (each one is a miss or a lost write, never a handshake failure). */
  get secondLevelErrors(): number {
    return this.secondLevelErrors_;
  }

  put(s: CachedSession): void {
    if (this.capacity <= 0) return;
    this.putLocal(s);
    if (this.secondLevel) this.guard(() => this.secondLevel!.put(s));
  }

  private putLocal(s: CachedSession): void {
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

  /**
   * The LRU's session synchronously; on a miss with a second level, a promise of the stored one
   * (promoted into the LRU on a hit). Errors of the second level resolve undefined (a miss
   * only costs a full handshake).
   */
  lookup(id: Buffer): CachedSession | undefined | Promise<CachedSession | undefined> {
    const local = this.get(id);
    if (local || !this.secondLevel || id.length === 0 || this.capacity <= 0) return local;
    let pending: Promise<CachedSession | undefined>;
    try {
      pending = this.secondLevel.get(id);
    } catch {
      this.secondLevelErrors_++;
      return undefined;
    }
    return pending.then(
      (s) => {
        // A record stored under another id is not this session.
        if (!s || !s.id.equals(id)) return undefined;
        this.putLocal(s);
        return s;
      },
      () => {
        this.secondLevelErrors_++;
        return undefined;
      },
    );
  }

  removeWhere(pred: (s: CachedSession) => boolean): void {
    for (const [k, s] of this.map) if (pred(s)) this.map.delete(k);
  }

  /** removeWhere on both levels, by identity (credentials invalidated). */
  removeIdentity(match: (identity: DtlsPeerIdentity) => boolean): void {
    this.removeWhere((s) => match(s.identity));
    const removeWhere = this.secondLevel?.removeWhere?.bind(this.secondLevel);
    if (removeWhere) this.guard(() => removeWhere(match));
  }

  remove(id: Buffer): void {
    this.map.delete(id.toString('hex'));
    if (this.secondLevel && id.length > 0) this.guard(() => this.secondLevel!.remove(id));
  }

  /** Runs a second-level write without letting it throw or reject into the handshake. */
  private guard(write: () => void | Promise<void>): void {
    try {
      const p = write();
      if (p) p.catch(() => this.secondLevelErrors_++);
    } catch {
      this.secondLevelErrors_++;
    }
  }
}
