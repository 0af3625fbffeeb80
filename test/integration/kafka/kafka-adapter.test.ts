// The Kafka adapter driven through the CorePort against librdkafka's mock broker (kcat) and a
// core emulator that speaks ThingsBoard's side of the wire with the shared schema.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import pino from 'pino';
import { readCoreLinkConfig } from '../../../src/config/core-link-config.js';
import type { CoreEvent } from '../../../src/core/core-events.js';
import { KafkaCoreAdapter } from '../../../src/kafka/kafka-core-adapter.js';
import { partitionOf } from '../../../src/kafka/partition-hash.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { CoreEmulator, halvesUuid, uuidHalves, type Obj, type SeenRecord } from '../../support/core-emulator.js';
import { CUSTOMER_ID, DEVICE_ID, PROFILE_ID, RULE_CHAIN_ID, TENANT_ID, deviceInfoProto, seedEmulator } from '../../support/core-emulator-fixtures.js';

const SID = 'tb-lwm2m-it';
const PREFIX = 'it';
let broker: MockBroker;
let core: CoreEmulator;
let adapter: KafkaCoreAdapter;
const events: CoreEvent[] = [];
const log = pino({ level: process.env['TEST_LOG'] ?? 'silent' });

function sessionOf(r: SeenRecord): Obj {
  return (r.msg['toDeviceActorMsg'] as Obj)['sessionInfo'] as Obj;
}

async function waitEvent<T extends CoreEvent['type']>(type: T, pred: (e: Extract<CoreEvent, { type: T }>) => boolean = () => true): Promise<Extract<CoreEvent, { type: T }>> {
  return core.waitFor(() => events.find((e): e is Extract<CoreEvent, { type: T }> => e.type === type && pred(e as Extract<CoreEvent, { type: T }>)), 15_000, `event ${type}`);
}

beforeAll(async () => {
  broker = await startMockBroker();
  core = new CoreEmulator({ brokers: [broker.bootstrap], prefix: PREFIX });
  seedEmulator(core);
  const x509Der = Buffer.from('30820101a003020102', 'hex');
  core.devices.set(createHash('sha3-256').update(x509Der.toString('base64')).digest('hex'), {
    credentialsId: 'x509',
    deviceInfo: deviceInfoProto('22222222-3333-4444-8555-666666666666', 'ep-x509'),
    credentialsBody: JSON.stringify({ client: { securityConfigClientMode: 'X509', endpoint: 'ep-x509' } }),
  });
  await core.start();
  const config = readCoreLinkConfig({
    TB_KAFKA_SERVERS: broker.bootstrap,
    TB_SERVICE_ID: SID,
    TB_QUEUE_PREFIX: PREFIX,
    TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT: '4000',
    TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT: '600000', // ticks are driven by the test
  });
  adapter = new KafkaCoreAdapter({ config, serviceId: SID, log, routingAttempts: 3, routingRetryMs: 500 });
  adapter.onEvent((e) => events.push(e));
  await adapter.start();
}, 60_000);

afterAll(async () => {
  await adapter?.stop();
  await core?.stop();
  await broker?.stop();
}, 30_000);

describe('transport API over Kafka', () => {
  it('fetched the queue routing at start-up', () => {
    expect(core.requests.some((r) => r.msg['getAllQueueRoutingInfoRequestMsg'] !== undefined)).toBe(true);
    expect(adapter.stats.queues).toBe(1);
  });

  it('validates an endpoint (NoSec) with the spec headers', async () => {
    const before = core.requests.length;
    const r = await adapter.validateCredentials({ kind: 'endpoint', endpoint: 'ep-nosec' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.device).toMatchObject({ deviceId: DEVICE_ID, tenantId: TENANT_ID, deviceName: 'ep-nosec', deviceProfileId: PROFILE_ID, customerId: CUSTOMER_ID, powerMode: 'DRX' });
    expect(r.value.securityMode).toBe('NO_SEC');
    expect(r.value.deviceProfile?.defaultRuleChainId).toBe(RULE_CHAIN_ID);
    const req = core.requests.slice(before).find((x) => (x.msg['validateDeviceLwM2MCredentialsRequestMsg'] as Obj | undefined)?.['credentialsId'] === 'ep-nosec');
    expect(req).toBeDefined();
    expect(req!.topic).toBe('it.tb_transport.api.requests');
    expect(req!.headers['responseTopic']!.toString()).toBe(`it.tb_transport.api.responses.${SID}`);
    expect(req!.headers['requestId']).toHaveLength(16);
    expect(req!.key).toMatch(/^[0-9a-f-]{36}$/);
    expect(req!.key).not.toBe(halvesUuid(req!.headers['requestId']!.readBigInt64BE(0), req!.headers['requestId']!.readBigInt64BE(8)));
    const expire = Number(req!.headers['expireTs']!.readBigInt64BE(0));
    expect(expire).toBeGreaterThan(Date.now() - 60_000);
    expect(expire).toBeLessThan(Date.now() + 4_001);
  });

  it('validates a PSK identity and an X.509 certificate hash; unknown ids are not found', async () => {
    const psk = await adapter.validateCredentials({ kind: 'psk', identity: 'psk-identity-1' });
    expect(psk.ok && psk.value.device.deviceName).toBe('ep-psk');
    expect(psk.ok && psk.value.device.customerId).toBeUndefined();
    const x509 = await adapter.validateCredentials({ kind: 'x509', certificateDer: Buffer.from('30820101a003020102', 'hex') });
    expect(x509.ok && x509.value.device.deviceName).toBe('ep-x509');
    const rpk = await adapter.validateCredentials({ kind: 'rpk', endpoint: 'nobody', publicKeyDer: new Uint8Array(3) });
    expect(rpk).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });

  it('fetches and caches the device profile and the tenant', async () => {
    const p1 = await adapter.getDeviceProfile(PROFILE_ID);
    expect(p1.ok && p1.value).toMatchObject({ id: PROFILE_ID, name: 'lwm2m-profile', transportType: 'LWM2M' });
    expect(p1.ok && (p1.value.profileData as Obj)['transportConfiguration']).toBeDefined();
    const t1 = await adapter.getTenant(TENANT_ID);
    expect(t1.ok && t1.value).toMatchObject({ tenantId: TENANT_ID, transportState: 'ENABLED', profile: { isolatedTbRuleEngine: false } });
    const n = core.requests.length;
    await adapter.getTenant(TENANT_ID);
    await adapter.getDeviceProfile(PROFILE_ID);
    expect(core.requests.length).toBe(n);
  });

  it('maps an unanswered profile request to a timeout', async () => {
    const r = await adapter.getDeviceProfile('99999999-0000-4000-8000-000000000000');
    expect(r).toMatchObject({ ok: false, error: { kind: 'timeout' } });
  }, 15_000);

  it('fetches a model by key, remembers a miss, and drops it on a resource broadcast', async () => {
    const m = await adapter.getModel(TENANT_ID, '3_1.2');
    expect(m.ok && Buffer.from(m.value.data).toString('utf8')).toContain('<LWM2M');
    const miss = await adapter.getModel(TENANT_ID, '3_1.0');
    expect(miss).toMatchObject({ ok: false, error: { kind: 'not-found' } });
    const n = core.requests.length;
    await adapter.getModel(TENANT_ID, '3_1.0');
    expect(core.requests.length).toBe(n);
    core.models.set('3_1.0', { ...core.models.get('3_1.2'), resourceKey: '3_1.0' });
    const t = uuidHalves(TENANT_ID);
    await core.notify(SID, { resourceUpdateMsg: { tenantIdMSB: t.msb, tenantIdLSB: t.lsb, resourceType: 'LWM2M_MODEL', resourceKey: '3_1.0' } }, '0b3a6f1c-0000-4000-8000-000000000001');
    await waitEvent('model-updated', (e) => e.key === '3_1.0');
    const again = await adapter.getModel(TENANT_ID, '3_1.0');
    expect(again.ok).toBe(true);
  });

  it('maps OTA answers: not found', async () => {
    const r = await adapter.getOtaPackage(TENANT_ID, DEVICE_ID, 'FIRMWARE');
    expect(r).toMatchObject({ ok: false, error: { kind: 'not-found' } });
  });
});

describe('sessions and uplink', () => {
  let sessionId = '';

  it('opens a session: OPEN + subscriptions on tb_core.<p>, keyed by device id, nodeId = service id', async () => {
    const v = await adapter.validateCredentials({ kind: 'endpoint', endpoint: 'ep-nosec' });
    if (!v.ok) throw new Error('validation failed');
    const s = await adapter.openSession(v.value.device);
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    sessionId = s.value.sessionId;
    const rec = await core.waitFor(() => core.core.find((r) => (r.msg['toDeviceActorMsg'] as Obj | undefined)?.['sessionEvent'] !== undefined && halvesUuid(sessionOf(r)['sessionIdMSB'], sessionOf(r)['sessionIdLSB']) === sessionId), 15_000, 'OPEN');
    expect(rec.topic).toBe(`it.tb_core.${partitionOf(DEVICE_ID, 10)}`);
    expect(rec.topic).toBe('it.tb_core.8');
    expect(rec.key).toBe(DEVICE_ID);
    const msg = rec.msg['toDeviceActorMsg'] as Obj;
    expect(msg['sessionEvent']).toEqual({ sessionType: 'ASYNC' });
    expect((msg['sessionEvent'] as Obj)['event'] ?? 'OPEN').toBe('OPEN');
    expect(msg['subscribeToAttributes']).toEqual({ sessionType: 'ASYNC' });
    expect(msg['subscribeToRPC']).toEqual({ sessionType: 'ASYNC' });
    const info = sessionOf(rec);
    expect(info['nodeId']).toBe(SID);
    expect(halvesUuid(info['deviceIdMSB'], info['deviceIdLSB'])).toBe(DEVICE_ID);
    expect(halvesUuid(info['tenantIdMSB'], info['tenantIdLSB'])).toBe(TENANT_ID);
    expect(halvesUuid(info['deviceProfileIdMSB'], info['deviceProfileIdLSB'])).toBe(PROFILE_ID);
    expect(halvesUuid(info['customerIdMSB'], info['customerIdLSB'])).toBe(CUSTOMER_ID);
    expect(info['deviceName']).toBe('ep-nosec');
  });

  it('posts telemetry with the device timestamp to the rule-engine partition topic', async () => {
    const r = await adapter.postTelemetry(sessionId, [{ ts: 1_700_000_000_000, values: [
      { key: 'temperature', type: 'double', value: 25 }, { key: 'batteryLevel', type: 'long', value: 93 }, { key: 'ok', type: 'boolean', value: true },
    ] }]);
    expect(r).toEqual({ ok: true, value: undefined });
    const rec = await core.waitFor(() => core.ruleEngine.find((x) => ((x.msg['tbMsgProto'] as Obj)['type']) === 'POST_TELEMETRY_REQUEST'), 15_000, 'telemetry');
    expect(rec.topic).toBe('it.tb_rule_engine.main.8');
    const tb = rec.msg['tbMsgProto'] as Obj;
    expect(rec.key).toBe(tb['id']);
    expect(tb['entityType']).toBe('DEVICE');
    expect(halvesUuid(tb['entityIdMSB'], tb['entityIdLSB'])).toBe(DEVICE_ID);
    expect(halvesUuid(tb['ruleChainIdMSB'], tb['ruleChainIdLSB'])).toBe(RULE_CHAIN_ID);
    expect(halvesUuid(tb['customerIdMSB'], tb['customerIdLSB'])).toBe(CUSTOMER_ID);
    expect((tb['metaData'] as Obj)['data']).toEqual({ deviceName: 'ep-nosec', deviceType: 'lwm2m-profile', ts: '1700000000000' });
    expect(tb['data']).toBe('{"temperature":25.0,"batteryLevel":93,"ok":true}');
    expect(tb['ctx']).toEqual({});
    expect(halvesUuid(rec.msg['tenantIdMSB'], rec.msg['tenantIdLSB'])).toBe(TENANT_ID);
  });

  it('reports API usage per tenant and at system level to tb_usage_stats.<p>', async () => {
    await adapter.flushUsageStats();
    const tenantTopic = `it.tb_usage_stats.${partitionOf(TENANT_ID, 10)}`;
    const rec = await core.waitFor(() => core.usage.find((r) => r.topic === tenantTopic), 15_000, 'usage stats');
    expect(rec.msg['serviceId']).toBe(SID);
    const mine = (rec.msg['msgs'] as Obj[]).find((m) => halvesUuid(m['tenantIdMSB'], m['tenantIdLSB']) === TENANT_ID)!;
    // TRANSPORT_MSG_COUNT is enum value 0: proto3 leaves it off the wire.
    expect(mine['values']).toEqual([{ value: '1' }, { value: '3', recordKey: 'TRANSPORT_DP_COUNT' }]);
    const sys = await core.waitFor(() => core.usage.find((r) => r.topic === 'it.tb_usage_stats.3'), 15_000, 'SYS usage stats');
    expect((sys.msg['msgs'] as Obj[]).some((m) => halvesUuid(m['tenantIdMSB'], m['tenantIdLSB']) === '13814000-1dd2-11b2-8080-808080808080')).toBe(true);
  });

  it('posts client attributes', async () => {
    await adapter.postAttributes(sessionId, [{ key: 'fw', type: 'string', value: '1.0' }]);
    const rec = await core.waitFor(() => core.ruleEngine.find((x) => ((x.msg['tbMsgProto'] as Obj)['type']) === 'POST_ATTRIBUTES_REQUEST'), 15_000, 'attributes');
    const tb = rec.msg['tbMsgProto'] as Obj;
    expect((tb['metaData'] as Obj)['data']).toEqual({ deviceName: 'ep-nosec', deviceType: 'lwm2m-profile', notifyDevice: 'false' });
    expect(tb['data']).toBe('{"fw":"1.0"}');
  });

  it('requests shared attributes and correlates the answer by requestId', async () => {
    const pending = adapter.requestAttributes(sessionId, { clientKeys: [], sharedKeys: ['targetTemp'] });
    const rec = await core.waitFor(() => core.core.find((r) => (r.msg['toDeviceActorMsg'] as Obj)['getAttributes'] !== undefined), 15_000, 'getAttributes');
    const ga = (rec.msg['toDeviceActorMsg'] as Obj)['getAttributes'] as Obj;
    expect(ga['sharedAttributeNames']).toEqual(['targetTemp']);
    const s = uuidHalves(sessionId);
    await core.notify(SID, { sessionIdMSB: s.msb, sessionIdLSB: s.lsb, getAttributesResponse: {
      requestId: ga['requestId'], sharedAttributeList: [{ ts: '1700000000123', kv: { key: 'targetTemp', type: 'DOUBLE_V', double_v: 21.5 } }] } });
    const r = await pending;
    expect(r).toEqual({ ok: true, value: { client: [], shared: [{ key: 'targetTemp', type: 'double', value: 21.5, ts: 1_700_000_000_123 }] } });
  });

  it('delivers shared-attribute updates and RPC requests as typed events, skipping a malformed record', async () => {
    const s = uuidHalves(sessionId);
    await core.sendRaw(`it.tb_transport.notifications.${SID}`, '13814000-1dd2-11b2-8080-808080808080', Buffer.from([0xff, 0xff, 0xff, 0x0f, 0x01]));
    await core.notify(SID, { sessionIdMSB: s.msb, sessionIdLSB: s.lsb, attributeUpdateNotification: {
      sharedUpdated: [{ ts: '5', kv: { key: 'fw_title', type: 'STRING_V', string_v: 'fw' } }], sharedDeleted: ['old'] } });
    const rpcId = 'e0e0e0e0-1111-4222-8333-777777777777';
    const r = uuidHalves(rpcId);
    await core.notify(SID, { sessionIdMSB: s.msb, sessionIdLSB: s.lsb, toDeviceRequest: {
      methodName: 'Read', params: '{"id":"/3/0/9"}', expirationTime: '1800000000000', requestIdMSB: r.msb, requestIdLSB: r.lsb, oneway: false } });
    const upd = await waitEvent('shared-attributes-updated');
    expect(upd).toEqual({ type: 'shared-attributes-updated', sessionId, updated: [{ key: 'fw_title', type: 'string', value: 'fw', ts: 5 }], deleted: ['old'] });
    const rpc = await waitEvent('rpc-request');
    expect(rpc.rpc).toMatchObject({ requestId: 0, rpcId, method: 'Read', params: '{"id":"/3/0/9"}', expirationTime: 1_800_000_000_000, oneway: false });
    expect(adapter.stats.notifications.malformed).toBeGreaterThanOrEqual(1);
  });

  it('sends the RPC response and status to tb_core', async () => {
    await adapter.sendRpcStatus(sessionId, 'e0e0e0e0-1111-4222-8333-777777777777', 0, 'DELIVERED');
    await adapter.sendRpcResponse(sessionId, { requestId: 0, payload: '{"result":"CONTENT","value":"42"}' });
    const resp = await core.waitFor(() => core.core.find((r) => (r.msg['toDeviceActorMsg'] as Obj)['toDeviceRPCCallResponse'] !== undefined), 15_000, 'rpc response');
    expect((resp.msg['toDeviceActorMsg'] as Obj)['toDeviceRPCCallResponse']).toEqual({ payload: '{"result":"CONTENT","value":"42"}' });
    const st = core.core.find((r) => (r.msg['toDeviceActorMsg'] as Obj)['rpcResponseStatusMsg'] !== undefined);
    expect((st?.msg['toDeviceActorMsg'] as Obj)['rpcResponseStatusMsg']).toMatchObject({ status: 'DELIVERED' });
  });

  it('applies a device-profile broadcast: cache replaced, session deviceType follows', async () => {
    const n = core.requests.length;
    const { deviceProfileProto } = await import('../../support/core-emulator-fixtures.js');
    await core.notify(SID, { entityUpdateMsg: { deviceProfile: deviceProfileProto('renamed-profile') } }, '5f0c1a2b-0000-4000-8000-000000000002');
    await waitEvent('device-profile-updated', (e) => e.profile.name === 'renamed-profile');
    const p = await adapter.getDeviceProfile(PROFILE_ID);
    expect(p.ok && p.value.name).toBe('renamed-profile');
    expect(core.requests.length).toBe(n);
    expect(adapter.getSession(sessionId)?.device.deviceType).toBe('renamed-profile');
  });

  it('applies tenant-profile rate limits delivered by broadcast (device telemetry 2 per minute)', async () => {
    const tp = uuidHalves('c1d2e3f4-0000-4000-8000-0000000000aa');
    await core.notify(SID, { entityUpdateMsg: { tenantProfile: { tenantProfileIdMSB: tp.msb, tenantProfileIdLSB: tp.lsb, name: 'Limited', isDefault: true,
      profileData: Buffer.from(JSON.stringify({ configuration: { transportDeviceTelemetryMsgRateLimit: '2:60' } })) } } }, '1e1e1e1e-0000-4000-8000-000000000004');
    await waitEvent('tenant-profile-updated', (e) => e.profile.name === 'Limited');
    const post = () => adapter.postTelemetry(sessionId, [{ ts: Date.now(), values: [{ key: 'x', type: 'long', value: 1 }] }]);
    expect((await post()).ok).toBe(true);
    expect((await post()).ok).toBe(true);
    expect(await post()).toMatchObject({ ok: false, error: { kind: 'unavailable', message: 'DEVICE rate limit exceeded; message dropped' } });
    expect(adapter.stats.limits.refusedDevice).toBe(1);
  });

  it('reports activity at the period end and closes with CLOSED', async () => {
    adapter.recordActivity(sessionId);
    await adapter.activityTick();
    const act = await core.waitFor(() => core.core.find((r) => (r.msg['toDeviceActorMsg'] as Obj)['subscriptionInfo'] !== undefined), 15_000, 'activity');
    const si = (act.msg['toDeviceActorMsg'] as Obj)['subscriptionInfo'] as Obj;
    expect(si['attributeSubscription']).toBe(true);
    expect(si['rpcSubscription']).toBe(true);
    expect(Number(si['lastActivityTime'])).toBeGreaterThan(Date.now() - 60_000);
    await adapter.closeSession(sessionId);
    await core.waitFor(() => core.core.find((r) => ((r.msg['toDeviceActorMsg'] as Obj)['sessionEvent'] as Obj | undefined)?.['event'] === 'CLOSED'), 15_000, 'CLOSED');
    expect(adapter.getSession(sessionId)).toBeUndefined();
  });
});

describe('stop', () => {
  it('closes every open session on the core (CLOSED) when the adapter stops', async () => {
    const v = await adapter.validateCredentials({ kind: 'psk', identity: 'psk-identity-1' });
    if (!v.ok) throw new Error('validation failed');
    const s = await adapter.openSession(v.value.device);
    if (!s.ok) throw new Error('open failed');
    const sid = s.value.sessionId;
    await adapter.stop();
    await core.waitFor(() => core.core.find((r) => {
      const a = r.msg['toDeviceActorMsg'] as Obj;
      const info = a['sessionInfo'] as Obj;
      return (a['sessionEvent'] as Obj | undefined)?.['event'] === 'CLOSED' && halvesUuid(info['sessionIdMSB'], info['sessionIdLSB']) === sid;
    }), 15_000, 'CLOSED on stop');
  });
});
