/**
 * Every metric the transport exposes, named in one place. The layers get pre-resolved children
 * (`metrics.downlink.read.success.inc()`), so an increment on the hot path is one addition.
 * Layers that already keep plain counter objects (CoAP, DTLS, the Kafka producer) are mirrored at
 * scrape time by the `mirror*` helpers instead of being touched per message.
 */
import { CounterChild, GaugeChild, HistogramChild, MetricsRegistry } from './metrics.js';

/** Metric names (Prometheus conventions: base units, `_total` on counters). */
export const METRIC_NAMES = {
  registrations: 'lwm2m_registrations_total',
  activeSessions: 'lwm2m_active_sessions',
  uplinkMessages: 'lwm2m_uplink_messages_total',
  downlinkRequests: 'lwm2m_downlink_requests_total',
  coapRetransmissions: 'coap_retransmissions_total',
  dtlsHandshakes: 'dtls_handshakes_total',
  dtlsHandshakeFailures: 'dtls_handshake_failures_total',
  dtlsSessions: 'dtls_sessions',
  parserRejections: 'parser_rejections_total',
  kafkaProduceLatency: 'kafka_produce_latency_seconds',
  kafkaProduceErrors: 'kafka_produce_errors_total',
  kafkaBufferBytes: 'kafka_producer_buffer_bytes',
  kafkaBufferRecords: 'kafka_producer_buffer_records',
  eventLoopLag: 'nodejs_eventloop_lag_seconds',
  eventLoopLagP99: 'nodejs_eventloop_lag_p99_seconds',
  eventLoopLagMax: 'nodejs_eventloop_lag_max_seconds',
  residentMemory: 'process_resident_memory_bytes',
  heapUsed: 'nodejs_heap_used_bytes',
} as const;

/** Registration lifecycle events (LwM2M Core 1.1 §6.2 Register, Update, De-register; expiry; refusal). */
export const REGISTRATION_EVENTS = ['registered', 'updated', 'deregistered', 'expired', 'rejected'] as const;
export type RegistrationEvent = (typeof REGISTRATION_EVENTS)[number];

/** Messages a device sends on its own: registration interface, notifications, Send (Core 1.1 §6). */
export const UPLINK_KINDS = ['register', 'update', 'deregister', 'notification', 'send'] as const;
export type UplinkKind = (typeof UPLINK_KINDS)[number];

/** Device-management and information-reporting operations the server sends (Core 1.1 §6.3, §6.4). */
export const DOWNLINK_OPERATIONS = [
  'read',
  'discover',
  'write',
  'write_attributes',
  'execute',
  'create',
  'delete',
  'observe',
  'cancel_observation',
  'read_composite',
  'write_composite',
  'observe_composite',
  'cancel_observe_composite',
] as const;
export type DownlinkOperation = (typeof DOWNLINK_OPERATIONS)[number];

/** success: a 2.xx answer; failure: an error code or a request that could not be built; timeout: no answer. */
export const DOWNLINK_RESULTS = ['success', 'failure', 'timeout'] as const;
export type DownlinkResult = (typeof DOWNLINK_RESULTS)[number];

/** Parsers that count rejected input (DESIGN.md "Reliability": every rejection is counted). */
export const PARSER_KINDS = [
  'coap',
  'dtls',
  'text',
  'opaque',
  'cbor',
  'tlv',
  'senml_json',
  'senml_cbor',
  'lwm2m_json',
  'lwm2m_cbor',
  'link_format',
  'ddf',
  'core_message',
] as const;
export type ParserKind = (typeof PARSER_KINDS)[number];

export const KAFKA_ERROR_REASONS = ['overflow', 'failed_batch', 'stopped'] as const;
export type KafkaErrorReason = (typeof KAFKA_ERROR_REASONS)[number];

/** Produce latency buckets in seconds: 1 ms to 10 s (a Kafka ack on a LAN is a few ms). */
export const KAFKA_LATENCY_BUCKETS: readonly number[] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface TransportMetrics {
  readonly registry: MetricsRegistry;
  readonly registrations: Readonly<Record<RegistrationEvent, CounterChild>>;
  readonly activeSessions: GaugeChild;
  readonly uplink: Readonly<Record<UplinkKind, CounterChild>>;
  readonly downlink: Readonly<Record<DownlinkOperation, Readonly<Record<DownlinkResult, CounterChild>>>>;
  readonly coapRetransmissions: CounterChild;
  readonly dtlsHandshakes: CounterChild;
  readonly dtlsHandshakeFailures: CounterChild;
  readonly dtlsSessions: GaugeChild;
  readonly parserRejections: Readonly<Record<ParserKind, CounterChild>>;
  /** Observe seconds from produce call to broker ack. */
  readonly kafkaProduceLatency: HistogramChild;
  readonly kafkaProduceErrors: Readonly<Record<KafkaErrorReason, CounterChild>>;
  readonly kafkaBufferBytes: GaugeChild;
  readonly kafkaBufferRecords: GaugeChild;
  /** Event-loop delay gauges, set by `startEventLoopLagMonitor`. */
  readonly eventLoopLag: { readonly mean: GaugeChild; readonly p99: GaugeChild; readonly max: GaugeChild };
}

function byKey<K extends string, V>(keys: readonly K[], make: (k: K) => V): Record<K, V> {
  const out = {} as Record<K, V>;
  for (const k of keys) out[k] = make(k);
  return out;
}

/** Registers every transport metric in `registry` and resolves all label children up front. */
export function createTransportMetrics(registry: MetricsRegistry = new MetricsRegistry()): TransportMetrics {
  const n = METRIC_NAMES;
  const registrations = registry.counter(n.registrations, 'LwM2M registration events by kind.', ['event']);
  const uplink = registry.counter(n.uplinkMessages, 'Messages received from devices, by kind.', ['kind']);
  const downlink = registry.counter(n.downlinkRequests, 'Requests sent to devices, by operation and result.', [
    'operation',
    'result',
  ]);
  const parser = registry.counter(n.parserRejections, 'Inputs rejected by a parser, by parser.', ['parser']);
  const kafkaErrors = registry.counter(n.kafkaProduceErrors, 'Kafka records not delivered, by reason.', ['reason']);
  const heap = registry.gauge(n.heapUsed, 'V8 heap in use, bytes.');
  const rss = registry.gauge(n.residentMemory, 'Resident set size of the process, bytes.');
  registry.onCollect(() => {
    const m = process.memoryUsage();
    heap.set(m.heapUsed);
    rss.set(m.rss);
  });
  return {
    registry,
    registrations: byKey(REGISTRATION_EVENTS, (event) => registrations.labels({ event })),
    activeSessions: registry.gauge(n.activeSessions, 'Devices currently registered.').labels({}),
    uplink: byKey(UPLINK_KINDS, (kind) => uplink.labels({ kind })),
    downlink: byKey(DOWNLINK_OPERATIONS, (operation) => byKey(DOWNLINK_RESULTS, (result) => downlink.labels({ operation, result }))),
    coapRetransmissions: registry.counter(n.coapRetransmissions, 'CoAP confirmable messages sent again (RFC 7252 §4.2).').labels({}),
    dtlsHandshakes: registry.counter(n.dtlsHandshakes, 'DTLS handshakes completed (full and abbreviated).').labels({}),
    dtlsHandshakeFailures: registry.counter(n.dtlsHandshakeFailures, 'DTLS handshakes that failed or were refused.').labels({}),
    dtlsSessions: registry.gauge(n.dtlsSessions, 'Established DTLS sessions.').labels({}),
    parserRejections: byKey(PARSER_KINDS, (p) => parser.labels({ parser: p })),
    kafkaProduceLatency: registry
      .histogram(n.kafkaProduceLatency, 'Time from produce to broker acknowledgement, seconds.', [], KAFKA_LATENCY_BUCKETS)
      .labels({}),
    kafkaProduceErrors: byKey(KAFKA_ERROR_REASONS, (reason) => kafkaErrors.labels({ reason })),
    kafkaBufferBytes: registry.gauge(n.kafkaBufferBytes, 'Bytes waiting in the Kafka producer buffer.').labels({}),
    kafkaBufferRecords: registry.gauge(n.kafkaBufferRecords, 'Records waiting in the Kafka producer buffer.').labels({}),
    eventLoopLag: {
      mean: registry.gauge(n.eventLoopLag, 'Mean event-loop delay over the last interval, seconds.').labels({}),
      p99: registry.gauge(n.eventLoopLagP99, '99th percentile event-loop delay over the last interval, seconds.').labels({}),
      max: registry.gauge(n.eventLoopLagMax, 'Largest event-loop delay over the last interval, seconds.').labels({}),
    },
  };
}

/** The fields of the CoAP layer's counter object that metrics read (src/coap/counters.ts). */
export interface CoapCounterSource {
  readonly retransmissions: number;
  readonly parseErrors: number;
}

/** The fields of DtlsServer.stats() that metrics read (src/dtls/dtls-server.ts). */
export interface DtlsStatsSource {
  readonly handshakesCompleted: number;
  readonly handshakesFailed: number;
  readonly handshakesRefused: number;
  readonly sessions: number;
  readonly recordsDropped: number;
}

/** The fields of BufferedProducer.stats that metrics read (src/kafka/buffered-producer.ts). */
export interface ProducerStatsSource {
  readonly overflowDropped: number;
  readonly failedBatches: number;
  readonly bufferedBytes: number;
  readonly bufferedRecords: number;
}

function sum<T>(items: readonly T[], pick: (t: T) => number): number {
  let s = 0;
  for (const i of items) s += pick(i);
  return s;
}

/**
 * Mirrors the CoAP endpoints' own counters at scrape time (summed over endpoints): the message
 * layer already counts retransmissions and malformed datagrams without any metrics code.
 */
export function mirrorCoapCounters(m: TransportMetrics, sources: () => readonly CoapCounterSource[]): () => void {
  return m.registry.onCollect(() => {
    const s = sources();
    m.coapRetransmissions.setTotal(sum(s, (c) => c.retransmissions));
    m.parserRejections.coap.setTotal(sum(s, (c) => c.parseErrors));
  });
}

/** Mirrors DTLS server statistics at scrape time. */
export function mirrorDtlsStats(m: TransportMetrics, sources: () => readonly DtlsStatsSource[]): () => void {
  return m.registry.onCollect(() => {
    const s = sources();
    m.dtlsHandshakes.setTotal(sum(s, (d) => d.handshakesCompleted));
    m.dtlsHandshakeFailures.setTotal(sum(s, (d) => d.handshakesFailed + d.handshakesRefused));
    m.dtlsSessions.set(sum(s, (d) => d.sessions));
    m.parserRejections.dtls.setTotal(sum(s, (d) => d.recordsDropped));
  });
}

/** Mirrors the buffered Kafka producer's statistics at scrape time. */
export function mirrorProducerStats(m: TransportMetrics, source: () => ProducerStatsSource | undefined): () => void {
  return m.registry.onCollect(() => {
    const s = source();
    if (s === undefined) return;
    m.kafkaProduceErrors.overflow.setTotal(s.overflowDropped);
    m.kafkaProduceErrors.failed_batch.setTotal(s.failedBatches);
    m.kafkaBufferBytes.set(s.bufferedBytes);
    m.kafkaBufferRecords.set(s.bufferedRecords);
  });
}
