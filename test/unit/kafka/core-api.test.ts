// Typed transport API calls and their caches, against a scripted caller (no broker).
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import pino from 'pino';
import { transport } from '../../../src/gen/wire.js';
import { CoreApi } from '../../../src/kafka/core-api.js';
import { x509CredentialsId } from '../../../src/tbwire/credentials.js';
import type { ApiCallOutcome } from '../../../src/kafka/transport-api-client.js';
import { TransportApiClient } from '../../../src/kafka/transport-api-client.js';
import type { OutRecord } from '../../../src/kafka/buffered-producer.js';
import { uuidToHalves } from '../../../src/tbwire/uuid-codec.js';
import { readExpireTs, readRequestId, readResponseTopic } from '../../../src/kafka/request-headers.js';

const log = pino({ level: 'silent' });
const TENANT = 'c1d2e3f4-0000-4000-8000-000000000001';
const PROFILE = 'a0a0a0a0-1111-4222-8333-444444444444';
const resp = (o: transport.ITransportApiResponseMsg): ApiCallOutcome => ({ kind: 'response', msg: transport.TransportApiResponseMsg.decode(transport.TransportApiResponseMsg.encode(o).finish()) });

function scripted(answer: (req: transport.ITransportApiRequestMsg) => ApiCallOutcome) {
  const calls: transport.ITransportApiRequestMsg[] = [];
  const api = new CoreApi(async (req) => { calls.push(req); await Promise.resolve(); return answer(req); }, log);
  return { api, calls };
}

const profileProto = (name: string): transport.IDeviceProfileProto => {
  const id = uuidToHalves(PROFILE);
  const t = uuidToHalves(TENANT);
  return { deviceProfileIdMSB: id.msb, deviceProfileIdLSB: id.lsb, tenantIdMSB: t.msb, tenantIdLSB: t.lsb, name, transportType: 'LWM2M', deviceProfileData: Buffer.from('{"a":1}') };
};

describe('CoreApi', () => {
  it('maps an empty validation answer to not-found and a timeout to timeout', async () => {
    const { api } = scripted((req) => (req.validateDeviceLwM2MCredentialsRequestMsg?.credentialsId === 'slow' ? { kind: 'timeout' } : resp({ validateCredResponseMsg: {} })));
    expect(await api.validateCredentials({ kind: 'endpoint', endpoint: 'x' })).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await api.validateCredentials({ kind: 'psk', identity: 'slow' })).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  });

  it('X.509: tries the trusted CN first, then the SHA3-256 of base64(DER)', async () => {
    const der = Buffer.from([0x30, 0x03, 0x02, 0x01, 0x01]);
    const { api, calls } = scripted(() => resp({ validateCredResponseMsg: {} }));
    await api.validateCredentials({ kind: 'x509', certificateDer: der, trustedCommonName: 'dev-cn' });
    expect(calls.map((c) => c.validateDeviceLwM2MCredentialsRequestMsg?.credentialsId)).toEqual(['dev-cn', createHash('sha3-256').update(der.toString('base64')).digest('hex')]);
    expect(x509CredentialsId(der)).toHaveLength(64);
  });

  it('caches the profile delivered with a validation, dedupes concurrent misses, and follows broadcasts', async () => {
    const { api, calls } = scripted((req) => (req.entityProfileRequestMsg ? resp({ entityProfileResponseMsg: { deviceProfile: profileProto('fetched') } }) : resp({})));
    const [a, b] = await Promise.all([api.getDeviceProfile(PROFILE), api.getDeviceProfile(PROFILE)]);
    expect(a.ok && b.ok && a.value.name).toBe('fetched');
    expect(calls).toHaveLength(1);
    expect(a.ok && a.value.profileData).toEqual({ a: 1 });
    api.evictDeviceProfile(PROFILE);
    await api.getDeviceProfile(PROFILE);
    expect(calls).toHaveLength(2);
  });

  it('tenant: profile + API state, updated by broadcasts', async () => {
    const tp = uuidToHalves('c1d2e3f4-0000-4000-8000-0000000000aa');
    const { api, calls } = scripted(() => resp({ entityProfileResponseMsg: { tenantProfile: { tenantProfileIdMSB: tp.msb, tenantProfileIdLSB: tp.lsb, name: 'Default', isolatedTbRuleEngine: true }, apiState: { transportState: 'WARNING' } } }));
    const t = await api.getTenant(TENANT);
    expect(t.ok && t.value).toMatchObject({ transportState: 'WARNING', profile: { name: 'Default', isolatedTbRuleEngine: true } });
    api.setApiState(TENANT, 'DISABLED');
    expect(api.cachedTenant(TENANT)?.transportState).toBe('DISABLED');
    api.putTenantProfile({ id: 'c1d2e3f4-0000-4000-8000-0000000000aa', name: 'Renamed', isDefault: false, isolatedTbRuleEngine: false });
    expect(api.cachedTenant(TENANT)?.profile.name).toBe('Renamed');
    api.onTenantUpdated(TENANT, 'c1d2e3f4-0000-4000-8000-0000000000bb');
    expect(api.cachedTenant(TENANT)).toBeUndefined();
    expect(calls).toHaveLength(1);
  });

  it('models: remembers misses; a SYS-level resource change evicts every tenant copy', async () => {
    let have = false;
    const { api, calls } = scripted(() => resp({ resourceResponseMsg: have ? { resource: { resourceKey: '3_1.2', title: 'Device', data: Buffer.from('<LWM2M/>') } } : {} }));
    expect(await api.getModel(TENANT, '3_1.2')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    expect(await api.getModel(TENANT, '3_1.2')).toMatchObject({ ok: false });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.resourceRequestMsg).toMatchObject({ resourceType: 'LWM2M_MODEL', resourceKey: '3_1.2' });
    have = true;
    api.evictModel('13814000-1dd2-11b2-8080-808080808080', '3_1.2', true);
    const m = await api.getModel(TENANT, '3_1.2');
    expect(m.ok && Buffer.from(m.value.data).toString()).toBe('<LWM2M/>');
  });

  it('OTA: SUCCESS gives info, FAILURE (URL-only) is invalid-response, absent is not-found', async () => {
    const pkg = uuidToHalves('5e6f7a8b-0000-4000-8000-00000000000f');
    let status = transport.ResponseStatus.SUCCESS;
    const { api } = scripted(() => resp({ otaPackageResponseMsg: { responseStatus: status, otaPackageIdMSB: pkg.msb, otaPackageIdLSB: pkg.lsb, type: 'FIRMWARE', title: 'fw', version: '2', fileName: 'f.bin', contentType: 'application/octet-stream' } }));
    expect(await api.getOtaPackage(TENANT, TENANT, 'FIRMWARE')).toEqual({ ok: true, value: { packageId: '5e6f7a8b-0000-4000-8000-00000000000f', type: 'FIRMWARE', title: 'fw', version: '2', contentType: 'application/octet-stream', fileName: 'f.bin' } });
    status = transport.ResponseStatus.FAILURE;
    expect(await api.getOtaPackage(TENANT, TENANT, 'FIRMWARE')).toMatchObject({ ok: false, error: { kind: 'invalid-response' } });
    const { api: api2 } = scripted(() => resp({ validateCredResponseMsg: {} }));
    expect(await api2.getOtaPackage(TENANT, TENANT, 'SOFTWARE')).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('TransportApiClient', () => {
  it('sends with headers and a random key, completes on the matching response, drops unknown ones', async () => {
    const sent: OutRecord[] = [];
    const c = new TransportApiClient(async (r) => { sent.push(r); return { ok: true }; },
      { requestsTopic: 'req', responsesTopic: 'resp.sid', maxPendingRequests: 2, maxRequestTimeoutMs: 5000 }, log, () => 1_000);
    const p = c.call({ getAllQueueRoutingInfoRequestMsg: {} });
    await Promise.resolve();
    const r = sent[0]!;
    expect(r.topic).toBe('req');
    expect(readResponseTopic(r.headers)).toBe('resp.sid');
    expect(readExpireTs(r.headers)).toBe(6_000);
    const requestId = readRequestId(r.headers)!;
    expect(r.key).not.toBe(requestId);
    expect(transport.TransportApiRequestMsg.decode(r.value).getAllQueueRoutingInfoRequestMsg).toBeDefined();
    c.handleResponse({ topic: 'resp.sid', key: r.key, value: Buffer.from([0x08]), headers: { requestId: Buffer.alloc(16) }, offset: '0' });
    expect(c.stats.unknownResponses + c.stats.malformedResponses).toBe(1);
    c.handleResponse({ topic: 'resp.sid', key: r.key, value: null, headers: {}, offset: '1' });
    expect(c.stats.malformedResponses).toBeGreaterThanOrEqual(1);
    const body = Buffer.from(transport.TransportApiResponseMsg.encode({ getQueueRoutingInfoResponseMsgs: [{ queueName: 'Main', queueTopic: 't', partitions: 10 }] }).finish());
    c.handleResponse({ topic: 'resp.sid', key: r.key, value: body, headers: r.headers!, offset: '2' });
    const o = await p;
    expect(o.kind === 'response' && o.msg.getQueueRoutingInfoResponseMsgs[0]?.queueName).toBe('Main');
  });

  it('refuses when the pending map is full and reports an overflowed request as unavailable', async () => {
    const c = new TransportApiClient(async () => ({ ok: false, reason: 'overflow' }),
      { requestsTopic: 'req', responsesTopic: 'resp', maxPendingRequests: 1, maxRequestTimeoutMs: 5000 }, log);
    expect(await c.call({})).toEqual({ kind: 'unavailable', reason: 'overflow' });
    const hang = new TransportApiClient(() => new Promise(() => undefined),
      { requestsTopic: 'req', responsesTopic: 'resp', maxPendingRequests: 1, maxRequestTimeoutMs: 5000 }, log);
    void hang.call({});
    expect(await hang.call({})).toEqual({ kind: 'overloaded' });
    hang.stop();
  });
});
