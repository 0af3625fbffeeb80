// ToTransportMsg -> caches, sessions and typed events, without a broker.
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import Long from 'long';
import { transport } from '../../../src/gen/wire.js';
import type { CoreEvent } from '../../../src/core/core-events.js';
import { CoreApi } from '../../../src/kafka/core-api.js';
import { NotificationHandler } from '../../../src/kafka/notification-handler.js';
import { QueueRouting } from '../../../src/kafka/queue-routing.js';
import { SessionManager } from '../../../src/kafka/session-manager.js';
import { uuidToHalves } from '../../../src/tbwire/uuid-codec.js';

const log = pino({ level: 'silent' });
const TENANT = 'c1d2e3f4-0000-4000-8000-000000000001';
const DEVICE = '784f394c-42b6-435a-983c-b7beff2784f9';
const PROFILE = 'a0a0a0a0-1111-4222-8333-444444444444';
const SYS = '13814000-1dd2-11b2-8080-808080808080';

async function setup() {
  const events: CoreEvent[] = [];
  const api = new CoreApi(async () => ({ kind: 'timeout' }), log);
  const routing = new QueueRouting('murmur3_128');
  const sessions = new SessionManager({ nodeId: 'sid', reportTimeoutMs: 3000, inactivityTimeoutMs: 600000, strategy: 'LAST' }, async () => ({ ok: true }), log);
  const { state } = await sessions.open({ tenantId: TENANT, deviceId: DEVICE, deviceName: 'd', deviceType: 'old', deviceProfileId: PROFILE, isGateway: false });
  const attr: unknown[] = [];
  const h = new NotificationHandler({ sessions, api, routing, onAttributesResponse: (_s, m) => attr.push(m), emit: (e) => events.push(e), log });
  const send = (m: transport.IToTransportMsg) => h.handle({ topic: 'n', key: SYS, value: Buffer.from(transport.ToTransportMsg.encode(m).finish()), headers: {}, offset: '0' });
  return { events, api, routing, sessions, state, h, send, attr };
}
const ids = (prefix: string, uuid: string) => { const h = uuidToHalves(uuid); return { [`${prefix}MSB`]: h.msb, [`${prefix}LSB`]: h.lsb }; };

describe('NotificationHandler', () => {
  it('per-session parts in ThingsBoard order: attributes response, update, close, credentials, RPC', async () => {
    const { events, send, state, attr, sessions } = await setup();
    const s = uuidToHalves(state.sessionId);
    send({
      sessionIdMSB: s.msb, sessionIdLSB: s.lsb,
      toDeviceRequest: { requestId: 4, methodName: 'Execute', params: '{}' },
      sessionCloseNotification: { message: 'bye', reason: transport.SessionCloseReason.MAX_CONCURRENT_SESSIONS_LIMIT_REACHED },
      toTransportUpdateCredentialsNotification: { credentialsId: ['ep'], credentialsValue: ['{}'] },
      attributeUpdateNotification: { sharedDeleted: ['k'] },
      getAttributesResponse: { requestId: 1 },
    });
    expect(attr).toHaveLength(1);
    expect(events.map((e) => e.type)).toEqual(['shared-attributes-updated', 'session-closed', 'credentials-updated', 'rpc-request']);
    expect(events[1]).toMatchObject({ reason: 'MAX_CONCURRENT_SESSIONS_LIMIT_REACHED', message: 'bye' });
    expect(sessions.get(state.sessionId)?.openOnCore).toBe(false);
  });

  it('device update renames the session; deletes evict caches and name the entity', async () => {
    const { events, send, sessions, state, api } = await setup();
    send({ entityUpdateMsg: { device: { ...ids('tenantId', TENANT), ...ids('deviceId', DEVICE), ...ids('deviceProfileId', PROFILE), deviceName: 'new-name', deviceType: 'dt',
      deviceData: Buffer.from(JSON.stringify({ transportConfiguration: { powerMode: 'PSM', psmActivityTimer: 5000 } })) } } });
    expect(events[0]).toMatchObject({ type: 'device-updated', device: { deviceName: 'new-name', powerMode: 'PSM', psmActivityTimer: 5000 } });
    expect(sessions.get(state.sessionId)?.device.deviceName).toBe('new-name');
    api.putDeviceProfile({ id: PROFILE, tenantId: TENANT, name: 'p', type: 'DEFAULT', transportType: 'LWM2M', provisionType: 'DISABLED', isDefault: false });
    send({ entityDeleteMsg: { entityType: 'DEVICE_PROFILE', ...ids('entityId', PROFILE) } });
    expect(api.cachedDeviceProfile(PROFILE)).toBeUndefined();
    expect(events[1]).toEqual({ type: 'device-profile-deleted', profileId: PROFILE, tenantId: TENANT });
    send({ entityDeleteMsg: { entityType: 'DEVICE', ...ids('entityId', DEVICE) } });
    expect(events[2]).toEqual({ type: 'device-deleted', deviceId: DEVICE, tenantId: TENANT });
  });

  it('API state and queue updates/deletes', async () => {
    const { events, send, routing } = await setup();
    send({ entityUpdateMsg: { apiUsageState: { ...ids('entityId', TENANT), transportState: 'DISABLED' } } });
    expect(events[0]).toEqual({ type: 'api-state-updated', tenantId: TENANT, transportState: 'DISABLED' });
    send({ queueUpdateMsgs: [{ ...ids('tenantId', SYS), ...ids('queueId', PROFILE), queueName: 'Main', queueTopic: 'tb_rule_engine.main', partitions: 4 }] });
    expect(routing.resolve('Main', TENANT, false, DEVICE)?.targets[0]?.topic).toMatch(/^tb_rule_engine\.main\.[0-3]$/);
    send({ queueDeleteMsgs: [{ ...ids('tenantId', SYS), ...ids('queueId', PROFILE), queueName: 'Main' }] });
    expect(routing.resolve('Main', TENANT, false, DEVICE)).toBeUndefined();
  });

  it('ignores per-session messages for unknown sessions and non-model resources; counts garbage', async () => {
    const { events, send, h } = await setup();
    send({ sessionIdMSB: Long.fromNumber(1), sessionIdLSB: Long.fromNumber(2), toDeviceRequest: { methodName: 'Read' } });
    send({ resourceUpdateMsg: { ...ids('tenantId', TENANT), resourceType: 'JKS', resourceKey: 'x' } });
    h.handle({ topic: 'n', key: undefined, value: Buffer.from([0x1a, 0x10, 0x01]), headers: {}, offset: '1' });
    h.handle({ topic: 'n', key: undefined, value: null, headers: {}, offset: '2' });
    expect(events).toEqual([]);
    expect(h.stats).toMatchObject({ unknownSession: 1, malformed: 2 });
  });
});
