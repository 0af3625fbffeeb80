import { RpcValidationError } from './rpc-response.js';

/**
 * RPC params (features doc §2.4.1): a JSON object given as text. Targets come as `id` (a path,
 * versioned or not) or `key` (a profile keyName); composite methods use `ids` or `keys` (keys win).
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JsonObject = { [k: string]: JsonValue };

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Parses the params text; an empty or absent text is `{}`. Bad JSON is a BAD_REQUEST. */
export function parseParams(text: string | undefined): JsonObject {
  if (text === undefined || text.trim() === '' || text.trim() === 'null') return {};
  let v: unknown;
  try {
    v = JSON.parse(text) as unknown;
  } catch {
    throw new RpcValidationError(`Invalid RPC params: ${text}`);
  }
  // A bare string is taken as the id (REST callers sometimes send "params":"/3/0/9").
  if (typeof v === 'string') return { id: v };
  if (!isJsonObject(v)) throw new RpcValidationError(`Invalid RPC params: ${text}`);
  return v;
}

/** Resolves a profile key to its versioned path: the first keyName entry with that name valid for the client. */
export type KeyResolver = (key: string) => string | undefined;

export function notConfigured(key: string): RpcValidationError {
  return new RpcValidationError(`${key} is not configured in the device profile!`);
}

/** The target of a single-path method: `key` resolved through the profile, else `id`. */
export function targetId(params: JsonObject, resolve: KeyResolver): string {
  const key = params['key'];
  if (typeof key === 'string' && key !== '') {
    const id = resolve(key);
    if (id === undefined) throw notConfigured(key);
    return id;
  }
  const id = params['id'];
  if (typeof id === 'string' && id !== '') return id;
  throw new RpcValidationError("Can't find 'key' or 'id' in the requestParams parameters!");
}

/** The targets of a composite method: `keys` (resolved) when present, else `ids`. */
export function targetIds(params: JsonObject, resolve: KeyResolver): string[] {
  const keys = params['keys'];
  if (Array.isArray(keys) && keys.length > 0) {
    return keys.map((k) => {
      const id = typeof k === 'string' ? resolve(k) : undefined;
      if (id === undefined) throw notConfigured(String(k));
      return id;
    });
  }
  const ids = params['ids'];
  if (Array.isArray(ids) && ids.length > 0 && ids.every((i) => typeof i === 'string' && i !== '')) return ids as string[];
  throw new RpcValidationError("Can't find 'keys' or 'ids' in the requestParams parameters!");
}
