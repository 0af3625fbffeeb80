import type { ModelLookup, ResourceModel, ResourceType } from '../lwm2m/model/types.js';
import type { ObjectInstanceNode, ResourceNode, ResourceValue, ValueEntry } from '../lwm2m/node.js';
import { formatPath, makePath, type Lwm2mPath } from '../lwm2m/path.js';
import { isJsonObject, type JsonValue } from './rpc-params.js';
import { RpcValidationError } from './rpc-response.js';

/**
 * RPC and shared-attribute values → LwM2M resource values (features doc §2.4.3). Time units
 * follow ThingsBoard: a single-resource WriteReplace (and a shared attribute) takes
 * milliseconds; multi-instance values, WriteUpdate, Create and WriteComposite take seconds for
 * numbers and milliseconds for strings.
 */

export type TimeUnit = 'ms' | 'mixed';

const HEX_RE = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;
const INT_RE = /^[+-]?\d+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function bad(type: ResourceType, v: JsonValue): RpcValidationError {
  return new RpcValidationError(`Value ${JSON.stringify(v)} cannot be converted to ${type.toUpperCase()}`);
}

function toInteger(v: JsonValue, type: ResourceType, unsigned: boolean): number | bigint {
  let big: bigint;
  if (typeof v === 'number' && Number.isInteger(v)) big = BigInt(v);
  else if (typeof v === 'string' && INT_RE.test(v.trim())) big = BigInt(v.trim());
  else throw bad(type, v);
  const min = unsigned ? 0n : INT64_MIN;
  const max = unsigned ? 2n ** 64n - 1n : INT64_MAX;
  if (big < min || big > max) throw bad(type, v);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
}

/** One JSON value as a value of `type`. Throws RpcValidationError. */
export function toResourceValue(v: JsonValue, type: ResourceType, unit: TimeUnit): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      if (v === null || typeof v === 'object') throw bad(type, v);
      return String(v);
    case 'integer':
      return toInteger(v, type, false);
    case 'unsigned':
      return toInteger(v, type, true);
    case 'float': {
      const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
      if (!Number.isFinite(n)) throw bad(type, v);
      return n;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === 'false') return v === 'true';
      // LwM2mValueConverterImpl: INTEGER→BOOLEAN accepts only 0/1.
      if (v === 0 || v === 1) return v === 1;
      throw bad(type, v);
    case 'time': {
      if (typeof v === 'number' && Number.isFinite(v)) return new Date(unit === 'mixed' ? v * 1000 : v);
      if (typeof v === 'string' && INT_RE.test(v.trim())) return new Date(Number(v.trim()));
      if (typeof v === 'string' && !Number.isNaN(Date.parse(v))) return new Date(Date.parse(v));
      throw bad(type, v);
    }
    case 'opaque':
      if (typeof v !== 'string') throw bad(type, v);
      if (HEX_RE.test(v)) return Buffer.from(v, 'hex');
      if (BASE64_RE.test(v)) return Buffer.from(v, 'base64');
      throw bad(type, v);
    case 'objlnk': {
      const m = typeof v === 'string' ? /^(\d{1,5}):(\d{1,5})$/.exec(v.trim()) : null;
      if (m === null) throw bad(type, v);
      return { objectId: Number(m[1]), instanceId: Number(m[2]) };
    }
    case 'none':
      throw new RpcValidationError('An executable resource has no value');
  }
}

/** Instance id → value, from `{"0": v0, "1": v1}`. */
export function instancesFrom(v: JsonValue, type: ResourceType, unit: TimeUnit, where: string): Map<number, ResourceValue> {
  if (!isJsonObject(v)) throw new RpcValidationError(`Resource ${where}: a multi-instance value must be an object {"<instanceId>": value}`);
  const out = new Map<number, ResourceValue>();
  for (const [k, iv] of Object.entries(v)) {
    if (!/^\d{1,5}$/.test(k)) throw new RpcValidationError(`Resource ${where}: invalid resource instance id "${k}"`);
    out.set(Number(k), toResourceValue(iv, type, unit));
  }
  return out;
}

/** A resource node for `model` from a JSON value: a primitive, or `{inst: v}` for multi-instance resources. */
export function resourceNodeFrom(model: ResourceModel, v: JsonValue, unit: TimeUnit, where: string): ResourceNode {
  if (model.multiple || isJsonObject(v)) {
    return { kind: 'multiResource', id: model.id, type: model.type, instances: instancesFrom(v, model.type, unit, where) };
  }
  return { kind: 'resource', id: model.id, type: model.type, value: toResourceValue(v, model.type, unit) };
}

/** An object instance from `{"<resId>": v | {"<inst>": v}}` (WriteUpdate, Create). */
export function instanceNodeFrom(
  models: ModelLookup,
  objectId: number,
  version: string | undefined,
  instanceId: number,
  v: JsonValue,
  unit: TimeUnit,
): ObjectInstanceNode {
  if (!isJsonObject(v)) throw new RpcValidationError(`Object instance /${objectId}/${instanceId}: value must be an object {"<resourceId>": value}`);
  const resources = new Map<number, ResourceNode>();
  for (const [k, rv] of Object.entries(v)) {
    if (!/^\d{1,5}$/.test(k)) throw new RpcValidationError(`Object instance /${objectId}/${instanceId}: invalid resource id "${k}"`);
    const rid = Number(k);
    const model = models.resource(objectId, rid, version);
    const where = `/${objectId}/${instanceId}/${rid}`;
    if (model === undefined) throw new RpcValidationError(`Resource ${where} is not configured in the device profile!`);
    resources.set(rid, resourceNodeFrom(model, rv, unit, where));
  }
  return { kind: 'instance', id: instanceId, resources };
}

/** WriteComposite `nodes` (features doc #41) as flat values. */
export function compositeEntries(
  models: ModelLookup,
  resolve: (pathOrKey: string) => Lwm2mPath | undefined,
  nodes: JsonValue,
): ValueEntry[] {
  const invalid = (): RpcValidationError =>
    new RpcValidationError(
      `nodes: ${JSON.stringify(nodes)} is not validate value. The WriteComposite operation is only used for SingleResources or/and ResourceInstance.`,
    );
  if (!isJsonObject(nodes) || Object.keys(nodes).length === 0) throw invalid();
  const out: ValueEntry[] = [];
  const push = (p: Lwm2mPath, v: JsonValue): void => {
    if (p.objectId === undefined || p.resourceId === undefined) throw invalid();
    const model = models.resource(p.objectId, p.resourceId, p.objectVersion);
    if (model === undefined) throw new RpcValidationError(`Resource ${formatPath(p)} is not configured in the device profile!`);
    if (v === null || Array.isArray(v)) throw invalid();
    if (isJsonObject(v)) {
      if (p.resourceInstanceId !== undefined) throw invalid();
      for (const [k, iv] of Object.entries(v)) {
        if (!/^\d{1,5}$/.test(k) || isJsonObject(iv) || Array.isArray(iv) || iv === null) throw invalid();
        out.push({ path: makePath(p.objectId, p.instanceId, p.resourceId, Number(k)), type: model.type, value: toResourceValue(iv, model.type, 'mixed') });
      }
      return;
    }
    out.push({ path: makePath(p.objectId, p.instanceId, p.resourceId, p.resourceInstanceId), type: model.type, value: toResourceValue(v, model.type, 'mixed') });
  };
  for (const [target, v] of Object.entries(nodes)) {
    const p = resolve(target);
    if (p === undefined || p.objectId === undefined || p.instanceId === undefined) throw invalid();
    if (p.resourceId === undefined) {
      if (!isJsonObject(v)) throw invalid();
      for (const [rk, rv] of Object.entries(v)) {
        if (!/^\d{1,5}$/.test(rk)) throw invalid();
        push({ ...p, resourceId: Number(rk) }, rv);
      }
    } else push(p, v);
  }
  return out;
}
