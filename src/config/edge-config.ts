/**
 * Variables of the Edge RPC core link (TB_QUEUE_TYPE=edge, src/edge). Names reuse ThingsBoard Edge's
 * `CLOUD_*` variables so operators recognise them (thingsboard-edge-grpc.md §5.5); the `EDGE_*` ones are
 * this transport's own additions.
 */
import { bool, ConfigError, int, oneOf, readSection, str, type Env, type SectionValue } from './env.js';

/** Versions worth announcing: never below V_3_6_2, which is the first with JSON entities (spec §1.3). */
export const ANNOUNCEABLE_EDGE_VERSIONS = [
  'V_3_6_2', 'V_3_6_4', 'V_3_7_0', 'V_3_8_0', 'V_3_9_0', 'V_4_0_0', 'V_4_1_0', 'V_4_2_0', 'V_4_3_0', 'V_4_4_0', 'V_LATEST',
] as const;
export type AnnouncedEdgeVersion = (typeof ANNOUNCEABLE_EDGE_VERSIONS)[number];

export const edgeSpec = {
  routingKey: str('CLOUD_ROUTING_KEY', ''),
  routingSecret: str('CLOUD_ROUTING_SECRET', ''),
  host: str('CLOUD_RPC_HOST', 'localhost'),
  port: int('CLOUD_RPC_PORT', 7070, { min: 1, max: 65535 }),
  sslEnabled: bool('CLOUD_RPC_SSL_ENABLED', false),
  /** PEM file of the CA to trust; empty = the system trust store. */
  sslCertFile: str('CLOUD_RPC_SSL_CERT', ''),
  keepAliveTimeSec: int('CLOUD_RPC_KEEP_ALIVE_TIME_SEC', 10, { min: 1 }),
  keepAliveTimeoutSec: int('CLOUD_RPC_KEEP_ALIVE_TIMEOUT_SEC', 5, { min: 1 }),
  /** Announced and applied; OTA packages travel base64 inside a downlink, hence 64 MiB (spec §1.4). */
  maxInboundMessageSize: int('CLOUD_RPC_MAX_INBOUND_MESSAGE_SIZE', 64 * 1024 * 1024, { min: 65536, max: 2 ** 31 - 1 }),
  /** First reconnect delay; doubles with jitter up to EDGE_RECONNECT_MAX_MS. */
  reconnectTimeoutMs: int('CLOUD_RECONNECT_TIMEOUT', 1000, { min: 10 }),
  reconnectMaxMs: int('EDGE_RECONNECT_MAX_MS', 30000, { min: 10 }),
  /** Delay after BAD_CREDENTIALS: the operator has to fix the Edge entity first. */
  badCredentialsRetryMs: int('EDGE_BAD_CREDENTIALS_RETRY_MS', 60000, { min: 10 }),
  edgeVersion: oneOf('EDGE_VERSION', ANNOUNCEABLE_EDGE_VERSIONS, 'V_4_0_0'),
  /** full: always full sync; auto: full only without a valid mirror snapshot (spec §1.5). */
  syncPolicy: oneOf('EDGE_SYNC_POLICY', ['auto', 'full'] as const, 'auto'),
  /** Periodic full sync, which alone sweeps OTA packages and models deleted while offline; 0 = off. */
  // At most 24 days: longer timer delays overflow Node's 32-bit timer and would fire at once.
  fullSyncIntervalHours: int('EDGE_FULL_SYNC_INTERVAL_HOURS', 24, { max: 576 }),
  /** disk: EDGE_MIRROR_DIR; redis: the REDIS_* connection, keys under EDGE_MIRROR_REDIS_PREFIX. */
  mirrorStore: oneOf('EDGE_MIRROR_STORE', ['disk', 'redis'] as const, 'disk'),
  mirrorDir: str('EDGE_MIRROR_DIR', './data/edge-mirror'),
  mirrorRedisPrefix: str('EDGE_MIRROR_REDIS_PREFIX', 'tb_lwm2m_edge_mirror'),
  uplinkQueueSize: int('EDGE_UPLINK_QUEUE_SIZE', 10000, { min: 1 }),
  uplinkTimeoutMs: int('EDGE_UPLINK_TIMEOUT_MS', 60000, { min: 10 }),
  uplinkMaxAttempts: int('EDGE_UPLINK_MAX_ATTEMPTS', 3, { min: 1 }),
  rateLimitPauseMs: int('EDGE_RATE_LIMIT_PAUSE_MS', 60000, { min: 10 }),
  /** Device profile id for NoSec endpoints the transport creates as devices; empty = no auto-creation. */
  autoProvisionProfileId: str('EDGE_AUTO_PROVISION_PROFILE_ID', ''),
};

export type EdgeConfig = SectionValue<typeof edgeSpec>;

/** Reads the section; the routing key and secret are mandatory once the edge link is selected. */
export function readEdgeConfig(env: Env): EdgeConfig {
  const c = readSection(env, edgeSpec);
  const missing = [['CLOUD_ROUTING_KEY', c.routingKey], ['CLOUD_ROUTING_SECRET', c.routingSecret]].filter(([, v]) => v === '');
  if (missing.length > 0) {
    throw new ConfigError(missing.map(([variable]) => ({ variable: variable ?? '', value: '', expected: "the Edge entity's value (Edge management > Instances)" })));
  }
  return c;
}
