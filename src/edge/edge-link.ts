/**
 * The Edge RPC session on top of the connection: acknowledges every downlink right after it is applied
 * (success even for kinds the transport ignores, or the core stalls the pack for 60 s, §1.7), requests a
 * sync after each accepted connect (§1.5, §1.9), and pumps the uplink outbox: one UplinkMsg in flight,
 * answered or timed out, paused after a rate-limit answer, re-sent after a reconnect (§1.6).
 */
import { randomInt } from 'node:crypto';
import type { Logger } from 'pino';
import { edge } from '../gen/edge.js';
import type { CoreResult } from '../core/index.js';
import { EdgeConnection, type EdgeConnectionOptions, type EdgeLinkState } from './edge-connection.js';
import { UplinkOutbox, type OutboxStats, type UplinkPayload } from './uplink-outbox.js';

/** The core's default EDGES_RPC_MAX_INBOUND_MESSAGE_SIZE when it does not say (§1.4). */
const CORE_DEFAULT_MAX_INBOUND = 4 * 1024 * 1024;
const SIZE_MARGIN = 1024;

export interface EdgeLinkOptions {
  connection: EdgeConnectionOptions;
  uplinkQueueSize: number;
  uplinkMaxAttempts: number;
  uplinkTimeoutMs: number;
  rateLimitPauseMs: number;
}

export interface EdgeLinkHandler {
  /** Returns whether the sync to request now is a full one. */
  onAccepted(configuration: edge.IEdgeConfiguration): boolean;
  /** Applies a downlink to local state; exceptions are logged and the downlink is still acknowledged. */
  onDownlink(msg: edge.IDownlinkMsg): void;
  onEdgeUpdate(configuration: edge.IEdgeConfiguration): void;
  onStateChange?(state: EdgeLinkState, detail: string): void;
}

export interface EdgeLinkStats extends OutboxStats {
  downlinksAcked: number;
  downlinksFailed: number;
  rateLimited: number;
  syncRequests: number;
}

export class EdgeLink {
  readonly connection: EdgeConnection;
  private readonly outbox: UplinkOutbox;
  private uplinkTimer: NodeJS.Timeout | undefined;
  private pausedUntil = 0;
  private pauseTimer: NodeJS.Timeout | undefined;
  private readonly counters = { downlinksAcked: 0, downlinksFailed: 0, rateLimited: 0, syncRequests: 0 };

  constructor(
    private readonly opts: EdgeLinkOptions,
    private readonly handler: EdgeLinkHandler,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {
    this.outbox = new UplinkOutbox({ capacity: opts.uplinkQueueSize, maxAttempts: opts.uplinkMaxAttempts, maxBatchBytes: CORE_DEFAULT_MAX_INBOUND - SIZE_MARGIN });
    this.connection = new EdgeConnection(opts.connection, {
      onAccepted: (conf, coreMax) => this.onAccepted(conf, coreMax),
      onMessage: (msg) => this.onMessage(msg),
      onClosed: () => this.onClosed(),
      onStateChange: (s, d) => handler.onStateChange?.(s, d),
    }, log);
  }

  get stats(): EdgeLinkStats {
    return { ...this.outbox.stats, ...this.counters };
  }

  start(): void {
    this.connection.start();
  }

  stop(): void {
    this.clearTimers();
    this.connection.stop();
    this.outbox.failAll('edge link stopped');
  }

  /** Queues an uplink; resolves when the core acknowledged it (or it was refused, dropped, stopped). */
  send(payload: UplinkPayload): Promise<CoreResult<void>> {
    const p = this.outbox.enqueue(payload);
    this.pump();
    return p;
  }

  /** Asks the core for a sync now (operator-triggered or periodic full sync). */
  requestSync(full: boolean): boolean {
    const sent = this.connection.send({ msgType: edge.RequestMsgType.SYNC_REQUEST_RPC_MESSAGE, syncRequestMsg: { fullSync: full } });
    if (sent) this.counters.syncRequests += 1;
    return sent;
  }

  private onAccepted(conf: edge.IEdgeConfiguration, coreMax: number | undefined): void {
    this.outbox.setMaxBatchBytes((coreMax && coreMax > 0 ? coreMax : CORE_DEFAULT_MAX_INBOUND) - SIZE_MARGIN);
    const full = this.handler.onAccepted(conf);
    this.requestSync(full);
    this.pump();
  }

  private onMessage(msg: edge.ResponseMsg): void {
    if (msg.downlinkMsg) this.onDownlink(msg.downlinkMsg);
    if (msg.uplinkResponseMsg) this.onUplinkResponse(msg.uplinkResponseMsg);
    if (msg.edgeUpdateMsg?.configuration) this.handler.onEdgeUpdate(msg.edgeUpdateMsg.configuration);
  }

  private onDownlink(d: edge.IDownlinkMsg): void {
    try {
      this.handler.onDownlink(d);
    } catch (e) {
      // Acked anyway: a failure would make the core re-send entity messages it never retries (§1.7).
      this.counters.downlinksFailed += 1;
      this.log.error({ err: e, downlinkMsgId: d.downlinkMsgId }, 'edge downlink could not be applied; acknowledged, the next sync repairs the mirror');
    }
    this.counters.downlinksAcked += 1;
    this.connection.send({
      msgType: edge.RequestMsgType.UPLINK_RPC_MESSAGE,
      downlinkResponseMsg: { success: true, downlinkMsgId: d.downlinkMsgId ?? 0 },
    });
  }

  private onUplinkResponse(r: edge.IUplinkResponseMsg): void {
    const id = r.uplinkMsgId ?? 0;
    const outcome = this.outbox.ack(id, r.success === true, r.errorMsg ?? '');
    if (outcome === 'unknown') return;
    if (this.uplinkTimer) clearTimeout(this.uplinkTimer);
    this.uplinkTimer = undefined;
    if (outcome === 'rate-limited') {
      // ThingsBoard Edge pauses its uplinks for 60 s after "Rate limit reached" (§1.6).
      this.counters.rateLimited += 1;
      this.log.warn({ pauseMs: this.opts.rateLimitPauseMs }, 'edge uplink rate-limited by the core; pausing uplinks');
      this.pause(this.opts.rateLimitPauseMs);
      return;
    }
    if (outcome !== 'acknowledged') this.log.warn({ uplinkMsgId: id, outcome, error: (r.errorMsg ?? '').slice(0, 200) }, 'edge uplink refused by the core');
    this.pump();
  }

  private onClosed(): void {
    if (this.uplinkTimer) clearTimeout(this.uplinkTimer);
    this.uplinkTimer = undefined;
    this.outbox.requeueInFlight();
  }

  private pause(ms: number): void {
    this.pausedUntil = this.now() + ms;
    if (this.pauseTimer) clearTimeout(this.pauseTimer);
    this.pauseTimer = setTimeout(() => {
      this.pauseTimer = undefined;
      this.pausedUntil = 0;
      this.pump();
    }, ms);
  }

  private pump(): void {
    if (!this.connection.isAccepted || this.outbox.busy || this.now() < this.pausedUntil) return;
    // Random positive int32, as ThingsBoard Edge does; the core echoes it (§1.6).
    const batch = this.outbox.nextBatch(randomInt(1, 2 ** 31 - 1));
    if (!batch) return;
    if (!this.connection.send({ msgType: edge.RequestMsgType.UPLINK_RPC_MESSAGE, uplinkMsg: batch.msg })) {
      this.outbox.requeueInFlight();
      return;
    }
    this.uplinkTimer = setTimeout(() => {
      this.uplinkTimer = undefined;
      const outcome = this.outbox.timeout(batch.uplinkMsgId);
      if (outcome !== 'unknown') this.log.warn({ uplinkMsgId: batch.uplinkMsgId, outcome }, 'edge uplink not answered in time');
      this.pump();
    }, this.opts.uplinkTimeoutMs);
  }

  private clearTimers(): void {
    for (const t of [this.uplinkTimer, this.pauseTimer]) if (t) clearTimeout(t);
    this.uplinkTimer = undefined;
    this.pauseTimer = undefined;
  }
}
