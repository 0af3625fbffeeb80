// Uplink and downlink through the port over the gRPC core emulator: telemetry with device time and
// attributes with CLIENT_SCOPE, order across many uplinks, rate-limit pause, a never-answered uplink
// retried, a disconnect with uplinks in flight losing nothing, overflow counted, RPC round trip with
// the echoed ids, shared attributes and derived OTA attributes as session events.
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent, DeviceInfo } from '../../../src/core/index.js';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import { credentialsDownlink, deviceDeletedDownlink, deviceDownlink, halves, noSec, otaDownlink, rpcDownlink, sharedAttributesDownlink, testEdge, type DeviceSpec } from '../../support/edge-core-emulator-fixtures.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const D1: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d1', name: 'dev-1' };
const RPC_ID = '7e57a000-0000-4000-8000-0000000000c1';
const FW = '7e57a000-0000-4000-8000-0000000000f1';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(link: Parameters<typeof makeAdapter>[0]['link'] = {}): Promise<{ emu: EdgeCoreEmulator; a: EdgeCoreAdapter; sessionId: string; device: DeviceInfo; events: CoreEvent[] }> {
  const emu = await EdgeCoreEmulator.start({ edges: [testEdge()], resendAfterMs: 1000 });
  cleanups.push(() => emu.close());
  emu.syncContent = () => [deviceDownlink(D1), otaDownlink(FW, 'FIRMWARE', 'fw', '1.0', Buffer.from('0123456789'))];
  const t = tempDir();
  const a = makeAdapter({ port: emu.port, dir: t.dir, link });
  cleanups.push(async () => {
    await a.stop();
    t.remove();
  });
  const events: CoreEvent[] = [];
  a.onEvent((e) => events.push(e));
  await a.start();
  await until(() => a.health().synced, 'synced');
  const v = await a.validateCredentials({ kind: 'endpoint', endpoint: 'dev-1' });
  if (!v.ok) throw new Error('device not validated');
  const s = await a.openSession(v.value.device);
  if (!s.ok) throw new Error('no session');
  return { emu, a, sessionId: s.value.sessionId, device: v.value.device, events };
}

const entityData = (u: Obj): Obj[] => (u['entityData'] as Obj[] | undefined) ?? [];
const telemetryValues = (emu: EdgeCoreEmulator): number[] =>
  emu.uplinks.flatMap((u) => entityData(u)).flatMap((e) => (((e['postTelemetryMsg'] as Obj | undefined)?.['tsKvList'] as Obj[] | undefined) ?? []))
    .map((t) => Number(((t['kv'] as Obj[])[0] as Obj)['long_v'] ?? 0));

describe('edge uplink and downlink through the port', () => {
  it('telemetry keeps device timestamps; attributes go as CLIENT_SCOPE with attributeTs', async () => {
    const { emu, a, sessionId } = await setup();
    const r = await a.postTelemetry(sessionId, [{ ts: 1700000000123, values: [{ key: 'batteryLevel', type: 'long', value: 42 }] }, { ts: 1700000000999, values: [] }]);
    expect(r.ok).toBe(true);
    const d = halves(D1.id);
    expect(entityData(emu.uplinks[0] as Obj)[0]).toEqual({
      entityIdMSB: d.msb, entityIdLSB: d.lsb, entityType: 'DEVICE',
      postTelemetryMsg: { tsKvList: [{ ts: '1700000000123', kv: [{ key: 'batteryLevel', type: 'LONG_V', long_v: '42' }] }] },
    });
    expect((await a.postAttributes(sessionId, [{ key: 'model', type: 'string', value: 'X' }])).ok).toBe(true);
    const attr = entityData(emu.uplinks[1] as Obj)[0] as Obj;
    expect(attr['postAttributeScope']).toBe('CLIENT_SCOPE');
    expect(attr['postAttributesMsg']).toEqual({ kv: [{ key: 'model', type: 'STRING_V', string_v: 'X' }] });
    expect(Number(attr['attributeTs'])).toBeGreaterThan(0);
    // Empty telemetry is never sent (the core would never answer it).
    expect((await a.postTelemetry(sessionId, [{ ts: 1, values: [] }])).ok).toBe(true);
    expect(emu.uplinks).toHaveLength(2);
  });

  it('many uplinks arrive in order, one UplinkMsg in flight at a time', async () => {
    const { emu, a, sessionId } = await setup();
    const all = Array.from({ length: 30 }, (_, i) => a.postTelemetry(sessionId, [{ ts: 1000 + i, values: [{ key: 'n', type: 'long', value: i }] }]));
    const results = await Promise.all(all);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(telemetryValues(emu)).toEqual(Array.from({ length: 30 }, (_, i) => i));
  });

  it('"Rate limit reached" pauses and re-sends; a never-answered uplink is re-sent after the timeout', async () => {
    const { emu, a, sessionId } = await setup({ uplinkTimeoutMs: 300, rateLimitPauseMs: 200 });
    let n = 0;
    emu.answerUplink = () => {
      n += 1;
      if (n === 1) return { success: false, errorMsg: 'Rate limit reached' };
      if (n === 2) return 'none';
      return { success: true };
    };
    const r = await a.postTelemetry(sessionId, [{ ts: 5, values: [{ key: 'n', type: 'long', value: 7 }] }]);
    expect(r.ok).toBe(true);
    expect(telemetryValues(emu)).toEqual([7, 7, 7]);
    const s = a.health().stats;
    expect(s.rateLimited).toBe(1);
    expect(s.retries).toBe(1);
  });

  it('a refused uplink is retried up to 3 sends, then dropped and counted', async () => {
    const { emu, a, sessionId } = await setup();
    emu.answerUplink = () => ({ success: false, errorMsg: 'java.lang.IllegalArgumentException' });
    const r = await a.postTelemetry(sessionId, [{ ts: 5, values: [{ key: 'n', type: 'long', value: 1 }] }]);
    expect(r.ok).toBe(false);
    expect(emu.uplinks).toHaveLength(3);
    expect(a.health().stats.failedDropped).toBe(1);
  });

  it('a disconnect with uplinks in flight loses nothing: they are re-sent, in order, after reconnecting', async () => {
    const { emu, a, sessionId } = await setup();
    let answering = false;
    emu.answerUplink = () => (answering ? { success: true } : 'none');
    const pending = Array.from({ length: 5 }, (_, i) => a.postTelemetry(sessionId, [{ ts: 1 + i, values: [{ key: 'n', type: 'long', value: i }] }]));
    await until(() => emu.uplinks.length === 1, 'first uplink in flight');
    answering = true;
    emu.breakSession('rk-1');
    const results = await Promise.all(pending);
    expect(results.every((r) => r.ok)).toBe(true);
    const values = telemetryValues(emu);
    // Each value at least once, first sightings in order.
    expect([...new Set(values)]).toEqual([0, 1, 2, 3, 4]);
    expect(emu.connects.length).toBe(2);
  });

  it('overflow of the bounded queue is refused and counted', async () => {
    const { emu, a, sessionId } = await setup({ uplinkQueueSize: 3 });
    emu.answerUplink = () => 'none';
    const r = [1, 2, 3, 4].map((i) => a.postTelemetry(sessionId, [{ ts: i, values: [{ key: 'n', type: 'long', value: i }] }]));
    const fourth = await r[3];
    expect(fourth?.ok === false && fourth.error.kind).toBe('unavailable');
    expect(a.health().stats.overflowDropped).toBe(1);
  });

  it('RPC round trip: the request reaches the session, the response echoes requestId and requestUuid', async () => {
    const { emu, a, sessionId, events } = await setup();
    const exp = Date.now() + 30_000;
    await emu.push('rk-1', [rpcDownlink(D1.id, RPC_ID, 17, 'Read', { id: '/3/0/9' }, exp)], { duplicate: true });
    const req = await until(() => events.find((e) => e.type === 'rpc-request'), 'rpc event');
    expect(events.filter((e) => e.type === 'rpc-request')).toHaveLength(1);
    expect(req).toMatchObject({ sessionId, rpc: { requestId: 17, rpcId: RPC_ID, method: 'Read', params: '{"id":"/3/0/9"}', oneway: false } });
    expect((await a.sendRpcResponse(sessionId, { requestId: 17, payload: '{"result":"CONTENT","value":42}' })).ok).toBe(true);
    const call = (emu.uplinks.at(-1)?.['deviceRpcCallMsg'] as Obj[])[0] as Obj;
    const d = halves(D1.id);
    const r = halves(RPC_ID);
    expect(call).toEqual({ deviceIdMSB: d.msb, deviceIdLSB: d.lsb, requestUuidMSB: r.msb, requestUuidLSB: r.lsb, requestId: 17,
      expirationTime: String(exp), responseMsg: { response: '{"result":"CONTENT","value":42}' } });
  });

  it('an RPC error that is not an RpcError name travels in the response; TIMEOUT status answers TIMEOUT', async () => {
    const { emu, a, sessionId } = await setup();
    const exp = Date.now() + 30_000;
    await emu.push('rk-1', [rpcDownlink(D1.id, RPC_ID, 1, 'Read', {}, exp), rpcDownlink(D1.id, '7e57a000-0000-4000-8000-0000000000c2', 2, 'Read', {}, exp)]);
    await a.sendRpcResponse(sessionId, { requestId: 1, error: '{"result":"BAD_REQUEST","error":"refused"}' });
    await a.sendRpcStatus(sessionId, '7e57a000-0000-4000-8000-0000000000c2', 2, 'TIMEOUT');
    const calls = emu.uplinks.flatMap((u) => (u['deviceRpcCallMsg'] as Obj[] | undefined) ?? []);
    expect(calls.map((c) => c['responseMsg'])).toEqual([{ response: '{"result":"BAD_REQUEST","error":"refused"}' }, { error: 'TIMEOUT' }]);
  });

  it('an RPC for a device without a session is held until it registers; unanswered ones end as NO_ACTIVE_CONNECTION before expiry', async () => {
    const { emu, a, sessionId, device, events } = await setup();
    await a.closeSession(sessionId);
    await emu.push('rk-1', [rpcDownlink(D1.id, RPC_ID, 3, 'Read', {}, Date.now() + 30_000), rpcDownlink(D1.id, '7e57a000-0000-4000-8000-0000000000c3', 4, 'Read', {}, Date.now() + 1100)]);
    expect(events.filter((e) => e.type === 'rpc-request')).toHaveLength(0);
    const calls = (): Obj[] => emu.uplinks.flatMap((u) => (u['deviceRpcCallMsg'] as Obj[] | undefined) ?? []);
    await until(() => calls().length === 1, 'deadline answer');
    expect(calls()[0]).toMatchObject({ requestId: 4, responseMsg: { error: 'NO_ACTIVE_CONNECTION' } });
    const s = await a.openSession(device);
    await until(() => events.find((e) => e.type === 'rpc-request'), 'held rpc delivered');
    expect(events.find((e) => e.type === 'rpc-request')).toMatchObject({ sessionId: s.ok ? s.value.sessionId : '', rpc: { requestId: 3 } });
  });

  it('shared attributes (newest wins) and OTA targets from firmwareId reach the session and attribute reads', async () => {
    const { emu, a, sessionId, events } = await setup();
    const now = Date.now();
    await emu.push('rk-1', [
      sharedAttributesDownlink(D1.id, [{ key: 'timezone', type: 'STRING_V', string_v: 'Europe/Kyiv' }], now),
      sharedAttributesDownlink(D1.id, [{ key: 'timezone', type: 'STRING_V', string_v: 'old' }], now - 1000),
    ]);
    const upd = events.filter((e) => e.type === 'shared-attributes-updated');
    expect(upd).toEqual([{ type: 'shared-attributes-updated', sessionId, updated: [{ key: 'timezone', type: 'string', value: 'Europe/Kyiv', ts: now }], deleted: [] }]);
    // The device is given firmware FW: the fw_* attributes ThingsBoard would store appear as an update.
    await emu.push('rk-1', [{ deviceUpdateMsg: (deviceDownlink({ ...D1, firmwareId: FW })['deviceUpdateMsg'] as Obj[]) }]);
    const fw = events.filter((e) => e.type === 'shared-attributes-updated').at(-1);
    expect(fw?.type === 'shared-attributes-updated' && fw.updated.map((u) => [u.key, u.value])).toEqual([
      ['fw_title', 'fw'], ['fw_version', '1.0'], ['fw_tag', 'fw 1.0'], ['fw_size', 10], ['fw_checksum', 'abc'], ['fw_checksum_algorithm', 'SHA256'],
    ]);
    const snap = await a.requestAttributes(sessionId, { clientKeys: [], sharedKeys: ['timezone', 'fw_version'] });
    expect(snap.ok && snap.value.shared.map((s) => s.key).sort()).toEqual(['fw_version', 'timezone']);
    const pkg = await a.getOtaPackage('t', D1.id, 'FIRMWARE');
    expect(pkg.ok && pkg.value.title).toBe('fw');
    const bytes = pkg.ok ? await a.readOtaPackageData(pkg.value.packageId, 2, 3) : undefined;
    expect(bytes?.ok && Buffer.from(bytes.value).toString()).toBe('234');
  });

  it('changed credentials, deleted shared attributes and a deleted device become session and broadcast events', async () => {
    const { emu, a, sessionId, events } = await setup();
    const h = halves(D1.id);
    events.length = 0;
    await emu.push('rk-1', [sharedAttributesDownlink(D1.id, [{ key: 'timezone', type: 'STRING_V', string_v: 'UTC' }], Date.now())]);
    await emu.push('rk-1', [
      { entityData: [{ entityIdMSB: h.msb, entityIdLSB: h.lsb, entityType: 'DEVICE', attributeDeleteMsg: { scope: 'SHARED_SCOPE', attributeNames: ['timezone', 'unknown'] } }] },
      credentialsDownlink({ ...D1, credentialsId: 'dev-1-new', credentialsValue: noSec('dev-1-new') }),
      deviceDeletedDownlink(D1.id),
    ]);
    const types = events.map((e) => e.type);
    expect(types).toEqual(['shared-attributes-updated', 'shared-attributes-updated', 'credentials-updated', 'device-deleted']);
    expect(events[1]).toMatchObject({ sessionId, updated: [], deleted: ['timezone'] });
    expect(events[2]).toMatchObject({ sessionId, credentialsIds: ['dev-1-new'] });
    expect((await a.validateCredentials({ kind: 'endpoint', endpoint: 'dev-1-new' })).ok).toBe(false);
  });
});
