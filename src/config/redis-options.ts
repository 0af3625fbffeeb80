/**
 * The ioredis connection options every Redis user of the transport shares (OTA package bytes,
 * LwM2M state, DTLS sessions), from the REDIS_* variables: database, timeouts, credentials, TLS.
 * Callers add where to connect (standalone, sentinel or cluster) and when.
 */
import { readFileSync } from 'node:fs';
import type { RedisOptions } from 'ioredis';
import type { RedisConfig } from './redis-config.js';

export function redisConnectionOptions(c: RedisConfig): RedisOptions {
  return {
    db: c.db,
    connectTimeout: c.connectTimeoutMs,
    commandTimeout: c.readTimeoutMs,
    // A Redis that is away must not stall start-up or grow a command queue without bound.
    maxRetriesPerRequest: 2,
    ...(c.clientName === '' ? {} : { connectionName: c.clientName }),
    ...(c.password === '' ? {} : { password: c.password }),
    ...(c.username === '' ? {} : { username: c.username }),
    ...(c.sslEnabled
      ? {
          tls: {
            ...(c.sslPemCert === '' ? {} : { cert: readFileSync(c.sslPemCert) }),
            ...(c.sslPemKey === '' ? {} : { key: readFileSync(c.sslPemKey) }),
            ...(c.sslPemKeyPassword === '' ? {} : { passphrase: c.sslPemKeyPassword }),
          },
        }
      : {}),
  };
}
