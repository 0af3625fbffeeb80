import { describe, expect, it } from 'vitest';
import Long from 'long';
import { bytesToUuid, halvesToUuid, isZeroHalves, newUuid, uuidToBytes, uuidToHalves } from '../../../src/tbwire/uuid-codec.js';
import { encodeRequestHeaders, readExpireTs, readRequestId, readResponseTopic } from '../../../src/kafka/request-headers.js';
import { TopicNames, withPrefix } from '../../../src/kafka/topics.js';

describe('UUID wire forms', () => {
  it('splits into Java signed msb/lsb and back', () => {
    const u = '784f394c-42b6-435a-983c-b7beff2784f9';
    const { msb, lsb } = uuidToHalves(u);
    expect(msb.toString()).toBe('8669210807411032922');
    expect(lsb.toString()).toBe('-7476899250389416711');
    expect(lsb.isNegative()).toBe(true);
    expect(halvesToUuid(msb, lsb)).toBe(u);
    expect(halvesToUuid(msb.toString(), lsb.toString())).toBe(u);
  });

  it('treats absent halves as zero', () => {
    expect(halvesToUuid(undefined, null)).toBe('00000000-0000-0000-0000-000000000000');
    expect(isZeroHalves(Long.ZERO, 0)).toBe(true);
    expect(isZeroHalves(Long.ONE, 0)).toBe(false);
  });

  it('writes 16 big-endian bytes like ByteBuffer.putLong(msb).putLong(lsb)', () => {
    const b = uuidToBytes('01020304-0506-0708-090a-0b0c0d0e0f10');
    expect(b.toString('hex')).toBe('0102030405060708090a0b0c0d0e0f10');
    expect(bytesToUuid(b)).toBe('01020304-0506-0708-090a-0b0c0d0e0f10');
    expect(bytesToUuid(Buffer.alloc(15))).toBeUndefined();
  });

  it('rejects non-UUID text', () => {
    expect(() => uuidToHalves('x')).toThrow(TypeError);
  });

  it('makes distinct version-4 UUIDs across pool refills, each a string of its own', () => {
    const seen = new Set<string>();
    // 1000 ids: the random pool (256 ids) is refilled several times on the way.
    for (let i = 0; i < 1000; i++) {
      const u = newUuid();
      // RFC 9562 §5.4: version nibble 4, variant bits 10.
      expect(u).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      seen.add(u);
    }
    expect(seen.size).toBe(1000);
    // Each nibble position other than the fixed ones takes many values (not a constant fill).
    const firsts = new Set([...seen].map((u) => u[0]));
    expect(firsts.size).toBeGreaterThan(8);
  });
});

describe('request headers', () => {
  it('encode requestId, responseTopic and expireTs as the core reads them', () => {
    const h = encodeRequestHeaders('01020304-0506-0708-090a-0b0c0d0e0f10', 'px.tb_transport.api.responses.sid', 1_700_000_000_123);
    expect(h['requestId']!.toString('hex')).toBe('0102030405060708090a0b0c0d0e0f10');
    expect(h['responseTopic']!.toString('utf8')).toBe('px.tb_transport.api.responses.sid');
    expect(h['expireTs']!.toString('hex')).toBe('0000018bcfe5687b');
    expect(readRequestId(h)).toBe('01020304-0506-0708-090a-0b0c0d0e0f10');
    expect(readResponseTopic(h)).toBe('px.tb_transport.api.responses.sid');
    expect(readExpireTs(h)).toBe(1_700_000_000_123);
  });

  it('returns undefined for missing or malformed headers', () => {
    expect(readRequestId(undefined)).toBeUndefined();
    expect(readRequestId({ requestId: Buffer.from('short') })).toBeUndefined();
    expect(readExpireTs({ expireTs: Buffer.alloc(4) })).toBeUndefined();
  });
});

describe('topic names', () => {
  const base = {
    serviceId: 'sid', requestsTopic: 'tb_transport.api.requests', responsesTopic: 'tb_transport.api.responses',
    notificationsTopic: 'tb_transport.notifications', coreTopic: 'tb_core', usageStatsTopic: 'tb_usage_stats',
  };
  it('without prefix', () => {
    const t = new TopicNames({ ...base, prefix: '' });
    expect(t.requests).toBe('tb_transport.api.requests');
    expect(t.responses).toBe('tb_transport.api.responses.sid');
    expect(t.notifications).toBe('tb_transport.notifications.sid');
    expect(t.core(8)).toBe('tb_core.8');
    expect(t.ruleEngine('tb_rule_engine.main', 8)).toBe('tb_rule_engine.main.8');
    expect(t.ruleEngine('tb_rule_engine.main', 2, '13814000-1dd2-11b2-8080-808080808080')).toBe('tb_rule_engine.main.2');
    expect(t.consumerGroup).toBe('transport-node-sid');
  });
  it('with prefix on every topic and the group', () => {
    const t = new TopicNames({ ...base, prefix: 'acme' });
    expect(t.requests).toBe('acme.tb_transport.api.requests');
    expect(t.responses).toBe('acme.tb_transport.api.responses.sid');
    expect(t.notifications).toBe('acme.tb_transport.notifications.sid');
    expect(t.core(0)).toBe('acme.tb_core.0');
    expect(t.usageStats(3)).toBe('acme.tb_usage_stats.3');
    expect(t.ruleEngine('tb_rule_engine.main', 1, 'c1d2e3f4-0000-4000-8000-000000000001')).toBe(
      'acme.tb_rule_engine.main.isolated.c1d2e3f4-0000-4000-8000-000000000001.1');
    expect(t.consumerGroup).toBe('acme.transport-node-sid');
    expect(withPrefix('  ', 'x')).toBe('x');
  });
});
