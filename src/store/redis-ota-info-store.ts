/**
 * Per-device OTA state (src/thingsboard/ota OtaInfo) in Redis, so an update in progress and
 * the package that failed last survive a restart. One hash `<prefix>ota`, field
 * `<firmware|software>:<endpoint>`, value this project's versioned JSON (ThingsBoard keeps the
 * same information as `OTA#EP#…` Java-serialised keys; those are not read). Writes are issued on
 * change and not awaited; records that do not decode are dropped and deleted, never thrown.
 */
import { z } from 'zod';
import type { OtaInfo, OtaInfoPersistence } from '../thingsboard/ota/ota-ports.js';

/** The ioredis commands used (a `Redis` instance fits). */
export interface RedisOtaClient {
  hset(key: string, field: string, value: string): Promise<number>;
  hdel(key: string, ...fields: string[]): Promise<number>;
  hgetall(key: string): Promise<Record<string, string>>;
}

export interface RedisOtaInfoStoreOptions {
  /** Default `lwm2m:`. */
  readonly keyPrefix?: string;
  readonly onError?: (err: Error, what: string) => void;
}

const text = z.string().max(4096);
const int = z.number().int().min(-0x8000_0000).max(0xffff_ffff);

const infoSchema = z.object({
  v: z.literal(1),
  target: z.object({ title: text, version: text, tag: text.optional(), url: text.optional() }).optional(),
  current: z.object({ name: text.optional(), version: text.optional(), version3: text.optional() }),
  failedPackage: text.optional(),
  retries: z.number().int().min(0).max(1_000_000),
  status: z.enum(['DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING', 'UPDATED', 'FAILED']).optional(),
  lastState: int.optional(),
  lastResult: int.optional(),
  packageId: text.optional(),
  deliveryMethod: int.optional(),
});

export function encodeOtaInfo(info: OtaInfo): string {
  return JSON.stringify({ v: 1, ...info });
}

/** Undefined for anything that is not a well-formed record. */
export function decodeOtaInfo(raw: string): OtaInfo | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return undefined;
  }
  const r = infoSchema.safeParse(parsed);
  if (!r.success) return undefined;
  const { v: _v, target, current, ...rest } = r.data;
  // exactOptionalPropertyTypes: copy only the fields present.
  const info: OtaInfo = { current: stripUndefined(current), retries: rest.retries };
  if (target !== undefined) info.target = stripUndefined(target);
  if (rest.failedPackage !== undefined) info.failedPackage = rest.failedPackage;
  if (rest.status !== undefined) info.status = rest.status;
  if (rest.lastState !== undefined) info.lastState = rest.lastState;
  if (rest.lastResult !== undefined) info.lastResult = rest.lastResult;
  if (rest.packageId !== undefined) info.packageId = rest.packageId;
  if (rest.deliveryMethod !== undefined) info.deliveryMethod = rest.deliveryMethod;
  return info;
}

function stripUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

export class RedisOtaInfoStore implements OtaInfoPersistence {
  private readonly hash: string;
  private errors_ = 0;
  private dropped_ = 0;

  constructor(
    private readonly client: RedisOtaClient,
    private readonly options: RedisOtaInfoStoreOptions = {},
  ) {
    this.hash = `${options.keyPrefix ?? 'lwm2m:'}ota`;
  }

  get errors(): number {
    return this.errors_;
  }

  get dropped(): number {
    return this.dropped_;
  }

  async load(): Promise<Array<readonly [string, OtaInfo]>> {
    let all: Record<string, string>;
    try {
      all = await this.client.hgetall(this.hash);
    } catch (e) {
      this.fail(e, `hgetall ${this.hash}`);
      return [];
    }
    const out: Array<readonly [string, OtaInfo]> = [];
    const bad: string[] = [];
    for (const [key, raw] of Object.entries(all)) {
      const info = decodeOtaInfo(raw);
      if (info === undefined) bad.push(key);
      else out.push([key, info]);
    }
    if (bad.length > 0) {
      this.dropped_ += bad.length;
      this.options.onError?.(new Error(`${bad.length} unreadable OTA records dropped`), this.hash);
      this.client.hdel(this.hash, ...bad).catch((e: unknown) => this.fail(e, `hdel ${this.hash}`));
    }
    return out;
  }

  save(key: string, info: OtaInfo): void {
    this.send(() => this.client.hset(this.hash, key, encodeOtaInfo(info)), `hset ${this.hash} ${key}`);
  }

  remove(key: string): void {
    this.send(() => this.client.hdel(this.hash, key), `hdel ${this.hash} ${key}`);
  }

  /** A write never throws into the OTA state machine: failures are counted and reported. */
  private send(command: () => Promise<unknown>, what: string): void {
    try {
      command().catch((e: unknown) => this.fail(e, what));
    } catch (e) {
      this.fail(e, what);
    }
  }

  private fail(e: unknown, what: string): void {
    this.errors_++;
    this.options.onError?.(e instanceof Error ? e : new Error(String(e)), what);
  }
}
