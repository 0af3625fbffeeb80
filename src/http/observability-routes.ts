/** GET /metrics (Prometheus text 0.0.4) and GET /health (readiness), on any HttpServer. */
import type { HealthRegistry } from '../obs/health.js';
import { PROMETHEUS_CONTENT_TYPE, type MetricsRegistry } from '../obs/metrics.js';
import type { HttpServer } from './http-server.js';

export interface ObservabilitySources {
  readonly metrics: MetricsRegistry;
  readonly health: HealthRegistry;
}

export function addObservabilityRoutes(server: HttpServer, src: ObservabilitySources): void {
  server.route('GET', '/metrics', () => ({ text: src.metrics.render(), contentType: PROMETHEUS_CONTENT_TYPE }));
  server.route('GET', '/health', () => {
    const report = src.health.report();
    // 503 tells orchestrators (Docker HEALTHCHECK, Kubernetes probes) to hold traffic back.
    return { status: report.status === 'UP' ? 200 : 503, json: report, headers: { 'cache-control': 'no-store' } };
  });
}
