/**
 * The whole process configuration: which core the transport talks to (TB_QUEUE_TYPE), the
 * variables every mode reads, and those only one mode reads. The section list is the single
 * source for reading, `--help` and the effective-configuration log, so they cannot drift apart.
 */
import { readCoreLinkConfig, type CoreLinkConfig } from './core-link-config.js';
import { dtlsSpec, type DtlsConfig } from './dtls-config.js';
import { edgeSpec, readEdgeConfig, type EdgeConfig } from './edge-config.js';
import { ConfigError, int, oneOf, readSection, readSections, str, type ConfigProblem, type Env, type SectionSpec, type SectionValue } from './env.js';
import { httpSpec, type HttpConfig } from './http-config.js';
import { kafkaSpec } from './kafka-config.js';
import { lwm2mSpec, type Lwm2mConfig } from './lwm2m-config.js';
import { redisSpec, type RedisConfig } from './redis-config.js';
import { storeSpec, type StoreConfig } from './store-config.js';
import { serviceSpec } from './service-config.js';
import { sessionsSpec } from './sessions-config.js';
import { zookeeperSpec } from './zookeeper-config.js';
import { loggerSpec } from '../obs/logger.js';
import { transportLogSpec, type TransportLogConfig } from '../thingsboard/transport-log-config.js';

export const QUEUE_TYPES = ['in-memory', 'kafka', 'edge'] as const;
export type QueueType = (typeof QUEUE_TYPES)[number];

/** Shown instead of a path: the example file shipped in the package (resolved at start-up). */
export const SHIPPED_EXAMPLE = 'config/standalone.example.json';

export const appSpec = {
  // ThingsBoard's own default is in-memory (a monolith's queue); here it selects the embedded core.
  queueType: oneOf('TB_QUEUE_TYPE', QUEUE_TYPES, 'in-memory'),
  /** Not in ThingsBoard: the embedded core's devices and profiles (empty = the shipped example). */
  standaloneConfig: str('LWM2M_STANDALONE_CONFIG', ''),
  /** Not in ThingsBoard: where the embedded core appends uplink as NDJSON. */
  standaloneData: str('LWM2M_STANDALONE_DATA', './data/uplink.ndjson'),
  /** Not in ThingsBoard: the folder where the embedded core keeps OTA packages uploaded over HTTP. */
  standaloneOtaDir: str('LWM2M_STANDALONE_OTA_DIR', './data/ota'),
  /** Not in ThingsBoard: how long SIGTERM/SIGINT may take before the process exits anyway. */
  shutdownTimeoutMs: int('LWM2M_SHUTDOWN_TIMEOUT_MS', 10_000, { min: 100, max: 600_000 }),
};
export type AppSection = SectionValue<typeof appSpec>;

export interface ConfigSection {
  readonly title: string;
  readonly spec: SectionSpec;
}

/** The sections a mode reads, in the order `--help` and the start-up log show them. */
export function configSections(mode: QueueType): ConfigSection[] {
  const embedded = mode === 'in-memory';
  const common: ConfigSection[] = [
    { title: 'Process', spec: { ...appSpec, ...loggerSpec } },
    { title: 'LwM2M endpoints', spec: lwm2mSpec },
    { title: 'DTLS (CoAPs endpoints)', spec: dtlsSpec },
    { title: 'Device transportLog', spec: transportLogSpec },
    { title: 'LwM2M state across restarts', spec: storeSpec },
    { title: 'Cache and Redis', spec: redisSpec },
    { title: 'HTTP (/metrics, /health, embedded /api)', spec: httpSpec(embedded) },
  ];
  if (embedded) return common;
  if (mode === 'edge') return [...common, { title: 'Edge link (gRPC to a ThingsBoard Edge/cloud)', spec: edgeSpec }];
  return [
    ...common,
    { title: 'Service identity', spec: serviceSpec },
    { title: 'Queue and Kafka', spec: kafkaSpec },
    { title: 'ZooKeeper', spec: zookeeperSpec },
    { title: 'Transport sessions', spec: sessionsSpec },
  ];
}

export interface AppConfig {
  readonly mode: QueueType;
  readonly app: AppSection;
  readonly lwm2m: Lwm2mConfig;
  readonly dtls: DtlsConfig;
  readonly transportLog: TransportLogConfig;
  /** LWM2M_REDIS_ENABLED and key prefix; with CACHE_TYPE=redis, registrations survive restarts. */
  readonly store: StoreConfig;
  readonly redis: RedisConfig;
  readonly http: HttpConfig;
  /** Kafka mode only. */
  readonly coreLink?: CoreLinkConfig;
  /** Edge mode only. */
  readonly edge?: EdgeConfig;
}

/**
 * Reads and validates everything the selected mode uses; a ConfigError lists every bad
 * variable at once (the mode variable first, since the others depend on it).
 */
export function readAppConfig(env: Env): AppConfig {
  const { queueType: mode } = readSection(env, { queueType: appSpec.queueType });
  const problems: ConfigProblem[] = [];
  const collect = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(...e.problems);
      return undefined;
    }
  };
  const base = collect(() =>
    readSections(env, { app: appSpec, log: loggerSpec, lwm2m: lwm2mSpec, dtls: dtlsSpec, transportLog: transportLogSpec, store: storeSpec, redis: redisSpec, http: httpSpec(mode === 'in-memory') }),
  );
  const coreLink = mode === 'kafka' ? collect(() => readCoreLinkConfig(env)) : undefined;
  const edge = mode === 'edge' ? collect(() => readEdgeConfig(env)) : undefined;
  if (problems.length > 0 || base === undefined) throw new ConfigError(problems);
  return {
    mode,
    app: base.app,
    lwm2m: base.lwm2m,
    dtls: base.dtls,
    transportLog: base.transportLog,
    store: base.store,
    redis: base.redis,
    http: base.http,
    ...(coreLink === undefined ? {} : { coreLink }),
    ...(edge === undefined ? {} : { edge }),
  };
}

// Values of these variables are credentials; the start-up log shows only whether they are set.
const SECRET_VARIABLE = /PASSWORD|SECRET|JAAS_CONFIG|PRIVATE_KEY|PEM_KEY$|ROUTING_KEY|TOKEN|_PSK/;

export function isSecretVariable(variable: string): boolean {
  return SECRET_VARIABLE.test(variable);
}

export const MASK = '******';

/**
 * Every variable of the mode with its effective value (the default when unset), secrets masked.
 * Call after readAppConfig succeeded: values are parsed with the same specs.
 */
export function effectiveVariables(env: Env, mode: QueueType): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const section of configSections(mode)) {
    const values = readSection(env, section.spec) as Record<string, unknown>;
    for (const [key, v] of Object.entries(section.spec)) {
      if (v.variable in out) continue;
      const value = values[key];
      out[v.variable] = isSecretVariable(v.variable) && value !== '' ? MASK : value;
    }
  }
  return out;
}
