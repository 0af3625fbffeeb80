/** Cache and Redis variables (thingsboard-transport-wire.md §7.5); Redis holds OTA package bytes. */
import { bool, int, oneOf, readSection, str, type Env, type SectionValue } from './env.js';

export const redisSpec = {
  cacheType: oneOf('CACHE_TYPE', ['redis', 'caffeine'] as const, 'redis'),
  connectionType: oneOf('REDIS_CONNECTION_TYPE', ['standalone', 'cluster', 'sentinel'] as const, 'standalone'),
  host: str('REDIS_HOST', 'localhost'),
  port: int('REDIS_PORT', 6379, { min: 1, max: 65535 }),
  useDefaultClientConfig: bool('REDIS_USE_DEFAULT_CLIENT_CONFIG', true),
  clientName: str('REDIS_CLIENT_NAME', 'standalone'),
  connectTimeoutMs: int('REDIS_CLIENT_CONNECT_TIMEOUT', 30000, { min: 1 }),
  readTimeoutMs: int('REDIS_CLIENT_READ_TIMEOUT', 60000, { min: 1 }),
  usePoolConfig: bool('REDIS_CLIENT_USE_POOL_CONFIG', false),
  nodes: str('REDIS_NODES', ''),
  maxRedirects: int('REDIS_MAX_REDIRECTS', 12),
  useDefaultPoolConfig: bool('REDIS_USE_DEFAULT_POOL_CONFIG', true),
  master: str('REDIS_MASTER', ''),
  sentinels: str('REDIS_SENTINELS', ''),
  sentinelPassword: str('REDIS_SENTINEL_PASSWORD', ''),
  db: int('REDIS_DB', 0, { max: 65535 }),
  password: str('REDIS_PASSWORD', ''),
  username: str('REDIS_USERNAME', ''),
  sslEnabled: bool('TB_REDIS_SSL_ENABLED', false),
  sslPemCert: str('TB_REDIS_SSL_PEM_CERT', ''),
  sslPemKey: str('TB_REDIS_SSL_PEM_KEY', ''),
  sslPemKeyPassword: str('TB_REDIS_SSL_PEM_KEY_PASSWORD', ''),
  poolMaxTotal: int('REDIS_POOL_CONFIG_MAX_TOTAL', 128),
  poolMaxIdle: int('REDIS_POOL_CONFIG_MAX_IDLE', 128),
  poolMinIdle: int('REDIS_POOL_CONFIG_MIN_IDLE', 16),
  poolTestOnBorrow: bool('REDIS_POOL_CONFIG_TEST_ON_BORROW', false),
  poolTestOnReturn: bool('REDIS_POOL_CONFIG_TEST_ON_RETURN', false),
  poolTestWhileIdle: bool('REDIS_POOL_CONFIG_TEST_WHILE_IDLE', true),
  poolMinEvictableMs: int('REDIS_POOL_CONFIG_MIN_EVICTABLE_MS', 60000),
  poolEvictionRunsMs: int('REDIS_POOL_CONFIG_EVICTION_RUNS_MS', 30000),
  poolMaxWaitMs: int('REDIS_POOL_CONFIG_MAX_WAIT_MS', 60000),
  poolNumberTestsPerEvictionRun: int('REDIS_POOL_CONFIG_NUMBER_TESTS_PER_EVICTION_RUN', 3),
  poolBlockWhenExhausted: bool('REDIS_POOL_CONFIG_BLOCK_WHEN_EXHAUSTED', true),
};
export type RedisConfig = SectionValue<typeof redisSpec>;

export function readRedisConfig(env: Env): RedisConfig {
  return readSection(env, redisSpec);
}
