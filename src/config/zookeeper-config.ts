/** ZooKeeper discovery variables (thingsboard-transport-wire.md §3, §7.1). */
import { bool, hostPortList, int, readSection, str, type Env, type SectionValue } from './env.js';

export const zookeeperSpec = {
  enabled: bool('ZOOKEEPER_ENABLED', false),
  url: hostPortList('ZOOKEEPER_URL', 'localhost:2181'),
  retryIntervalMs: int('ZOOKEEPER_RETRY_INTERVAL_MS', 3000, { min: 1 }),
  connectionTimeoutMs: int('ZOOKEEPER_CONNECTION_TIMEOUT_MS', 3000, { min: 1 }),
  sessionTimeoutMs: int('ZOOKEEPER_SESSION_TIMEOUT_MS', 3000, { min: 1 }),
  nodesDir: str('ZOOKEEPER_NODES_DIR', '/thingsboard'),
  recalculateDelayMs: int('ZOOKEEPER_RECALCULATE_DELAY_MS', 0),
};
export type ZookeeperConfig = SectionValue<typeof zookeeperSpec>;

export function readZookeeperConfig(env: Env): ZookeeperConfig {
  const c = readSection(env, zookeeperSpec);
  return { ...c, nodesDir: c.nodesDir.replace(/\/+$/, '') || '/' };
}
