/**
 * Queue and Kafka variables of tb-lwm2m-transport (thingsboard-transport-wire.md §7.4), with
 * ThingsBoard's names and defaults. Values marked "must match core" in the spec must equal the
 * core's settings.
 */
import { bool, hostPortList, int, oneOf, readSection, str, type Env, type SectionValue } from './env.js';

const TOPIC_PROPS_1 = 'retention.ms:604800000;segment.bytes:52428800;retention.bytes:1048576000;partitions:1;min.insync.replicas:1';
const TOPIC_PROPS_10 = 'retention.ms:604800000;segment.bytes:52428800;retention.bytes:1048576000;partitions:10;min.insync.replicas:1';

export const kafkaSpec = {
  queueType: oneOf('TB_QUEUE_TYPE', ['kafka', 'in-memory'] as const, 'kafka'),
  prefix: str('TB_QUEUE_PREFIX', ''),
  servers: hostPortList('TB_KAFKA_SERVERS', 'localhost:9092'),
  sslEnabled: bool('TB_KAFKA_SSL_ENABLED', false),
  sslTruststoreLocation: str('TB_KAFKA_SSL_TRUSTSTORE_LOCATION', ''),
  sslTruststorePassword: str('TB_KAFKA_SSL_TRUSTSTORE_PASSWORD', ''),
  sslKeystoreLocation: str('TB_KAFKA_SSL_KEYSTORE_LOCATION', ''),
  sslKeystorePassword: str('TB_KAFKA_SSL_KEYSTORE_PASSWORD', ''),
  sslKeyPassword: str('TB_KAFKA_SSL_KEY_PASSWORD', ''),
  acks: oneOf('TB_KAFKA_ACKS', ['all', '-1', '0', '1'] as const, 'all'),
  retries: int('TB_KAFKA_RETRIES', 1, { max: 1000 }),
  compressionType: oneOf('TB_KAFKA_COMPRESSION_TYPE', ['none', 'gzip', 'lz4'] as const, 'none'),
  batchSize: int('TB_KAFKA_BATCH_SIZE', 16384, { min: 1 }),
  lingerMs: int('TB_KAFKA_LINGER_MS', 1, { max: 60_000 }),
  maxRequestSize: int('TB_KAFKA_MAX_REQUEST_SIZE', 1048576, { min: 1024 }),
  maxInFlightRequests: int('TB_KAFKA_MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION', 5, { min: 1 }),
  bufferMemory: int('TB_BUFFER_MEMORY', 33554432, { min: 1024 }),
  replicationFactor: int('TB_QUEUE_KAFKA_REPLICATION_FACTOR', 1, { min: 1, max: 32767 }),
  maxPollIntervalMs: int('TB_QUEUE_KAFKA_MAX_POLL_INTERVAL_MS', 300000, { min: 1 }),
  maxPollRecords: int('TB_QUEUE_KAFKA_MAX_POLL_RECORDS', 8192, { min: 1 }),
  maxPartitionFetchBytes: int('TB_QUEUE_KAFKA_MAX_PARTITION_FETCH_BYTES', 16777216, { min: 1 }),
  fetchMaxBytes: int('TB_QUEUE_KAFKA_FETCH_MAX_BYTES', 134217728, { min: 1 }),
  requestTimeoutMs: int('TB_QUEUE_KAFKA_REQUEST_TIMEOUT_MS', 30000, { min: 1 }),
  sessionTimeoutMs: int('TB_QUEUE_KAFKA_SESSION_TIMEOUT_MS', 10000, { min: 1 }),
  autoOffsetReset: oneOf('TB_QUEUE_KAFKA_AUTO_OFFSET_RESET', ['earliest', 'latest', 'none'] as const, 'earliest'),
  useConfluentCloud: bool('TB_QUEUE_KAFKA_USE_CONFLUENT_CLOUD', false),
  confluentSslAlgorithm: str('TB_QUEUE_KAFKA_CONFLUENT_SSL_ALGORITHM', 'https'),
  confluentSaslMechanism: oneOf('TB_QUEUE_KAFKA_CONFLUENT_SASL_MECHANISM', ['PLAIN', 'OAUTHBEARER'] as const, 'PLAIN'),
  confluentSaslJaasConfig: str('TB_QUEUE_KAFKA_CONFLUENT_SASL_JAAS_CONFIG', ''),
  confluentSecurityProtocol: str('TB_QUEUE_KAFKA_CONFLUENT_SECURITY_PROTOCOL', 'SASL_SSL'),
  confluentOauthClientId: str('TB_QUEUE_KAFKA_CONFLUENT_OAUTH_CLIENT_ID', ''),
  confluentOauthClientSecret: str('TB_QUEUE_KAFKA_CONFLUENT_OAUTH_CLIENT_SECRET', ''),
  confluentOauthEndpointUrl: str('TB_QUEUE_KAFKA_CONFLUENT_OAUTH_ENDPOINT_URL', ''),
  confluentOauthScope: str('TB_QUEUE_KAFKA_CONFLUENT_OAUTH_SCOPE', ''),
  otherProperties: str('TB_QUEUE_KAFKA_OTHER_PROPERTIES', ''),
  consumerPropertiesPerTopicInline: str('TB_QUEUE_KAFKA_CONSUMER_PROPERTIES_PER_TOPIC_INLINE', ''),
  ruleEngineTopicProperties: str('TB_QUEUE_KAFKA_RE_TOPIC_PROPERTIES', TOPIC_PROPS_1),
  coreTopicProperties: str('TB_QUEUE_KAFKA_CORE_TOPIC_PROPERTIES', TOPIC_PROPS_1),
  transportApiTopicProperties: str('TB_QUEUE_KAFKA_TA_TOPIC_PROPERTIES', TOPIC_PROPS_10),
  notificationsTopicProperties: str('TB_QUEUE_KAFKA_NOTIFICATIONS_TOPIC_PROPERTIES', TOPIC_PROPS_1),
  housekeeperTopicProperties: str('TB_QUEUE_KAFKA_HOUSEKEEPER_TOPIC_PROPERTIES', TOPIC_PROPS_10),
  topicsCacheTtlMs: int('TB_QUEUE_KAFKA_TOPICS_CACHE_TTL_MS', 300000),
  hashFunctionName: oneOf('TB_QUEUE_PARTITIONS_HASH_FUNCTION_NAME', ['murmur3_128', 'murmur3_32', 'sha256'] as const, 'murmur3_128'),
  requestsTopic: str('TB_QUEUE_TRANSPORT_API_REQUEST_TOPIC', 'tb_transport.api.requests'),
  responsesTopic: str('TB_QUEUE_TRANSPORT_API_RESPONSE_TOPIC', 'tb_transport.api.responses'),
  maxPendingRequests: int('TB_QUEUE_TRANSPORT_MAX_PENDING_REQUESTS', 10000, { min: 1 }),
  maxRequestTimeoutMs: int('TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT', 10000, { min: 1 }),
  maxCallbackThreads: int('TB_QUEUE_TRANSPORT_MAX_CALLBACK_THREADS', 100, { min: 1 }),
  requestPollIntervalMs: int('TB_QUEUE_TRANSPORT_REQUEST_POLL_INTERVAL_MS', 25, { min: 1 }),
  responsePollIntervalMs: int('TB_QUEUE_TRANSPORT_RESPONSE_POLL_INTERVAL_MS', 25, { min: 1 }),
  coreTopic: str('TB_QUEUE_CORE_TOPIC', 'tb_core'),
  corePartitions: int('TB_QUEUE_CORE_PARTITIONS', 10, { min: 1, max: 100000 }),
  coreNotificationsTopic: str('TB_QUEUE_CORE_NOTIFICATIONS_TOPIC', 'tb_core.notifications'),
  housekeeperTopic: str('TB_HOUSEKEEPER_TOPIC', 'tb_housekeeper'),
  // Not in the lwm2m yml (Java default tb_usage_stats); the core reads it from TB_QUEUE_US_TOPIC.
  usageStatsTopic: str('TB_QUEUE_US_TOPIC', 'tb_usage_stats'),
  ruleEngineTopic: str('TB_QUEUE_RULE_ENGINE_TOPIC', 'tb_rule_engine'),
  notificationsTopic: str('TB_QUEUE_TRANSPORT_NOTIFICATIONS_TOPIC', 'tb_transport.notifications'),
  notificationsPollIntervalMs: int('TB_QUEUE_TRANSPORT_NOTIFICATIONS_POLL_INTERVAL_MS', 25, { min: 1 }),
};
export type KafkaConfig = SectionValue<typeof kafkaSpec>;

export function readKafkaConfig(env: Env): KafkaConfig {
  return readSection(env, kafkaSpec);
}
