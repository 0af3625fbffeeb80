/**
 * Builds the Kafka core adapter from the environment: config (zod, errors name the variable),
 * service id (generated and logged when TB_SERVICE_ID is unset, as ThingsBoard does), Redis OTA
 * store when CACHE_TYPE=redis, ZooKeeper registration when ZOOKEEPER_ENABLED=true.
 */
import type { Logger } from 'pino';
import { readCoreLinkConfig, type CoreLinkConfig } from '../config/core-link-config.js';
import { parseInlineProperties, type Env } from '../config/env.js';
import { resolveServiceId } from '../config/service-config.js';
import { KafkaCoreAdapter } from './kafka-core-adapter.js';
import { RedisOtaStore, redisClientFor } from './redis-ota-store.js';
import { ZkRegistration } from './zk-registration.js';

export interface KafkaCore {
  adapter: KafkaCoreAdapter;
  config: CoreLinkConfig;
  serviceId: string;
  registration?: ZkRegistration | undefined;
}

/** Throws ConfigError (bad variable) before anything connects. */
export function createKafkaCore(env: Env, log: Logger): KafkaCore {
  const config = readCoreLinkConfig(env);
  if (config.kafka.queueType !== 'kafka') {
    throw new Error(`TB_QUEUE_TYPE=${config.kafka.queueType}: only "kafka" can reach a ThingsBoard core from a separate process`);
  }
  const { serviceId, generated } = resolveServiceId(config.service.serviceId);
  if (generated) log.warn({ serviceId }, 'TB_SERVICE_ID is not set; using this generated service id (it names the response and notification topics)');
  // Java client property lists have no one-to-one kafkajs equivalent: say which were not applied.
  const other = parseInlineProperties(config.kafka.otherProperties);
  const perTopic = config.kafka.consumerPropertiesPerTopicInline.trim();
  if (Object.keys(other).length > 0 || perTopic !== '') {
    log.warn({ otherProperties: Object.keys(other), perTopicInline: perTopic !== '' }, 'TB_QUEUE_KAFKA_OTHER_PROPERTIES / _CONSUMER_PROPERTIES_PER_TOPIC_INLINE are not applied by the kafkajs client');
  }
  const otaStore = config.redis.cacheType === 'redis' ? new RedisOtaStore(redisClientFor(config.redis), log.child({ component: 'redis' })) : undefined;
  const registration = config.zookeeper.enabled
    ? new ZkRegistration(
        {
          servers: config.zookeeper.url,
          nodesDir: config.zookeeper.nodesDir,
          sessionTimeoutMs: config.zookeeper.sessionTimeoutMs,
          connectionTimeoutMs: config.zookeeper.connectionTimeoutMs,
          retryIntervalMs: config.zookeeper.retryIntervalMs,
          serviceId,
        },
        log.child({ component: 'zookeeper' }),
      )
    : undefined;
  const adapter = new KafkaCoreAdapter({ config, serviceId, log, otaStore, registration });
  return { adapter, config, serviceId, registration };
}
