import { InvalidPathError } from './errors.js';

/**
 * An LwM2M path (LwM2M Core 1.1 §7.2 "Object, Object Instance, Resource, Resource Instance").
 * `/` is the root; `/3_1.2/0/9` carries the object version the way ThingsBoard writes keys.
 */
export interface Lwm2mPath {
  readonly objectId?: number;
  readonly instanceId?: number;
  readonly resourceId?: number;
  readonly resourceInstanceId?: number;
  /** "major.minor", only when the path named one (`3_1.2`). */
  readonly objectVersion?: string;
}

export type PathLevel = 'root' | 'object' | 'instance' | 'resource' | 'resourceInstance';

// LwM2M Core 1.1 §7.1: identifiers are 16-bit; instance id 65535 is reserved (MAX_ID).
const MAX_ID = 65535;
const MAX_INSTANCE_ID = 65534;
const VERSION_RE = /^\d{1,3}\.\d{1,3}$/;

export const ROOT_PATH: Lwm2mPath = Object.freeze({});

function parseId(segment: string, max: number, what: string, input: string): number {
  // Digits only: no sign, no spaces, no hex, no leading zeros beyond "0" itself.
  if (segment.length === 0 || segment.length > 5 || !/^(0|[1-9]\d*)$/.test(segment)) {
    throw new InvalidPathError(`invalid ${what} "${segment}" in path "${input}"`);
  }
  const n = Number(segment);
  if (n > max) throw new InvalidPathError(`${what} ${n} out of range 0..${max} in path "${input}"`);
  return n;
}

/** Parses `/`, `/3`, `/3/0`, `/3/0/9`, `/3/0/11/0`, `/3_1.2/0/9`; a leading slash is optional. */
export function parsePath(input: string): Lwm2mPath {
  if (typeof input !== 'string') throw new InvalidPathError('path must be a string');
  let s = input.trim();
  if (s === '' || s === '/') return ROOT_PATH;
  if (s.startsWith('/')) s = s.slice(1);
  if (s.endsWith('/')) s = s.slice(0, -1);
  const parts = s.split('/');
  if (parts.length > 4) throw new InvalidPathError(`too many segments in path "${input}"`);
  let objectPart = parts[0] ?? '';
  let objectVersion: string | undefined;
  const us = objectPart.indexOf('_');
  if (us >= 0) {
    objectVersion = objectPart.slice(us + 1);
    objectPart = objectPart.slice(0, us);
    if (!VERSION_RE.test(objectVersion)) {
      throw new InvalidPathError(`invalid object version "${objectVersion}" in path "${input}"`);
    }
  }
  const objectId = parseId(objectPart, MAX_ID, 'object id', input);
  const path: { -readonly [K in keyof Lwm2mPath]: Lwm2mPath[K] } = { objectId };
  if (objectVersion !== undefined) path.objectVersion = objectVersion;
  if (parts.length > 1) path.instanceId = parseId(parts[1] ?? '', MAX_INSTANCE_ID, 'object instance id', input);
  if (parts.length > 2) path.resourceId = parseId(parts[2] ?? '', MAX_ID, 'resource id', input);
  if (parts.length > 3) path.resourceInstanceId = parseId(parts[3] ?? '', MAX_ID, 'resource instance id', input);
  return path;
}

/** Builds a path from ids; throws on ids out of range or a gap (instance without object). */
export function makePath(
  objectId?: number,
  instanceId?: number,
  resourceId?: number,
  resourceInstanceId?: number,
): Lwm2mPath {
  // Literal objects per level, no scratch arrays: values decoded from every notification pass here.
  if (objectId === undefined) return instanceId === undefined && resourceId === undefined && resourceInstanceId === undefined ? {} : badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (!validId(objectId, MAX_ID)) return badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (instanceId === undefined) return resourceId === undefined && resourceInstanceId === undefined ? { objectId } : badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (!validId(instanceId, MAX_INSTANCE_ID)) return badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (resourceId === undefined) return resourceInstanceId === undefined ? { objectId, instanceId } : badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (!validId(resourceId, MAX_ID)) return badIds(objectId, instanceId, resourceId, resourceInstanceId);
  if (resourceInstanceId === undefined) return { objectId, instanceId, resourceId };
  if (!validId(resourceInstanceId, MAX_ID)) return badIds(objectId, instanceId, resourceId, resourceInstanceId);
  return { objectId, instanceId, resourceId, resourceInstanceId };
}

function validId(v: number, max: number): boolean {
  return Number.isInteger(v) && v >= 0 && v <= max;
}

function badIds(...ids: Array<number | undefined>): never {
  throw new InvalidPathError(`invalid path ids ${JSON.stringify(ids)}`);
}

export function pathLevel(p: Lwm2mPath): PathLevel {
  if (p.objectId === undefined) return 'root';
  if (p.instanceId === undefined) return 'object';
  if (p.resourceId === undefined) return 'instance';
  if (p.resourceInstanceId === undefined) return 'resource';
  return 'resourceInstance';
}

/** `/3/0/9`; with `withVersion` and a version present, `/3_1.2/0/9`. */
/**
 * A resource path's ids as one number, for lookups that should not build a string per value:
 * object and resource ids are 16-bit and instance ids below 2^16 (LwM2M Core §7.2), so the
 * result stays below 2^48 and is exact.
 */
export function resourceNumber(objectId: number, instanceId: number, resourceId: number): number {
  return (objectId * 0x10000 + instanceId) * 0x10000 + resourceId;
}

// formatPath of resource paths (the key of every value a device reports), by resourceNumber:
// a lookup instead of a new string each time; bounded.
const RESOURCE_TEXT_BOUND = 50_000;
const resourceText = new Map<number, string>();

export function formatPath(p: Lwm2mPath, withVersion = false): string {
  if (p.objectId === undefined) return '/';
  if (p.resourceId !== undefined && p.instanceId !== undefined && p.resourceInstanceId === undefined && !(withVersion && p.objectVersion !== undefined)) {
    const n = resourceNumber(p.objectId, p.instanceId, p.resourceId);
    let text = resourceText.get(n);
    if (text === undefined) {
      if (resourceText.size >= RESOURCE_TEXT_BOUND) resourceText.clear();
      text = '/' + p.objectId + '/' + p.instanceId + '/' + p.resourceId;
      resourceText.set(n, text);
    }
    return text;
  }
  let s = '/' + p.objectId;
  if (withVersion && p.objectVersion !== undefined) s += '_' + p.objectVersion;
  if (p.instanceId !== undefined) s += '/' + p.instanceId;
  if (p.resourceId !== undefined) s += '/' + p.resourceId;
  if (p.resourceInstanceId !== undefined) s += '/' + p.resourceInstanceId;
  return s;
}

/** The path's ids as CoAP Uri-Path segments (no version: it is not on the wire). */
export function pathSegments(p: Lwm2mPath): string[] {
  const out: string[] = [];
  if (p.objectId === undefined) return out;
  out.push(String(p.objectId));
  if (p.instanceId !== undefined) out.push(String(p.instanceId));
  if (p.resourceId !== undefined) out.push(String(p.resourceId));
  if (p.resourceInstanceId !== undefined) out.push(String(p.resourceInstanceId));
  return out;
}

/** True when `prefix` is `p` or one of its ancestors (versions ignored). */
export function isPrefixOf(prefix: Lwm2mPath, p: Lwm2mPath): boolean {
  if (prefix.objectId === undefined) return true;
  if (prefix.objectId !== p.objectId) return false;
  if (prefix.instanceId === undefined) return true;
  if (prefix.instanceId !== p.instanceId) return false;
  if (prefix.resourceId === undefined) return true;
  if (prefix.resourceId !== p.resourceId) return false;
  if (prefix.resourceInstanceId === undefined) return true;
  return prefix.resourceInstanceId === p.resourceInstanceId;
}

export function samePath(a: Lwm2mPath, b: Lwm2mPath): boolean {
  return (
    a.objectId === b.objectId &&
    a.instanceId === b.instanceId &&
    a.resourceId === b.resourceId &&
    a.resourceInstanceId === b.resourceInstanceId
  );
}

/** Orders paths as a device lists them: by object, instance, resource, resource instance. */
export function comparePaths(a: Lwm2mPath, b: Lwm2mPath): number {
  return (
    (a.objectId ?? -1) - (b.objectId ?? -1) ||
    (a.instanceId ?? -1) - (b.instanceId ?? -1) ||
    (a.resourceId ?? -1) - (b.resourceId ?? -1) ||
    (a.resourceInstanceId ?? -1) - (b.resourceInstanceId ?? -1)
  );
}
