/**
 * Request/response over the transport API topics (thingsboard-transport-wire.md §1.7):
 * requests go to `{px}tb_transport.api.requests` with a random UUID key and the requestId /
 * responseTopic / expireTs headers; answers come back on `{px}tb_transport.api.responses.<sid>`
 * and are matched by the requestId header. The pending map is bounded and every call times out.
 */
import type { Logger } from 'pino';
import { transport } from '../gen/wire.js';
import type { OutRecord, ProduceOutcome } from './buffered-producer.js';
import type { InRecord } from './kafka-link.js';
import { PendingRequests, realTimers, type TimerApi } from './pending-requests.js';
import { encodeRequestHeaders, readRequestId } from './request-headers.js';
import { newUuid } from '../tbwire/uuid-codec.js';

export type ApiCallOutcome =
  | { kind: 'response'; msg: transport.TransportApiResponseMsg }
  | { kind: 'timeout' }
  | { kind: 'overloaded' }
  | { kind: 'unavailable'; reason: string };

export interface TransportApiClientOptions {
  requestsTopic: string;
  responsesTopic: string;
  maxPendingRequests: number;
  maxRequestTimeoutMs: number;
}

export interface ApiClientStats {
  sent: number;
  answered: number;
  timeouts: number;
  refusedFull: number;
  unknownResponses: number;
  malformedResponses: number;
}

export class TransportApiClient {
  private readonly pending: PendingRequests<transport.TransportApiResponseMsg>;
  readonly stats: ApiClientStats = { sent: 0, answered: 0, timeouts: 0, refusedFull: 0, unknownResponses: 0, malformedResponses: 0 };

  constructor(
    private readonly produce: (r: OutRecord) => Promise<ProduceOutcome>,
    private readonly opts: TransportApiClientOptions,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    timers: TimerApi = realTimers,
  ) {
    this.pending = new PendingRequests(opts.maxPendingRequests, opts.maxRequestTimeoutMs, timers);
  }

  get pendingCount(): number {
    return this.pending.size;
  }

  async call(request: transport.ITransportApiRequestMsg): Promise<ApiCallOutcome> {
    const requestId = newUuid();
    const answer = this.pending.add(requestId);
    if (!answer) {
      this.stats.refusedFull += 1;
      return { kind: 'overloaded' };
    }
    const record: OutRecord = {
      topic: this.opts.requestsTopic,
      key: newUuid(), // a random key distinct from requestId (§1.6)
      value: transport.TransportApiRequestMsg.encode(request).finish(),
      headers: encodeRequestHeaders(requestId, this.opts.responsesTopic, this.now() + this.opts.maxRequestTimeoutMs),
    };
    this.stats.sent += 1;
    void this.produce(record).then((o) => {
      if (!o.ok) this.pending.cancel(requestId, o.reason);
    });
    const outcome = await answer;
    switch (outcome.kind) {
      case 'response':
        this.stats.answered += 1;
        return { kind: 'response', msg: outcome.value };
      case 'timeout':
        this.stats.timeouts += 1;
        return { kind: 'timeout' };
      case 'cancelled':
        return { kind: 'unavailable', reason: outcome.reason };
    }
  }

  /** Handler of the response topic. Unknown or malformed responses are counted and dropped. */
  handleResponse(rec: InRecord): void {
    const requestId = readRequestId(rec.headers);
    if (!requestId) {
      this.stats.malformedResponses += 1;
      this.log.warn({ topic: rec.topic, offset: rec.offset }, 'transport API response without a valid requestId header; skipped');
      return;
    }
    let msg: transport.TransportApiResponseMsg;
    try {
      msg = transport.TransportApiResponseMsg.decode(rec.value ?? new Uint8Array(0));
    } catch (e) {
      this.stats.malformedResponses += 1;
      this.log.warn({ err: e, requestId, offset: rec.offset }, 'undecodable transport API response; skipped');
      return;
    }
    if (!this.pending.complete(requestId, msg)) {
      // Late, or replayed from an earlier run (auto.offset.reset=earliest): dropped as ThingsBoard does.
      this.stats.unknownResponses += 1;
      this.log.debug({ requestId }, 'response for an unknown request; dropped');
    }
  }

  stop(): void {
    this.pending.cancelAll('stopped');
  }
}
