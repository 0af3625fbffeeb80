/**
 * A producer front that batches records (batch size / linger, as ThingsBoard's producer settings
 * TB_KAFKA_BATCH_SIZE / TB_KAFKA_LINGER_MS) and keeps them in a bounded in-memory buffer while
 * the broker is unreachable (bound: TB_BUFFER_MEMORY bytes, like Kafka's buffer.memory).
 * A failed batch goes back to the front of the buffer and is retried with back-off, so uplink
 * produced during an outage arrives after it. A record that does not fit is refused: the drop
 * is counted and logged, never silent (DESIGN.md "Reliability").
 */
import type { Logger } from 'pino';

export interface OutRecord {
  topic: string;
  key: string;
  value: Uint8Array;
  headers?: Record<string, Buffer> | undefined;
}

/** Sends one batch and resolves when the broker acknowledged all of it. */
export type BatchSender = (records: OutRecord[]) => Promise<void>;

export type ProduceOutcome = { ok: true } | { ok: false; reason: 'overflow' | 'stopped' };

export interface BufferedProducerOptions {
  /** Queued bytes that trigger a send before the linger time is up (batch.size). */
  batchSizeBytes: number;
  /** Upper bound of one produce request (max.request.size); defaults to batchSizeBytes. */
  maxRequestBytes?: number;
  lingerMs: number;
  maxBufferBytes: number;
  maxInFlight: number;
  retryBackoffMs?: number;
  maxRetryBackoffMs?: number;
}

export interface ProducerStats {
  accepted: number;
  acked: number;
  overflowDropped: number;
  failedBatches: number;
  /** Produce requests handed to the sender (batches, retries included): records per request = accepted / this. */
  sentBatches: number;
  bufferedBytes: number;
  bufferedRecords: number;
}

interface Pending {
  record: OutRecord;
  size: number;
  done: (o: ProduceOutcome) => void;
}

const OK: ProduceOutcome = { ok: true };
const STOPPED: ProduceOutcome = { ok: false, reason: 'stopped' };
const OVERFLOW: ProduceOutcome = { ok: false, reason: 'overflow' };

/** Linger while a request is in flight (see schedule()): well above a broker round trip on a LAN. */
const IN_FLIGHT_LINGER_MS = 5;
/**
 * A full batch leaves at once only while fewer requests than this are in flight; beyond that it
 * waits for an answer (or the in-flight linger) and leaves with everything queued behind it, up
 * to max.request.size: as Kafka's sender drains all ready batches into one request. Many small
 * requests cost more per record and queue behind each other (measured: p99 datagram → ack fell
 * from ~20-50 ms to ~11 ms at 22k records/s on the bench, with the same throughput).
 */
const SIZE_TRIGGER_MAX_IN_FLIGHT = 2;

function recordSize(r: OutRecord): number {
  let n = r.value.length + r.key.length + r.topic.length + 16;
  // Telemetry records have no headers: skip the entries array then.
  if (r.headers !== undefined) for (const [k, v] of Object.entries(r.headers)) n += k.length + v.length;
  return n;
}

export class BufferedProducer {
  private queue: Pending[] = [];
  private queuedBytes = 0;
  private inFlight = 0;
  private inFlightBytes = 0;
  private lingerTimer: NodeJS.Timeout | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private backoffMs: number;
  private stopped = false;
  private readonly idleWaiters: Array<() => void> = [];
  readonly stats: ProducerStats = { accepted: 0, acked: 0, overflowDropped: 0, failedBatches: 0, sentBatches: 0, bufferedBytes: 0, bufferedRecords: 0 };

  constructor(
    private readonly send: BatchSender,
    private readonly opts: BufferedProducerOptions,
    private readonly log: Logger,
  ) {
    this.backoffMs = opts.retryBackoffMs ?? 200;
  }

  produce(record: OutRecord): Promise<ProduceOutcome> {
    return new Promise((done) => this.enqueue(record, done));
  }

  /**
   * produce() without a promise: `done` is called once with the outcome (at once when refused).
   * The uplink hot path uses it so that one record costs one promise end to end, not one per layer.
   */
  enqueue(record: OutRecord, done: (o: ProduceOutcome) => void): void {
    if (this.stopped) return done(STOPPED);
    const size = recordSize(record);
    if (this.queuedBytes + this.inFlightBytes + size > this.opts.maxBufferBytes) {
      this.stats.overflowDropped += 1;
      // Log the first drop of a run and then every 1000th, so an outage does not flood the log.
      if (this.stats.overflowDropped === 1 || this.stats.overflowDropped % 1000 === 0) {
        this.log.warn({ topic: record.topic, dropped: this.stats.overflowDropped, bufferedBytes: this.queuedBytes + this.inFlightBytes },
          'Kafka outage buffer full: record dropped');
      }
      return done(OVERFLOW);
    }
    this.stats.accepted += 1;
    this.queue.push({ record, size, done });
    this.queuedBytes += size;
    this.updateGauges();
    this.schedule();
  }

  /** Resolves when nothing is queued or in flight (or after `timeoutMs`). */
  flush(timeoutMs: number): Promise<boolean> {
    if (this.queue.length === 0 && this.inFlight === 0) return Promise.resolve(true);
    this.clearLinger();
    this.pump();
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      t.unref();
      this.idleWaiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  /** Refuses new records; queued ones are answered `stopped`. */
  stop(): void {
    this.stopped = true;
    this.clearLinger();
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    for (const p of this.queue) this.settle(p, STOPPED);
    this.queue = [];
    this.queuedBytes = 0;
    this.updateGauges();
  }

  private schedule(): void {
    if (this.retryTimer) return; // backing off after a failure
    const full = this.queuedBytes >= this.opts.batchSizeBytes && this.inFlight < SIZE_TRIGGER_MAX_IN_FLIGHT;
    if (full || this.opts.lingerMs === 0) {
      this.clearLinger();
      this.pump();
    } else if (!this.lingerTimer) {
      // Adaptive linger: while a request is in flight the next batch accumulates and goes out when
      // that request is answered (sendBatch pumps), so under load each request carries more
      // records instead of one small request per linger window. The longer window then is only a
      // fallback for a slow broker: other requests (up to maxInFlight) still leave after it.
      // A full batch (above) leaves at once while few requests are in flight.
      const wait = this.inFlight > 0 ? Math.max(this.opts.lingerMs, IN_FLIGHT_LINGER_MS) : this.opts.lingerMs;
      this.lingerTimer = setTimeout(() => {
        this.lingerTimer = undefined;
        this.pump();
      }, wait);
    }
  }

  private clearLinger(): void {
    if (this.lingerTimer) clearTimeout(this.lingerTimer);
    this.lingerTimer = undefined;
  }

  private pump(): void {
    while (!this.stopped && !this.retryTimer && this.inFlight < this.opts.maxInFlight && this.queue.length > 0) {
      const batch: Pending[] = [];
      let bytes = 0;
      // Like Kafka's producer, one request takes everything that accumulated (up to max.request.size):
      // under load the batches grow by themselves while earlier requests are in flight.
      const cap = this.opts.maxRequestBytes ?? this.opts.batchSizeBytes;
      while (this.queue.length > 0 && (batch.length === 0 || bytes + (this.queue[0]?.size ?? 0) <= cap)) {
        const p = this.queue.shift() as Pending;
        batch.push(p);
        bytes += p.size;
      }
      this.queuedBytes -= bytes;
      this.inFlight += 1;
      this.inFlightBytes += bytes;
      this.stats.sentBatches += 1;
      this.updateGauges();
      void this.sendBatch(batch, bytes);
    }
  }

  private async sendBatch(batch: Pending[], bytes: number): Promise<void> {
    let failed = false;
    try {
      await this.send(batch.map((p) => p.record));
    } catch (e) {
      failed = true;
      this.stats.failedBatches += 1;
      this.log.warn({ err: e, records: batch.length, retryInMs: this.backoffMs }, 'Kafka send failed; records kept for retry');
    }
    this.inFlight -= 1;
    this.inFlightBytes -= bytes;
    if (failed && !this.stopped) {
      // Back to the front, in order, then wait before trying again (exponential, capped).
      this.queue.unshift(...batch);
      this.queuedBytes += bytes;
      this.updateGauges();
      if (!this.retryTimer) {
        const wait = this.backoffMs;
        this.backoffMs = Math.min(this.backoffMs * 2, this.opts.maxRetryBackoffMs ?? 5000);
        this.retryTimer = setTimeout(() => {
          this.retryTimer = undefined;
          this.pump();
        }, wait);
      }
      return;
    }
    if (failed) {
      for (const p of batch) this.settle(p, STOPPED);
    } else {
      this.backoffMs = this.opts.retryBackoffMs ?? 200;
      this.stats.acked += batch.length;
      for (const p of batch) this.settle(p, OK);
    }
    this.updateGauges();
    // Records queued during the flight have waited at least a round trip: send them now (the
    // linger window is for an idle producer, see schedule()).
    if (this.queue.length > 0) {
      this.clearLinger();
      this.pump();
    }
    if (this.queue.length === 0 && this.inFlight === 0) {
      for (const w of this.idleWaiters.splice(0)) w();
    }
  }

  /** One record's callback; a throwing one must not leave the rest of its batch unanswered. */
  private settle(p: Pending, o: ProduceOutcome): void {
    try {
      p.done(o);
    } catch (e) {
      this.log.error({ err: e, topic: p.record.topic }, 'produce callback failed');
    }
  }

  private updateGauges(): void {
    this.stats.bufferedBytes = this.queuedBytes + this.inFlightBytes;
    this.stats.bufferedRecords = this.queue.length;
  }
}
