/**
 * The DeviceRpcCallMsg that answers a server-side RPC (thingsboard-edge-grpc.md §3.3): it echoes the
 * device id, requestUuid, requestId, oneway and expirationTime so the core's device actor finds the
 * pending call. Pure.
 */
import Long from 'long';
import type { edge } from '../gen/edge.js';
import { uuidToHalves } from '../tbwire/uuid-codec.js';
import type { TrackedRpc } from './rpc-tracker.js';

/** The only `error` values the core accepts (it calls RpcError.valueOf; anything else fails the uplink). */
export const RPC_ERROR_NAMES: ReadonlySet<string> = new Set(['NOT_FOUND', 'FORBIDDEN', 'NO_ACTIVE_CONNECTION', 'TIMEOUT', 'INTERNAL']);

/**
 * `error` is sent as such only when it is an RpcError name; any other error text (a device-side
 * failure, which the behaviour layer already gives as ThingsBoard's LwM2M RPC JSON, e.g.
 * {"result":"NOT_FOUND",...}) travels as the `response` itself, as §3.3 recommends.
 */
export function rpcAnswer(t: TrackedRpc, payload: string | undefined, error: string | undefined): edge.IDeviceRpcCallMsg {
  const dev = uuidToHalves(t.deviceId);
  const req = uuidToHalves(t.rpc.rpcId);
  const errorName = error !== undefined && RPC_ERROR_NAMES.has(error) ? error : undefined;
  const response = payload ?? error ?? '';
  return {
    deviceIdMSB: dev.msb,
    deviceIdLSB: dev.lsb,
    requestUuidMSB: req.msb,
    requestUuidLSB: req.lsb,
    requestId: t.rpc.requestId,
    oneway: t.rpc.oneway,
    expirationTime: Long.fromNumber(t.rpc.expirationTime),
    responseMsg: errorName !== undefined ? { error: errorName } : { response },
  };
}
