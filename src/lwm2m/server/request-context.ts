import type { CoapEndpointApi, InboundResponse, OutboundRequest } from '../../coap/types.js';
import { codecFor, decodeNode, multiPathCodecFor } from '../codec/codec-registry.js';
import { latestEntries, nodesByPathFromEntries } from '../codec/node-entries.js';
import { ContentFormat } from '../content-format.js';
import { Lwm2mError } from '../errors.js';
import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode, ValueEntry } from '../node.js';
import { pathSegments, type Lwm2mPath } from '../path.js';
import { registeredObject, type Registration } from '../registration/registration.js';
import { fallbackFormat, formatPreferences, type FormatPurpose } from './format-selection.js';
import type { OperationResult } from './operation-types.js';
import type { QueueModeSender } from './queue-mode.js';

/** What the operations need from the server: the CoAP endpoint, models, queue mode. */
export interface RequestContext {
  readonly endpoint: CoapEndpointApi;
  readonly models: ModelLookup;
  readonly queue: QueueModeSender;
  /** Default overall deadline per request, when the caller gives none. */
  readonly requestTimeoutMs?: number;
}

// CoAP 4.06 Not Acceptable / 4.15 Unsupported Content-Format: the client wants another format.
const FORMAT_REFUSED = new Set(['4.06', '4.15']);

export function hasCodec(format: number): boolean {
  return codecFor(format) !== undefined;
}

export function hasMultiPathCodec(format: number): boolean {
  return multiPathCodecFor(format) !== undefined;
}

export function preferredFormats(reg: Registration, purpose: FormatPurpose): number[] {
  return formatPreferences(reg, purpose, purpose === 'composite' ? hasMultiPathCodec : hasCodec);
}

/** Uri-Path segments for a path, below the client's alternate root path if it has one. */
export function uriPathFor(reg: Registration, path: Lwm2mPath): string[] {
  const root = reg.rootPath === '' ? [] : reg.rootPath.split('/').filter((s) => s !== '');
  return [...root, ...pathSegments(path)];
}

/** The path with the object version the client registered, so codecs pick the right model. */
export function versionedPath(reg: Registration, path: Lwm2mPath): Lwm2mPath {
  if (path.objectId === undefined || path.objectVersion !== undefined) return path;
  const obj = registeredObject(reg, path.objectId);
  return obj === undefined ? path : { ...path, objectVersion: obj.version };
}

/** Sends one request to the client, through queue mode, with the server's default deadline. */
export function sendRequest(
  ctx: RequestContext,
  reg: Registration,
  req: OutboundRequest,
  timeoutMs?: number,
): Promise<InboundResponse> {
  const t = timeoutMs ?? ctx.requestTimeoutMs;
  const opts = t === undefined ? undefined : { timeoutMs: t };
  return ctx.queue.run(reg, (peer) => ctx.endpoint.request(peer, req, opts));
}

/**
 * Runs `attempt` with the first format; if the client refuses it (4.06/4.15), once more with
 * another format it supports. `codeOf` finds the response code in what `attempt` returns.
 */
export async function withFormatRetry<T>(
  formats: readonly number[],
  attempt: (format: number | undefined) => Promise<T>,
  codeOf: (result: T) => string,
): Promise<{ result: T; format: number | undefined }> {
  const first = formats[0];
  const result = await attempt(first);
  if (first === undefined || !FORMAT_REFUSED.has(codeOf(result))) return { result, format: first };
  const second = fallbackFormat(formats, first);
  if (second === undefined) return { result, format: first };
  return { result: await attempt(second), format: second };
}

/** `codeOf` for attempts that resolve with the response itself. */
export const responseCode = (res: InboundResponse): string => res.code;

export function isSuccess(code: string): boolean {
  return code.startsWith('2.');
}

function asLwm2mError(err: unknown): Lwm2mError {
  return err instanceof Lwm2mError ? err : new Lwm2mError(err instanceof Error ? err.message : String(err));
}

export function baseResult(res: InboundResponse): { code: OperationResult['code']; payload?: Buffer; contentFormat?: number } {
  const out: { code: OperationResult['code']; payload?: Buffer; contentFormat?: number } = { code: res.code };
  if (res.payload.length > 0) out.payload = res.payload;
  if (res.contentFormat !== undefined) out.contentFormat = res.contentFormat;
  return out;
}

/**
 * The formats to try for an answer. A Content-Format option decides alone. Without one
 * (RFC 7252 §5.10.3 leaves the meaning to the application), a single value is tried as plain
 * text first, since LwM2M 1.0 clients commonly answer single resources that way whatever
 * they were asked for; otherwise the format asked for (`assumed`).
 */
function answerFormats(res: InboundResponse, path: Lwm2mPath, assumed: number | undefined): number[] {
  if (res.contentFormat !== undefined) return [res.contentFormat];
  const single = path.resourceId !== undefined;
  const out: number[] = single ? [ContentFormat.TEXT] : [];
  if (assumed !== undefined && !out.includes(assumed)) out.push(assumed);
  return out.length === 0 ? [ContentFormat.TEXT] : out;
}

type Decoded = { code: OperationResult['code']; payload?: Buffer; contentFormat?: number; node?: Lwm2mNode; entries?: readonly ValueEntry[]; error?: Lwm2mError };

/** Decodes into `out` (a fresh result of ours): every notification passes here, so no copies. */
function decodeInto(out: Decoded, ctx: RequestContext, format: number, res: InboundResponse, path: Lwm2mPath): Decoded {
  const node = decodeNode(format, res.payload, path, ctx.models);
  const multi = multiPathCodecFor(format);
  // Both decodes first: a format that fails half-way leaves `out` untouched for the next one.
  const entries = multi === undefined ? undefined : multi.decodeEntries(res.payload, ctx.models);
  out.node = node;
  if (entries !== undefined && entries.some((e) => e.time !== undefined)) out.entries = entries;
  return out;
}

/**
 * Decodes the content of a Read/Observe answer for `path`. Decode failures are reported in
 * `error`, never thrown.
 */
export function decodeNodeResult(
  ctx: RequestContext,
  res: InboundResponse,
  path: Lwm2mPath,
  assumed: number | undefined,
): OperationResult {
  const out: Decoded = baseResult(res);
  if (!isSuccess(res.code) || res.payload.length === 0) return out;
  let firstError: unknown;
  for (const format of answerFormats(res, path, assumed)) {
    try {
      return decodeInto(out, ctx, format, res, path);
    } catch (err) {
      firstError ??= err;
    }
  }
  out.error = asLwm2mError(firstError);
  return out;
}

/** Decodes a composite answer (Read-Composite, Observe-Composite) into nodes by path. */
export function decodeCompositeResult(
  ctx: RequestContext,
  res: InboundResponse,
  paths: readonly Lwm2mPath[],
  assumed: number | undefined,
): OperationResult {
  const out = baseResult(res);
  if (!isSuccess(res.code) || res.payload.length === 0) return out;
  const format = res.contentFormat ?? assumed;
  const codec = format === undefined ? undefined : multiPathCodecFor(format);
  if (codec === undefined) {
    return { ...out, error: new Lwm2mError(`composite answer in unsupported format ${String(format)}`) };
  }
  try {
    const entries: ValueEntry[] = codec.decodeEntries(res.payload, ctx.models);
    // A time series (SenML records with several times) yields the newest value per path as the node.
    const nodes = nodesByPathFromEntries(latestEntries(entries), paths, ctx.models, format);
    return entries.some((e) => e.time !== undefined) ? { ...out, nodes, entries } : { ...out, nodes };
  } catch (err) {
    return { ...out, error: asLwm2mError(err) };
  }
}

