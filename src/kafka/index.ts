export { KafkaCoreAdapter, type KafkaCoreAdapterOptions, type Registration } from './kafka-core-adapter.js';
export { createKafkaCore, type KafkaCore } from './create-kafka-core.js';
export { ZkRegistration, type ZkRegistrationOptions } from './zk-registration.js';
export { RedisOtaStore, redisClientFor } from './redis-ota-store.js';
export { partitionOf, uuidHash, type HashFunctionName } from './partition-hash.js';
