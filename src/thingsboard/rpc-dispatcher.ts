import { CoapRequestError } from '../coap/types.js';
import type { RpcRequest } from '../core/index.js';
import { Lwm2mError } from '../lwm2m/errors.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import type { RpcMethod } from './rpc-context.js';
import { parseParams } from './rpc-params.js';
import * as readMethods from './rpc-read-methods.js';
import * as observeMethods from './rpc-observe-methods.js';
import * as writeMethods from './rpc-write-methods.js';
import { internalError, rpcBodyJson, rpcError, RpcValidationError, type RpcBody } from './rpc-response.js';
import { logText } from './transport-log-text.js';
import type { TransportContext } from './transport-context.js';

/**
 * ThingsBoard RPC → LwM2M operation (features doc #28-#45, §2.4). Method names are exact and
 * case-sensitive. Status SENT goes out before the request, DELIVERED with the device's answer;
 * no answer before the RPC's expiry gives TIMEOUT and no response (core answers the caller).
 * A sleeping queue-mode device's request waits for it to wake, within the expiry.
 */

const METHODS: ReadonlyMap<string, RpcMethod> = new Map<string, RpcMethod>([
  ['Read', readMethods.read],
  ['ReadComposite', readMethods.readComposite],
  ['Discover', readMethods.discover],
  ['DiscoverAll', readMethods.discoverAll],
  ['Observe', observeMethods.observe],
  ['ObserveComposite', observeMethods.observeComposite],
  ['ObserveCancel', observeMethods.observeCancel],
  ['ObserveCompositeCancel', observeMethods.observeCompositeCancel],
  ['ObserveCancelAll', observeMethods.observeCancelAll],
  ['ObserveReadAll', observeMethods.observeReadAll],
  ['Execute', writeMethods.execute],
  ['WriteReplace', writeMethods.writeReplace],
  // The name for WriteReplace; ThingsBoard knows only "WriteReplace".
  ['Write', writeMethods.writeReplace],
  ['WriteUpdate', writeMethods.writeUpdate],
  ['WriteComposite', writeMethods.writeComposite],
  ['WriteAttributes', writeMethods.writeAttributes],
  ['Create', writeMethods.create],
  ['Delete', writeMethods.deleteInstance],
]);

/** Methods answered from the server's own state, without a request to the device. */
const LOCAL = new Set(['DiscoverAll', 'ObserveReadAll']);

export const SUPPORTED_RPC_METHODS: readonly string[] = [...METHODS.keys()];

class RpcExpired extends Error {}

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RpcExpired('rpc expired')), Math.max(0, ms));
    timer.unref();
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

export async function handleRpc(ctx: TransportContext, client: Lwm2mClient, rpc: RpcRequest): Promise<void> {
  if (!client.firstDelivery(rpc.rpcId)) return;
  const send = async (body: RpcBody): Promise<void> => {
    const json = rpcBodyJson(body);
    const hasError = body.error !== undefined && body.error !== '';
    const r = await ctx.core.sendRpcResponse(client.sessionId, hasError ? { requestId: rpc.requestId, error: json } : { requestId: rpc.requestId, payload: json });
    if (!r.ok) ctx.logger.warn({ endpoint: client.endpoint, error: r.error }, 'RPC response not delivered to the core');
  };
  const status = (s: 'SENT' | 'DELIVERED' | 'TIMEOUT'): void => {
    void ctx.core.sendRpcStatus(client.sessionId, rpc.rpcId, rpc.requestId, s);
  };
  const method = METHODS.get(rpc.method);
  if (method === undefined) {
    await send(rpcError('METHOD_NOT_ALLOWED', `Unsupported operation type: ${rpc.method}`));
    return;
  }
  const remaining = rpc.expirationTime > 0 ? rpc.expirationTime - ctx.now() : ctx.requestTimeoutMs;
  if (remaining <= 0) {
    status('TIMEOUT');
    return;
  }
  let body: RpcBody;
  try {
    const params = parseParams(rpc.params);
    if (!LOCAL.has(rpc.method)) status('SENT');
    body = await withDeadline(method({ ctx, client, params, timeoutMs: Math.min(remaining, ctx.requestTimeoutMs) }), remaining);
    if (!LOCAL.has(rpc.method)) status('DELIVERED');
  } catch (err) {
    if (err instanceof RpcExpired || (err instanceof CoapRequestError && err.reason === 'timeout')) {
      status('TIMEOUT');
      return;
    }
    if (err instanceof RpcValidationError) {
      client.log.write(logText.validationFailed(`${rpc.method} ${rpc.params}`, err.message));
      body = rpcError(err.result, err.message);
    } else if (err instanceof Lwm2mError) {
      body = rpcError('BAD_REQUEST', err.message);
    } else {
      ctx.logger.error({ endpoint: client.endpoint, method: rpc.method, err }, 'RPC failed');
      body = internalError(err instanceof Error ? err.message : String(err));
    }
  }
  await send(body);
}
