import { describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import pino from 'pino';
import { ConfigError } from '../../../src/config/env.js';
import { createKafkaCore } from '../../../src/kafka/create-kafka-core.js';
import { KafkaSetupError } from '../../../src/kafka/kafka-client-options.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, log: pino({ level: 'info' }, { write: (s: string) => { lines.push(JSON.parse(s) as Record<string, unknown>); } }) };
}

describe('createKafkaCore', () => {
  it('generates and logs the service id when TB_SERVICE_ID is unset, and names topics with it', async () => {
    const { lines, log } = capture();
    const k = createKafkaCore({ CACHE_TYPE: 'caffeine' }, log);
    expect(k.serviceId).toBe(hostname());
    expect(lines.some((l) => l['serviceId'] === hostname() && String(l['msg']).includes('TB_SERVICE_ID is not set'))).toBe(true);
    expect(k.adapter.topics.responses).toBe(`tb_transport.api.responses.${hostname()}`);
    expect(k.registration).toBeUndefined();
    await k.adapter.stop();
  });

  it('uses TB_SERVICE_ID and the prefix, and builds a ZooKeeper registration when enabled', async () => {
    const { log } = capture();
    const k = createKafkaCore({ TB_SERVICE_ID: 'tb-lwm2m-transport', TB_QUEUE_PREFIX: 'px', ZOOKEEPER_ENABLED: 'true', CACHE_TYPE: 'caffeine' }, log);
    expect(k.adapter.topics.notifications).toBe('px.tb_transport.notifications.tb-lwm2m-transport');
    expect(k.adapter.topics.consumerGroup).toBe('px.transport-node-tb-lwm2m-transport');
    expect(k.registration).toBeDefined();
    await k.adapter.stop();
  });

  it('refuses bad variables, a non-Kafka queue type and lz4 before connecting', () => {
    const { log } = capture();
    expect(() => createKafkaCore({ TB_QUEUE_CORE_PARTITIONS: '-1' }, log)).toThrow(ConfigError);
    expect(() => createKafkaCore({ TB_QUEUE_TYPE: 'in-memory' }, log)).toThrow(/TB_QUEUE_TYPE/);
    expect(() => createKafkaCore({ TB_KAFKA_COMPRESSION_TYPE: 'lz4', CACHE_TYPE: 'caffeine' }, log)).toThrow(KafkaSetupError);
    expect(() => createKafkaCore({ TB_KAFKA_SSL_ENABLED: 'true', TB_KAFKA_SSL_TRUSTSTORE_LOCATION: '/x/truststore.jks', CACHE_TYPE: 'caffeine' }, log)).toThrow(/PEM/);
  });
});
