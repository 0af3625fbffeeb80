// Builds an EdgeCoreAdapter pointed at an EdgeCoreEmulator, with short timers for tests.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { EdgeCoreAdapter, type EdgeCoreOptions } from '../../../src/edge/edge-core-adapter.js';
import type { EdgeConnectionOptions } from '../../../src/edge/edge-connection.js';
import { MirrorStore } from '../../../src/edge/mirror-store.js';
import { edge } from '../../../src/gen/edge.js';

export const log = pino({ level: process.env['TEST_LOG'] ?? 'silent' });

export function tempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'edge-mirror-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface AdapterSpec {
  port: number;
  dir: string;
  routingKey?: string;
  secret?: string;
  connection?: Partial<EdgeConnectionOptions>;
  link?: Partial<Omit<EdgeCoreOptions['link'], 'connection'>>;
  syncPolicy?: 'auto' | 'full';
  autoProvisionProfileId?: string;
}

export function makeAdapter(s: AdapterSpec): EdgeCoreAdapter {
  return new EdgeCoreAdapter({
    link: {
      connection: {
        host: '127.0.0.1', port: s.port, routingKey: s.routingKey ?? 'rk-1', routingSecret: s.secret ?? 'secret-1',
        edgeVersion: edge.EdgeVersion.V_4_0_0, maxInboundMessageSize: 64 * 1024 * 1024, ssl: false,
        keepAliveTimeMs: 10_000, keepAliveTimeoutMs: 5000, reconnectInitialMs: 50, reconnectMaxMs: 200,
        badCredentialsRetryMs: 300, replacedRetryMs: 60_000, handshakeTimeoutMs: 3000, compression: true,
        ...s.connection,
      },
      uplinkQueueSize: 100, uplinkMaxAttempts: 3, uplinkTimeoutMs: 2000, rateLimitPauseMs: 200,
      ...s.link,
    },
    store: new MirrorStore(s.dir),
    syncPolicy: s.syncPolicy ?? 'auto',
    logger: log,
    persistDelayMs: 10,
    autoProvisionProfileId: s.autoProvisionProfileId,
  });
}

/** Polls every 10 ms, bounded in count (the shared test helper). */
export { waitFor as until } from '../../support/standalone-harness.js';
