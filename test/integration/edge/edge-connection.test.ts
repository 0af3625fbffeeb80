// The edge link's connection against the gRPC core emulator: handshake contents, health per
// ConnectResponseCode, reconnect after a stream error, and "last connection wins" reported, not fought.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import { testEdge } from '../../support/edge-core-emulator-fixtures.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(edges = [testEdge()], tls?: { certPem: Buffer; keyPem: Buffer }): Promise<EdgeCoreEmulator> {
  const emu = await EdgeCoreEmulator.start({ edges, resendAfterMs: 500, ...(tls ? { tls } : {}) });
  cleanups.push(() => emu.close());
  return emu;
}

function adapterOn(emu: EdgeCoreEmulator, extra: Parameters<typeof makeAdapter>[0] extends infer S ? Partial<S> : never = {}): EdgeCoreAdapter {
  const t = tempDir();
  const a = makeAdapter({ port: emu.port, dir: t.dir, ...extra });
  cleanups.push(async () => {
    await a.stop();
    t.remove();
  });
  return a;
}

describe('edge link connection', () => {
  it('announces routing key, secret, V_4_0_0 and the 64 MiB inbound limit, then asks for a full sync', async () => {
    const emu = await setup();
    const a = adapterOn(emu);
    await a.start();
    await until(() => a.health().state === 'connected', 'connected');
    expect(emu.connects[0]).toEqual({ edgeRoutingKey: 'rk-1', edgeSecret: 'secret-1', edgeVersion: 'V_4_0_0', maxInboundMessageSize: 67108864 });
    await until(() => emu.syncRequests.length > 0, 'sync request');
    expect(emu.syncRequests[0]).toEqual({ fullSync: true });
    // The first request on the stream is the connect; the sync comes only after ACCEPTED.
    expect(Object.keys(emu.requests[0] as Obj)).toContain('connectRequestMsg');
  });

  it('announces a configured EdgeVersion', async () => {
    const emu = await setup();
    const a = adapterOn(emu, { connection: { edgeVersion: 4400 } });
    await a.start();
    await until(() => emu.connects.length > 0, 'connect');
    expect(emu.connects[0]?.['edgeVersion']).toBe('V_4_4_0');
  });

  it('BAD_CREDENTIALS: health says so, nothing else is sent, and it retries after the long delay', async () => {
    const emu = await setup();
    const a = adapterOn(emu, { secret: 'S3cr3t-typo' });
    await a.start();
    await until(() => a.health().state === 'bad-credentials', 'bad-credentials');
    expect(a.health().detail).toContain('CLOUD_ROUTING_SECRET');
    expect(a.readiness().ok).toBe(false);
    expect(a.health().detail).not.toContain('S3cr3t-typo');
    await until(() => emu.connects.length >= 2, 'second attempt');
    expect(emu.requests.every((r) => r['connectRequestMsg'] !== undefined)).toBe(true);
    expect(emu.syncRequests).toEqual([]);
  });

  it('SERVER_UNAVAILABLE: health says so and it retries with backoff', async () => {
    const edgeDef = testEdge('rk-1', 'secret-1', { unavailable: true });
    const emu = await setup([edgeDef]);
    const a = adapterOn(emu);
    await a.start();
    await until(() => a.health().state === 'server-unavailable', 'server-unavailable');
    edgeDef.unavailable = false;
    await until(() => a.health().state === 'connected', 'connected after retry');
    expect(emu.connects.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses a core that is not CE', async () => {
    const emu = await setup([testEdge('rk-1', 'secret-1', { cloudType: 'PE' })]);
    const a = adapterOn(emu);
    await a.start();
    await until(() => a.health().state === 'unsupported-core', 'unsupported-core');
    expect(emu.syncRequests).toEqual([]);
  });

  it('reconnects with backoff after a stream error and syncs again (not full once synced)', async () => {
    const emu = await setup();
    emu.syncContent = () => [];
    const a = adapterOn(emu);
    await a.start();
    await until(() => a.health().synced, 'first sync');
    expect(a.readiness()).toMatchObject({ ok: true });
    emu.breakSession('rk-1');
    await until(() => emu.connects.length === 2 && a.health().state === 'connected', 'reconnected');
    await until(() => emu.syncRequests.length === 2, 'second sync');
    expect(emu.syncRequests[1]).toEqual({ fullSync: false });
  });

  it('last connection wins: the replaced adapter reports it and does not reconnect', async () => {
    const emu = await setup();
    const first = adapterOn(emu);
    await first.start();
    await until(() => first.health().state === 'connected', 'first connected');
    const second = adapterOn(emu);
    await second.start();
    await until(() => first.health().state === 'replaced', 'first replaced');
    expect(second.health().state).toBe('connected');
    expect(first.link.connection.counters.replaced).toBe(1);
    // A bounded look: the replaced one stays away (its retry is 60 s), so the newer session survives.
    await new Promise((r) => setTimeout(r, 400));
    expect(emu.connects).toHaveLength(2);
    expect(emu.session('rk-1')).toBeDefined();
    expect(second.health().state).toBe('connected');
  });

  it('TLS: connects when the configured CA signed the core certificate, not without it', async () => {
    const t = tempDir();
    cleanups.push(t.remove);
    const key = path.join(t.dir, 'key.pem');
    const cert = path.join(t.dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'pipe', timeout: 20_000 });
    const certPem = readFileSync(cert);
    const emu = await setup([testEdge()], { certPem, keyPem: readFileSync(key) });
    const trusted = adapterOn(emu, { connection: { ssl: true, caPem: certPem } });
    await trusted.start();
    await until(() => trusted.health().state === 'connected', 'TLS connected');
    await trusted.stop();
    const untrusted = adapterOn(emu, { connection: { ssl: true } });
    await untrusted.start();
    await until(() => untrusted.health().state === 'disconnected', 'TLS refused');
    expect(emu.connects).toHaveLength(1);
  });

  it('a frame that is not a ResponseMsg ends the stream without crashing; the link reconnects', async () => {
    const emu = await setup();
    emu.syncContent = () => [];
    const a = adapterOn(emu);
    await a.start();
    await until(() => a.health().synced, 'synced');
    // Field 3 (downlinkMsg) as a length-delimited field whose length runs past the end.
    emu.sendRaw('rk-1', Buffer.from([0x1a, 0x7f, 0x08, 0x01]));
    await until(() => emu.connects.length === 2 && a.health().state === 'connected', 'reconnected');
  });
});
