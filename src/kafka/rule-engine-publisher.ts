/**
 * Telemetry and attributes to the rule engine (thingsboard-transport-wire.md §1.5, §2.4):
 * refused when the tenant's transport API is DISABLED; queue from the device profile (Main when
 * unset), isolated queue for isolated tenants, one TbMsg per payload (a fresh id per copy when
 * the queue duplicates to all partitions, with a shared correlation id), keyed by the TbMsg id.
 */
import { fail, ok, type CoreResult, type DeviceInfo, type DeviceProfile, type TenantInfo } from '../core/core-types.js';
import type { OutRecord, ProduceOutcome } from './buffered-producer.js';
import type { CoreApi } from './core-api.js';
import type { QueueRouting } from './queue-routing.js';
import { withPrefix } from './topics.js';
import { encodeRuleEngineMsg } from './rule-engine-encoder.js';
import type { TbMsgType } from './uplink-messages.js';
import { newUuid } from '../tbwire/uuid-codec.js';

export function outcomeToResult(outcomes: readonly ProduceOutcome[]): CoreResult<void> {
  const bad = outcomes.find((o) => !o.ok);
  if (!bad || bad.ok) return ok(undefined);
  return fail('unavailable', bad.reason === 'overflow' ? 'Kafka outage buffer full: message dropped' : 'core link stopped');
}

export interface RuleEnginePayload {
  metadata: Record<string, string>;
  dataJson: string;
}

export class RuleEnginePublisher {
  constructor(
    private readonly api: CoreApi,
    private readonly routing: QueueRouting,
    private readonly produce: (r: OutRecord) => Promise<ProduceOutcome>,
    private readonly prefix: string,
    private readonly now: () => number,
  ) {}

  publish(device: DeviceInfo, type: TbMsgType, payloads: readonly RuleEnginePayload[]): Promise<CoreResult<void>> {
    if (payloads.length === 0) return Promise.resolve(ok(undefined));
    const tenant = this.api.cachedTenant(device.tenantId);
    const profile = this.api.cachedDeviceProfile(device.deviceProfileId);
    // Both cached (every record after a session's first): the records are queued at once, with
    // no promise settled and awaited per lookup on the way.
    if (tenant !== undefined && profile !== undefined) return this.publishWith(device, type, payloads, tenant, ok(profile));
    return this.publishAfterLookups(device, type, payloads);
  }

  private async publishAfterLookups(device: DeviceInfo, type: TbMsgType, payloads: readonly RuleEnginePayload[]): Promise<CoreResult<void>> {
    const tenant = await this.api.getTenant(device.tenantId);
    if (!tenant.ok) return tenant;
    if (tenant.value.transportState === 'DISABLED') return fail('unavailable', 'transport API is disabled for this tenant');
    const profile = await this.api.getDeviceProfile(device.deviceProfileId);
    return this.publishWith(device, type, payloads, tenant.value, profile);
  }

  private publishWith(
    device: DeviceInfo,
    type: TbMsgType,
    payloads: readonly RuleEnginePayload[],
    tenant: TenantInfo,
    profile: CoreResult<DeviceProfile>,
  ): Promise<CoreResult<void>> {
    try {
      if (tenant.transportState === 'DISABLED') return Promise.resolve(fail('unavailable', 'transport API is disabled for this tenant'));
      const queueName = profile.ok ? profile.value.defaultQueueName : undefined;
      const resolved = this.routing.resolve(queueName, device.tenantId, tenant.profile.isolatedTbRuleEngine, device.deviceId);
      if (!resolved) return Promise.resolve(fail('unavailable', 'no rule-engine queue known'));
      const duplicate = resolved.route.duplicateMsgToAllPartitions;
      const records: OutRecord[] = [];
      for (const p of payloads) {
        const correlationId = duplicate ? newUuid() : undefined;
        for (const t of resolved.targets) {
          const msgId = newUuid();
          // Same bytes as ruleEngineMsg, with the per-device constant parts encoded once.
          const value = encodeRuleEngineMsg({
            msgId,
            type,
            device,
            ruleChainId: profile.ok ? profile.value.defaultRuleChainId : undefined,
            metadata: p.metadata,
            dataJson: p.dataJson,
            now: this.now(),
            correlationId,
            partition: duplicate ? t.partition : undefined,
          });
          records.push({ topic: withPrefix(this.prefix, t.topic), key: msgId, value });
        }
      }
      // One record (one timestamp group, one target) is the common case: no Promise.all around it.
      const only = records.length === 1 ? records[0] : undefined;
      if (only !== undefined) return this.produce(only).then((o) => outcomeToResult([o]));
      return Promise.all(records.map((r) => this.produce(r))).then(outcomeToResult);
    } catch (e) {
      // Same contract as an async function: a throw becomes a rejected promise, never a sync throw.
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }
}
