/**
 * API usage counters (thingsboard-transport-wire.md §2.7): TRANSPORT_MSG_COUNT and
 * TRANSPORT_DP_COUNT per tenant (or customer when per-customer reporting is on) and at system
 * level, flushed every USAGE_STATS_REPORT_INTERVAL seconds to `{px}tb_usage_stats.<p>` in packs
 * of USAGE_STATS_REPORT_PACK_SIZE, p = hash(tenant or customer) % core partitions. Zero counters
 * are skipped; only successfully enqueued messages are counted.
 */
import Long from 'long';
import type { Logger } from 'pino';
import { NULL_UUID, type Uuid } from '../core/core-types.js';
import { transport } from '../gen/wire.js';
import type { OutRecord, ProduceOutcome } from './buffered-producer.js';
import { partitionOf, type HashFunctionName } from './partition-hash.js';
import type { TopicNames } from './topics.js';
import { newUuid, uuidToHalves } from '../tbwire/uuid-codec.js';

export interface UsageStatsOptions {
  enabled: boolean;
  serviceId: string;
  intervalMs: number;
  packSize: number;
  perCustomer: boolean;
  corePartitions: number;
  hashFn: HashFunctionName;
}

interface Counter {
  tenantId: Uuid;
  customerId: Uuid | undefined;
  msgs: number;
  dps: number;
}

export class UsageStatsReporter {
  private counters = new Map<string, Counter>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly o: UsageStatsOptions,
    private readonly produce: (r: OutRecord) => Promise<ProduceOutcome>,
    private readonly topics: TopicNames,
    private readonly log: Logger,
  ) {}

  count(tenantId: Uuid, customerId: Uuid | undefined, msgs: number, dataPoints: number): void {
    if (!this.o.enabled) return;
    const customer = this.o.perCustomer ? customerId : undefined;
    this.add(tenantId, customer, msgs, dataPoints);
    // Also counted at system level (under the SYS tenant).
    if (tenantId !== NULL_UUID) this.add(NULL_UUID, undefined, msgs, dataPoints);
  }

  private add(tenantId: Uuid, customerId: Uuid | undefined, msgs: number, dps: number): void {
    const key = `${tenantId}|${customerId ?? ''}`;
    const c = this.counters.get(key);
    if (c) {
      c.msgs += msgs;
      c.dps += dps;
    } else this.counters.set(key, { tenantId, customerId, msgs, dps });
  }

  start(): void {
    if (!this.o.enabled || this.timer) return;
    // Random initial delay like ThingsBoard, then a fixed interval.
    this.timer = setTimeout(() => {
      void this.flush();
      this.timer = setInterval(() => void this.flush(), this.o.intervalMs);
      this.timer.unref();
    }, Math.floor(Math.random() * this.o.intervalMs));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }

  async flush(): Promise<void> {
    const snapshot = [...this.counters.values()].filter((c) => c.msgs > 0 || c.dps > 0);
    this.counters = new Map();
    if (snapshot.length === 0) return;
    const byTopic = new Map<string, transport.IUsageStatsServiceMsg[]>();
    for (const c of snapshot) {
      const parent = c.customerId ?? c.tenantId;
      const topic = this.topics.usageStats(partitionOf(parent, this.o.corePartitions, this.o.hashFn));
      const t = uuidToHalves(c.tenantId);
      const msg: transport.IUsageStatsServiceMsg = {
        tenantIdMSB: t.msb,
        tenantIdLSB: t.lsb,
        values: [
          ...(c.msgs > 0 ? [{ recordKey: transport.ApiUsageRecordKeyProto.TRANSPORT_MSG_COUNT, value: Long.fromNumber(c.msgs) }] : []),
          ...(c.dps > 0 ? [{ recordKey: transport.ApiUsageRecordKeyProto.TRANSPORT_DP_COUNT, value: Long.fromNumber(c.dps) }] : []),
        ],
      };
      if (c.customerId) {
        const cu = uuidToHalves(c.customerId);
        msg.customerIdMSB = cu.msb;
        msg.customerIdLSB = cu.lsb;
      }
      const list = byTopic.get(topic);
      if (list) list.push(msg);
      else byTopic.set(topic, [msg]);
    }
    const sends: Array<Promise<ProduceOutcome>> = [];
    for (const [topic, msgs] of byTopic) {
      for (let i = 0; i < msgs.length; i += this.o.packSize) {
        const value = transport.ToUsageStatsServiceMsg.encode({ serviceId: this.o.serviceId, msgs: msgs.slice(i, i + this.o.packSize) }).finish();
        sends.push(this.produce({ topic, key: newUuid(), value }));
      }
    }
    const results = await Promise.all(sends);
    const lost = results.filter((r) => !r.ok).length;
    if (lost > 0) this.log.warn({ lost }, 'usage statistics packs not delivered');
  }
}
