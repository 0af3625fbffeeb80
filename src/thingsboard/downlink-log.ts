import { CoapRequestError } from '../coap/types.js';
import type { OperationResult } from '../lwm2m/server/operation-types.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { resultName } from './rpc-response.js';
import { logText } from './transport-log-text.js';
import type { TransportContext } from './transport-context.js';

/**
 * Runs one request to a device with ThingsBoard's transportLog lines around it (features doc
 * §3.2): "Sending request", then "successful" or "failed to process successful", or
 * "processing failed" when no answer came. Leshan's request/response class names are used.
 */

export interface DownlinkDescription {
  /** Leshan request class: ReadRequest, ObserveRequest, WriteRequest... */
  readonly request: string;
  /** Non-versioned target(s) for "Sending request ... to X". */
  readonly target: string;
  /** Versioned id(s) for the result lines. */
  readonly versionedTarget: string;
  /** The answer's content as text, when it has one. */
  readonly content?: (result: OperationResult) => string | undefined;
}

function responseClass(request: string): string {
  return request.replace(/Request$/, 'Response');
}

function responseText(d: DownlinkDescription, result: OperationResult): string {
  const parts = [`code=${resultName(result.code)}`];
  if (result.code.startsWith('2.')) {
    const c = d.content?.(result);
    if (c !== undefined) parts.push(`content=${c}`);
  } else if (result.payload !== undefined && result.payload.length > 0) {
    parts.push(`errormessage=${result.payload.toString('utf8')}`);
  }
  return `${responseClass(d.request)} [${parts.join(', ')}]`;
}

export async function loggedDownlink<T extends OperationResult>(
  ctx: TransportContext,
  client: Lwm2mClient,
  d: DownlinkDescription,
  op: () => Promise<T>,
): Promise<T> {
  if (!ctx.server.isAwake(client.reg) && !client.asleep) {
    // features doc #76: the request waits for the device; its next message is a wake-up.
    client.asleep = true;
    client.log.write(logText.sleeping());
  }
  client.log.write(logText.sending(client.reg.id, client.address, d.request, d.target));
  let result: T;
  try {
    result = await op();
  } catch (err) {
    const reason = err instanceof CoapRequestError ? `${err.reason}: ${err.message}` : err instanceof Error ? err.message : String(err);
    client.log.write(logText.processingFailed(`${d.request} [${d.target}]`, reason));
    throw err;
  }
  const text = responseText(d, result);
  if (result.code.startsWith('2.')) client.log.write(logText.success(d.request, d.versionedTarget, text));
  else client.log.write(logText.deviceError(d.request, d.versionedTarget, text));
  return result;
}
