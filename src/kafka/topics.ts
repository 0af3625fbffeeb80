/**
 * Topic and group names of the transport wire (thingsboard-transport-wire.md §1.2, §1.3).
 * TB_QUEUE_PREFIX is prepended as "<prefix>." to every topic and consumer group when non-blank.
 */
import { NULL_UUID } from '../core/core-types.js';

export interface TopicSettings {
  prefix: string;
  serviceId: string;
  requestsTopic: string;
  responsesTopic: string;
  notificationsTopic: string;
  coreTopic: string;
  usageStatsTopic: string;
}

export function withPrefix(prefix: string, name: string): string {
  return prefix.trim() === '' ? name : `${prefix}.${name}`;
}

/** TopicPartitionInfo.fullTopicName: topic[.isolated.<tenant>][.<partition>]. */
export function partitionTopic(topic: string, partition: number, isolatedTenantId?: string): string {
  const isolated = isolatedTenantId !== undefined && isolatedTenantId !== NULL_UUID ? `.isolated.${isolatedTenantId}` : '';
  return `${topic}${isolated}.${partition}`;
}

export class TopicNames {
  constructor(private readonly s: TopicSettings) {}

  get requests(): string {
    return withPrefix(this.s.prefix, this.s.requestsTopic);
  }
  /** Also the `responseTopic` header value: the header carries the prefixed name. */
  get responses(): string {
    return withPrefix(this.s.prefix, `${this.s.responsesTopic}.${this.s.serviceId}`);
  }
  get notifications(): string {
    return withPrefix(this.s.prefix, `${this.s.notificationsTopic}.${this.s.serviceId}`);
  }
  core(partition: number): string {
    return withPrefix(this.s.prefix, partitionTopic(this.s.coreTopic, partition));
  }
  usageStats(partition: number): string {
    return withPrefix(this.s.prefix, partitionTopic(this.s.usageStatsTopic, partition));
  }
  /** Rule-engine queue topic as the core reports it (e.g. "tb_rule_engine.main"). */
  ruleEngine(queueTopic: string, partition: number, isolatedTenantId?: string): string {
    return withPrefix(this.s.prefix, partitionTopic(queueTopic, partition, isolatedTenantId));
  }
  /** Both transport consumers share one group (§1.3). */
  get consumerGroup(): string {
    return withPrefix(this.s.prefix, `transport-node-${this.s.serviceId}`);
  }
  clientId(role: 'transport-api-request' | 'transport-api-response' | 'transport-node-rule-engine' | 'transport-node-core' | 'transport-api-notifications' | 'transport-node-us-producer'): string {
    return `${role}-${this.s.serviceId}`;
  }
}
