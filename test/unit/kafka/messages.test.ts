// Uplink builders decoded with the shared ThingsBoard schema, and the Gson-compatible JSON.
import { describe, expect, it } from 'vitest';
import { javaDoubleText } from '../../../src/core/java-double-text.js';
import { kvListToJson } from '../../../src/kafka/gson-json.js';
import { QueueRouting } from '../../../src/kafka/queue-routing.js';
import { encodeServiceInfo } from '../../../src/kafka/service-info.js';
import * as up from '../../../src/kafka/uplink-messages.js';
import { loadSharedRoot } from '../../support/core-emulator-schema.js';
import { halvesUuid } from '../../support/core-emulator.js';

const root = loadSharedRoot();
const conv = { longs: String, enums: String, defaults: false };
const device = {
  tenantId: 'c1d2e3f4-0000-4000-8000-000000000001', deviceId: '784f394c-42b6-435a-983c-b7beff2784f9', deviceName: 'dev', deviceType: 'type',
  deviceProfileId: 'a0a0a0a0-1111-4222-8333-444444444444', isGateway: false,
};
const SYS = '13814000-1dd2-11b2-8080-808080808080';

describe('Gson-compatible JSON (wire spec §2.4)', () => {
  it('prints doubles like Java Double.toString', () => {
    expect(javaDoubleText(25)).toBe('25.0');
    expect(javaDoubleText(0.5)).toBe('0.5');
    expect(javaDoubleText(-3)).toBe('-3.0');
    expect(javaDoubleText(12345678)).toBe('1.2345678E7');
    expect(javaDoubleText(1e-4)).toBe('1.0E-4');
    expect(javaDoubleText(0)).toBe('0.0');
  });
  it('keeps insertion order, last value of a repeated key, typed values', () => {
    expect(kvListToJson([
      { key: 'b', type: 'long', value: 1 }, { key: 'a', type: 'double', value: 2 }, { key: 'b', type: 'boolean', value: false },
      { key: 's', type: 'string', value: 'q"x' }, { key: 'j', type: 'json', value: '{"x": [1, 2]}' }, { key: '10', type: 'long', value: 3 },
    ])).toBe('{"b":false,"a":2.0,"s":"q\\"x","j":{"x":[1,2]},"10":3}');
  });
  it('never emits invalid JSON for NaN or bad JSON text', () => {
    const t = kvListToJson([{ key: 'n', type: 'double', value: Number.NaN }, { key: 'j', type: 'json', value: '{oops' }]);
    expect(JSON.parse(t)).toEqual({ n: 'NaN', j: '{oops' });
  });
});

describe('ToCoreMsg builders', () => {
  const addr = { nodeId: 'sid', sessionId: '5e5e5e5e-0000-4000-8000-000000000001', device };
  const T = root.lookupType('transport.ToCoreMsg');
  it('session open = OPEN + both subscriptions, with SessionInfoProto per spec and no customer when none', () => {
    const m = T.toObject(T.decode(up.sessionOpenMsg(addr)), conv) as { toDeviceActorMsg: Record<string, Record<string, unknown>> };
    const a = m.toDeviceActorMsg;
    expect(a['sessionEvent']).toEqual({ sessionType: 'ASYNC' });
    expect(a['subscribeToAttributes']).toEqual({ sessionType: 'ASYNC' });
    expect(a['subscribeToRPC']).toEqual({ sessionType: 'ASYNC' });
    const s = a['sessionInfo']!;
    expect(s['nodeId']).toBe('sid');
    expect(halvesUuid(s['sessionIdMSB'], s['sessionIdLSB'])).toBe(addr.sessionId);
    expect(s['customerIdMSB']).toBeUndefined();
    expect(s['isGateway']).toBeUndefined();
    expect(s['gatewayIdMSB']).toBeUndefined();
  });
  it('close, activity, attribute request, RPC status', () => {
    const dec = (b: Uint8Array) => (T.toObject(T.decode(b), conv) as { toDeviceActorMsg: Record<string, unknown> }).toDeviceActorMsg;
    expect(dec(up.sessionCloseMsg(addr))['sessionEvent']).toEqual({ sessionType: 'ASYNC', event: 'CLOSED' });
    expect(dec(up.activityMsg(addr, 1700000000000))['subscriptionInfo']).toEqual({ lastActivityTime: '1700000000000', attributeSubscription: true, rpcSubscription: true });
    expect(dec(up.getAttributesMsg(addr, 7, ['c'], ['s'], false))['getAttributes']).toEqual({ requestId: 7, clientAttributeNames: ['c'], sharedAttributeNames: ['s'] });
    const st = dec(up.rpcStatusMsg(addr, 'e0e0e0e0-1111-4222-8333-777777777777', 3, 'SENT'))['rpcResponseStatusMsg'] as Record<string, unknown>;
    expect(st['status']).toBe('SENT');
    expect(halvesUuid(st['requestIdMSB'], st['requestIdLSB'])).toBe('e0e0e0e0-1111-4222-8333-777777777777');
    expect(dec(up.sendPendingRpcMsg(addr))['sendPendingRPC']).toEqual({});
  });
});

describe('queue routing (wire spec §1.5)', () => {
  const route = (tenantId: string, queueName: string, queueTopic: string, partitions: number, dup = false) =>
    ({ tenantId, queueName, queueTopic, partitions, duplicateMsgToAllPartitions: dup });
  it('hashes the device id over the queue partitions, falls back to Main', () => {
    const r = new QueueRouting('murmur3_128');
    r.update([route(SYS, 'Main', 'tb_rule_engine.main', 10), route(SYS, 'HighPriority', 'tb_rule_engine.hp', 10)]);
    expect(r.resolve(undefined, device.tenantId, false, device.deviceId)?.targets).toEqual([{ topic: 'tb_rule_engine.main.8', partition: 8 }]);
    expect(r.resolve('HighPriority', device.tenantId, false, device.deviceId)?.targets[0]?.topic).toBe('tb_rule_engine.hp.8');
    expect(r.resolve('Unknown', device.tenantId, false, device.deviceId)?.targets[0]?.topic).toBe('tb_rule_engine.main.8');
  });
  it('uses the isolated queue only for an isolated tenant that has it', () => {
    const r = new QueueRouting('murmur3_128');
    r.update([route(SYS, 'Main', 'tb_rule_engine.main', 10), route(device.tenantId, 'Main', 'tb_rule_engine.main', 2)]);
    const iso = r.resolve('Main', device.tenantId, true, device.deviceId)!;
    expect(iso.targets[0]!.topic).toMatch(new RegExp(`^tb_rule_engine\\.main\\.isolated\\.${device.tenantId}\\.[01]$`));
    expect(r.resolve('Main', device.tenantId, false, device.deviceId)!.targets[0]!.topic).toBe('tb_rule_engine.main.8');
    r.removeTenant(device.tenantId);
    expect(r.resolve('Main', device.tenantId, true, device.deviceId)!.targets[0]!.topic).toBe('tb_rule_engine.main.8');
  });
  it('duplicates to every partition when the queue says so; nothing known gives undefined', () => {
    const r = new QueueRouting('murmur3_128');
    expect(r.resolve('Main', SYS, false, device.deviceId)).toBeUndefined();
    r.update([route(SYS, 'Main', 'q', 3, true)]);
    expect(r.resolve('Main', SYS, false, device.deviceId)!.targets.map((t) => t.topic)).toEqual(['q.0', 'q.1', 'q.2']);
  });
});

describe('ServiceInfo', () => {
  it('decodes with the shared schema as TB_TRANSPORT with transports [LWM2M]', () => {
    const T = root.lookupType('transport.ServiceInfo');
    const o = T.toObject(T.decode(encodeServiceInfo('sid', { cpuUsage: 12.4, cpuCount: 2, memoryUsage: 50, totalMemory: 4e9, diskUsage: 10, totalDiscSpace: 1e11 })), conv);
    expect(o).toEqual({ serviceId: 'sid', serviceTypes: ['TB_TRANSPORT'], transports: ['LWM2M'], ready: true,
      systemInfo: { cpuUsage: '12', cpuCount: '2', memoryUsage: '50', totalMemory: '4000000000', diskUsage: '10', totalDiscSpace: '100000000000' } });
  });
});
