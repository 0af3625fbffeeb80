/**
 * Shared-attribute write times per device in Redis (src/thingsboard AttributeWriteTimes): one
 * hash `<prefix>attrts:<endpoint>`, field = plain resource path, value = the ts in ms. Written
 * on each successful Write from a shared-attribute update (rare), never per notification;
 * deleted when the registration ends. Fields that are not a path with a sane ts are ignored.
 */
import type { AttributeWriteTimes } from '../thingsboard/attribute-write-times.js';

/** The ioredis commands used (a `Redis` instance fits). */
export interface RedisWriteTimesClient {
  hset(key: string, field: string, value: string): Promise<number>;
  hgetall(key: string): Promise<Record<string, string>>;
  del(...keys: string[]): Promise<number>;
}

const PATH_RE = /^\/\d{1,5}\/\d{1,5}\/\d{1,5}(\/\d{1,5})?$/;

export class RedisAttributeWriteTimes implements AttributeWriteTimes {
  private errors_ = 0;

  constructor(
    private readonly client: RedisWriteTimesClient,
    private readonly options: { readonly keyPrefix?: string; readonly onError?: (err: Error, what: string) => void } = {},
  ) {}

  get errors(): number {
    return this.errors_;
  }

  async load(endpoint: string): Promise<ReadonlyMap<string, number>> {
    const out = new Map<string, number>();
    const raw = await this.client.hgetall(this.key(endpoint));
    for (const [path, value] of Object.entries(raw)) {
      const ts = Number(value);
      if (PATH_RE.test(path) && Number.isSafeInteger(ts) && ts >= 0) out.set(path, ts);
    }
    return out;
  }

  save(endpoint: string, path: string, ts: number): void {
    this.client.hset(this.key(endpoint), path, String(ts)).catch((err: unknown) => this.failed(err, `save ${endpoint}`));
  }

  forget(endpoint: string): void {
    this.client.del(this.key(endpoint)).catch((err: unknown) => this.failed(err, `forget ${endpoint}`));
  }

  private key(endpoint: string): string {
    return `${this.options.keyPrefix ?? 'lwm2m:'}attrts:${endpoint}`;
  }

  private failed(err: unknown, what: string): void {
    this.errors_++;
    this.options.onError?.(err instanceof Error ? err : new Error(String(err)), what);
  }
}
