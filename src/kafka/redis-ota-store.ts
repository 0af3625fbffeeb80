/**
 * OTA package bytes from the Redis cache ThingsBoard's core fills before it answers an OTA
 * request with SUCCESS (thingsboard-transport-wire.md §5.7): key `otaPackagesData::<uuid>`,
 * a raw byte string, read whole (GET) or by range (GETRANGE). Same Redis and REDIS_DB as the core.
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import type { RedisConfig } from '../config/redis-config.js';
import { redisConnectionOptions } from '../config/redis-options.js';
import { fail, ok, type CoreResult, type Uuid } from '../core/core-types.js';
import { otaDataKey, type OtaDataStore } from './ota-data-store.js';

type RedisLike = Pick<Redis, 'getBuffer' | 'getrangeBuffer' | 'exists' | 'quit'>;

function parseHostPorts(list: string): Array<{ host: string; port: number }> {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => {
      const i = s.lastIndexOf(':');
      return { host: s.slice(0, i), port: Number(s.slice(i + 1)) };
    });
}

export function redisClientFor(c: RedisConfig): RedisLike {
  const common: RedisOptions = { ...redisConnectionOptions(c), lazyConnect: true };
  switch (c.connectionType) {
    case 'standalone':
      return new Redis({ ...common, host: c.host, port: c.port });
    case 'sentinel':
      return new Redis({ ...common, sentinels: parseHostPorts(c.sentinels), name: c.master, sentinelPassword: c.sentinelPassword || undefined });
    case 'cluster':
      return new Cluster(parseHostPorts(c.nodes), { redisOptions: common, maxRedirections: c.maxRedirects, lazyConnect: true });
  }
}

export class RedisOtaStore implements OtaDataStore {
  constructor(
    private readonly redis: RedisLike,
    private readonly log: Logger,
  ) {}

  async read(packageId: Uuid, offset?: number, length?: number): Promise<CoreResult<Uint8Array>> {
    const key = otaDataKey(packageId);
    try {
      if (offset === undefined && length === undefined) {
        const all = await this.redis.getBuffer(key);
        return all ? ok(new Uint8Array(all)) : fail('not-found', `no OTA data under ${key}`);
      }
      const start = Math.max(0, Math.trunc(offset ?? 0));
      if (length !== undefined && length <= 0) return ok(new Uint8Array(0));
      // GETRANGE end is inclusive; -1 means "to the end".
      const end = length === undefined ? -1 : start + Math.trunc(length) - 1;
      const part = await this.redis.getrangeBuffer(key, start, end);
      if (part.length === 0 && (await this.redis.exists(key)) === 0) return fail('not-found', `no OTA data under ${key}`);
      return ok(new Uint8Array(part));
    } catch (e) {
      this.log.warn({ err: e, key }, 'Redis read failed');
      return fail('unavailable', `Redis: ${(e as Error).message}`);
    }
  }

  async close(): Promise<void> {
    await this.redis.quit().catch(() => undefined);
  }
}
