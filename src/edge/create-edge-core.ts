/**
 * Composition of the edge adapter from its configuration (src/config/edge-config.ts).
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import type { EdgeConfig } from '../config/edge-config.js';
import { edge } from '../gen/edge.js';
import { EdgeCoreAdapter } from './edge-core-adapter.js';
import type { EdgeConnectionOptions } from './edge-connection.js';
import { MirrorStore } from './mirror-store.js';
import { RedisMirrorStore, type RedisMirrorClient } from './redis-mirror-store.js';

export function edgeConnectionOptions(c: EdgeConfig): EdgeConnectionOptions {
  return {
    host: c.host,
    port: c.port,
    routingKey: c.routingKey,
    routingSecret: c.routingSecret,
    edgeVersion: edge.EdgeVersion[c.edgeVersion],
    maxInboundMessageSize: c.maxInboundMessageSize,
    ssl: c.sslEnabled,
    caPem: c.sslEnabled && c.sslCertFile !== '' ? readFileSync(c.sslCertFile) : undefined,
    keepAliveTimeMs: c.keepAliveTimeSec * 1000,
    keepAliveTimeoutMs: c.keepAliveTimeoutSec * 1000,
    reconnectInitialMs: c.reconnectTimeoutMs,
    reconnectMaxMs: Math.max(c.reconnectTimeoutMs, c.reconnectMaxMs),
    badCredentialsRetryMs: c.badCredentialsRetryMs,
    replacedRetryMs: c.badCredentialsRetryMs,
    handshakeTimeoutMs: 10_000,
    compression: true,
  };
}

export interface EdgeCoreDeps {
  /** Needed with EDGE_MIRROR_STORE=redis: a client built from the REDIS_* variables. */
  redis?: RedisMirrorClient | undefined;
}

export function createEdgeCore(c: EdgeConfig, logger: Logger, deps: EdgeCoreDeps = {}): EdgeCoreAdapter {
  if (c.mirrorStore === 'redis' && !deps.redis) throw new Error('EDGE_MIRROR_STORE=redis needs a Redis client (REDIS_* variables)');
  const store = c.mirrorStore === 'redis' && deps.redis
    // One Edge = one mirror: the routing key keeps two transports on one Redis apart.
    ? new RedisMirrorStore(deps.redis, `${c.mirrorRedisPrefix}:${c.routingKey}`)
    : new MirrorStore(c.mirrorDir);
  return new EdgeCoreAdapter({
    link: {
      connection: edgeConnectionOptions(c),
      uplinkQueueSize: c.uplinkQueueSize,
      uplinkMaxAttempts: c.uplinkMaxAttempts,
      uplinkTimeoutMs: c.uplinkTimeoutMs,
      rateLimitPauseMs: c.rateLimitPauseMs,
    },
    store,
    syncPolicy: c.syncPolicy,
    fullSyncIntervalMs: c.fullSyncIntervalHours * 3_600_000,
    logger: logger.child({ component: 'edge-link' }),
    autoProvisionProfileId: c.autoProvisionProfileId !== '' ? c.autoProvisionProfileId.toLowerCase() : undefined,
  });
}
