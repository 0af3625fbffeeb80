import { entriesFromNode } from '../../src/lwm2m/codec/node-entries.js';
import type { ResourceModel } from '../../src/lwm2m/model/types.js';
import type {
  Lwm2mNode,
  MultiResourceNode,
  ObjectInstanceNode,
  ObjectNode,
  ResourceNode,
  ResourceValue,
  ValueEntry,
} from '../../src/lwm2m/node.js';
import { formatPath, makePath, pathLevel, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { badRequest, notAllowed, notFound } from './errors.js';
import type { SimulatorCatalog } from './object-catalog.js';

/** A stored resource: one value, or resource instances by id (multiple resources). */
type Stored = ResourceValue | Map<number, ResourceValue>;
type Instance = Map<number, Stored>;

/** What a value setter accepts for a multiple resource: an array (index = instance id) or a map. */
export type MultiValue = readonly ResourceValue[] | ReadonlyMap<number, ResourceValue>;

/**
 * The device's data: object → instance → resource. Plain maps, no per-resource objects, so a
 * fleet of thousands of devices stays small. Every mutation reports the resource paths that
 * changed, which drives Observe notifications.
 */
export class ObjectStore {
  private readonly objects = new Map<number, Map<number, Instance>>();

  constructor(readonly catalog: SimulatorCatalog) {}

  addObject(objectId: number): void {
    if (this.catalog.object(objectId) === undefined) throw notFound(`object ${objectId}`);
    if (!this.objects.has(objectId)) this.objects.set(objectId, new Map());
  }

  hasObject(objectId: number): boolean {
    return this.objects.has(objectId);
  }

  objectIds(): number[] {
    return [...this.objects.keys()].sort((a, b) => a - b);
  }

  instanceIds(objectId: number): number[] {
    return [...(this.objects.get(objectId)?.keys() ?? [])].sort((a, b) => a - b);
  }

  /** Creates an instance (the lowest free id when none is given). */
  createInstance(objectId: number, instanceId?: number): number {
    const instances = this.objects.get(objectId);
    if (instances === undefined) throw notFound(`object ${objectId}`);
    let id = instanceId;
    if (id === undefined) {
      id = 0;
      while (instances.has(id)) id++;
    }
    // LwM2M Core 1.1 §6.3.6 (Create): an existing instance id is a 4.00 Bad Request.
    if (instances.has(id)) throw badRequest(`instance /${objectId}/${id} exists`);
    const model = this.catalog.object(objectId);
    if (model !== undefined && !model.multiple && instances.size > 0) {
      throw badRequest(`object ${objectId} is single-instance`);
    }
    instances.set(id, new Map());
    return id;
  }

  deleteInstance(objectId: number, instanceId: number): void {
    if (this.objects.get(objectId)?.delete(instanceId) !== true) {
      throw notFound(`instance /${objectId}/${instanceId}`);
    }
  }

  model(objectId: number, resourceId: number): ResourceModel | undefined {
    return this.catalog.resource(objectId, resourceId);
  }

  private instance(objectId: number, instanceId: number): Instance {
    const inst = this.objects.get(objectId)?.get(instanceId);
    if (inst === undefined) throw notFound(`instance /${objectId}/${instanceId}`);
    return inst;
  }

  /** The raw stored value at a resource or resource-instance path, or undefined. */
  get(path: Lwm2mPath): ResourceValue | ReadonlyMap<number, ResourceValue> | undefined {
    if (path.objectId === undefined || path.instanceId === undefined || path.resourceId === undefined) return undefined;
    const stored = this.objects.get(path.objectId)?.get(path.instanceId)?.get(path.resourceId);
    if (path.resourceInstanceId === undefined || stored === undefined) return stored;
    return stored instanceof Map ? stored.get(path.resourceInstanceId) : undefined;
  }

  /**
   * Sets a resource (or resource instance) value from the device side, creating the instance
   * if needed. Returns true when the value changed.
   */
  set(path: Lwm2mPath, value: ResourceValue | MultiValue): boolean {
    const { objectId, instanceId, resourceId, resourceInstanceId } = path;
    if (objectId === undefined || instanceId === undefined || resourceId === undefined) {
      throw badRequest(`set needs a resource path, got ${formatPath(path)}`);
    }
    const model = this.model(objectId, resourceId);
    if (model === undefined) throw notFound(`resource ${formatPath(path)}`);
    if (!this.objects.has(objectId)) this.addObject(objectId);
    const instances = this.objects.get(objectId) as Map<number, Instance>;
    let inst = instances.get(instanceId);
    if (inst === undefined) {
      inst = new Map();
      instances.set(instanceId, inst);
    }
    const before = inst.get(resourceId);
    if (resourceInstanceId !== undefined || model.multiple) {
      if (!model.multiple) throw badRequest(`${formatPath(path)} is a single resource`);
      const map = before instanceof Map ? before : new Map<number, ResourceValue>();
      if (resourceInstanceId !== undefined) {
        if (isMulti(value)) throw badRequest(`${formatPath(path)} takes one value`);
        const old = map.get(resourceInstanceId);
        map.set(resourceInstanceId, value);
        inst.set(resourceId, map);
        return old === undefined || !sameValue(old, value);
      }
      const next = toMap(value);
      inst.set(resourceId, next);
      return !(before instanceof Map) || !sameMap(before, next);
    }
    if (isMulti(value)) throw badRequest(`${formatPath(path)} is a single resource`);
    inst.set(resourceId, value);
    return before === undefined || before instanceof Map || !sameValue(before, value);
  }

  /** The readable content at `path` as a node (LwM2M Core 1.1 §6.3.1 Read). */
  read(path: Lwm2mPath): Lwm2mNode {
    const { objectId, instanceId, resourceId, resourceInstanceId } = path;
    if (objectId === undefined) throw notAllowed('read of the root path');
    const instances = this.objects.get(objectId);
    if (instances === undefined) throw notFound(`object ${objectId}`);
    if (instanceId === undefined) {
      const out = new Map<number, ObjectInstanceNode>();
      for (const id of this.instanceIds(objectId)) out.set(id, this.readInstance(objectId, id));
      return { kind: 'object', id: objectId, instances: out } satisfies ObjectNode;
    }
    if (resourceId === undefined) return this.readInstance(objectId, instanceId);
    const model = this.model(objectId, resourceId);
    const stored = this.instance(objectId, instanceId).get(resourceId);
    // LwM2M Core 1.1 §6.3.1: reading a resource the model does not allow to read is 4.05.
    if (model !== undefined && !model.operations.read) throw notAllowed(`resource ${formatPath(path)} is not readable`);
    if (model === undefined || stored === undefined) throw notFound(`resource ${formatPath(path)}`);
    const node = toNode(model, stored);
    if (resourceInstanceId === undefined) return node;
    if (node.kind !== 'multiResource') throw notFound(`resource instance ${formatPath(path)}`);
    const v = node.instances.get(resourceInstanceId);
    if (v === undefined) throw notFound(`resource instance ${formatPath(path)}`);
    return { kind: 'resourceInstance', id: resourceInstanceId, type: model.type, value: v };
  }

  private readInstance(objectId: number, instanceId: number): ObjectInstanceNode {
    const inst = this.instance(objectId, instanceId);
    const resources = new Map<number, ResourceNode>();
    for (const id of [...inst.keys()].sort((a, b) => a - b)) {
      const model = this.model(objectId, id);
      const stored = inst.get(id);
      if (model === undefined || stored === undefined || !model.operations.read) continue;
      resources.set(id, toNode(model, stored));
    }
    return { kind: 'instance', id: instanceId, resources };
  }

  /** The readable values under `path`, flattened to absolute resource(-instance) paths. */
  entries(path: Lwm2mPath): ValueEntry[] {
    return entriesFromNode(this.read(path), path);
  }

  /** Resource ids present in an instance (for Discover), readable or not. */
  resourceIds(objectId: number, instanceId: number): number[] {
    return [...this.instance(objectId, instanceId).keys()].sort((a, b) => a - b);
  }

  /** Number of instances of a multiple resource, for Discover's `dim`. */
  dimension(objectId: number, instanceId: number, resourceId: number): number | undefined {
    const stored = this.instance(objectId, instanceId).get(resourceId);
    return stored instanceof Map ? stored.size : undefined;
  }

  /**
   * Applies a server Write (LwM2M Core 1.1 §6.3.3). `replace` is Write-Replace (PUT): a
   * written multiple resource loses instances not in the payload. Returns changed paths.
   */
  write(path: Lwm2mPath, node: Lwm2mNode, replace: boolean, fromServer = true): Lwm2mPath[] {
    const { objectId, instanceId } = path;
    if (objectId === undefined || instanceId === undefined) throw notAllowed(`write to ${formatPath(path)}`);
    this.instance(objectId, instanceId);
    const changed: Lwm2mPath[] = [];
    const writeResource = (r: ResourceNode): void => {
      const model = this.model(objectId, r.id);
      const rp = makePath(objectId, instanceId, r.id);
      if (model === undefined) throw notFound(`resource ${formatPath(rp)}`);
      if (fromServer && !model.operations.write) throw notAllowed(`resource ${formatPath(rp)} is not writable`);
      if (r.kind === 'multiResource') {
        const merged = new Map<number, ResourceValue>(replace ? [] : toMapOrEmpty(this.get(rp)));
        for (const [k, v] of r.instances) merged.set(k, v);
        if (this.set(rp, merged)) changed.push(rp);
      } else if (this.set(rp, r.value)) changed.push(rp);
    };
    switch (node.kind) {
      case 'object':
        throw badRequest('write payload holds an object');
      case 'instance':
        if (pathLevel(path) !== 'instance') throw badRequest('instance payload for a resource path');
        for (const r of node.resources.values()) writeResource(r);
        break;
      case 'resource':
      case 'multiResource':
        if (path.resourceId !== undefined && node.id !== path.resourceId) throw badRequest('payload resource id differs from path');
        writeResource(node);
        break;
      case 'resourceInstance': {
        if (path.resourceId === undefined) throw badRequest('resource instance payload for an instance path');
        const rp = makePath(objectId, instanceId, path.resourceId, node.id);
        const model = this.model(objectId, path.resourceId);
        if (model === undefined) throw notFound(`resource ${formatPath(rp)}`);
        if (fromServer && !model.operations.write) throw notAllowed(`resource ${formatPath(rp)} is not writable`);
        if (this.set(rp, node.value)) changed.push(makePath(objectId, instanceId, path.resourceId));
        break;
      }
    }
    return changed;
  }
}

function isMulti(v: ResourceValue | MultiValue): v is MultiValue {
  return Array.isArray(v) || v instanceof Map;
}

function toMap(v: ResourceValue | MultiValue): Map<number, ResourceValue> {
  if (v instanceof Map) return new Map(v);
  if (Array.isArray(v)) return new Map((v as readonly ResourceValue[]).map((x, i) => [i, x]));
  return new Map([[0, v as ResourceValue]]);
}

function toMapOrEmpty(v: ResourceValue | ReadonlyMap<number, ResourceValue> | undefined): Map<number, ResourceValue> {
  return v instanceof Map ? new Map(v) : new Map();
}

export function sameValue(a: ResourceValue, b: ResourceValue): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (typeof a === 'object' && typeof b === 'object' && !Buffer.isBuffer(a) && !Buffer.isBuffer(b)) {
    if (a instanceof Date || b instanceof Date) return false;
    return a.objectId === b.objectId && a.instanceId === b.instanceId;
  }
  return a === b;
}

function sameMap(a: ReadonlyMap<number, ResourceValue>, b: ReadonlyMap<number, ResourceValue>): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) {
    const w = b.get(k);
    if (w === undefined || !sameValue(v, w)) return false;
  }
  return true;
}

function toNode(model: ResourceModel, stored: Stored): ResourceNode {
  if (stored instanceof Map) {
    const sorted = new Map([...stored.entries()].sort((x, y) => x[0] - y[0]));
    return { kind: 'multiResource', id: model.id, type: model.type, instances: sorted } satisfies MultiResourceNode;
  }
  return { kind: 'resource', id: model.id, type: model.type, value: stored };
}
