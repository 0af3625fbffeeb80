/**
 * CorePort over ThingsBoard's Kafka transport wire: composition of the kafkajs link, the
 * transport API client and caches, queue routing, sessions and the notifications consumer.
 * Selected by TB_QUEUE_TYPE=kafka. Knows nothing of LwM2M.
 */
import type { Logger } from 'pino';
import type { CoreLinkConfig } from '../config/core-link-config.js';
import type { CoreEvent, CoreEventListener } from '../core/core-events.js';
import type { CorePort, CoreSessionInfo } from '../core/core-port.js';
import {
  fail,
  ok,
  type AttributesRequest,
  type AttributesSnapshot,
  type CoreResult,
  type CredentialsLookup,
  type DeviceInfo,
  type KvEntry,
  type OtaPackageType,
  type RpcResponse,
  type RpcStatus,
  type TelemetryBatch,
  type TenantInfo,
  type Uuid,
} from '../core/core-types.js';
import { transport } from '../gen/wire.js';
import type { ProduceOutcome } from './buffered-producer.js';
import { CoreApi } from './core-api.js';
import { acksOf, compressionOf, tlsAndSasl } from './kafka-client-options.js';
import { KafkaLink, type LinkStats } from './kafka-link.js';
import { NotificationHandler } from './notification-handler.js';
import type { OtaDataStore } from './ota-data-store.js';
import { partitionOf } from './partition-hash.js';
import { PendingRequests } from './pending-requests.js';
import { QueueRouting } from './queue-routing.js';
import { SessionManager, type SessionState } from './session-manager.js';
import { TopicNames } from './topics.js';
import { TransportApiClient } from './transport-api-client.js';
import { UsageStatsReporter } from './usage-stats.js';
import { RuleEnginePublisher, produceResult } from './rule-engine-publisher.js';
import { TransportRateLimiter } from './rate-limits.js';
import * as up from './uplink-messages.js';
import { tsKvFromProto } from './wire-mapping.js';

/** Something started after the link and stopped before it (ZooKeeper registration). */
export interface Registration {
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface KafkaCoreAdapterOptions {
  config: CoreLinkConfig;
  /** Effective TB_SERVICE_ID (see resolveServiceId). */
  serviceId: string;
  log: Logger;
  otaStore?: OtaDataStore | undefined;
  registration?: Registration | undefined;
  /** Start-up queue-routing request: ThingsBoard tries 10 times, 10 s apart (§4.1). */
  routingAttempts?: number;
  routingRetryMs?: number;
  now?: () => number;
}

/** The answer of an admitted message (one object for all: it is checked on every uplink). */
const ADMITTED: CoreResult<void> = ok(undefined);

export class KafkaCoreAdapter implements CorePort {
  readonly topics: TopicNames;
  private readonly link: KafkaLink;
  private readonly client: TransportApiClient;
  private readonly api: CoreApi;
  private readonly routing: QueueRouting;
  private readonly sessions: SessionManager;
  private readonly notifications: NotificationHandler;
  private readonly attrPending: PendingRequests<transport.IGetAttributeResponseMsg>;
  private readonly usage: UsageStatsReporter;
  private readonly ruleEngine: RuleEnginePublisher;
  private readonly limits: TransportRateLimiter;
  private readonly attrSeq = new Map<Uuid, number>();
  private readonly listeners = new Set<CoreEventListener>();
  private readonly log: Logger;
  private readonly now: () => number;
  private started = false;

  constructor(private readonly o: KafkaCoreAdapterOptions) {
    const k = o.config.kafka;
    this.log = o.log;
    this.now = o.now ?? Date.now;
    this.topics = new TopicNames({
      prefix: k.prefix,
      serviceId: o.serviceId,
      requestsTopic: k.requestsTopic,
      responsesTopic: k.responsesTopic,
      notificationsTopic: k.notificationsTopic,
      coreTopic: k.coreTopic,
      usageStatsTopic: k.usageStatsTopic,
    });
    this.link = new KafkaLink(
      {
        brokers: k.servers,
        clientId: this.topics.clientId('transport-node-core'),
        groupId: this.topics.consumerGroup,
        tlsAndSasl: tlsAndSasl(k),
        requestTimeoutMs: k.requestTimeoutMs,
        acks: acksOf(k),
        compression: compressionOf(k),
        retries: k.retries,
        batchSizeBytes: k.batchSize,
        maxRequestBytes: k.maxRequestSize,
        lingerMs: k.lingerMs,
        maxBufferBytes: k.bufferMemory,
        maxInFlight: k.maxInFlightRequests,
        sessionTimeoutMs: k.sessionTimeoutMs,
        maxBytesPerPartition: k.maxPartitionFetchBytes,
        maxBytes: k.fetchMaxBytes,
        fromBeginning: k.autoOffsetReset === 'earliest',
        maxWaitTimeInMs: Math.max(k.responsePollIntervalMs, 100),
        replicationFactor: k.replicationFactor,
      },
      o.log.child({ component: 'kafka' }),
    );
    this.client = new TransportApiClient(
      (r) => this.link.produce(r),
      { requestsTopic: this.topics.requests, responsesTopic: this.topics.responses, maxPendingRequests: k.maxPendingRequests, maxRequestTimeoutMs: k.maxRequestTimeoutMs },
      o.log.child({ component: 'transport-api' }),
      this.now,
    );
    this.api = new CoreApi((req) => this.client.call(req), o.log);
    this.routing = new QueueRouting(k.hashFunctionName);
    this.sessions = new SessionManager(
      {
        nodeId: o.serviceId,
        reportTimeoutMs: o.config.sessions.reportTimeoutMs,
        inactivityTimeoutMs: o.config.sessions.inactivityTimeoutMs,
        strategy: o.config.sessions.activityReportingStrategy,
      },
      (deviceId, value) => this.sendCore(deviceId, value),
      o.log.child({ component: 'sessions' }),
      this.now,
    );
    this.attrPending = new PendingRequests(k.maxPendingRequests, k.maxRequestTimeoutMs);
    this.notifications = new NotificationHandler({
      sessions: this.sessions,
      api: this.api,
      routing: this.routing,
      onAttributesResponse: (sid, m) => this.onAttributesResponse(sid, m),
      emit: (e) => this.emit(e),
      log: o.log.child({ component: 'notifications' }),
    });
    const sc = o.config.sessions;
    this.usage = new UsageStatsReporter(
      {
        enabled: sc.usageStatsEnabled,
        serviceId: o.serviceId,
        intervalMs: sc.usageStatsIntervalSec * 1000,
        packSize: sc.usageStatsPackSize,
        perCustomer: sc.usageStatsPerCustomer,
        corePartitions: k.corePartitions,
        hashFn: k.hashFunctionName,
      },
      (r) => this.link.produce(r),
      this.topics,
      o.log.child({ component: 'usage-stats' }),
    );
    this.limits = new TransportRateLimiter(this.now);
    this.ruleEngine = new RuleEnginePublisher(this.api, this.routing, (r, done) => this.link.enqueue(r, done), k.prefix, this.now);
    this.link.onRecord(this.topics.responses, (r) => this.client.handleResponse(r));
    this.link.onRecord(this.topics.notifications, (r) => this.notifications.handle(r));
  }

  get stats(): { link: LinkStats; api: TransportApiClient['stats']; notifications: NotificationHandler['stats']; sessions: SessionManager['stats']; limits: TransportRateLimiter['stats']; queues: number } {
    return { link: this.link.stats, api: this.client.stats, notifications: this.notifications.stats, sessions: this.sessions.stats, limits: this.limits.stats, queues: this.routing.size };
  }

  /** Exposed for tests: sends the usage counters now. */
  flushUsageStats(): Promise<void> {
    return this.usage.flush();
  }

  /** Exposed for tests: runs one activity period end now. */
  activityTick(): Promise<void> {
    return this.sessions.tick();
  }

  async start(): Promise<void> {
    await this.link.start();
    const attempts = this.o.routingAttempts ?? 10;
    for (let i = 1; ; i++) {
      const r = await this.api.getQueueRouting();
      if (r.ok) {
        this.routing.update(r.value);
        this.log.info({ queues: r.value.length }, 'rule-engine queue routing received');
        break;
      }
      this.log.warn({ attempt: i, error: r.error }, 'queue routing request failed');
      if (i >= attempts) {
        await this.link.stop(0);
        throw new Error(`no queue routing from the core after ${attempts} attempts: ${r.error.message}`);
      }
      await new Promise((res) => setTimeout(res, this.o.routingRetryMs ?? 10_000));
    }
    this.sessions.start();
    this.usage.start();
    if (this.o.registration) await this.o.registration.start();
    this.started = true;
  }

  async stop(): Promise<void> {
    if (this.o.registration) await this.o.registration.stop().catch((e: unknown) => this.log.warn({ err: e }, 'registration stop failed'));
    await this.sessions.closeAll();
    await this.usage.stop();
    this.client.stop();
    this.attrPending.cancelAll('stopped');
    await this.link.stop();
    if (this.o.otaStore) await this.o.otaStore.close();
    this.started = false;
  }

  get isStarted(): boolean {
    return this.started;
  }

  // ---------- transport API ----------

  validateCredentials(lookup: CredentialsLookup) {
    return this.api.validateCredentials(lookup);
  }
  getDeviceProfile(profileId: Uuid) {
    return this.api.getDeviceProfile(profileId);
  }
  getTenant(tenantId: Uuid) {
    return this.api.getTenant(tenantId);
  }
  getModel(tenantId: Uuid, key: string) {
    return this.api.getModel(tenantId, key);
  }
  getOtaPackage(tenantId: Uuid, deviceId: Uuid, type: OtaPackageType) {
    return this.api.getOtaPackage(tenantId, deviceId, type);
  }
  async readOtaPackageData(packageId: Uuid, offset?: number, length?: number): Promise<CoreResult<Uint8Array>> {
    if (!this.o.otaStore) return fail('unavailable', 'no OTA data store configured (CACHE_TYPE=redis is needed)');
    return this.o.otaStore.read(packageId, offset, length);
  }

  // ---------- sessions ----------

  async openSession(device: DeviceInfo): Promise<CoreResult<CoreSessionInfo>> {
    const { state, outcome } = await this.sessions.open(device);
    if (!outcome.ok) {
      // Kept locally: the next activity tick re-opens it once the link has room again.
      this.sessions.markClosedByCore(state.sessionId);
      this.log.warn({ sessionId: state.sessionId, reason: outcome.reason }, 'session OPEN not delivered; will retry');
    }
    return ok(this.view(state));
  }

  async closeSession(sessionId: Uuid): Promise<void> {
    await this.sessions.close(sessionId);
    this.attrSeq.delete(sessionId);
  }

  recordActivity(sessionId: Uuid): void {
    this.sessions.recordActivity(sessionId);
  }

  getSession(sessionId: Uuid): CoreSessionInfo | undefined {
    const s = this.sessions.get(sessionId);
    return s ? this.view(s) : undefined;
  }

  // ---------- uplink ----------

  postTelemetry(sessionId: Uuid, batches: TelemetryBatch[]): Promise<CoreResult<void>> {
    try {
      const s = this.sessions.get(sessionId);
      if (!s) return Promise.resolve(fail('not-found', `no session ${sessionId}`));
      this.sessions.recordActivity(sessionId);
      let points = 0;
      for (const b of batches) points += b.values.length;
      const cachedTenant = this.api.cachedTenant(s.device.tenantId);
      // The hot path (tenant cached): admission decided synchronously, one promise chain to the ack.
      if (cachedTenant === undefined) return this.postTelemetryAfterAdmit(s, batches, points);
      const admitted = this.admitFor(cachedTenant, s, points);
      if (!admitted.ok) return Promise.resolve(admitted);
      return this.publishTelemetry(s, batches, points);
    } catch (e) {
      // As an async function would: a throw is a rejected promise, never a synchronous throw.
      return Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
  }

  private async postTelemetryAfterAdmit(s: SessionState, batches: TelemetryBatch[], points: number): Promise<CoreResult<void>> {
    const admitted = await this.admit(s, points);
    if (!admitted.ok) return admitted;
    return this.publishTelemetry(s, batches, points);
  }

  private publishTelemetry(s: SessionState, batches: TelemetryBatch[], points: number): Promise<CoreResult<void>> {
    return this.ruleEngine.publish(s.device, 'POST_TELEMETRY_REQUEST', up.telemetryPayloads(s.device, batches), () =>
      this.usage.count(s.device.tenantId, s.device.customerId, 1, points),
    );
  }

  async postAttributes(sessionId: Uuid, values: KvEntry[]): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', `no session ${sessionId}`);
    this.sessions.recordActivity(sessionId);
    const admitted = await this.admit(s, values.length);
    if (!admitted.ok) return admitted;
    return this.ruleEngine.publish(s.device, 'POST_ATTRIBUTES_REQUEST', values.length > 0 ? [up.attributesPayload(s.device, values)] : [], () =>
      this.usage.count(s.device.tenantId, s.device.customerId, 1, values.length),
    );
  }

  async requestAttributes(sessionId: Uuid, req: AttributesRequest): Promise<CoreResult<AttributesSnapshot>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', `no session ${sessionId}`);
    this.sessions.recordActivity(sessionId);
    const admitted = await this.admit(s, 0);
    if (!admitted.ok) return admitted;
    const requestId = (this.attrSeq.get(sessionId) ?? 0) + 1;
    this.attrSeq.set(sessionId, requestId);
    const answer = this.attrPending.add(`${sessionId}|${requestId}`);
    if (!answer) return fail('overloaded', 'too many attribute requests in flight');
    const sent = await this.sendCore(s.device.deviceId, up.getAttributesMsg(this.sessions.address(s), requestId, req.clientKeys, req.sharedKeys, req.onlyShared ?? false));
    if (!sent.ok) {
      this.attrPending.cancel(`${sessionId}|${requestId}`, sent.reason);
      return produceResult(sent) as CoreResult<never>;
    }
    this.usage.count(s.device.tenantId, s.device.customerId, 1, 1);
    const o = await answer;
    if (o.kind === 'timeout') return fail('timeout', 'no attribute response in time');
    if (o.kind === 'cancelled') return fail('unavailable', o.reason);
    if (o.value.error) return fail('invalid-response', o.value.error);
    return ok({ client: (o.value.clientAttributeList ?? []).map(tsKvFromProto), shared: (o.value.sharedAttributeList ?? []).map(tsKvFromProto) });
  }

  sendRpcResponse(sessionId: Uuid, response: RpcResponse): Promise<CoreResult<void>> {
    return this.sessionMsg(sessionId, true, (a) => up.rpcResponseMsg(a, response));
  }

  sendRpcStatus(sessionId: Uuid, rpcId: Uuid, requestId: number, status: RpcStatus): Promise<CoreResult<void>> {
    return this.sessionMsg(sessionId, status === 'DELIVERED', (a) => up.rpcStatusMsg(a, rpcId, requestId, status));
  }

  sendPendingRpc(sessionId: Uuid): Promise<CoreResult<void>> {
    return this.sessionMsg(sessionId, true, (a) => up.sendPendingRpcMsg(a));
  }

  onEvent(listener: CoreEventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---------- internals ----------

  private view(s: SessionState): CoreSessionInfo {
    return { sessionId: s.sessionId, device: { ...s.device } };
  }

  /** Transport API state and rate limits of the tenant and device (§4.5), before anything is sent. */
  private async admit(s: SessionState, dataPoints: number): Promise<CoreResult<void>> {
    // The tenant is cached after the session's first message: decide without an extra await then.
    const cached = this.api.cachedTenant(s.device.tenantId);
    if (cached !== undefined) return this.admitFor(cached, s, dataPoints);
    const t = await this.api.getTenant(s.device.tenantId);
    if (!t.ok) return t;
    return this.admitFor(t.value, s, dataPoints);
  }

  private admitFor(tenant: TenantInfo, s: SessionState, dataPoints: number): CoreResult<void> {
    if (tenant.transportState === 'DISABLED') return fail('unavailable', 'transport API is disabled for this tenant');
    const refused = this.limits.check(tenant, s.device.deviceId, dataPoints);
    if (!refused) return ADMITTED;
    this.log.debug({ deviceId: s.device.deviceId, level: refused }, 'rate limit exceeded; message dropped');
    return fail('unavailable', `${refused} rate limit exceeded; message dropped`);
  }

  private emit(e: CoreEvent): void {
    if (e.type === 'device-deleted') this.limits.forgetDevice(e.deviceId);
    if (e.type === 'tenant-deleted') this.limits.forgetTenant(e.tenantId);
    for (const l of this.listeners) {
      try {
        l(e);
      } catch (err) {
        this.log.error({ err, event: e.type }, 'core event listener failed');
      }
    }
  }

  private onAttributesResponse(sessionId: Uuid, m: transport.IGetAttributeResponseMsg): void {
    if (this.attrPending.complete(`${sessionId}|${m.requestId ?? 0}`, m)) return;
    // Upstream quirk (App. B): an error response carries no requestId. Fail the oldest request of the session.
    if (m.error) {
      const last = this.attrSeq.get(sessionId) ?? 0;
      for (let id = 1; id <= last; id++) if (this.attrPending.complete(`${sessionId}|${id}`, m)) return;
    }
    this.log.debug({ sessionId, requestId: m.requestId }, 'attribute response for no pending request');
  }

  private async sessionMsg(sessionId: Uuid, activity: boolean, build: (a: up.SessionAddress) => Uint8Array): Promise<CoreResult<void>> {
    const s = this.sessions.get(sessionId);
    if (!s) return fail('not-found', `no session ${sessionId}`);
    if (activity) this.sessions.recordActivity(sessionId);
    const admitted = await this.admit(s, 0);
    if (!admitted.ok) return admitted;
    const r = produceResult(await this.sendCore(s.device.deviceId, build(this.sessions.address(s))));
    // RPC response, RPC status and pending-RPC requests count 1 message / 1 data point (§2.7).
    if (r.ok) this.usage.count(s.device.tenantId, s.device.customerId, 1, 1);
    return r;
  }

  /** ToCoreMsg to `{px}tb_core.<hash(deviceId) % N>`, keyed by the device id (§2.3). */
  private sendCore(deviceId: Uuid, value: Uint8Array): Promise<ProduceOutcome> {
    const k = this.o.config.kafka;
    return this.link.produce({ topic: this.topics.core(partitionOf(deviceId, k.corePartitions, k.hashFunctionName)), key: deviceId, value });
  }

}
