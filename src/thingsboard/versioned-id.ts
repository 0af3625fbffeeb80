import { InvalidPathError } from '../lwm2m/errors.js';
import { formatPath, parsePath, type Lwm2mPath } from '../lwm2m/path.js';
import { registeredObject, type ObjectLinksInfo } from '../lwm2m/registration/registration.js';

/**
 * ThingsBoard's "versioned id" (`/3_1.2/0/9`, features doc "Path notation" and #8): a path
 * with the object version, as profiles and RPC params write it. Values are matched against the
 * object versions the client registered.
 */

/** The version the client registered for an object, or undefined when it did not announce it. */
export function clientObjectVersion(reg: ObjectLinksInfo, objectId: number): string | undefined {
  return registeredObject(reg, objectId)?.version;
}

/** `/3/0/9` with the client's version: `/3_1.2/0/9`. Unknown objects keep the bare form. */
export function clientVersionedId(reg: ObjectLinksInfo, path: Lwm2mPath): string {
  if (path.objectId === undefined) return '/';
  const v = clientObjectVersion(reg, path.objectId);
  return formatPath(v === undefined ? path : { ...path, objectVersion: v }, true);
}

/** Parses a profile or RPC path without throwing. */
export function tryParsePath(text: string): Lwm2mPath | undefined {
  try {
    return parsePath(text);
  } catch (err) {
    if (err instanceof InvalidPathError) return undefined;
    throw err;
  }
}

/** Non-versioned key of a path, the form values are cached under (`/3/0/9`). */
export function plainKey(path: Lwm2mPath): string {
  return formatPath(path);
}

export type VersionCheck =
  | { ok: true; path: Lwm2mPath }
  | { ok: false; error: string };

/**
 * Checks an RPC target against the client's objects. The documentation's rules are followed
 * (features doc §4 items 2): a path without a version takes the client's version; a version
 * that differs fails with "Invalid object version. Required version: X".
 */
export function checkRpcPath(reg: ObjectLinksInfo, id: string): VersionCheck {
  const path = tryParsePath(id);
  if (path === undefined || path.objectId === undefined) return { ok: false, error: `Invalid path: ${id}` };
  const objectId = path.objectId;
  const registered = registeredObject(reg, objectId);
  if (registered === undefined || objectId === 0) {
    return {
      ok: false,
      error: `Specified object id ${objectId} absent in the list supported objects of the client or is security object!`,
    };
  }
  if (path.objectVersion !== undefined && path.objectVersion !== registered.version && !isServerTrigger(path)) {
    return { ok: false, error: `Invalid object version. Required version: ${registered.version}` };
  }
  return { ok: true, path: { ...path, objectVersion: registered.version } };
}

/**
 * Features doc #65: Execute on the Server object's Registration Update Trigger (`/1/x/8`) and
 * Bootstrap-Request Trigger (`/1/x/9`) skips the object version check.
 */
function isServerTrigger(path: Lwm2mPath): boolean {
  return path.objectId === 1 && path.instanceId !== undefined && (path.resourceId === 8 || path.resourceId === 9) && path.resourceInstanceId === undefined;
}

/**
 * Whether a profile path applies to this client (features doc #12: "supported target"): the
 * object is registered with the same version (a profile path without a version matches any),
 * and when the client listed instances, the path's instance is one of them.
 */
export function isSupportedTarget(reg: ObjectLinksInfo, path: Lwm2mPath): boolean {
  if (path.objectId === undefined || path.objectId === 0) return false;
  const registered = registeredObject(reg, path.objectId);
  if (registered === undefined) return false;
  if (path.objectVersion !== undefined && path.objectVersion !== registered.version) return false;
  if (path.instanceId !== undefined && registered.instances.length > 0 && !registered.instances.includes(path.instanceId)) return false;
  return true;
}

/** True when the object is registered but under another version than the path names. */
export function isVersionMismatch(reg: ObjectLinksInfo, path: Lwm2mPath): boolean {
  if (path.objectId === undefined || path.objectVersion === undefined) return false;
  const registered = registeredObject(reg, path.objectId);
  return registered !== undefined && registered.version !== path.objectVersion;
}
