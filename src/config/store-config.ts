/**
 * The switch for LwM2M state in Redis, as in ThingsBoard: `transport.lwm2m.redis.enabled`
 * (LWM2M_REDIS_ENABLED, default false) and, as ThingsBoard's TbLwM2mStoreFactory also requires,
 * a Redis cache configuration (CACHE_TYPE=redis). The connection itself comes from the
 * REDIS_* variables of redis-config.ts. Without both, state is in memory and a restart
 * forgets every registration (clients get 4.04 on their next Update and register again).
 */
import { bool, int, readSection, str, type Env, type SectionValue } from './env.js';
import type { RedisConfig } from './redis-config.js';

export const storeSpec = {
  redisEnabled: bool('LWM2M_REDIS_ENABLED', false),
  /** Not in ThingsBoard: prefix of this transport's Redis keys (several transports, one DB). */
  redisKeyPrefix: str('LWM2M_REDIS_KEY_PREFIX', 'lwm2m:'),
  /** Not in ThingsBoard: lifetime of a resumable DTLS session kept in Redis (seconds). */
  dtlsSessionTtlSeconds: int('LWM2M_REDIS_DTLS_SESSION_TTL_SEC', 86_400, { min: 1 }),
};

export type StoreConfig = SectionValue<typeof storeSpec>;

export function readStoreConfig(env: Env): StoreConfig {
  return readSection(env, storeSpec);
}

/** Whether registrations and observations go to Redis (both switches on). */
export function useRedisStateStore(store: StoreConfig, redis: Pick<RedisConfig, 'cacheType'>): boolean {
  return store.redisEnabled && redis.cacheType === 'redis';
}
