import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../src/core/index.js';
import { parseStandaloneConfig, StandaloneConfigError } from '../../../src/standalone/standalone-config.js';
import { StandaloneCore } from '../../../src/standalone/standalone-core.js';
import { lwm2mProfileData, NOSEC_DEVICE_ID, PROFILE_ID, PSK_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';

const PSK = JSON.stringify({
  client: { securityConfigClientMode: 'PSK', endpoint: 'psk-ep', identity: 'psk-id', key: '00112233445566778899aabbccddeeff' },
  bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } },
});
const CERT = Buffer.from('not really a certificate, only bytes to compare');
const X509 = JSON.stringify({
  client: { securityConfigClientMode: 'X509', endpoint: 'x509-ep', cert: CERT.toString('base64') },
  bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } },
});
const X509_ID = '5b0c2a40-0000-4000-8000-0000000000d3';

let dir: string | undefined;
afterEach(async () => {
  if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

function makeCore(uplinkFile?: string): StandaloneCore {
  return new StandaloneCore(
    standaloneConfig(
      lwm2mProfileData({ keyName: {} }),
      [
        { id: NOSEC_DEVICE_ID, endpoint: 'nosec-ep' },
        { id: PSK_DEVICE_ID, endpoint: 'psk-ep', credentials: PSK },
        { id: X509_ID, endpoint: 'x509-ep', credentials: X509 },
      ],
      uplinkFile === undefined ? {} : { uplinkFile },
    ),
  );
}

describe('embedded core: credentials', () => {
  it('finds NoSec by endpoint, PSK by identity, X.509 by certificate; refuses the rest', async () => {
    const core = makeCore();
    const nosec = await core.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-ep' });
    expect(nosec.ok && nosec.value.device).toMatchObject({ deviceId: NOSEC_DEVICE_ID, deviceName: 'device nosec-ep', deviceProfileId: PROFILE_ID });
    expect(nosec.ok && nosec.value.securityMode).toBe('NO_SEC');
    expect(nosec.ok && nosec.value.deviceProfile?.name).toBe('lwm2m-test');
    const psk = await core.validateCredentials({ kind: 'psk', identity: 'psk-id' });
    expect(psk.ok && psk.value.device.deviceId).toBe(PSK_DEVICE_ID);
    expect((await core.validateCredentials({ kind: 'psk', identity: 'psk-ep' })).ok).toBe(false);
    const x = await core.validateCredentials({ kind: 'x509', certificateDer: CERT });
    expect(x.ok && x.value.device.deviceId).toBe(X509_ID);
    expect((await core.validateCredentials({ kind: 'x509', certificateDer: Buffer.from('other') })).ok).toBe(false);
    const none = await core.validateCredentials({ kind: 'endpoint', endpoint: 'stranger' });
    expect(!none.ok && none.error.kind).toBe('not-found');
  });

  it('refuses a config that is not in ThingsBoard shape, naming the field', () => {
    expect(() => parseStandaloneConfig({ devices: [{ id: 'nope', name: 'x' }] })).toThrow(StandaloneConfigError);
    expect(() => parseStandaloneConfig({ devices: [{ id: 'nope', name: 'x' }] })).toThrow(/devices\.0\.id/);
  });
});

describe('embedded core: sessions, uplink and pushes', () => {
  it('keeps the latest uplink per key and appends NDJSON lines', async () => {
    dir = await mkdtemp(join(tmpdir(), 'standalone-'));
    const file = join(dir, 'uplink.ndjson');
    const core = makeCore(file);
    await core.start();
    const v = await core.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-ep' });
    if (!v.ok) throw new Error('validate');
    const s = await core.openSession(v.value.device);
    if (!s.ok) throw new Error('open');
    await core.postTelemetry(s.value.sessionId, [{ ts: 10, values: [{ key: 'battery', type: 'long', value: 90 }] }]);
    await core.postTelemetry(s.value.sessionId, [{ ts: 5, values: [{ key: 'battery', type: 'long', value: 80 }] }]);
    await core.postAttributes(s.value.sessionId, [{ key: 'model', type: 'string', value: 'SIM' }]);
    expect(core.uplink.latestTelemetry(NOSEC_DEVICE_ID).get('battery')).toMatchObject({ ts: 10, value: 90 });
    expect(core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'battery').map((x) => x.value)).toEqual([90, 80]);
    expect(core.uplink.latestAttributes(NOSEC_DEVICE_ID).get('model')?.value).toBe('SIM');
    await core.stop();
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { kind: string });
    expect(lines.map((l) => l.kind)).toEqual(['session', 'telemetry', 'telemetry', 'attributes', 'session']);
    expect(lines[1]).toEqual({ kind: 'telemetry', deviceId: NOSEC_DEVICE_ID, ts: 10, values: { battery: 90 } });
  });

  it('delivers injected RPCs and shared attributes as events and completes the RPC with the response', async () => {
    const core = makeCore();
    await core.start();
    const v = await core.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-ep' });
    if (!v.ok) throw new Error('validate');
    const s = await core.openSession(v.value.device);
    if (!s.ok) throw new Error('open');
    const events: CoreEvent[] = [];
    core.onEvent((e) => events.push(e));
    const outcome = core.sendRpc(NOSEC_DEVICE_ID, 'Read', { id: '/3/0/9' }, { timeoutMs: 5000 });
    const rpc = events.find((e) => e.type === 'rpc-request');
    if (rpc?.type !== 'rpc-request') throw new Error('no rpc event');
    expect(rpc.rpc).toMatchObject({ method: 'Read', params: '{"id":"/3/0/9"}' });
    await core.sendRpcStatus(s.value.sessionId, rpc.rpc.rpcId, rpc.rpc.requestId, 'DELIVERED');
    await core.sendRpcResponse(s.value.sessionId, { requestId: rpc.rpc.requestId, payload: '{"result":"CONTENT"}' });
    expect(await outcome).toEqual({ kind: 'response', payload: '{"result":"CONTENT"}', statuses: ['DELIVERED'] });

    core.updateSharedAttributes(NOSEC_DEVICE_ID, { timezone: 'Europe/Kyiv', level: 3 });
    const upd = events.find((e) => e.type === 'shared-attributes-updated');
    expect(upd?.type === 'shared-attributes-updated' && upd.updated.map((u) => [u.key, u.type, u.value])).toEqual([
      ['timezone', 'string', 'Europe/Kyiv'],
      ['level', 'long', 3],
    ]);
    const snap = await core.requestAttributes(s.value.sessionId, { clientKeys: [], sharedKeys: ['level'] });
    expect(snap.ok && snap.value.shared.map((e) => e.key)).toEqual(['level']);
    core.deleteDevice(NOSEC_DEVICE_ID);
    expect(events.some((e) => e.type === 'device-deleted' && e.deviceId === NOSEC_DEVICE_ID)).toBe(true);
    expect((await core.validateCredentials({ kind: 'endpoint', endpoint: 'nosec-ep' })).ok).toBe(false);
    await core.stop();
  });
});
