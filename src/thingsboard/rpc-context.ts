import { formatPath, type Lwm2mPath } from '../lwm2m/path.js';
import type { OperationResult } from '../lwm2m/server/operation-types.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { targetId, targetIds, type JsonObject, type KeyResolver } from './rpc-params.js';
import { resultName, rpcError, rpcOk, RpcValidationError, type RpcBody } from './rpc-response.js';
import { canComposite, type TransportContext } from './transport-context.js';
import { checkRpcPath, tryParsePath } from './versioned-id.js';

/** One RPC being served: the shared context, the client, and its parsed params. */
export interface RpcCall {
  readonly ctx: TransportContext;
  readonly client: Lwm2mClient;
  readonly params: JsonObject;
  /** Deadline for requests to the device (what is left of the RPC's expiry). */
  readonly timeoutMs: number;
}

export type RpcMethod = (call: RpcCall) => Promise<RpcBody>;

export function keyResolver(client: Lwm2mClient): KeyResolver {
  return (key) => client.mapping.keys.get(key);
}

export interface RpcTarget {
  /** The id as given (or resolved from the key), for messages. */
  readonly id: string;
  /** The path with the client's object version. */
  readonly path: Lwm2mPath;
}

/** `id`/`key` checked against the client's object versions (documented rules, features doc §4 item 2). */
export function singleTarget(call: RpcCall): RpcTarget {
  const id = targetId(call.params, keyResolver(call.client));
  const check = checkRpcPath(call.client.reg, id);
  if (!check.ok) throw new RpcValidationError(check.error);
  return { id, path: check.path };
}

/** `ids`/`keys` of composite methods: versions are stripped, not checked (features doc #29, §4 item 21). */
export function compositeTargetsAllowed(call: RpcCall): void {
  if (!canComposite(call.client.reg)) throw new RpcValidationError('This device does not support Composite Operation', 'INTERNAL_SERVER_ERROR');
}

export function compositeTargets(call: RpcCall): Lwm2mPath[] {
  compositeTargetsAllowed(call);
  return targetIds(call.params, keyResolver(call.client)).map((id) => {
    const p = tryParsePath(id);
    if (p === undefined || p.objectId === undefined) throw new RpcValidationError(`Invalid path: ${id}`);
    const { objectVersion: _drop, ...plain } = p;
    return plain;
  });
}

/** The device's answer as a response body: success with `value`, or the code with its diagnostic payload. */
export function deviceBody(result: OperationResult, value?: string): RpcBody {
  const name = resultName(result.code);
  if (result.code.startsWith('2.')) return rpcOk(name, value);
  const diag = result.payload !== undefined && result.payload.length > 0 ? result.payload.toString('utf8') : undefined;
  return diag === undefined ? { result: name } : rpcError(name, diag);
}

export function javaList(paths: readonly Lwm2mPath[]): string {
  return `[${paths.map((p) => formatPath(p)).join(', ')}]`;
}
