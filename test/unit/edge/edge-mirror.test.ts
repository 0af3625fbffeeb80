import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDownlink } from '../../../src/edge/downlink-applier.js';
import { EdgeMirror } from '../../../src/edge/edge-mirror.js';
import { parseDevice, parseDeviceCredentials, parseDeviceProfile, parseModelResource, parseOtaPackage } from '../../../src/edge/entity-json.js';
import { MirrorStore } from '../../../src/edge/mirror-store.js';
import { edge } from '../../../src/gen/edge.js';
import { credentialsJson, deviceJson, halves, otaDownlink, profileJson, type DeviceSpec } from '../../support/edge-core-emulator-fixtures.js';

const D: DeviceSpec = { id: '7e57a000-0000-4000-8000-0000000000d1', name: 'dev-1' };

/** A plain DownlinkMsg (as the emulator builds it) through the generated codec. */
function downlink(o: Record<string, unknown>): edge.DownlinkMsg {
  return edge.DownlinkMsg.decode(edge.DownlinkMsg.encode(edge.DownlinkMsg.fromObject(o)).finish());
}

describe('entity JSON parsers', () => {
  it('read ThingsBoard REST JSON and ignore unknown properties', () => {
    const d = parseDevice(deviceJson({ ...D, firmwareId: '7e57a000-0000-4000-8000-0000000000f1' }));
    expect(d?.info).toMatchObject({ deviceId: D.id, deviceName: 'dev-1', powerMode: 'DRX', customerId: undefined });
    expect(d?.firmwareId).toBe('7e57a000-0000-4000-8000-0000000000f1');
    expect(parseDeviceProfile(profileJson())?.transportType).toBe('LWM2M');
    expect(parseDeviceCredentials(credentialsJson(D))).toMatchObject({ deviceId: D.id, credentialsId: 'dev-1', credentialsType: 'LWM2M_CREDENTIALS' });
  });

  it.each(['', 'null', '[]', '{', '{"id":{"id":"not-a-uuid"}}', '{"id":5,"name":[]}', '"text"', '{"__proto__":{"x":1}}'])(
    'give undefined for hostile input %j', (text) => {
      expect(parseDevice(text)).toBeUndefined();
      expect(parseDeviceProfile(text)).toBeUndefined();
      expect(parseDeviceCredentials(text)).toBeUndefined();
      expect(parseOtaPackage(text)).toBeUndefined();
      expect(parseModelResource(text)).toBeUndefined();
    });
});

describe('EdgeMirror', () => {
  it('upserts idempotently and re-indexes changed credentials', () => {
    const m = new EdgeMirror();
    const once = applyDownlink(m, downlink({ deviceUpdateMsg: [{ msgType: 'ENTITY_CREATED_RPC_MESSAGE', entity: deviceJson(D) }], deviceCredentialsUpdateMsg: [{ entity: credentialsJson(D) }] }), 0);
    expect(once.changes.map((c) => c.kind)).toEqual(['device-upserted', 'credentials-changed']);
    const twice = applyDownlink(m, downlink({ deviceUpdateMsg: [{ msgType: 'ENTITY_UPDATED_RPC_MESSAGE', entity: deviceJson(D) }], deviceCredentialsUpdateMsg: [{ entity: credentialsJson(D) }] }), 0);
    expect(twice.changes).toEqual([]);
    applyDownlink(m, downlink({ deviceCredentialsUpdateMsg: [{ entity: credentialsJson({ ...D, credentialsId: 'other' }) }] }), 0);
    expect(m.findByCredentialsId('dev-1')).toBeUndefined();
    expect(m.findByCredentialsId('other')?.device.info.deviceId).toBe(D.id);
  });

  it('reports unusable entities as problems without throwing', () => {
    const m = new EdgeMirror();
    const r = applyDownlink(m, downlink({ deviceUpdateMsg: [{ msgType: 'ENTITY_CREATED_RPC_MESSAGE', entity: '{oops' }], deviceCredentialsUpdateMsg: [{ entity: '' }] }), 0);
    expect(r.problems).toHaveLength(2);
    expect(m.devices.size).toBe(0);
  });

  it('sweeps OTA packages only after a full sync', () => {
    const m = new EdgeMirror();
    applyDownlink(m, downlink(otaDownlink('7e57a000-0000-4000-8000-0000000000f1', 'FIRMWARE', 'fw', '1', Buffer.from('x'))), 0);
    m.beginSync(false);
    m.completeSync();
    expect(m.otaPackages.size).toBe(1);
    m.beginSync(true);
    expect(m.completeSync().map((c) => c.kind)).toEqual(['ota-removed']);
  });

  it('ignores a shared attribute older than the stored one', () => {
    const m = new EdgeMirror();
    const h = halves(D.id);
    const upd = (v: string, ts: number) => downlink({ entityData: [{ entityIdMSB: h.msb, entityIdLSB: h.lsb, entityType: 'DEVICE', postAttributeScope: 'SHARED_SCOPE', attributeTs: ts, attributesUpdatedMsg: { kv: [{ key: 'k', type: 'STRING_V', string_v: v }] } }] });
    expect(applyDownlink(m, upd('new', 10), 0).changes).toHaveLength(1);
    expect(applyDownlink(m, upd('old', 5), 0).changes).toHaveLength(0);
    expect(applyDownlink(m, upd('new', 10), 0).changes).toHaveLength(0);
    expect(m.sharedAttributes.get(D.id)?.get('k')?.value).toBe('new');
  });
});

describe('MirrorStore', () => {
  it('round-trips the mirror with OTA bytes, and starts empty on a corrupt snapshot', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'mirror-unit-'));
    try {
      const m = new EdgeMirror();
      applyDownlink(m, downlink({ deviceUpdateMsg: [{ entity: deviceJson(D) }], deviceCredentialsUpdateMsg: [{ entity: credentialsJson(D) }], ...otaDownlink('7e57a000-0000-4000-8000-0000000000f1', 'FIRMWARE', 'fw', '1', Buffer.from('bytes')) }), 0);
      m.beginSync(true);
      m.upsertDevice(m.devices.get(D.id) ?? (() => { throw new Error('missing'); })());
      m.upsertOtaPackage(m.otaPackages.get('7e57a000-0000-4000-8000-0000000000f1') ?? (() => { throw new Error('missing'); })());
      m.completeSync();
      const store = new MirrorStore(dir);
      await store.save(m, new Set());
      const back = new EdgeMirror();
      await store.loadInto(back, () => undefined);
      expect(back.synced).toBe(true);
      expect(back.findByCredentialsId('dev-1')?.device.info.deviceName).toBe('dev-1');
      expect(back.otaPackages.get('7e57a000-0000-4000-8000-0000000000f1')?.data?.toString()).toBe('bytes');
      writeFileSync(path.join(dir, 'mirror.json'), '{"version":1,"devices":');
      const problems: string[] = [];
      const empty = new EdgeMirror();
      await store.loadInto(empty, (p) => problems.push(p));
      expect(empty.devices.size).toBe(0);
      // A well-formed file with a malformed entry: restored nothing, not half.
      writeFileSync(path.join(dir, 'mirror.json'), JSON.stringify({ ...m.snapshot(), credentials: [null] }));
      const half = new EdgeMirror();
      await store.loadInto(half, (p) => problems.push(p));
      expect(half.devices.size).toBe(0);
      expect(problems).toHaveLength(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
