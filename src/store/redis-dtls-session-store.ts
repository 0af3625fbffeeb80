/**
 * Resumable DTLS sessions in Redis: the second level of the DTLS server's session cache
 * (src/dtls/session-cache.ts), so a device can resume its session with a restarted transport.
 * One string per session, `<prefix>dtls:<session id hex>`, with a TTL (24 h by default) after
 * which the device does a full handshake again. Writes are not awaited by the handshake; a
 * failing Redis only costs full handshakes. Security: the value holds the session's master
 * secret, so anyone who can read this Redis can decrypt and impersonate those sessions; it is
 * never logged (errors name the key only).
 */
import type { DtlsPeerIdentity } from '../dtls/credentials.js';
import type { CachedSession, DtlsSessionStore } from '../dtls/session-cache.js';
import { decodeDtlsSession, encodeDtlsSession } from './dtls-session-serdes.js';

/** The ioredis commands used (a `Redis` instance fits). */
export interface RedisDtlsClient {
  get(key: string): Promise<string | null>;
  set(key: string, value: string, mode: 'EX', seconds: number): Promise<unknown>;
  del(...keys: string[]): Promise<number>;
  scan(cursor: string | number, match: 'MATCH', pattern: string, count: 'COUNT', n: number): Promise<[string, string[]]>;
}

export interface RedisDtlsSessionStoreOptions {
  /** Default `lwm2m:`. */
  readonly keyPrefix?: string;
  /** Lifetime of a stored session in seconds. Default 86400 (24 h). */
  readonly ttlSeconds?: number;
  /** Told of each failed command or unreadable record (for the log); never throws. */
  readonly onError?: (err: Error, what: string) => void;
}

export const DEFAULT_DTLS_SESSION_TTL_SECONDS = 86_400;

export class RedisDtlsSessionStore implements DtlsSessionStore {
  private readonly prefix: string;
  private readonly ttl: number;
  private errors_ = 0;
  private dropped_ = 0;

  constructor(
    private readonly client: RedisDtlsClient,
    private readonly options: RedisDtlsSessionStoreOptions = {},
  ) {
    this.prefix = `${options.keyPrefix ?? 'lwm2m:'}dtls:`;
    const ttl = options.ttlSeconds ?? DEFAULT_DTLS_SESSION_TTL_SECONDS;
    this.ttl = Number.isInteger(ttl) && ttl > 0 ? ttl : DEFAULT_DTLS_SESSION_TTL_SECONDS;
  }

  /** Failed Redis commands. */
  get errors(): number {
    return this.errors_;
  }

  /** Stored records that did not decode (deleted when read). */
  get dropped(): number {
    return this.dropped_;
  }

  private key(id: Buffer): string {
    return `${this.prefix}${id.toString('hex')}`;
  }

  async get(id: Buffer): Promise<CachedSession | undefined> {
    if (id.length === 0 || id.length > 32) return undefined;
    const key = this.key(id);
    let text: string | null;
    try {
      text = await this.client.get(key);
    } catch (e) {
      this.fail(e, `get ${key}`);
      return undefined;
    }
    if (text === null) return undefined;
    const s = decodeDtlsSession(text);
    if (!s || !s.id.equals(id)) {
      this.dropped_++;
      this.options.onError?.(new Error('unreadable DTLS session record dropped'), key);
      this.client.del(key).catch((e: unknown) => this.fail(e, `del ${key}`));
      return undefined;
    }
    return s;
  }

  put(session: CachedSession): Promise<void> {
    const key = this.key(session.id);
    return this.client.set(key, encodeDtlsSession(session), 'EX', this.ttl).then(
      () => undefined,
      (e: unknown) => this.fail(e, `set ${key}`),
    );
  }

  remove(id: Buffer): Promise<void> {
    const key = this.key(id);
    return this.client.del(key).then(
      () => undefined,
      (e: unknown) => this.fail(e, `del ${key}`),
    );
  }

  /** Walks this prefix's sessions (SCAN, rare: credentials revoked) and deletes the matching ones. */
  async removeWhere(match: (identity: DtlsPeerIdentity) => boolean): Promise<void> {
    let cursor = '0';
    try {
      do {
        const [next, keys] = await this.client.scan(cursor, 'MATCH', `${this.prefix}*`, 'COUNT', 500);
        cursor = next;
        for (const key of keys) {
          const text = await this.client.get(key);
          const s = text === null ? undefined : decodeDtlsSession(text);
          if (!s || match(s.identity)) await this.client.del(key);
        }
      } while (cursor !== '0');
    } catch (e) {
      this.fail(e, 'scan');
    }
  }

  private fail(e: unknown, what: string): void {
    this.errors_++;
    this.options.onError?.(e instanceof Error ? e : new Error(String(e)), what);
  }
}
