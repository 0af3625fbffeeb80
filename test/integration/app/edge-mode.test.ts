import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../support/zookeeper-server.js';
import { httpJson, LOOPBACK_ENV, runApp, startedPorts, type AppProcess } from './app-process.js';

/**
 * TB_QUEUE_TYPE=edge as a process with no Edge to talk to: the LwM2M sockets come up, readiness
 * stays down (the gRPC link is not connected) with the reason, and SIGTERM stops it cleanly.
 */

let app: AppProcess | undefined;
let dir: string | undefined;

afterAll(async () => {
  app?.kill();
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
});

describe('edge mode without a reachable Edge', () => {
  it('starts, reports not ready because of the edge link, and stops on SIGTERM', async () => {
    dir = await mkdtemp(join(tmpdir(), 'lwm2m-edge-'));
    const closedPort = await freePort();
    app = runApp({
      ...LOOPBACK_ENV,
      TB_QUEUE_TYPE: 'edge',
      CLOUD_ROUTING_KEY: 'routing-key',
      CLOUD_ROUTING_SECRET: 'routing-secret',
      CLOUD_RPC_HOST: '127.0.0.1',
      CLOUD_RPC_PORT: String(closedPort),
      EDGE_MIRROR_DIR: dir,
    });
    const ports = await startedPorts(app);
    const health = await httpJson(ports.http, 'GET', '/health');
    expect(health.status).toBe(503);
    const checks = (health.json as { checks: Array<{ name: string; ok: boolean }> }).checks;
    expect(checks.find((c) => c.name === 'edge')?.ok).toBe(false);
    expect(checks.find((c) => c.name === 'lwm2m-sockets')?.ok).toBe(true);
    // The secret is masked in the effective-configuration line.
    expect(app.stdout()).not.toContain('routing-secret');
    app.child.kill('SIGTERM');
    expect((await app.exited).code).toBe(0);
  }, 40_000);
});
