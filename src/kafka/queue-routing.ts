/**
 * Rule-engine queue routing (thingsboard-transport-wire.md §1.5, §4.1): which topic and logical
 * partition a device's telemetry goes to. Filled at start-up from GetAllQueueRoutingInfo and
 * kept current by queueUpdateMsgs / queueDeleteMsgs.
 */
import { NULL_UUID, type Uuid } from '../core/core-types.js';
import type { QueueRoute } from './core-api.js';
import { partitionOf, type HashFunctionName } from './partition-hash.js';

export interface RuleEngineTarget {
  /** Topic without TB_QUEUE_PREFIX, e.g. "tb_rule_engine.main.8". */
  topic: string;
  partition: number;
}

export const MAIN_QUEUE = 'Main';

export interface ResolvedRoute {
  readonly route: QueueRoute;
  readonly targets: readonly RuleEngineTarget[];
}

/** One remembered answer of resolve() for a device (keyed by device id, then these inputs). */
interface MemoEntry {
  readonly name: string;
  readonly tenantId: Uuid;
  readonly isolated: boolean;
  readonly result: ResolvedRoute;
}

/** Bound of the per-device memo of resolve(): enough for a transport's devices, never unbounded. */
const RESOLVED_MEMO_BOUND = 50_000;

export class QueueRouting {
  private readonly routes = new Map<string, QueueRoute>();
  /**
   * resolve() per (queue, tenant, isolation, device): the partition hash (murmur3 over BigInt)
   * and topic string are the same for every record of a device until the routes change, which
   * empties the memo.
   */
  private readonly resolved = new Map<Uuid, MemoEntry[]>();
  private resolvedCount = 0;

  constructor(private readonly hashFn: HashFunctionName) {}

  private static key(tenantId: Uuid, name: string): string {
    return `${tenantId}|${name}`;
  }

  get size(): number {
    return this.routes.size;
  }

  update(routes: readonly QueueRoute[]): void {
    for (const r of routes) if (r.partitions > 0 && r.queueTopic !== '') this.routes.set(QueueRouting.key(r.tenantId, r.queueName), r);
    this.forget();
  }

  remove(tenantId: Uuid, queueName: string): void {
    this.routes.delete(QueueRouting.key(tenantId, queueName));
    this.forget();
  }

  removeTenant(tenantId: Uuid): void {
    for (const [k, r] of this.routes) if (r.tenantId === tenantId) this.routes.delete(k);
    this.forget();
  }

  /**
   * Targets for one message: the tenant's isolated queue if its profile says so and the queue
   * exists, else the system queue of that name, else Main. Every partition when the queue asks
   * for duplication, else hash(deviceId) % partitions. Undefined when no queue is known.
   */
  resolve(queueName: string | undefined, tenantId: Uuid, isolated: boolean, deviceId: Uuid): ResolvedRoute | undefined {
    const name = queueName && queueName !== '' ? queueName : MAIN_QUEUE;
    // Looked up without building a key string: this runs for every uplink record.
    const memo = this.resolved.get(deviceId);
    if (memo !== undefined) {
      for (const e of memo) if (e.name === name && e.tenantId === tenantId && e.isolated === isolated) return e.result;
    }
    const route =
      (isolated ? this.routes.get(QueueRouting.key(tenantId, name)) : undefined) ??
      this.routes.get(QueueRouting.key(NULL_UUID, name)) ??
      this.routes.get(QueueRouting.key(NULL_UUID, MAIN_QUEUE));
    if (!route) return undefined;
    const isolatedSuffix = route.tenantId !== NULL_UUID ? `.isolated.${route.tenantId}` : '';
    const partitions = route.duplicateMsgToAllPartitions
      ? Array.from({ length: route.partitions }, (_, i) => i)
      : [partitionOf(deviceId, route.partitions, this.hashFn)];
    const result: ResolvedRoute = { route, targets: partitions.map((p) => ({ topic: `${route.queueTopic}${isolatedSuffix}.${p}`, partition: p })) };
    if (this.resolvedCount >= RESOLVED_MEMO_BOUND) this.forget();
    const entry: MemoEntry = { name, tenantId, isolated, result };
    const list = this.resolved.get(deviceId);
    if (list === undefined) this.resolved.set(deviceId, [entry]);
    else list.push(entry);
    this.resolvedCount++;
    return result;
  }

  private forget(): void {
    this.resolved.clear();
    this.resolvedCount = 0;
  }
}
