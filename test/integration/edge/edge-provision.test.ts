// Device auto-creation (thingsboard-edge-grpc.md §3.2) and an operator-triggered full sync, against
// the gRPC core emulator.
import { afterEach, describe, expect, it } from 'vitest';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import { EDGE_PROFILE_ID, TENANT_ID, deviceDownlink, otaDownlink, profileMsg, testEdge } from '../../support/edge-core-emulator-fixtures.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(autoProvisionProfileId?: string): Promise<{ emu: EdgeCoreEmulator; a: EdgeCoreAdapter }> {
  const emu = await EdgeCoreEmulator.start({ edges: [testEdge()] });
  cleanups.push(() => emu.close());
  emu.syncContent = () => [{ deviceProfileUpdateMsg: [profileMsg()] }];
  const t = tempDir();
  const a = makeAdapter({ port: emu.port, dir: t.dir, ...(autoProvisionProfileId ? { autoProvisionProfileId } : {}) });
  cleanups.push(async () => {
    await a.stop();
    t.remove();
  });
  await a.start();
  await until(() => a.health().synced, 'synced');
  return { emu, a };
}

describe('edge device auto-creation', () => {
  it('off by default: an unknown endpoint is refused and nothing is sent', async () => {
    const { emu, a } = await setup();
    const r = await a.validateCredentials({ kind: 'endpoint', endpoint: 'fresh-1' });
    expect(r.ok ? 'ok' : r.error.kind).toBe('not-found');
    expect(emu.uplinks).toEqual([]);
  });

  it('creates the device and its NoSec credentials in one UplinkMsg (CREATED only), then validates it', async () => {
    const { emu, a } = await setup(EDGE_PROFILE_ID);
    const [r1, r2] = await Promise.all([
      a.validateCredentials({ kind: 'endpoint', endpoint: 'fresh-1' }),
      a.validateCredentials({ kind: 'endpoint', endpoint: 'fresh-1' }),
    ]);
    expect(r1.ok && r1.value.device.deviceName).toBe('fresh-1');
    expect(r2.ok && r2.value.device.deviceId).toBe(r1.ok ? r1.value.device.deviceId : 'x');
    expect(emu.uplinks).toHaveLength(1);
    const u = emu.uplinks[0] as Obj;
    const dev = (u['deviceUpdateMsg'] as Obj[])[0] as Obj;
    // CREATED is enum value 0, proto3's default: absent on the wire means CREATED.
    expect(dev['msgType'] ?? 'ENTITY_CREATED_RPC_MESSAGE').toBe('ENTITY_CREATED_RPC_MESSAGE');
    const entity = JSON.parse(String(dev['entity'])) as Obj;
    expect(entity).toMatchObject({ name: 'fresh-1', tenantId: { entityType: 'TENANT', id: TENANT_ID }, deviceProfileId: { entityType: 'DEVICE_PROFILE', id: EDGE_PROFILE_ID } });
    const creds = JSON.parse(String(((u['deviceCredentialsUpdateMsg'] as Obj[])[0] as Obj)['entity'])) as Obj;
    expect(creds['credentialsType']).toBe('LWM2M_CREDENTIALS');
    expect(JSON.parse(String(creds['credentialsValue']))).toMatchObject({ client: { securityConfigClientMode: 'NO_SEC', endpoint: 'fresh-1' } });
    // PSK identities are never auto-created (there is no key to give them).
    expect((await a.validateCredentials({ kind: 'psk', identity: 'who' })).ok).toBe(false);
    expect(emu.uplinks).toHaveLength(1);
  });

  it('an operator-triggered full sync sweeps packages the core no longer has', async () => {
    const { emu, a } = await setup();
    const FW = '7e57a000-0000-4000-8000-0000000000f9';
    await emu.push('rk-1', [otaDownlink(FW, 'FIRMWARE', 'fw', '1', Buffer.from('x')), deviceDownlink({ id: '7e57a000-0000-4000-8000-0000000000d9', name: 'd9' })]);
    expect(a.mirror.otaPackages.has(FW)).toBe(true);
    emu.syncContent = () => [{ deviceProfileUpdateMsg: [profileMsg()] }];
    expect(a.requestSync(true)).toBe(true);
    await until(() => emu.syncRequests.length === 2 && !a.health().syncInProgress, 'full sync done');
    expect(emu.syncRequests[1]).toEqual({ fullSync: true });
    expect(a.mirror.otaPackages.has(FW)).toBe(false);
    expect(a.mirror.devices.size).toBe(0);
  });
});
