/**
 * The composition root's body: observability, models, the core port of the selected mode, the
 * LwM2M endpoints (CoAP and CoAPs) and the HTTP server, started in an order that keeps /health
 * honest, and one stop() that takes them down in reverse within a bounded time.
 */
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import type { Env } from '../config/env.js';
import type { HttpServer } from '../http/http-server.js';
import { startOpsServer } from '../http/ops-server.js';
import { loadModelRegistry } from '../lwm2m/model/builtin/index.js';
import { createObservability, HEALTH_CHECKS } from '../obs/observability.js';
import { mirrorCoapCounters, mirrorDtlsStats } from '../obs/transport-metrics.js';
import { addEmbeddedApiRoutes } from '../standalone/http-api.js';
import { startBootstrapEndpoint, type BootstrapEndpoint } from './bootstrap-endpoints.js';
import { createCoreLink } from './core-link.js';
import { startLwm2mEndpoint, type Lwm2mEndpoint } from './endpoints.js';
import { createStateStore } from './state-store.js';
import { runStopSteps, type StopOutcome, type StopStep } from './graceful-stop.js';

export interface BoundPorts {
  readonly http: number;
  readonly coap?: number;
  readonly coaps?: number;
  readonly bootstrap?: number;
  readonly bootstrapSecure?: number;
}

export interface RunningTransport {
  readonly mode: AppConfig['mode'];
  readonly ports: BoundPorts;
  readonly endpoints: readonly Lwm2mEndpoint[];
  readonly http: HttpServer;
  /** Stops everything in order within `deadlineMs`; later calls return the first call's outcome. */
  stop(deadlineMs: number): Promise<StopOutcome>;
}

export async function startTransport(config: AppConfig, env: Env, log: Logger): Promise<RunningTransport> {
  const obs = createObservability();
  const cleanup: StopStep[] = [{ name: 'observability', run: () => obs.stop() }];
  const undo = async (): Promise<void> => {
    await runStopSteps([...cleanup].reverse(), 5000, log);
  };
  try {
    const sockets = obs.health.flag(HEALTH_CHECKS.sockets, 'LwM2M sockets not bound yet');
    // HTTP first: /health answers (503) while the rest comes up.
    const http = await startOpsServer({ config: config.http, metrics: obs.registry, health: obs.health, logger: log.child({ component: 'http' }) });
    cleanup.push({ name: 'HTTP server', run: () => http.close() });

    const models = await loadModelRegistry(config.lwm2m.modelsDir);
    for (const e of models.errors) log.warn({ error: e }, 'object model file skipped');

    const link = await createCoreLink(config, env, log, obs);
    cleanup.push({ name: 'core metrics', run: () => link.detach() });
    await link.core.start();
    cleanup.push({ name: 'core', run: () => link.core.stop() });

    const endpoints: Lwm2mEndpoint[] = [];
    const bootstraps: BootstrapEndpoint[] = [];
    const all = (): Array<Lwm2mEndpoint | BootstrapEndpoint> => [...endpoints, ...bootstraps];
    // TB_TRANSPORT_LOG_ENABLED / TB_TRANSPORT_LOG_MAX_LENGTH are validated with the rest in readAppConfig.
    const deps = { core: link.core, models, log, metrics: obs.metrics, requestTimeoutMs: config.lwm2m.timeoutMs, transportLog: config.transportLog, dtls: config.dtls, state: createStateStore(env, log) };
    cleanup.push({ name: 'LwM2M endpoints', run: async () => void (await Promise.allSettled(all().map((e) => e.stop()))) });
    const c = config.lwm2m;
    if (c.enabled) {
      endpoints.push(await startLwm2mEndpoint('coap', c.bindAddress, c.bindPort, deps));
      endpoints.push(await startLwm2mEndpoint('coaps', c.securityBindAddress, c.securityBindPort, deps));
    }
    if (c.bootstrapEnabled) {
      bootstraps.push(await startBootstrapEndpoint('bootstrap', c.bootstrapBindAddress, c.bootstrapBindPort, deps));
      bootstraps.push(await startBootstrapEndpoint('bootstrapSecure', c.bootstrapSecurityBindAddress, c.bootstrapSecurityBindPort, deps));
    }
    const unmirrorCoap = mirrorCoapCounters(obs.metrics, () => all().map((e) => e.coap.counters));
    const unmirrorDtls = mirrorDtlsStats(obs.metrics, () => all().flatMap((e) => (e.dtls === undefined ? [] : [e.dtls.server.stats()])));

    if (link.embedded !== undefined) {
      addEmbeddedApiRoutes(http, {
        core: link.embedded,
        registration: (endpoint) => {
          for (const e of endpoints) {
            const r = e.server.registrations.getByEndpoint(endpoint);
            if (r !== undefined) return { lwm2mVersion: r.lwm2mVersion, address: `${r.peer.address}:${r.peer.port}`, lastSeen: r.lastSeenAt, registeredAt: r.registeredAt };
          }
          return undefined;
        },
      });
    }
    sockets.set(true, all().map((e) => `${e.kind}:${e.port}`).join(' ') || 'LwM2M disabled');

    const ports: BoundPorts = {
      http: http.port ?? config.http.bindPort,
      ...Object.fromEntries(all().map((e) => [e.kind, e.port])),
    };
    log.info({ mode: config.mode, ports }, 'LwM2M transport started');

    let stopping: Promise<StopOutcome> | undefined;
    const stop = (deadlineMs: number): Promise<StopOutcome> =>
      (stopping ??= runStopSteps(
        [
          // Not ready any more: orchestrators stop sending traffic while we drain.
          { name: 'readiness', run: () => sockets.set(false, 'stopping') },
          // Sessions closed on the core, held requests failed, sockets closed.
          { name: 'LwM2M endpoints', run: async () => void (await Promise.allSettled(all().map((e) => e.stop()))) },
          { name: 'metrics mirrors', run: () => (unmirrorCoap(), unmirrorDtls(), link.detach()) },
          // Kafka: ZooKeeper node removed, remaining sessions closed, producer flushed, disconnected.
          { name: 'core', run: () => link.core.stop() },
          { name: 'HTTP server', run: () => http.close() },
          { name: 'observability', run: () => obs.stop() },
        ],
        deadlineMs,
        log,
      ));
    return { mode: config.mode, ports, endpoints, http, stop };
  } catch (e) {
    await undo();
    throw e;
  }
}
