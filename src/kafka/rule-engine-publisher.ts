/**
 * Telemetry and attributes to the rule engine (thingsboard-transport-wire.md §1.5, §2.4):
 * refused when the tenant's transport API is DISABLED; queue from the device profile (Main when
 * unset), isolated queue for isolated tenants, one TbMsg per payload (a fresh id per copy when
 * the queue duplicates to all partitions, with a shared correlation id), keyed by the TbMsg id.
 */
import { fail, ok, type CoreResult, type DeviceInfo, type DeviceProfile, type TenantInfo, type Uuid } from '../core/core-types.js';
import type { OutRecord, ProduceOutcome } from './buffered-producer.js';
import type { CoreApi } from './core-api.js';
import type { QueueRouting, RuleEngineTarget } from './queue-routing.js';
import { withPrefix } from './topics.js';
import { encodeRuleEngineMsg } from './rule-engine-encoder.js';
import type { TbMsgType } from './uplink-messages.js';
import { newUuid } from '../tbwire/uuid-codec.js';

const OK: CoreResult<void> = ok(undefined);

/** The core-port result of one produced record. */
export function produceResult(o: ProduceOutcome): CoreResult<void> {
  if (o.ok) return OK;
  return fail('unavailable', o.reason === 'overflow' ? 'Kafka outage buffer full: message dropped' : 'core link stopped');
}

/** Called once the records of a publish were all acknowledged (before its promise settles). */
export type OnPublished = () => void;

/**
 * The produce callback shared by `count` records of one publish: settles with the first refusal,
 * or with OK (after onPublished) when the last record is acknowledged.
 */
function whenAll(count: number, onPublished: OnPublished | undefined, resolve: (r: CoreResult<void>) => void): (o: ProduceOutcome) => void {
  let left = count;
  let bad: ProduceOutcome | undefined;
  return (o) => {
    if (!o.ok) bad ??= o;
    if (--left > 0) return;
    if (bad === undefined) onPublished?.();
    resolve(bad === undefined ? OK : produceResult(bad));
  };
}

export interface RuleEnginePayload {
  metadata: Record<string, string>;
  dataJson: string;
}

export class RuleEnginePublisher {
  constructor(
    private readonly api: CoreApi,
    private readonly routing: QueueRouting,
    private readonly enqueue: (r: OutRecord, done: (o: ProduceOutcome) => void) => void,
    private readonly prefix: string,
    private readonly now: () => number,
  ) {}

  publish(device: DeviceInfo, type: TbMsgType, payloads: readonly RuleEnginePayload[], onPublished?: OnPublished): Promise<CoreResult<void>> {
    if (payloads.length === 0) {
      onPublished?.(); // nothing to wait for: counted as published, as before any record is made
      return Promise.resolve(OK);
    }
    const tenant = this.api.cachedTenant(device.tenantId);
    const profile = this.api.cachedDeviceProfile(device.deviceProfileId);
    // Both cached (every record after a session's first): the records are queued at once, with
    // no promise settled and awaited per lookup on the way.
    if (tenant !== undefined && profile !== undefined) return this.publishWith(device, type, payloads, tenant, ok(profile), onPublished);
    return this.publishAfterLookups(device, type, payloads, onPublished);
  }

  private async publishAfterLookups(
    device: DeviceInfo,
    type: TbMsgType,
    payloads: readonly RuleEnginePayload[],
    onPublished: OnPublished | undefined,
  ): Promise<CoreResult<void>> {
    const tenant = await this.api.getTenant(device.tenantId);
    if (!tenant.ok) return tenant;
    if (tenant.value.transportState === 'DISABLED') return fail('unavailable', 'transport API is disabled for this tenant');
    const profile = await this.api.getDeviceProfile(device.deviceProfileId);
    return this.publishWith(device, type, payloads, tenant.value, profile, onPublished);
  }

  private publishWith(
    device: DeviceInfo,
    type: TbMsgType,
    payloads: readonly RuleEnginePayload[],
    tenant: TenantInfo,
    profile: CoreResult<DeviceProfile>,
    onPublished: OnPublished | undefined,
  ): Promise<CoreResult<void>> {
    try {
      if (tenant.transportState === 'DISABLED') return Promise.resolve(fail('unavailable', 'transport API is disabled for this tenant'));
      const queueName = profile.ok ? profile.value.defaultQueueName : undefined;
      const resolved = this.routing.resolve(queueName, device.tenantId, tenant.profile.isolatedTbRuleEngine, device.deviceId);
      if (!resolved) return Promise.resolve(fail('unavailable', 'no rule-engine queue known'));
      const duplicate = resolved.route.duplicateMsgToAllPartitions;
      const ruleChainId = profile.ok ? profile.value.defaultRuleChainId : undefined;
      const onlyPayload = payloads.length === 1 ? payloads[0] : undefined;
      const onlyTarget = resolved.targets.length === 1 && !duplicate ? resolved.targets[0] : undefined;
      if (onlyPayload !== undefined && onlyTarget !== undefined) {
        // One record (a notification's telemetry): no list of records on the way.
        const r = this.record(device, type, ruleChainId, duplicate, onlyPayload, onlyTarget, undefined);
        return new Promise((resolve) => this.enqueue(r, whenAll(1, onPublished, resolve)));
      }
      const records: OutRecord[] = [];
      for (const p of payloads) {
        const correlationId = duplicate ? newUuid() : undefined;
        for (const t of resolved.targets) records.push(this.record(device, type, ruleChainId, duplicate, p, t, correlationId));
      }
      // One promise for all records: the first refusal, or OK when the last one is acknowledged.
      return new Promise((resolve) => {
        const done = whenAll(records.length, onPublished, resolve);
        for (const r of records) this.enqueue(r, done);
      });
    } catch (e) {
      // Same contract as an async function: a throw becomes a rejected promise, never a sync throw.
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  /** One TbMsg record: a fresh id (also the key) and the encoded ToRuleEngineMsg. */
  private record(
    device: DeviceInfo,
    type: TbMsgType,
    ruleChainId: Uuid | undefined,
    duplicate: boolean,
    p: RuleEnginePayload,
    t: RuleEngineTarget,
    correlationId: Uuid | undefined,
  ): OutRecord {
    const msgId = newUuid();
    // Same bytes as ruleEngineMsg, with the per-device constant parts encoded once.
    const value = encodeRuleEngineMsg({
      msgId,
      type,
      device,
      ruleChainId,
      metadata: p.metadata,
      dataJson: p.dataJson,
      now: this.now(),
      correlationId,
      partition: duplicate ? t.partition : undefined,
    });
    return { topic: withPrefix(this.prefix, t.topic), key: msgId, value };
  }
}
