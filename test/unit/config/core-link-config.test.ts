import { describe, expect, it } from 'vitest';
import { readCoreLinkConfig } from '../../../src/config/core-link-config.js';
import { ConfigError, parseInlineProperties } from '../../../src/config/env.js';
import { resolveServiceId } from '../../../src/config/service-config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readCoreLinkConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => p.variable);
    throw e;
  }
  return [];
}

describe('core link configuration', () => {
  it('has ThingsBoard defaults with an empty environment', () => {
    const c = readCoreLinkConfig({});
    expect(c.kafka.queueType).toBe('kafka');
    expect(c.kafka.prefix).toBe('');
    expect(c.kafka.servers).toEqual(['localhost:9092']);
    expect(c.kafka.acks).toBe('all');
    expect(c.kafka.batchSize).toBe(16384);
    expect(c.kafka.lingerMs).toBe(1);
    expect(c.kafka.bufferMemory).toBe(33554432);
    expect(c.kafka.requestsTopic).toBe('tb_transport.api.requests');
    expect(c.kafka.responsesTopic).toBe('tb_transport.api.responses');
    expect(c.kafka.notificationsTopic).toBe('tb_transport.notifications');
    expect(c.kafka.coreTopic).toBe('tb_core');
    expect(c.kafka.corePartitions).toBe(10);
    expect(c.kafka.maxPendingRequests).toBe(10000);
    expect(c.kafka.maxRequestTimeoutMs).toBe(10000);
    expect(c.kafka.hashFunctionName).toBe('murmur3_128');
    expect(c.kafka.autoOffsetReset).toBe('earliest');
    expect(c.zookeeper).toMatchObject({ enabled: false, url: ['localhost:2181'], sessionTimeoutMs: 3000, nodesDir: '/thingsboard' });
    expect(c.redis).toMatchObject({ host: 'localhost', port: 6379, db: 0, cacheType: 'redis' });
    expect(c.sessions).toMatchObject({ reportTimeoutMs: 3000, inactivityTimeoutMs: 600000, activityReportingStrategy: 'LAST' });
    expect(c.service.serviceType).toBe('tb-transport');
  });

  it('reads operator values', () => {
    const c = readCoreLinkConfig({
      TB_QUEUE_PREFIX: 'acme', TB_KAFKA_SERVERS: 'k1:9092,k2:9093', TB_QUEUE_CORE_PARTITIONS: '12', TB_KAFKA_LINGER_MS: '5',
      ZOOKEEPER_ENABLED: 'TRUE', ZOOKEEPER_NODES_DIR: '/tb/', REDIS_PORT: '6380', TRANSPORT_ACTIVITY_REPORTING_STRATEGY: 'first_and_last',
      TB_SERVICE_ID: 'tb-lwm2m-transport',
    });
    expect(c.kafka.prefix).toBe('acme');
    expect(c.kafka.servers).toEqual(['k1:9092', 'k2:9093']);
    expect(c.kafka.corePartitions).toBe(12);
    expect(c.kafka.lingerMs).toBe(5);
    expect(c.zookeeper.enabled).toBe(true);
    expect(c.zookeeper.nodesDir).toBe('/tb');
    expect(c.redis.port).toBe(6380);
    expect(c.sessions.activityReportingStrategy).toBe('FIRST_AND_LAST');
    expect(c.service.serviceId).toBe('tb-lwm2m-transport');
  });

  it('names every bad variable and the expected form', () => {
    expect(problemsOf({ TB_QUEUE_CORE_PARTITIONS: 'ten', ZOOKEEPER_ENABLED: 'yes', TB_KAFKA_SERVERS: 'nohostport', REDIS_PORT: '70000', TB_QUEUE_PARTITIONS_HASH_FUNCTION_NAME: 'md5' }).sort()).toEqual(
      ['REDIS_PORT', 'TB_KAFKA_SERVERS', 'TB_QUEUE_CORE_PARTITIONS', 'TB_QUEUE_PARTITIONS_HASH_FUNCTION_NAME', 'ZOOKEEPER_ENABLED']);
    try {
      readCoreLinkConfig({ TB_QUEUE_TYPE: 'rabbitmq' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      expect((e as Error).message).toContain('TB_QUEUE_TYPE');
      expect((e as Error).message).toContain('one of kafka, in-memory');
    }
  });

  it('treats an empty value as unset', () => {
    expect(readCoreLinkConfig({ TB_QUEUE_CORE_PARTITIONS: '' }).kafka.corePartitions).toBe(10);
  });

  it('resolves the service id: configured, else host name, else 10 random letters', () => {
    expect(resolveServiceId(' sid ')).toEqual({ serviceId: 'sid', generated: false });
    expect(resolveServiceId('', () => 'host-1')).toEqual({ serviceId: 'host-1', generated: true });
    const r = resolveServiceId('', () => { throw new Error('no host'); });
    expect(r.generated).toBe(true);
    expect(r.serviceId).toMatch(/^[a-z]{10}$/);
  });

  it('parses inline property lists', () => {
    expect(parseInlineProperties('retention.ms:604800000;partitions:1; ;bad')).toEqual({ 'retention.ms': '604800000', partitions: '1' });
  });
});
