import { CodecError } from '../errors.js';
import type { ModelLookup, ResourceType } from '../model/types.js';
import type {
  Lwm2mNode,
  MultiResourceNode,
  NodesByPath,
  ObjectInstanceNode,
  ResourceNode,
  ResourceValue,
  TimestampedNodes,
  ValueEntry,
} from '../node.js';
import { formatPath, isPrefixOf, makePath, pathLevel, type Lwm2mPath } from '../path.js';
import { checkValueType } from './value-text.js';

/**
 * Conversion between the LwM2M node tree and the flat list of path/value entries that SenML,
 * LwM2M JSON and LwM2M CBOR carry (LwM2M Core 1.1 §7.4.4, §7.4.5; 1.2 §7.4.6). These formats
 * name every value by its absolute resource or resource-instance path; the tree is rebuilt at
 * the level of the request path.
 */

/** Errors raised here carry the caller's format; -1 means "no particular content format". */
const NO_FORMAT = -1;

function fail(format: number, message: string): never {
  throw new CodecError(format, message);
}

/** Flattens `node` (found at `path`) into resource and resource-instance entries, in id order. */
export function entriesFromNode(node: Lwm2mNode, path: Lwm2mPath, format: number = NO_FORMAT): ValueEntry[] {
  const out: ValueEntry[] = [];
  const pushResource = (objectId: number, instanceId: number, res: ResourceNode): void => {
    if (res.kind === 'resource') {
      out.push({ path: makePath(objectId, instanceId, res.id), type: res.type, value: res.value });
      return;
    }
    for (const [ri, value] of sortedEntries(res.instances)) {
      out.push({ path: makePath(objectId, instanceId, res.id, ri), type: res.type, value });
    }
  };
  const pushInstance = (objectId: number, inst: ObjectInstanceNode): void => {
    for (const [, res] of sortedEntries(inst.resources)) pushResource(objectId, inst.id, res);
  };
  switch (node.kind) {
    case 'object':
      for (const [, inst] of sortedEntries(node.instances)) pushInstance(node.id, inst);
      return out;
    case 'instance':
      if (path.objectId === undefined) fail(format, 'an object instance needs an object id in its path');
      pushInstance(path.objectId, node);
      return out;
    case 'resource':
    case 'multiResource':
      if (path.objectId === undefined || path.instanceId === undefined) {
        fail(format, `a resource needs object and instance ids in its path, got ${formatPath(path)}`);
      }
      pushResource(path.objectId, path.instanceId, node);
      return out;
    case 'resourceInstance':
      if (path.objectId === undefined || path.instanceId === undefined || path.resourceId === undefined) {
        fail(format, `a resource instance needs a resource path, got ${formatPath(path)}`);
      }
      out.push({
        path: makePath(path.objectId, path.instanceId, path.resourceId, node.id),
        type: node.type,
        value: node.value,
      });
      return out;
  }
}

function sortedEntries<V>(m: ReadonlyMap<number, V>): [number, V][] {
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

interface ResourceAcc {
  single?: ValueEntry;
  instances: Map<number, ValueEntry>;
}

/** The model's type for a resource, with the request path's object version when it has one. */
function modelResource(models: ModelLookup | undefined, objectId: number, resourceId: number, version?: string) {
  return models?.resource(objectId, resourceId, version);
}

/**
 * Rebuilds the node found at `path` from entries under it. A resource is multi-instance when
 * entries name resource instances, or (for an empty result) when the model says `multiple`.
 * Throws CodecError on entries outside `path`, duplicate paths, a resource given both as a
 * single value and as instances, or a single resource/instance with no value.
 */
export function nodeFromEntries(
  entries: readonly ValueEntry[],
  path: Lwm2mPath,
  models?: ModelLookup,
  format: number = NO_FORMAT,
): Lwm2mNode {
  const level = pathLevel(path);
  if (level === 'root') fail(format, 'cannot build a single node for the root path');

  // object id → instance id → resource id → accumulated values
  const tree = new Map<number, Map<number, Map<number, ResourceAcc>>>();
  const seen = new Set<string>();
  for (const e of entries) {
    const p = e.path;
    const el = pathLevel(p);
    if (el !== 'resource' && el !== 'resourceInstance') {
      fail(format, `value at ${formatPath(p)} is not at a resource or resource-instance path`);
    }
    if (!isPrefixOf(path, p)) fail(format, `value at ${formatPath(p)} is outside the requested ${formatPath(path)}`);
    const key = formatPath(p);
    if (seen.has(key)) fail(format, `duplicate value for ${key}`);
    seen.add(key);
    // pathLevel guarantees these ids are present.
    const oid = p.objectId as number;
    const iid = p.instanceId as number;
    const rid = p.resourceId as number;
    let insts = tree.get(oid);
    if (!insts) tree.set(oid, (insts = new Map()));
    let ress = insts.get(iid);
    if (!ress) insts.set(iid, (ress = new Map()));
    let acc = ress.get(rid);
    if (!acc) ress.set(rid, (acc = { instances: new Map() }));
    if (p.resourceInstanceId === undefined) acc.single = e;
    else acc.instances.set(p.resourceInstanceId, e);
    if (acc.single && acc.instances.size > 0) {
      fail(format, `resource /${oid}/${iid}/${rid} given both as a single value and as instances`);
    }
  }

  const version = path.objectVersion;
  const buildResource = (oid: number, rid: number, acc: ResourceAcc): ResourceNode => {
    if (acc.single) {
      const e = acc.single;
      return { kind: 'resource', id: rid, type: e.type, value: checkValueType(e.value, e.type, format) };
    }
    return buildMulti(oid, rid, [...acc.instances.values()]);
  };
  const buildMulti = (oid: number, rid: number, list: ValueEntry[]): MultiResourceNode => {
    const type: ResourceType = modelResource(models, oid, rid, version)?.type ?? list[0]?.type ?? 'none';
    const instances = new Map<number, ResourceValue>();
    for (const e of [...list].sort((a, b) => (a.path.resourceInstanceId ?? 0) - (b.path.resourceInstanceId ?? 0))) {
      instances.set(e.path.resourceInstanceId as number, checkValueType(e.value, type, format));
    }
    return { kind: 'multiResource', id: rid, type, instances };
  };
  const buildInstance = (oid: number, iid: number, ress: Map<number, ResourceAcc> | undefined): ObjectInstanceNode => {
    const resources = new Map<number, ResourceNode>();
    for (const [rid, acc] of sortedEntries(ress ?? new Map<number, ResourceAcc>())) {
      resources.set(rid, buildResource(oid, rid, acc));
    }
    return { kind: 'instance', id: iid, resources };
  };

  const oid = path.objectId as number;
  const insts = tree.get(oid);
  switch (level) {
    case 'object': {
      const instances = new Map<number, ObjectInstanceNode>();
      for (const [iid, ress] of sortedEntries(insts ?? new Map<number, Map<number, ResourceAcc>>())) {
        instances.set(iid, buildInstance(oid, iid, ress));
      }
      return { kind: 'object', id: oid, instances };
    }
    case 'instance':
      return buildInstance(oid, path.instanceId as number, insts?.get(path.instanceId as number));
    case 'resource': {
      const rid = path.resourceId as number;
      const acc = insts?.get(path.instanceId as number)?.get(rid);
      if (acc) return buildResource(oid, rid, acc);
      // No value at all: only a multi-instance resource can be empty (LwM2M Core 1.1 §7.4.5).
      if (modelResource(models, oid, rid, version)?.multiple === true) return buildMulti(oid, rid, []);
      return fail(format, `no value for resource ${formatPath(path)}`);
    }
    case 'resourceInstance': {
      const rid = path.resourceId as number;
      const riid = path.resourceInstanceId as number;
      const e = insts?.get(path.instanceId as number)?.get(rid)?.instances.get(riid);
      if (!e) return fail(format, `no value for resource instance ${formatPath(path)}`);
      return { kind: 'resourceInstance', id: riid, type: e.type, value: checkValueType(e.value, e.type, format) };
    }
  }
}

/**
 * Composite results (Read-Composite, Observe-Composite; LwM2M Core 1.1 §6.3.6): one node per
 * requested path, keyed by `formatPath(path)`, null when the payload held nothing under it.
 * Entries under none of the requested paths are ignored.
 */
export function nodesByPathFromEntries(
  entries: readonly ValueEntry[],
  requestedPaths: readonly Lwm2mPath[],
  models?: ModelLookup,
  format: number = NO_FORMAT,
): NodesByPath {
  const out: NodesByPath = new Map();
  for (const p of requestedPaths) {
    const under = entries.filter((e) => isPrefixOf(p, e.path));
    if (under.length === 0) {
      out.set(formatPath(p), null);
      continue;
    }
    out.set(formatPath(p), nodeFromEntries(under, p, models, format));
  }
  return out;
}

/**
 * Groups entries by device timestamp (SenML `bt`/`t`), oldest first; entries without a time
 * (meaning "now", RFC 8428 §4.5.3) come last. Order within a group is payload order.
 */
export function groupEntriesByTime(entries: readonly ValueEntry[]): TimestampedNodes[] {
  const groups = new Map<number | undefined, ValueEntry[]>();
  for (const e of entries) {
    let g = groups.get(e.time);
    if (!g) groups.set(e.time, (g = []));
    g.push(e);
  }
  const keys = [...groups.keys()].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return keys.map((time) => (time === undefined ? { entries: groups.get(time) ?? [] } : { time, entries: groups.get(time) ?? [] }));
}

/**
 * The newest value of each path (an entry without time counts as newest, then the latest
 * time, then the last in payload order): what a plain Read or Observe wants from a payload
 * that carries a time series.
 */
export function latestEntries(entries: readonly ValueEntry[]): ValueEntry[] {
  const best = new Map<string, ValueEntry>();
  for (const e of entries) {
    const key = formatPath(e.path);
    const prev = best.get(key);
    if (!prev || (e.time ?? Infinity) >= (prev.time ?? Infinity)) best.set(key, e);
  }
  return [...best.values()];
}
