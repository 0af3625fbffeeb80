/**
 * ThingsBoard's LwM2M RPC response body `{"result","value"?,"error"?}` (features doc §2.4.2):
 * `result` is the name Leshan gives the CoAP response code.
 */

// RFC 7252 §12.1.2 codes under Leshan's ResponseCode names (plus RFC 7959 / RFC 8132 additions).
const CODE_NAMES: Record<string, string> = {
  '2.01': 'CREATED',
  '2.02': 'DELETED',
  '2.03': 'VALID',
  '2.04': 'CHANGED',
  '2.05': 'CONTENT',
  '2.31': 'CONTINUE',
  '4.00': 'BAD_REQUEST',
  '4.01': 'UNAUTHORIZED',
  '4.02': 'BAD_OPTION',
  '4.03': 'FORBIDDEN',
  '4.04': 'NOT_FOUND',
  '4.05': 'METHOD_NOT_ALLOWED',
  '4.06': 'NOT_ACCEPTABLE',
  '4.08': 'REQUEST_ENTITY_INCOMPLETE',
  '4.09': 'CONFLICT',
  '4.12': 'PRECONDITION_FAILED',
  '4.13': 'REQUEST_ENTITY_TOO_LARGE',
  '4.15': 'UNSUPPORTED_CONTENT_FORMAT',
  '4.22': 'UNPROCESSABLE_ENTITY',
  '5.00': 'INTERNAL_SERVER_ERROR',
  '5.01': 'NOT_IMPLEMENTED',
  '5.02': 'BAD_GATEWAY',
  '5.03': 'SERVICE_UNAVAILABLE',
  '5.04': 'GATEWAY_TIMEOUT',
  '5.05': 'PROXY_NOT_SUPPORTED',
};

export type RpcResultName = string;

export function resultName(code: string): RpcResultName {
  return CODE_NAMES[code] ?? `UNKNOWN(${code})`;
}

export interface RpcBody {
  readonly result: RpcResultName;
  readonly value?: string;
  readonly error?: string;
}

/** The JSON text, keys in ThingsBoard's order, empty `value`/`error` left out. */
export function rpcBodyJson(body: RpcBody): string {
  const out: { result: string; value?: string; error?: string } = { result: body.result };
  if (body.value !== undefined && body.value !== '') out.value = body.value;
  if (body.error !== undefined && body.error !== '') out.error = body.error;
  return JSON.stringify(out);
}

export function rpcOk(result: RpcResultName, value?: string): RpcBody {
  return value === undefined ? { result } : { result, value };
}

export function rpcError(result: RpcResultName, error: string): RpcBody {
  return { result, error };
}

export const badRequest = (error: string): RpcBody => rpcError('BAD_REQUEST', error);
export const internalError = (error: string): RpcBody => rpcError('INTERNAL_SERVER_ERROR', error);

/** A transport-side validation failure: becomes BAD_REQUEST with the message (ThingsBoard's IllegalArgumentException). */
export class RpcValidationError extends Error {
  override readonly name = 'RpcValidationError';
  constructor(
    message: string,
    readonly result: RpcResultName = 'BAD_REQUEST',
  ) {
    super(message);
  }
}
