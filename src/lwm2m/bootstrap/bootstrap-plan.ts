import type { CoreLink } from '../codec/link-format.js';
import type { ObjectInstanceNode } from '../node.js';
import { parsePath } from '../path.js';
import { securityInstance, serverInstance, type BootstrapConfig } from './bootstrap-config.js';

/**
 * Turns a configuration and what the client reported in Bootstrap-Discover into the ordered
 * Bootstrap-Delete and Bootstrap-Write operations (LwM2M Core 1.1 §5.2.7.3-§5.2.7.5). Pure.
 *
 * Instance ids: a server's Security and Server instances reuse the ids the client already has
 * for that Short Server ID (so the client keeps one account per server); otherwise the next id
 * above the highest in use. The Bootstrap-Server account keeps its instance id.
 */

/** What Bootstrap-Discover told about Objects 0 and 1. */
export interface DiscoveredAccounts {
  /** Security instance id → its `ssid` (undefined for the bootstrap account). */
  readonly security: ReadonlyMap<number, number | undefined>;
  /** Server instance id → its `ssid`. */
  readonly server: ReadonlyMap<number, number | undefined>;
}

export interface BootstrapWrite {
  /** `/0/1`, `/1/0`... */
  readonly path: string;
  readonly node: ObjectInstanceNode;
}

export interface BootstrapPlan {
  readonly deletes: readonly string[];
  readonly writes: readonly BootstrapWrite[];
}

/**
 * Reads the `</0/x>;ssid=..` and `</1/x>;ssid=..` links of a Bootstrap-Discover answer
 * (LwM2M Core 1.1 §5.2.7.1). Links that are not instance paths of 0 or 1 are ignored; a bad
 * `ssid` counts as absent.
 */
export function discoveredAccounts(links: readonly CoreLink[]): DiscoveredAccounts {
  const security = new Map<number, number | undefined>();
  const server = new Map<number, number | undefined>();
  for (const link of links) {
    let p;
    try {
      p = parsePath(link.uri);
    } catch {
      continue;
    }
    if (p.instanceId === undefined || p.resourceId !== undefined) continue;
    if (p.objectId !== 0 && p.objectId !== 1) continue;
    const raw = link.attributes['ssid'];
    const ssid = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Number(raw) : undefined;
    (p.objectId === 0 ? security : server).set(p.instanceId, ssid);
  }
  return { security, server };
}

function idBySsid(m: ReadonlyMap<number, number | undefined>, ssid: number): number | undefined {
  for (const [id, s] of m) if (s === ssid) return id;
  return undefined;
}

/** Allocates fresh instance ids above the highest one in use, never one in `taken`. */
class IdAllocator {
  private next: number;
  constructor(private readonly taken: Set<number>) {
    this.next = taken.size === 0 ? 0 : Math.max(...taken) + 1;
  }
  reserve(id: number): number {
    this.taken.add(id);
    return id;
  }
  fresh(): number {
    while (this.taken.has(this.next)) this.next++;
    return this.reserve(this.next++);
  }
}

/**
 * The plan when Discover succeeded: delete the accounts being replaced, then write them.
 * The bootstrap account is deleted and rewritten only when the configuration carries one.
 */
export function planFromDiscovery(config: BootstrapConfig, found: DiscoveredAccounts): BootstrapPlan {
  const deletes: string[] = [];
  const writes: BootstrapWrite[] = [];
  const bsId = [...found.security].find(([, ssid]) => ssid === undefined)?.[0];
  const secIds = new IdAllocator(new Set(found.security.keys()));
  const srvIds = new IdAllocator(new Set(found.server.keys()));

  if (config.bootstrap !== undefined) {
    const id = bsId ?? secIds.fresh();
    if (bsId !== undefined) deletes.push(`/0/${bsId}`);
    writes.push({ path: `/0/${id}`, node: securityInstance(id, config.bootstrap) });
  }
  for (const entry of config.servers) {
    const ssid = entry.server.shortServerId;
    const oldSec = idBySsid(found.security, ssid);
    const oldSrv = idBySsid(found.server, ssid);
    if (oldSec !== undefined) deletes.push(`/0/${oldSec}`);
    if (oldSrv !== undefined) deletes.push(`/1/${oldSrv}`);
    const secId = oldSec ?? secIds.fresh();
    const srvId = oldSrv ?? srvIds.fresh();
    writes.push({ path: `/0/${secId}`, node: securityInstance(secId, entry.security) });
    writes.push({ path: `/1/${srvId}`, node: serverInstance(srvId, entry.server) });
  }
  return { deletes, writes };
}

/**
 * The plan for a client that cannot do Bootstrap-Discover (LwM2M 1.0): Bootstrap-Delete of `/`
 * (which keeps the Bootstrap-Server account, LwM2M Core 1.1 §5.2.7.5), then the accounts at
 * fixed ids: the bootstrap account at /0/0, servers from /0/1 and /1/0 upward.
 */
export function planWithoutDiscovery(config: BootstrapConfig): BootstrapPlan {
  const writes: BootstrapWrite[] = [];
  if (config.bootstrap !== undefined) writes.push({ path: '/0/0', node: securityInstance(0, config.bootstrap) });
  config.servers.forEach((entry, i) => {
    writes.push({ path: `/0/${i + 1}`, node: securityInstance(i + 1, entry.security) });
    writes.push({ path: `/1/${i}`, node: serverInstance(i, entry.server) });
  });
  return { deletes: ['/'], writes };
}
