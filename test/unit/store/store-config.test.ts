import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.js';
import { readRedisConfig } from '../../../src/config/redis-config.js';
import { readStoreConfig, useRedisStateStore } from '../../../src/config/store-config.js';

describe('LwM2M store switch', () => {
  it('is off by default, as LWM2M_REDIS_ENABLED is in ThingsBoard', () => {
    const c = readStoreConfig({});
    expect(c).toEqual({ redisEnabled: false, redisKeyPrefix: 'lwm2m:', dtlsSessionTtlSeconds: 86_400 });
    expect(useRedisStateStore(c, readRedisConfig({}))).toBe(false);
  });

  it('needs both LWM2M_REDIS_ENABLED=true and CACHE_TYPE=redis', () => {
    const on = readStoreConfig({ LWM2M_REDIS_ENABLED: 'true' });
    expect(useRedisStateStore(on, readRedisConfig({}))).toBe(true); // CACHE_TYPE defaults to redis
    expect(useRedisStateStore(on, readRedisConfig({ CACHE_TYPE: 'caffeine' }))).toBe(false);
  });

  it('a bad value names the variable', () => {
    expect(() => readStoreConfig({ LWM2M_REDIS_ENABLED: 'yes' })).toThrow(ConfigError);
    expect(() => readStoreConfig({ LWM2M_REDIS_ENABLED: 'yes' })).toThrow(/LWM2M_REDIS_ENABLED/);
  });

  it('reads the DTLS session TTL and refuses a non-positive one', () => {
    expect(readStoreConfig({ LWM2M_REDIS_DTLS_SESSION_TTL_SEC: '3600' }).dtlsSessionTtlSeconds).toBe(3600);
    expect(() => readStoreConfig({ LWM2M_REDIS_DTLS_SESSION_TTL_SEC: '0' })).toThrow(/LWM2M_REDIS_DTLS_SESSION_TTL_SEC/);
  });
});
