// Sync, mirror and acknowledgement discipline against the gRPC core emulator: every downlink acked
// (ignored kinds too), duplicates idempotent, unacknowledged packs re-sent, mark-and-sweep on
// syncCompletedMsg, credential validation from the mirror, a restart serving devices before the sync,
// and a restart in the middle of a sync.
import { createHash, generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../src/core/index.js';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import {
  credentialsDownlink,
  deviceDeletedDownlink,
  deviceDownlink,
  ignoredDownlink,
  modelDownlink,
  otaDownlink,
  profileMsg,
  psk,
  testEdge,
  type DeviceSpec,
} from '../../support/edge-core-emulator-fixtures.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const D1: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d1', name: 'nosec-1' };
const D2: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d2', name: 'psk-2', credentialsId: 'psk-id-2', credentialsValue: psk('psk-2', 'psk-id-2', '00112233') };
const D3: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d3', name: 'token-3', credentialsType: 'ACCESS_TOKEN', credentialsId: 'tok' };
const FW = '7e57a000-0000-4000-8000-0000000000f1';
const MODEL = '7e57a000-0000-4000-8000-0000000000b1';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function emulator(): Promise<EdgeCoreEmulator> {
  const emu = await EdgeCoreEmulator.start({ edges: [testEdge()], resendAfterMs: 300, packSize: 2 });
  cleanups.push(() => emu.close());
  return emu;
}

function adapter(emu: EdgeCoreEmulator, dir: string): EdgeCoreAdapter {
  const a = makeAdapter({ port: emu.port, dir });
  cleanups.push(() => a.stop());
  return a;
}

function dir(): string {
  const t = tempDir();
  cleanups.push(t.remove);
  return t.dir;
}

describe('edge sync and mirror', () => {
  it('fills the mirror from a full sync and validates NoSec and PSK, never other credential types', async () => {
    const emu = await emulator();
    emu.syncContent = (full) => [
      { deviceProfileUpdateMsg: [profileMsg()] }, ignoredDownlink(), deviceDownlink(D1), deviceDownlink(D2), deviceDownlink(D3),
      ...(full ? [otaDownlink(FW, 'FIRMWARE', 'fw', '1.0', Buffer.from('firmware-bytes')), modelDownlink(MODEL, '3_1.2', '<LWM2M/>')] : []),
    ];
    const a = adapter(emu, dir());
    await a.start();
    await until(() => a.health().synced, 'sync completed');
    // Every downlink acknowledged with success, the ignored customer message and syncCompleted included.
    await until(() => emu.acks.length >= 8, 'eight acks');
    await new Promise((r) => setTimeout(r, 50));
    // Distinct ids: a slow test machine may see a re-send of the same message (same id).
    expect(new Set(emu.acks.map((x) => x['downlinkMsgId'])).size).toBe(8);
    expect(emu.acks.every((x) => x['success'] === true)).toBe(true);

    const v1 = await a.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-1' });
    expect(v1.ok && v1.value.device.deviceId).toBe(D1.id);
    expect(v1.ok && v1.value.securityMode).toBe('NO_SEC');
    expect(v1.ok && v1.value.deviceProfile?.transportType).toBe('LWM2M');
    const v2 = await a.validateCredentials({ kind: 'psk', identity: 'psk-id-2' });
    expect(v2.ok && v2.value.device.deviceName).toBe('psk-2');
    expect(v2.ok && v2.value.securityMode).toBe('PSK');
    const v3 = await a.validateCredentials({ kind: 'endpoint', endpoint: 'tok' });
    expect(v3.ok ? 'ok' : v3.error.kind).toBe('not-found');
    const model = await a.getModel('t', '3_1.2');
    expect(model.ok && Buffer.from(model.value.data).toString()).toBe('<LWM2M/>');
  });

  it('validates RPK by endpoint and X.509 by certificate hash or trusted CN', async () => {
    const emu = await emulator();
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const spki = publicKey.export({ type: 'spki', format: 'der' });
    const cert = Buffer.from('not really a certificate, only its bytes matter');
    const certId = createHash('sha3-256').update(cert.toString('base64')).digest('hex');
    const rpk: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d4', name: 'rpk-4',
      credentialsValue: JSON.stringify({ client: { securityConfigClientMode: 'RPK', endpoint: 'rpk-4', key: spki.toString('base64') }, bootstrap: {} }) };
    const x509: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d5', name: 'x509-5', credentialsId: certId,
      credentialsValue: JSON.stringify({ client: { securityConfigClientMode: 'X509', endpoint: 'x509-5', cert: cert.toString('base64') }, bootstrap: {} }) };
    const byCn: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d6', name: 'cn-6',
      credentialsValue: JSON.stringify({ client: { securityConfigClientMode: 'X509', endpoint: 'cn-6', cert: '' }, bootstrap: {} }) };
    emu.syncContent = () => [deviceDownlink(rpk), deviceDownlink(x509), deviceDownlink(byCn)];
    const a = adapter(emu, dir());
    await a.start();
    await until(() => a.health().synced, 'sync completed');
    const r = await a.validateCredentials({ kind: 'rpk', endpoint: 'rpk-4', publicKeyDer: spki });
    expect(r.ok && r.value.securityMode).toBe('RPK');
    const x = await a.validateCredentials({ kind: 'x509', certificateDer: cert });
    expect(x.ok && x.value.device.deviceName).toBe('x509-5');
    const c = await a.validateCredentials({ kind: 'x509', certificateDer: Buffer.from('other'), trustedCommonName: 'cn-6' });
    expect(c.ok && c.value.device.deviceName).toBe('cn-6');
    const none = await a.validateCredentials({ kind: 'x509', certificateDer: Buffer.from('other') });
    expect(none.ok).toBe(false);
  });

  it('re-sent packs and duplicated messages are applied idempotently', async () => {
    const emu = await emulator();
    emu.syncContent = () => [deviceDownlink(D1)];
    const a = adapter(emu, dir());
    const events: CoreEvent[] = [];
    a.onEvent((e) => events.push(e));
    await a.start();
    await until(() => a.health().synced, 'sync completed');
    // Duplicates within a pack, and a pack whose first ack the core "loses" (re-sent after 300 ms).
    const r = await emu.push('rk-1', [deviceDownlink(D2)], { duplicate: true });
    expect(r).toEqual({ acked: 2, discarded: 0, sends: 1 });
    const lost = emu.push('rk-1', [credentialsDownlink({ ...D2, credentialsId: 'psk-id-2b', credentialsValue: psk('psk-2', 'psk-id-2b', '44') })]);
    await until(() => emu.acks.length > 0, 'ack');
    const before = emu.acks.length;
    // Ignore the next ack: whatever id it carries, the pack must be re-sent and acked again.
    const s = emu.session('rk-1');
    expect(s).toBeDefined();
    const pendingIds = [...(s?.pending.keys() ?? [])];
    for (const id of pendingIds) emu.ignoreAcksOnce.add(id);
    const res = await lost;
    expect(res.acked).toBe(1);
    expect(emu.acks.length).toBeGreaterThan(before);
    expect(a.mirror.devices.size).toBe(2);
    expect((await a.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(false);
    expect((await a.validateCredentials({ kind: 'psk', identity: 'psk-id-2b' })).ok).toBe(true);
  });

  it('a sync removes devices and profiles it did not mention; a live delete removes at once', async () => {
    const emu = await emulator();
    let content: Obj[] = [deviceDownlink(D1), deviceDownlink(D2)];
    emu.syncContent = () => content;
    const a = adapter(emu, dir());
    const deleted: string[] = [];
    a.onEvent((e) => {
      if (e.type === 'device-deleted') deleted.push(e.deviceId);
    });
    await a.start();
    await until(() => a.health().synced && a.mirror.devices.size === 2, 'two devices');
    await emu.push('rk-1', [deviceDeletedDownlink(D1.id), deviceDeletedDownlink('7e57a000-0000-4000-8000-00000000ffff')]);
    expect(deleted).toEqual([D1.id]);
    content = [deviceDownlink({ ...D1, profileId: '7e57a000-0000-4000-8000-0000000000a2' })];
    emu.breakSession('rk-1');
    await until(() => emu.syncRequests.length === 2 && a.mirror.devices.has(D1.id) && !a.mirror.devices.has(D2.id), 'second sync swept D2');
    expect(deleted).toEqual([D1.id, D2.id]);
    expect([...a.mirror.profiles.keys()]).toEqual(['7e57a000-0000-4000-8000-0000000000a2']);
    expect((await a.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(false);
  });

  it('a restart serves devices from disk before the link is up, and a restart during a sync loses nothing', async () => {
    const emu = await emulator();
    const d = dir();
    emu.syncContent = (full) => [deviceDownlink(D1), deviceDownlink(D2), ...(full ? [otaDownlink(FW, 'FIRMWARE', 'fw', '1.0', Buffer.from('fw-bytes'))] : [])];
    const first = makeAdapter({ port: emu.port, dir: d });
    await first.start();
    await until(() => first.health().synced, 'first sync');
    await first.stop();

    // Second process: the link is held mid-sync after one pack of a sync that drops D2.
    emu.syncContent = () => [deviceDownlink(D1), { deviceProfileUpdateMsg: [profileMsg()] }, deviceDownlink({ ...D1, id: '7e57a000-0000-4000-8000-0000000000d7', name: 'new-7' })];
    emu.holdSyncAfterPacks = 1;
    const second = makeAdapter({ port: emu.port, dir: d });
    cleanups.push(() => second.stop());
    // Before the link starts: already answered from the snapshot.
    await second.load();
    expect((await second.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-1' })).ok).toBe(true);
    expect((await second.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(true);
    const bytes = await second.readOtaPackageData(FW);
    expect(bytes.ok && Buffer.from(bytes.value).toString()).toBe('fw-bytes');
    await second.start();
    await until(() => emu.syncRequests.length === 2 && emu.syncHeld && second.mirror.syncInProgress, 'held mid-sync');
    expect(emu.syncRequests[1]).toEqual({ fullSync: false });
    expect((await second.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(true);
    await second.stop();

    // Third process, after a restart in the middle of that sync: still serves everything, then completes.
    emu.resumeSync();
    const third = adapter(emu, d);
    await third.load();
    expect((await third.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(true);
    await third.start();
    await until(() => emu.syncRequests.length === 3 && !third.health().syncInProgress && third.mirror.devices.has('7e57a000-0000-4000-8000-0000000000d7'), 'sync done');
    expect((await third.validateCredentials({ kind: 'psk', identity: 'psk-id-2' })).ok).toBe(false);
    expect((await third.validateCredentials({ kind: 'endpoint', endpoint: 'new-7' })).ok).toBe(true);
    // Packages survive a non-full sync (they can only be swept by a full one, §1.8).
    expect((await third.readOtaPackageData(FW)).ok).toBe(true);
  });

  it('accepts an OTA package bigger than the gRPC default 4 MiB message (announced 64 MiB limit)', async () => {
    const emu = await emulator();
    const a = adapter(emu, dir());
    await a.start();
    await until(() => a.health().synced, 'synced');
    const bytes = Buffer.alloc(6 * 1024 * 1024, 7);
    const r = await emu.push('rk-1', [otaDownlink(FW, 'FIRMWARE', 'big', '2.0', bytes)]);
    // (This emulator re-sends after 300 ms, which a 6 MiB message may exceed: a re-send is fine.)
    expect(r).toMatchObject({ acked: 1, discarded: 0 });
    const back = await a.readOtaPackageData(FW);
    expect(back.ok && Buffer.from(back.value).equals(bytes)).toBe(true);
    expect(a.health().state).toBe('connected');
  });
});
