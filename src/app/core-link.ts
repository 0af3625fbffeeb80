/**
 * The core port for the selected mode: the embedded core (TB_QUEUE_TYPE=in-memory) from the
 * standalone config file, the Kafka adapter (TB_QUEUE_TYPE=kafka), or the Edge gRPC adapter
 * (TB_QUEUE_TYPE=edge). Also what each mode adds
 * to metrics and readiness, and how its core stops.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Logger } from 'pino';
import type { AppConfig } from '../config/app-config.js';
import { SHIPPED_EXAMPLE } from '../config/app-config.js';
import type { Env } from '../config/env.js';
import type { CorePort } from '../core/index.js';
import { createEdgeCore } from '../edge/create-edge-core.js';
import { createKafkaCore } from '../kafka/create-kafka-core.js';
import { HEALTH_CHECKS, type Observability } from '../obs/observability.js';
import { mirrorProducerStats } from '../obs/transport-metrics.js';
import { loadStandaloneConfig, StandaloneConfigError } from '../standalone/standalone-config.js';
import { EmbeddedCore } from './embedded-core.js';
import { shippedFile } from './package-root.js';
import { measureProduceLatency } from './produce-latency.js';

export interface CoreLink {
  readonly core: CorePort;
  /** Set in embedded mode: the HTTP /api routes talk to it. */
  readonly embedded: EmbeddedCore | undefined;
  /** Detaches metric mirrors and readiness checks this link added. */
  readonly detach: () => void;
}

/** The embedded core's file: LWM2M_STANDALONE_CONFIG, or the example shipped in the package. */
export function standaloneConfigPath(configured: string): string {
  return configured === '' ? shippedFile(SHIPPED_EXAMPLE) : resolve(configured);
}

/** Thrown for a config file that cannot be used; the message names the variable. */
export class CoreConfigError extends Error {
  override readonly name = 'CoreConfigError';
}

async function embeddedCore(config: AppConfig, log: Logger): Promise<EmbeddedCore> {
  const file = standaloneConfigPath(config.app.standaloneConfig);
  let sc;
  try {
    sc = await loadStandaloneConfig(file);
  } catch (e) {
    if (e instanceof StandaloneConfigError) throw new CoreConfigError(`LWM2M_STANDALONE_CONFIG=${file} is invalid: ${e.message}`);
    throw e;
  }
  const data = resolve(config.app.standaloneData);
  try {
    await mkdir(dirname(data), { recursive: true });
  } catch (e) {
    throw new CoreConfigError(`LWM2M_STANDALONE_DATA=${data} is unusable: ${(e as Error).message}`);
  }
  log.info({ file, devices: sc.devices.length, profiles: sc.profiles.length, autoProvision: sc.autoProvision ?? null, uplinkFile: data }, 'embedded core configuration loaded');
  const uplinkLog = log.child({ component: 'uplink' });
  return new EmbeddedCore(
    { ...sc, uplinkFile: data },
    { onFileError: (err) => log.warn({ err, file: data }, 'uplink file write failed'), otaDir: resolve(config.app.standaloneOtaDir) },
    (obj, msg) => uplinkLog.info(obj, msg),
  );
}

export async function createCoreLink(config: AppConfig, env: Env, log: Logger, obs: Observability): Promise<CoreLink> {
  if (config.mode === 'in-memory') {
    const core = await embeddedCore(config, log.child({ component: 'embedded-core' }));
    return { core, embedded: core, detach: () => undefined };
  }
  if (config.mode === 'edge') {
    if (config.edge === undefined) throw new Error('edge mode without its configuration');
    const adapter = createEdgeCore(config.edge, log.child({ component: 'edge' }));
    // Ready while the gRPC link to the Edge is up (devices are then served from its mirror).
    const unregister = obs.health.register('edge', () => {
      const h = adapter.health();
      return { ok: h.state === 'connected', detail: `${h.state}${h.detail === '' ? '' : `: ${h.detail}`}` };
    });
    return { core: adapter, embedded: undefined, detach: unregister };
  }
  const kafka = createKafkaCore(env, log.child({ component: 'kafka' }));
  const adapter = kafka.adapter;
  // Ready only while the link is started (connected, routing received, consumers running).
  const unregister = obs.health.register(HEALTH_CHECKS.kafka, () =>
    adapter.isStarted ? { ok: true } : { ok: false, detail: 'Kafka link not started' },
  );
  const unmirror = mirrorProducerStats(obs.metrics, () => adapter.stats.link);
  const unmeasure = measureProduceLatency(adapter, obs.metrics.kafkaProduceLatency);
  return {
    core: adapter,
    embedded: undefined,
    detach: () => {
      unmirror();
      unmeasure();
      unregister();
    },
  };
}
