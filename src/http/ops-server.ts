/**
 * The process's one HTTP server, started the same way in both modes: /metrics and /health, on
 * HTTP_BIND_ADDRESS:HTTP_BIND_PORT. The embedded core adds its /api routes to the returned
 * server (routes may be added before or after it listens).
 */
import type { HttpConfig } from '../config/http-config.js';
import type { HealthRegistry } from '../obs/health.js';
import type { MetricsRegistry } from '../obs/metrics.js';
import { HttpServer, type HttpServerLogger } from './http-server.js';
import { addObservabilityRoutes } from './observability-routes.js';

export interface OpsServerOptions {
  readonly config: HttpConfig;
  readonly metrics: MetricsRegistry;
  readonly health: HealthRegistry;
  readonly logger?: HttpServerLogger;
  readonly maxBodyBytes?: number;
}

export async function startOpsServer(opts: OpsServerOptions): Promise<HttpServer> {
  const server = new HttpServer({
    ...(opts.logger === undefined ? {} : { logger: opts.logger }),
    ...(opts.maxBodyBytes === undefined ? {} : { maxBodyBytes: opts.maxBodyBytes }),
  });
  addObservabilityRoutes(server, { metrics: opts.metrics, health: opts.health });
  await server.listen(opts.config.bindPort, opts.config.bindAddress);
  return server;
}
