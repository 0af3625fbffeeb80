import type { KvEntry, TelemetryBatch } from '../core/index.js';
import type { Lwm2mNode, NodesByPath, ResourceNode, ValueEntry } from '../lwm2m/node.js';
import { formatPath, makePath, type Lwm2mPath } from '../lwm2m/path.js';
import { resourceKv } from './kv-values.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { mappedResourceAt } from './profile-mapping.js';
import { tryParsePath } from './versioned-id.js';

/**
 * Turns values the device reported (Read, Observe, notification, Send, echoed Write/Create)
 * into the client's current values and the ThingsBoard uplink they imply (features doc #21,
 * #25, #26, #51): attributes without time, telemetry with the device's time when it gave one.
 */

export interface KvUplink {
  readonly attributes: KvEntry[];
  readonly telemetry: TelemetryBatch[];
}

/** Resource-level nodes inside `node` found at `path`; a resource instance is merged into its resource. */
export function resourceNodes(client: Lwm2mClient, path: Lwm2mPath, node: Lwm2mNode): Array<[Lwm2mPath, ResourceNode]> {
  const out: Array<[Lwm2mPath, ResourceNode]> = [];
  const objectId = path.objectId;
  if (objectId === undefined) return out;
  switch (node.kind) {
    case 'object':
      for (const inst of node.instances.values()) {
        for (const res of inst.resources.values()) out.push([makePath(objectId, inst.id, res.id), res]);
      }
      break;
    case 'instance':
      for (const res of node.resources.values()) out.push([makePath(objectId, path.instanceId ?? node.id, res.id), res]);
      break;
    case 'resource':
    case 'multiResource':
      // One resource (most notifications): a one-entry literal, with the observed path itself when
      // it names this resource (its object version, if any, is not part of the keys made from it).
      if (path.instanceId === undefined) break;
      if (path.resourceId === node.id && path.resourceInstanceId === undefined) return [[path, node]];
      return [[makePath(objectId, path.instanceId, node.id), node]];
    case 'resourceInstance': {
      if (path.instanceId === undefined || path.resourceId === undefined) break;
      const rp = makePath(objectId, path.instanceId, path.resourceId);
      const cached = client.values.get(formatPath(rp));
      const instances = new Map(cached?.kind === 'multiResource' ? cached.instances : []);
      instances.set(node.id, node.value);
      out.push([rp, { kind: 'multiResource', id: path.resourceId, type: node.type, instances }]);
      break;
    }
  }
  return out;
}

/** Stores the values and returns what to post, under one timestamp. */
export function applyResources(client: Lwm2mClient, updates: ReadonlyArray<[Lwm2mPath, ResourceNode]>, ts: number): KvUplink {
  // Lists made on their first entry as literals: a pushed-to empty array reserves 17 slots, and
  // this runs for every notification (mostly one value).
  let attributes: KvEntry[] | undefined;
  let telemetry: KvEntry[] | undefined;
  for (const [path, node] of updates) {
    const key = formatPath(path);
    client.values.set(key, node);
    // Updates are resource-level paths, whose cache key is also the mapping's key: one lookup, no copy.
    const mapped = path.resourceInstanceId === undefined ? client.mapping.resources.get(key) : mappedResourceAt(client.mapping, path);
    if (mapped === undefined || mapped.keyName === undefined || mapped.keyName === '') continue;
    const kv = resourceKv(mapped.keyName, path, node);
    if (mapped.attribute) {
      if (attributes === undefined) attributes = [kv];
      else attributes.push(kv);
    }
    if (mapped.telemetry) {
      if (telemetry === undefined) telemetry = [kv];
      else telemetry.push(kv);
    }
  }
  return { attributes: attributes ?? [], telemetry: telemetry === undefined ? [] : [{ ts, values: telemetry }] };
}

export function applyNode(client: Lwm2mClient, path: Lwm2mPath, node: Lwm2mNode, ts: number): KvUplink {
  return applyResources(client, resourceNodes(client, path, node), ts);
}

export function applyNodes(client: Lwm2mClient, nodes: NodesByPath, ts: number): KvUplink {
  const updates: Array<[Lwm2mPath, ResourceNode]> = [];
  for (const [key, node] of nodes) {
    const p = node === null ? undefined : tryParsePath(key);
    if (p !== undefined && node !== null) updates.push(...resourceNodes(client, p, node));
  }
  return applyResources(client, updates, ts);
}

/**
 * Timestamped values (Send, SenML with `t`): each group of one time is its own telemetry batch
 * at that time; values without a time take `now`. Resource instances of one resource in one
 * group are merged into that resource.
 */
export function applyEntries(client: Lwm2mClient, entries: readonly ValueEntry[], now: number): KvUplink {
  const byTime = new Map<number, ValueEntry[]>();
  for (const e of entries) {
    const t = e.time ?? now;
    let g = byTime.get(t);
    if (g === undefined) byTime.set(t, (g = []));
    g.push(e);
  }
  const attributes: KvEntry[] = [];
  const telemetry: TelemetryBatch[] = [];
  for (const [ts, group] of [...byTime.entries()].sort((a, b) => a[0] - b[0])) {
    const updates: Array<[Lwm2mPath, ResourceNode]> = [];
    const multi = new Map<string, { path: Lwm2mPath; node: { kind: 'multiResource'; id: number; type: ValueEntry['type']; instances: Map<number, ValueEntry['value']> } }>();
    for (const e of group) {
      const p = e.path;
      if (p.objectId === undefined || p.instanceId === undefined || p.resourceId === undefined) continue;
      if (p.resourceInstanceId === undefined) {
        updates.push([makePath(p.objectId, p.instanceId, p.resourceId), { kind: 'resource', id: p.resourceId, type: e.type, value: e.value }]);
        continue;
      }
      const rp = makePath(p.objectId, p.instanceId, p.resourceId);
      const k = formatPath(rp);
      let m = multi.get(k);
      if (m === undefined) {
        const cached = client.values.get(k);
        const instances = new Map(cached?.kind === 'multiResource' ? cached.instances : []);
        multi.set(k, (m = { path: rp, node: { kind: 'multiResource', id: p.resourceId, type: e.type, instances } }));
      }
      m.node.instances.set(p.resourceInstanceId, e.value);
    }
    for (const m of multi.values()) updates.push([m.path, m.node]);
    const r = applyResources(client, updates, ts);
    attributes.push(...r.attributes);
    telemetry.push(...r.telemetry);
  }
  return { attributes, telemetry };
}
