/**
 * Where the LwM2M servers keep registrations and observations across restarts (issue 6 item 5).
 * Redis only when both switches are on, as in ThingsBoard (store-config.ts); otherwise nothing
 * is kept and a restarted transport answers the clients' Updates with 4.04 (they register again).
 *
 * One key prefix per endpoint (`<LWM2M_REDIS_KEY_PREFIX>coap:` / `...coaps:`): restore() deletes
 * what its resolvePeer cannot resolve, so the CoAP server must never see the CoAPs records.
 */
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Env } from '../config/env.js';
import { readRedisConfig, type RedisConfig } from '../config/redis-config.js';
import { redisConnectionOptions } from '../config/redis-options.js';
import { readStoreConfig, useRedisStateStore } from '../config/store-config.js';
import { detachedPeer } from '../lwm2m/registration/stored-registration.js';
import type { ServerStateOptions } from '../lwm2m/server/lwm2m-server.js';
import type { Peer } from '../net/datagram.js';
import type { DtlsSessionStore } from '../dtls/session-cache.js';
import { RedisDtlsSessionStore } from '../store/redis-dtls-session-store.js';
import { RedisOtaInfoStore } from '../store/redis-ota-info-store.js';
import { RedisAttributeWriteTimes } from '../store/redis-attribute-write-times.js';
import type { AttributeWriteTimes } from '../thingsboard/attribute-write-times.js';
import { RedisStateStore } from '../store/redis-state-store.js';
import type { OtaInfoPersistence } from '../thingsboard/ota/ota-ports.js';

export type StateEndpointKind = 'coap' | 'coaps';

/** What a plain UDP socket offers for a stored address: its own Peer object (UdpTransport fits). */
export interface UdpPeerSource {
  peer(address: string, port: number): Peer;
}

export interface EndpointStateStore {
  /** The Lwm2mServer's `state` option. */
  readonly state: ServerStateOptions;
  /** coaps only: the DTLS server's second-level session cache, for resumption after a restart. */
  readonly dtlsSessions?: DtlsSessionStore;
  /** Per-device OTA state (OtaInfoStore's persistence), restored before devices attach. */
  readonly otaInfo?: OtaInfoPersistence;
  /** Per-device shared-attribute write times (features doc #46). */
  readonly writeTimes?: AttributeWriteTimes;
  /** Waits for the writes in flight, then closes the Redis connection. */
  close(): Promise<void>;
}

export interface StateStoreFactory {
  /** The store of one endpoint; `udp` is the endpoint's socket when `kind` is coap. */
  forEndpoint(kind: StateEndpointKind, udp: UdpPeerSource | undefined): EndpointStateStore;
}

/**
 * One ioredis connection per endpoint, from the REDIS_* variables. Standalone only: sentinel
 * and cluster set-ups are refused with a log line (the state then stays in memory).
 */
function redisFor(c: RedisConfig): Redis {
  return new Redis({ ...redisConnectionOptions(c), host: c.host, port: c.port });
}

/**
 * The restored peer of a stored record, per endpoint: the UDP socket's own Peer for a NoSec
 * record; a detached Peer for a DTLS record (the session died with the process: the client's
 * next Update from a new session with the same identity takes the registration over). A record
 * of the other kind is not this endpoint's and is dropped.
 */
export function resolverFor(kind: StateEndpointKind, udp: UdpPeerSource | undefined): ServerStateOptions['resolvePeer'] {
  if (kind === 'coaps') return (p, endpoint) => (p.secure ? detachedPeer(p, endpoint) : undefined);
  return (p) => (p.secure || udp === undefined ? undefined : udp.peer(p.address, p.port));
}

/** The key prefix of one endpoint's records under LWM2M_REDIS_KEY_PREFIX. */
export function endpointKeyPrefix(base: string, kind: StateEndpointKind): string {
  return `${base}${kind}:`;
}

/** Undefined when LwM2M state is not kept (LWM2M_REDIS_ENABLED=false or CACHE_TYPE is not redis). */
export function createStateStore(env: Env, log: Logger): StateStoreFactory | undefined {
  const store = readStoreConfig(env);
  const redis = readRedisConfig(env);
  if (!useRedisStateStore(store, redis)) return undefined;
  if (redis.connectionType !== 'standalone') {
    log.warn({ connectionType: redis.connectionType }, 'LwM2M state in Redis supports REDIS_CONNECTION_TYPE=standalone only; registrations are kept in memory');
    return undefined;
  }
  return {
    forEndpoint(kind, udp) {
      const client = redisFor(redis);
      const keyPrefix = endpointKeyPrefix(store.redisKeyPrefix, kind);
      const slog = log.child({ component: 'state-store', endpoint: kind });
      // ioredis reports connection trouble as 'error' events (unhandled they would end the
      // process) on every reconnect attempt: logged once per outage, not once per attempt.
      let down = false;
      client.on('error', (err: Error) => {
        if (!down) slog.warn({ err }, 'Redis connection error; LwM2M state writes fail until it is back');
        down = true;
      });
      client.on('ready', () => {
        if (down) slog.info('Redis connection back');
        down = false;
      });
      const redisStore = new RedisStateStore(client, {
        keyPrefix,
        onError: (err, what) => slog.warn({ err, what }, 'LwM2M state store write failed'),
      });
      const dtlsSessions =
        kind === 'coaps'
          ? new RedisDtlsSessionStore(client, {
              keyPrefix,
              ttlSeconds: store.dtlsSessionTtlSeconds,
              // Only the key and the error: the value holds a master secret.
              onError: (err, what) => {
                if (!down) slog.warn({ err, what }, 'DTLS session store command failed');
              },
            })
          : undefined;
      return {
        state: { store: redisStore, resolvePeer: resolverFor(kind, udp) },
        ...(dtlsSessions === undefined ? {} : { dtlsSessions }),
        otaInfo: new RedisOtaInfoStore(client, {
          keyPrefix,
          // During an outage the connection error above was logged already.
          onError: (err, what) => {
            if (!down) slog.warn({ err, what }, 'OTA state store command failed');
          },
        }),
        writeTimes: new RedisAttributeWriteTimes(client, {
          keyPrefix,
          onError: (err, what) => {
            if (!down) slog.warn({ err, what }, 'attribute write-time store command failed');
          },
        }),
        close: async () => {
          await redisStore.flush().catch(() => undefined);
          await redisStore.close().catch(() => client.disconnect());
        },
      };
    },
  };
}
