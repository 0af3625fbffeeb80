import { describe, expect, it } from 'vitest';
import { transport } from '../../../src/gen/wire.js';
import type { DeviceInfo } from '../../../src/core/core-types.js';
import { encodeRuleEngineMsg } from '../../../src/kafka/rule-engine-encoder.js';
import { ruleEngineMsg, type RuleEngineMsgInput } from '../../../src/kafka/uplink-messages.js';
import { halvesToUuid } from '../../../src/tbwire/uuid-codec.js';

const device = (over: Partial<DeviceInfo> = {}): DeviceInfo => ({
  tenantId: '11111111-2222-3333-4444-555555555555',
  deviceId: 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff', // high bit set: negative int64 halves
  deviceName: 'dev-1',
  deviceType: 'default',
  deviceProfileId: '99999999-8888-7777-6666-555555555555',
  isGateway: false,
  ...over,
});

const base = (over: Partial<RuleEngineMsgInput> = {}): RuleEngineMsgInput => ({
  msgId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3',
  type: 'POST_TELEMETRY_REQUEST',
  device: device(),
  metadata: { deviceName: 'dev-1', deviceType: 'default', ts: '1764160000123' },
  dataJson: '{"temperature":21.5}',
  now: 1764160000456,
  ...over,
});

describe('encodeRuleEngineMsg', () => {
  const cases: Array<[string, RuleEngineMsgInput]> = [
    ['telemetry, no customer, no rule chain', base()],
    ['with customer and rule chain', base({ device: device({ customerId: '01234567-89ab-4def-8123-456789abcdef' }), ruleChainId: 'ffffffff-ffff-4fff-bfff-ffffffffffff' })],
    ['attributes with notifyDevice metadata', base({ type: 'POST_ATTRIBUTES_REQUEST', metadata: { deviceName: 'dev-1', deviceType: 'default', notifyDevice: 'false' } })],
    ['duplicated to all partitions', base({ correlationId: '12345678-1234-4234-9234-123456789abc', partition: 3 })],
    ['duplicate copy for partition 0', base({ correlationId: '12345678-1234-4234-9234-123456789abc', partition: 0 })],
    ['non-ASCII strings and long JSON', base({ device: device({ deviceName: 'Zähler ✓' }), metadata: { deviceName: 'Zähler ✓', deviceType: 'thermo 温度', ts: '1' }, dataJson: JSON.stringify({ k: 'x'.repeat(300), u: '€'.repeat(50) }) })],
    ['empty metadata, empty data, ts 0', base({ metadata: {}, dataJson: '', now: 0 })],
    ['empty rule chain id means none', base({ ruleChainId: '' })],
    ['a time before 1970 (negative int64)', base({ now: -1 })],
    ['a time needing every varint byte', base({ now: 2 ** 52 + 12345 })],
    ['a metadata value of 200 bytes (two-byte lengths)', base({ metadata: { deviceName: 'n'.repeat(200) } })],
  ];

  for (const [name, input] of cases) {
    it(`gives the generated encoder's bytes: ${name}`, () => {
      expect(Buffer.from(encodeRuleEngineMsg(input)).toString('hex')).toBe(Buffer.from(ruleEngineMsg(input)).toString('hex'));
    });
  }

  it('decodes back to the inputs', () => {
    const input = base({ device: device({ customerId: '01234567-89ab-4def-8123-456789abcdef' }), ruleChainId: 'ffffffff-ffff-4fff-bfff-ffffffffffff' });
    const msg = transport.ToRuleEngineMsg.decode(encodeRuleEngineMsg(input));
    const tb = msg.tbMsgProto!;
    expect(halvesToUuid(msg.tenantIdMSB, msg.tenantIdLSB)).toBe(input.device.tenantId);
    expect(tb.id).toBe(input.msgId);
    expect(tb.type).toBe('POST_TELEMETRY_REQUEST');
    expect(halvesToUuid(tb.entityIdMSB, tb.entityIdLSB)).toBe(input.device.deviceId);
    expect(halvesToUuid(tb.customerIdMSB, tb.customerIdLSB)).toBe(input.device.customerId);
    expect(halvesToUuid(tb.ruleChainIdMSB, tb.ruleChainIdLSB)).toBe(input.ruleChainId);
    expect(tb.metaData?.data).toEqual(input.metadata);
    expect(tb.data).toBe(input.dataJson);
    expect(Number(tb.ts)).toBe(input.now);
  });

  it('follows changes of a device object reused across calls (customer, tenant, rule chain)', () => {
    const d = device();
    const first = base({ device: d });
    expect(Buffer.from(encodeRuleEngineMsg(first))).toEqual(Buffer.from(ruleEngineMsg(first)));
    d.customerId = '01234567-89ab-4def-8123-456789abcdef';
    expect(Buffer.from(encodeRuleEngineMsg(first))).toEqual(Buffer.from(ruleEngineMsg(first)));
    d.tenantId = '22222222-2222-4222-8222-222222222222';
    const withChain = base({ device: d, ruleChainId: '33333333-3333-4333-8333-333333333333' });
    expect(Buffer.from(encodeRuleEngineMsg(withChain))).toEqual(Buffer.from(ruleEngineMsg(withChain)));
    d.customerId = undefined;
    expect(Buffer.from(encodeRuleEngineMsg(withChain))).toEqual(Buffer.from(ruleEngineMsg(withChain)));
  });
});
