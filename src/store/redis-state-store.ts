/**
 * Registrations and observations in Redis (ioredis), so a restarted transport (even after
 * SIGKILL) carries on serving registered clients. Layout, under a key prefix:
 *   `<prefix>reg`            hash  registration id -> JSON registration
 *   `<prefix>obs:<regId>`    hash  token hex       -> JSON observation
 * Writes are issued on change only and not awaited by the caller (write-behind on ioredis'
 * ordered command queue); failures are counted and reported, never thrown into the LwM2M
 * path. The values are this project's own versioned JSON (state-serdes.ts), not ThingsBoard's
 * Java serialisation: a Java transport's live registrations are not taken over.
 */
import type {
  Lwm2mStateStore,
  StoredObservation,
  StoredRegistration,
  StoredState,
} from '../lwm2m/registration/state-store.js';
import { decodeObservation, decodeRegistration, encodeObservation, encodeRegistration } from './state-serdes.js';

/** The ioredis commands used (a `Redis` or `Cluster` instance fits). */
export interface RedisStateClient {
  hset(key: string, field: string, value: string): Promise<number>;
  hdel(key: string, ...fields: string[]): Promise<number>;
  del(...keys: string[]): Promise<number>;
  hgetall(key: string): Promise<Record<string, string>>;
  quit(): Promise<unknown>;
}

export interface RedisStateStoreOptions {
  /** Default `lwm2m:`; lets several transports share one Redis database. */
  readonly keyPrefix?: string;
  /** Told of each failed write or unreadable record (for the log); never throws into the store. */
  readonly onError?: (err: Error, what: string) => void;
  /** Registrations whose observations are read in parallel during load(). Default 500. */
  readonly loadBatch?: number;
  /** Whether close() also quits the client (default true: the store owns it). */
  readonly ownsClient?: boolean;
  /**
   * Writes in flight allowed while Redis is slow or away (ioredis queues them). Beyond it a
   * write is dropped, counted and reported instead of growing memory without bound. Default
   * 100 000.
   */
  readonly maxPendingWrites?: number;
}

export interface RedisStateStoreCounters {
  writes: number;
  writeErrors: number;
  /** Writes not issued because maxPendingWrites were already in flight. */
  writesDropped: number;
  /** Records load() could not read (dropped from Redis). */
  badRecords: number;
}

export class RedisStateStore implements Lwm2mStateStore {
  readonly counters: RedisStateStoreCounters = { writes: 0, writeErrors: 0, writesDropped: 0, badRecords: 0 };
  private readonly regKey: string;
  private readonly obsPrefix: string;
  private readonly onError: (err: Error, what: string) => void;
  private readonly loadBatch: number;
  private readonly ownsClient: boolean;
  private readonly maxPending: number;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly redis: RedisStateClient,
    options: RedisStateStoreOptions = {},
  ) {
    const prefix = options.keyPrefix ?? 'lwm2m:';
    this.regKey = `${prefix}reg`;
    this.obsPrefix = `${prefix}obs:`;
    this.onError = options.onError ?? (() => undefined);
    this.loadBatch = Math.max(1, options.loadBatch ?? 500);
    this.ownsClient = options.ownsClient ?? true;
    this.maxPending = Math.max(1, options.maxPendingWrites ?? 100_000);
  }

  /** Writes issued and not yet answered by Redis. */
  get pendingWrites(): number {
    return this.pending.size;
  }

  saveRegistration(reg: StoredRegistration): void {
    this.write(() => this.redis.hset(this.regKey, reg.id, encodeRegistration(reg)), 'save registration');
  }

  removeRegistration(id: string): void {
    this.write(() => this.redis.hdel(this.regKey, id), 'remove registration');
    this.write(() => this.redis.del(this.obsPrefix + id), 'remove observations');
  }

  saveObservation(obs: StoredObservation): void {
    this.write(() => this.redis.hset(this.obsPrefix + obs.registrationId, obs.token, encodeObservation(obs)), 'save observation');
  }

  removeObservation(registrationId: string, token: string): void {
    this.write(() => this.redis.hdel(this.obsPrefix + registrationId, token), 'remove observation');
  }

  /** Reads everything; unreadable records and observations without a registration are deleted. */
  async load(): Promise<StoredState> {
    const raw = await this.redis.hgetall(this.regKey);
    const registrations: StoredRegistration[] = [];
    for (const [id, value] of Object.entries(raw)) {
      const reg = decodeRegistration(value);
      if (reg === undefined || reg.id !== id) {
        this.dropBad(`registration ${id}`);
        this.removeRegistration(id);
        continue;
      }
      registrations.push(reg);
    }
    const observations: StoredObservation[] = [];
    for (let i = 0; i < registrations.length; i += this.loadBatch) {
      const batch = registrations.slice(i, i + this.loadBatch);
      const hashes = await Promise.all(batch.map((r) => this.redis.hgetall(this.obsPrefix + r.id)));
      batch.forEach((r, j) => {
        for (const [token, value] of Object.entries(hashes[j] ?? {})) {
          const obs = decodeObservation(value);
          if (obs === undefined || obs.registrationId !== r.id || obs.token !== token) {
            this.dropBad(`observation ${r.id}/${token}`);
            this.removeObservation(r.id, token);
            continue;
          }
          observations.push(obs);
        }
      });
    }
    return { registrations, observations };
  }

  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.ownsClient) await this.redis.quit().catch(() => undefined);
  }

  private write(op: () => Promise<unknown>, what: string): void {
    if (this.pending.size >= this.maxPending) {
      this.counters.writesDropped++;
      this.report(new Error('too many Redis writes in flight: write dropped'), what);
      return;
    }
    this.counters.writes++;
    let p: Promise<unknown>;
    try {
      p = op();
    } catch (err) {
      this.failed(err, what);
      return;
    }
    const tracked = p.then(
      () => undefined,
      (err: unknown) => this.failed(err, what),
    );
    this.pending.add(tracked);
    void tracked.finally(() => this.pending.delete(tracked));
  }

  private failed(err: unknown, what: string): void {
    this.counters.writeErrors++;
    this.report(err instanceof Error ? err : new Error(String(err)), what);
  }

  private dropBad(what: string): void {
    this.counters.badRecords++;
    this.report(new Error(`unreadable stored ${what}: dropped`), 'load');
  }

  private report(err: Error, what: string): void {
    try {
      this.onError(err, what);
    } catch {
      // A failing log callback must not break the store.
    }
  }
}
