/**
 * One call for the composition root: the metrics registry with every transport metric, the
 * event-loop lag monitor feeding it, and the readiness registry. Both modes use the same set.
 */
import { startEventLoopLagMonitor } from './event-loop-lag.js';
import { HealthRegistry } from './health.js';
import { MetricsRegistry } from './metrics.js';
import { createTransportMetrics, type TransportMetrics } from './transport-metrics.js';

/** Names of the readiness checks the transport registers (GET /health lists them). */
export const HEALTH_CHECKS = {
  /** Every configured LwM2M UDP/DTLS socket is bound. */
  sockets: 'lwm2m-sockets',
  /** Cluster mode: the Kafka producer and consumers are connected. */
  kafka: 'kafka',
} as const;

export interface Observability {
  readonly registry: MetricsRegistry;
  readonly metrics: TransportMetrics;
  readonly health: HealthRegistry;
  /** Stops the event-loop sampler (the registries need no stopping). */
  stop(): void;
}

export function createObservability(): Observability {
  const registry = new MetricsRegistry();
  const metrics = createTransportMetrics(registry);
  const lag = startEventLoopLagMonitor(metrics.eventLoopLag, registry);
  return { registry, metrics, health: new HealthRegistry(), stop: () => lag.stop() };
}
