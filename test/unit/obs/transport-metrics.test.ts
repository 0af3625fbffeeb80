import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from '../../../src/obs/metrics.js';
import { startEventLoopLagMonitor } from '../../../src/obs/event-loop-lag.js';
import {
  createTransportMetrics,
  DOWNLINK_OPERATIONS,
  METRIC_NAMES,
  mirrorCoapCounters,
  mirrorDtlsStats,
  mirrorProducerStats,
} from '../../../src/obs/transport-metrics.js';

function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('transport metrics', () => {
  it('declares every family once with HELP and TYPE', () => {
    const m = createTransportMetrics();
    const text = m.registry.render();
    for (const name of Object.values(METRIC_NAMES)) {
      expect(text).toMatch(new RegExp(`^# TYPE ${name} (counter|gauge|histogram)$`, 'm'));
    }
  });

  it('pre-resolved children count into the right series', () => {
    const m = createTransportMetrics(new MetricsRegistry());
    m.registrations.registered.inc();
    m.registrations.registered.inc();
    m.uplink.notification.inc(3);
    m.downlink.read.success.inc();
    m.downlink.write_attributes.timeout.inc();
    m.activeSessions.inc();
    m.parserRejections.tlv.inc();
    m.kafkaProduceLatency.observe(0.003);
    const text = m.registry.render();
    expect(sample(text, 'lwm2m_registrations_total{event="registered"}')).toBe(2);
    expect(sample(text, 'lwm2m_registrations_total{event="expired"}')).toBe(0);
    expect(sample(text, 'lwm2m_uplink_messages_total{kind="notification"}')).toBe(3);
    expect(sample(text, 'lwm2m_downlink_requests_total{operation="read",result="success"}')).toBe(1);
    expect(sample(text, 'lwm2m_downlink_requests_total{operation="write_attributes",result="timeout"}')).toBe(1);
    expect(sample(text, 'lwm2m_active_sessions')).toBe(1);
    expect(sample(text, 'parser_rejections_total{parser="tlv"}')).toBe(1);
    expect(sample(text, 'kafka_produce_latency_seconds_bucket{le="0.0025"}')).toBe(0);
    expect(sample(text, 'kafka_produce_latency_seconds_bucket{le="0.005"}')).toBe(1);
    expect(sample(text, 'kafka_produce_latency_seconds_count')).toBe(1);
    // Every operation × result series exists from the start (a rate over a missing series is empty).
    expect(text.match(/^lwm2m_downlink_requests_total\{/gm)?.length).toBe(DOWNLINK_OPERATIONS.length * 3);
  });

  it('mirrors layer counters at scrape time, summed over sources', () => {
    const m = createTransportMetrics();
    const coap = [
      { retransmissions: 2, parseErrors: 1 },
      { retransmissions: 5, parseErrors: 0 },
    ];
    const dtls = { handshakesCompleted: 4, handshakesFailed: 1, handshakesRefused: 2, sessions: 3, recordsDropped: 6 };
    const producer = { overflowDropped: 8, failedBatches: 1, bufferedBytes: 1024, bufferedRecords: 12 };
    mirrorCoapCounters(m, () => coap);
    mirrorDtlsStats(m, () => [dtls]);
    mirrorProducerStats(m, () => producer);
    let text = m.registry.render();
    expect(sample(text, 'coap_retransmissions_total')).toBe(7);
    expect(sample(text, 'parser_rejections_total{parser="coap"}')).toBe(1);
    expect(sample(text, 'dtls_handshakes_total')).toBe(4);
    expect(sample(text, 'dtls_handshake_failures_total')).toBe(3);
    expect(sample(text, 'dtls_sessions')).toBe(3);
    expect(sample(text, 'parser_rejections_total{parser="dtls"}')).toBe(6);
    expect(sample(text, 'kafka_produce_errors_total{reason="overflow"}')).toBe(8);
    expect(sample(text, 'kafka_producer_buffer_bytes')).toBe(1024);
    expect(sample(text, 'kafka_producer_buffer_records')).toBe(12);
    coap[0] = { retransmissions: 10, parseErrors: 1 };
    text = m.registry.render();
    expect(sample(text, 'coap_retransmissions_total')).toBe(15);
  });

  it('event-loop lag gauges show a blocked loop and reset per scrape', async () => {
    const m = createTransportMetrics();
    const mon = startEventLoopLagMonitor(m.eventLoopLag, m.registry, 10);
    try {
      // Let the sampler tick, then block the loop for ~60 ms.
      await new Promise((r) => setTimeout(r, 30));
      const until = Date.now() + 60;
      while (Date.now() < until) {
        /* busy wait: the lag we want to see */
      }
      await new Promise((r) => setTimeout(r, 30));
      const text = m.registry.render();
      const max = sample(text, METRIC_NAMES.eventLoopLagMax) ?? 0;
      expect(max).toBeGreaterThanOrEqual(0.03);
      expect(sample(text, METRIC_NAMES.eventLoopLag)).toBeGreaterThan(0);
    } finally {
      mon.stop();
    }
  });
});

describe('observability bundle', () => {
  it('renders every transport metric including sampled event-loop lag, and starts not ready', async () => {
    const { createObservability, HEALTH_CHECKS } = await import('../../../src/obs/observability.js');
    const obs = createObservability();
    try {
      obs.metrics.uplink.send.inc();
      const text = obs.registry.render();
      expect(sample(text, 'lwm2m_uplink_messages_total{kind="send"}')).toBe(1);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds \S+$/m);
      expect(obs.health.isReady()).toBe(false);
      const sockets = obs.health.flag(HEALTH_CHECKS.sockets);
      sockets.set(true);
      expect(obs.health.report()).toEqual({ status: 'UP', checks: [{ name: 'lwm2m-sockets', ok: true }] });
    } finally {
      obs.stop();
    }
  });
});
