import type { Lwm2mNode, ObjectInstanceNode, ResourceNode } from '../lwm2m/node.js';
import { formatPath, makePath, pathLevel, type Lwm2mPath } from '../lwm2m/path.js';
import { registeredObject } from '../lwm2m/registration/registration.js';
import type { NotificationAttributes } from '../lwm2m/server/operation-types.js';
import { loggedDownlink } from './downlink-log.js';
import { compositeTargetsAllowed, deviceBody, keyResolver, singleTarget, type RpcCall, type RpcMethod } from './rpc-context.js';
import { isJsonObject, type JsonValue } from './rpc-params.js';
import { RpcValidationError, type RpcBody } from './rpc-response.js';
import { postUplink } from './transport-context.js';
import { applyEntries, applyNode } from './value-updates.js';
import { clientVersionedId, tryParsePath } from './versioned-id.js';
import { compositeEntries, instanceNodeFrom, resourceNodeFrom, toResourceValue } from './write-values.js';

/**
 * WriteReplace, WriteUpdate, WriteComposite, WriteAttributes, Execute, Create and Delete
 * (features doc #38-#44, §2.4.3). A successful write is echoed into the client's values and
 * the mapped keys, as a Read would be (#26).
 */

function resourceModel(call: RpcCall, path: Lwm2mPath, id: string) {
  const m = call.ctx.models.resource(path.objectId as number, path.resourceId as number, path.objectVersion);
  if (m === undefined) throw new RpcValidationError(`Resource ${id} is not configured in the device profile!`);
  return m;
}

/** Write-Replace or Write-Update of one node; on success the written values are echoed (#26). */
async function writeNode(call: RpcCall, path: Lwm2mPath, node: Lwm2mNode, replace: boolean): Promise<RpcBody> {
  const { ctx, client } = call;
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'WriteRequest', target: formatPath(path), versionedTarget: formatPath(path, true) },
    () => ctx.server.write(client.reg, path, node, { replace, timeoutMs: call.timeoutMs }),
  );
  if (r.code.startsWith('2.')) postUplink(ctx, client, applyNode(client, path, node, ctx.now()));
  return deviceBody(r);
}

export const writeReplace: RpcMethod = async (call) => {
  const t = singleTarget(call);
  const level = pathLevel(t.path);
  if (level !== 'resource' && level !== 'resourceInstance') {
    throw new RpcValidationError(`Path ${t.id}. This operation can only be used for Resource or ResourceInstance!`);
  }
  const model = resourceModel(call, t.path, t.id);
  const value = call.params['value'] ?? null;
  const node: Lwm2mNode =
    level === 'resourceInstance'
      ? { kind: 'resourceInstance', id: t.path.resourceInstanceId as number, type: model.type, value: toResourceValue(value, model.type, 'ms') }
      : resourceNodeFrom(model, value, model.multiple ? 'mixed' : 'ms', t.id);
  return writeNode(call, t.path, node, true);
};

export const writeUpdate: RpcMethod = async (call) => {
  const { ctx } = call;
  const t = singleTarget(call);
  const level = pathLevel(t.path);
  const value = call.params['value'] ?? null;
  const notAllowed = new RpcValidationError(`Resource ${t.id}. This operation can only be used for ObjectInstance or Multi-Instance Resource !`);
  let node: ObjectInstanceNode | ResourceNode;
  if (level === 'instance') {
    node = instanceNodeFrom(ctx.models, t.path.objectId as number, t.path.objectVersion, t.path.instanceId as number, value, 'mixed');
  } else if (level === 'resource') {
    const model = resourceModel(call, t.path, t.id);
    if (!model.multiple) throw notAllowed;
    node = resourceNodeFrom(model, value, 'mixed', t.id);
  } else throw notAllowed;
  return writeNode(call, t.path, node, false);
};

export const writeComposite: RpcMethod = async (call) => {
  const { ctx, client } = call;
  compositeTargetsAllowed(call);
  const resolve = keyResolver(client);
  const entries = compositeEntries(
    ctx.models,
    (target) => {
      const id = target.startsWith('/') ? target : resolve(target);
      const p = id === undefined ? undefined : tryParsePath(id);
      if (p === undefined || p.objectId === undefined) return undefined;
      const v = registeredObject(client.reg, p.objectId)?.version;
      return v === undefined ? p : { ...p, objectVersion: v };
    },
    call.params['nodes'] ?? null,
  );
  const target = `[${entries.map((e) => formatPath(e.path)).join(', ')}]`;
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'WriteCompositeRequest', target, versionedTarget: `[${entries.map((e) => clientVersionedId(client.reg, e.path)).join(', ')}]` },
    () => ctx.server.writeComposite(client.reg, entries, { timeoutMs: call.timeoutMs }),
  );
  if (r.code.startsWith('2.')) {
    postUplink(ctx, client, applyEntries(client, entries.map(({ time: _t, ...e }) => e), ctx.now()));
  }
  return deviceBody(r);
};

const NOTIFICATION = new Set(['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax']);
const PROPERTIES = new Set(['dim', 'ssid', 'uri', 'ver', 'lwm2m']);

export const writeAttributes: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  const attrs = call.params['attributes'];
  if (!isJsonObject(attrs) || Object.keys(attrs).length === 0) throw new RpcValidationError('Attributes to write are not specified!');
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null) continue;
    if (PROPERTIES.has(k)) {
      throw new RpcValidationError(`Attribute ${k} is of class PROPERTIES but only NOTIFICATION attribute can be used in WRITE ATTRIBUTE request.`);
    }
    if (!NOTIFICATION.has(k)) throw new RpcValidationError(`Unknown attribute ${k}`);
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) throw new RpcValidationError(`Attribute ${k} must be a number`);
    out[k] = n;
  }
  if (Object.keys(out).length === 0) throw new RpcValidationError('Attributes to write are not specified!');
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'WriteAttributesRequest', target: formatPath(t.path), versionedTarget: formatPath(t.path, true) },
    () => ctx.server.writeAttributes(client.reg, t.path, out as NotificationAttributes, { timeoutMs: call.timeoutMs }),
  );
  return deviceBody(r);
};

export const execute: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  if (pathLevel(t.path) !== 'resource') throw new RpcValidationError(`Resource with ${t.id} is not executable.`);
  const model = ctx.models.resource(t.path.objectId as number, t.path.resourceId as number, t.path.objectVersion);
  if (model === undefined || !model.operations.execute) throw new RpcValidationError(`Resource with ${t.id} is not executable.`);
  const v: JsonValue | undefined = call.params['value'];
  if (v !== undefined && v !== null && typeof v === 'object') throw new RpcValidationError(`Unable to parse Arguments [${JSON.stringify(v)}]`);
  const args = v === undefined || v === null ? undefined : String(v);
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'ExecuteRequest', target: formatPath(t.path), versionedTarget: formatPath(t.path, true) },
    () => ctx.server.execute(client.reg, t.path, args, { timeoutMs: call.timeoutMs }),
  );
  return deviceBody(r);
};

export const create: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  const objectId = t.path.objectId as number;
  const model = ctx.models.object(objectId, t.path.objectVersion);
  if (model === undefined || !model.multiple) throw new RpcValidationError(`Path ${t.id}. Object must be Multiple !`);
  const level = pathLevel(t.path);
  if (level !== 'object' && level !== 'instance') throw new RpcValidationError(`Path ${t.id}. Create needs an object or object instance path`);
  const instances: ObjectInstanceNode[] = [];
  const nodes = call.params['nodes'];
  const value = call.params['value'];
  if (level === 'object' && isJsonObject(nodes)) {
    for (const [k, v] of Object.entries(nodes)) {
      if (!/^\d{1,5}$/.test(k)) throw new RpcValidationError(`Path ${t.id}: invalid instance id "${k}"`);
      instances.push(instanceNodeFrom(ctx.models, objectId, t.path.objectVersion, Number(k), v, 'mixed'));
    }
  } else if (value !== undefined) {
    // Without an instance id the client would choose; the next free id is named so every format can carry it.
    const used = registeredObject(client.reg, objectId)?.instances ?? [];
    const id = level === 'instance' ? (t.path.instanceId as number) : nextFreeId(used);
    instances.push(instanceNodeFrom(ctx.models, objectId, t.path.objectVersion, id, value, 'mixed'));
  } else throw new RpcValidationError(`Path ${t.id}. Create needs "value" or "nodes"`);
  const objectPath = makePath(objectId);
  const versioned = t.path.objectVersion === undefined ? objectPath : { ...objectPath, objectVersion: t.path.objectVersion };
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'CreateRequest', target: formatPath(objectPath), versionedTarget: formatPath(versioned, true) },
    () => ctx.server.create(client.reg, versioned, instances, { timeoutMs: call.timeoutMs }),
  );
  if (r.code.startsWith('2.')) {
    for (const inst of instances) postUplink(ctx, client, applyNode(client, makePath(objectId, inst.id), inst, ctx.now()));
  }
  const location = r.instanceId ?? (instances.length === 1 ? instances[0]?.id : undefined);
  return deviceBody(r, r.code === '2.01' && location !== undefined ? `location=/${objectId}/${location}` : undefined);
};

function nextFreeId(used: readonly number[]): number {
  let id = 0;
  while (used.includes(id)) id++;
  return id;
}

export const deleteInstance: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  if (pathLevel(t.path) !== 'instance') throw new RpcValidationError(`Invalid path ${t.id} : Only object instances can be delete`);
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'DeleteRequest', target: formatPath(t.path), versionedTarget: formatPath(t.path, true) },
    () => ctx.server.delete(client.reg, t.path, { timeoutMs: call.timeoutMs }),
  );
  return deviceBody(r);
};

