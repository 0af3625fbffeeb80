/**
 * Everything the ThingsBoard core link needs, read in one pass so that every bad variable is
 * reported at once. `TB_QUEUE_TYPE=kafka` selects the Kafka adapter (src/kafka).
 */
import { readSections, type Env } from './env.js';
import { kafkaSpec, type KafkaConfig } from './kafka-config.js';
import { redisSpec, type RedisConfig } from './redis-config.js';
import { serviceSpec, type ServiceConfig } from './service-config.js';
import { sessionsSpec, type SessionsConfig } from './sessions-config.js';
import { zookeeperSpec, type ZookeeperConfig } from './zookeeper-config.js';

export interface CoreLinkConfig {
  service: ServiceConfig;
  kafka: KafkaConfig;
  zookeeper: ZookeeperConfig;
  redis: RedisConfig;
  sessions: SessionsConfig;
}

export function readCoreLinkConfig(env: Env): CoreLinkConfig {
  const c = readSections(env, { service: serviceSpec, kafka: kafkaSpec, zookeeper: zookeeperSpec, redis: redisSpec, sessions: sessionsSpec });
  return { ...c, zookeeper: { ...c.zookeeper, nodesDir: c.zookeeper.nodesDir.replace(/\/+$/, '') || '/' } };
}
