import { encodeNode, multiPathCodecFor } from '../codec/codec-registry.js';
import { parseLinkFormat } from '../codec/link-format.js';
import { ContentFormat } from '../content-format.js';
import { Lwm2mError } from '../errors.js';
import type { Lwm2mNode, ObjectInstanceNode, ValueEntry } from '../node.js';
import { pathLevel, type Lwm2mPath } from '../path.js';
import type { Registration } from '../registration/registration.js';
import type {
  NotificationAttributes,
  OperationResult,
  ReadOptions,
  TimeoutOption,
  WriteOptions,
} from './operation-types.js';
import { readFormats, unlabelledAnswerFormat, withRequested, writeFormats } from './format-selection.js';
import {
  baseResult,
  hasCodec,
  decodeCompositeResult,
  decodeNodeResult,
  isSuccess,
  preferredFormats,
  responseCode,
  sendRequest,
  uriPathFor,
  versionedPath,
  withFormatRetry,
  type RequestContext,
} from './request-context.js';
import { attributesQuery } from './write-attributes.js';

/**
 * The Device Management and Information Reporting interface as seen from the server (LwM2M
 * Core 1.1, Device Management and Service Enablement interface): one function per operation, each resolving with the client's answer.
 * Transport failures reject with CoapRequestError; bad arguments throw Lwm2mError.
 */

// CoAP Location-Path option (RFC 7252 §5.10.7).
const LOCATION_PATH = 8;

/** Accept formats for reading `path` (also used by Observe). */
function formatsForRead(reg: Registration, path: Lwm2mPath, requested: number | undefined): number[] {
  return withRequested(readFormats(reg, path.resourceId !== undefined, hasCodec), requested);
}

/** Formats for writing `node`; a single value may go as plain text to a 1.0 client. */
function formatsForWrite(reg: Registration, node: Lwm2mNode, requested: number | undefined): number[] {
  const single = node.kind === 'resource' || node.kind === 'resourceInstance' ? { opaque: node.type === 'opaque' } : undefined;
  return withRequested(writeFormats(reg, single, hasCodec), requested);
}

/** Read (LwM2M Core 1.1, Read operation): GET with Accept. */
export async function read(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  opts: ReadOptions = {},
): Promise<OperationResult> {
  const p = versionedPath(reg, path);
  const uriPath = uriPathFor(reg, p);
  const { result: response, format } = await withFormatRetry(
    formatsForRead(reg, p, opts.format),
    (accept) =>
      sendRequest(ctx, reg, accept === undefined ? { method: 'GET', uriPath } : { method: 'GET', uriPath, accept }, opts.timeoutMs),
    responseCode,
  );
  return decodeNodeResult(ctx, response, p, format ?? unlabelledAnswerFormat(reg));
}

/** Discover (LwM2M Core 1.1, Discover operation): GET with Accept: application/link-format. */
export async function discover(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  opts: TimeoutOption = {},
): Promise<OperationResult> {
  const res = await sendRequest(
    ctx,
    reg,
    { method: 'GET', uriPath: uriPathFor(reg, path), accept: ContentFormat.LINK },
    opts.timeoutMs,
  );
  const out = baseResult(res);
  if (!isSuccess(res.code)) return out;
  try {
    return { ...out, links: parseLinkFormat(res.payload.toString('utf8')) };
  } catch (err) {
    return { ...out, error: err instanceof Lwm2mError ? err : new Lwm2mError(String(err)) };
  }
}

/** Write (LwM2M Core 1.1, Write operation): PUT replaces, POST updates partially. */
export async function write(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  node: Lwm2mNode,
  opts: WriteOptions,
): Promise<OperationResult> {
  if (path.objectId === undefined || path.instanceId === undefined) {
    throw new Lwm2mError('Write targets an object instance, a resource or a resource instance');
  }
  const p = versionedPath(reg, path);
  const formats = formatsForWrite(reg, node, opts.format);
  if (formats.length === 0) throw new Lwm2mError(`no content format to write to ${reg.endpoint}`);
  const uriPath = uriPathFor(reg, p);
  const method = opts.replace ? 'PUT' : 'POST';
  const { result: response } = await withFormatRetry(formats, (format) => {
    const contentFormat = format ?? ContentFormat.TLV;
    const payload = encodeNode(contentFormat, node, p, ctx.models);
    return sendRequest(ctx, reg, { method, uriPath, contentFormat, payload }, opts.timeoutMs);
  }, responseCode);
  return baseResult(response);
}

/** Write-Attributes (LwM2M Core 1.1, Write-Attributes operation): PUT with the attributes as Uri-Query. */
export async function writeAttributes(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  attributes: NotificationAttributes,
  opts: TimeoutOption = {},
): Promise<OperationResult> {
  const uriQuery = attributesQuery(attributes);
  const res = await sendRequest(ctx, reg, { method: 'PUT', uriPath: uriPathFor(reg, path), uriQuery }, opts.timeoutMs);
  return baseResult(res);
}

/** Execute (LwM2M Core 1.1, Execute operation): POST to a resource, arguments as plain text. */
export async function execute(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  args?: string,
  opts: TimeoutOption = {},
): Promise<OperationResult> {
  if (pathLevel(path) !== 'resource') throw new Lwm2mError('Execute targets a resource');
  const uriPath = uriPathFor(reg, path);
  const req =
    args === undefined || args === ''
      ? { method: 'POST' as const, uriPath }
      : { method: 'POST' as const, uriPath, contentFormat: ContentFormat.TEXT, payload: Buffer.from(args, 'utf8') };
  return baseResult(await sendRequest(ctx, reg, req, opts.timeoutMs));
}

function locationInstanceId(options: readonly { number: number; value: Buffer }[]): number | undefined {
  const segs = options.filter((o) => o.number === LOCATION_PATH).map((o) => o.value.toString('utf8'));
  const last = segs[segs.length - 1];
  return last !== undefined && /^\d{1,5}$/.test(last) && Number(last) < 65535 ? Number(last) : undefined;
}

/**
 * Create (LwM2M Core 1.1, Create operation): POST to the object with the new instance(s). An instance
 * with an id asks for that id; the client answers 2.01 with the Location-Path it chose.
 */
export async function create(
  ctx: RequestContext,
  reg: Registration,
  objectPath: Lwm2mPath,
  instances: ObjectInstanceNode | readonly ObjectInstanceNode[],
  opts: ReadOptions = {},
): Promise<OperationResult> {
  if (pathLevel(objectPath) !== 'object' || objectPath.objectId === undefined) {
    throw new Lwm2mError('Create targets an object');
  }
  const list = Array.isArray(instances) ? instances : [instances as ObjectInstanceNode];
  if (list.length === 0) throw new Lwm2mError('Create needs at least one instance');
  const p = versionedPath(reg, objectPath);
  const objectNode: Lwm2mNode = { kind: 'object', id: objectPath.objectId, instances: new Map(list.map((i) => [i.id, i])) };
  const formats = withRequested(preferredFormats(reg, 'node'), opts.format);
  const uriPath = uriPathFor(reg, p);
  const { result: response } = await withFormatRetry(formats, (format) => {
    const contentFormat = format ?? ContentFormat.TLV;
    const payload = encodeNode(contentFormat, objectNode, p, ctx.models);
    return sendRequest(ctx, reg, { method: 'POST', uriPath, contentFormat, payload }, opts.timeoutMs);
  }, responseCode);
  const out = baseResult(response);
  const instanceId = locationInstanceId(response.options);
  return instanceId === undefined ? out : { ...out, instanceId };
}

/** Delete (LwM2M Core 1.1, Delete operation): DELETE an object instance. */
export async function deleteInstance(
  ctx: RequestContext,
  reg: Registration,
  path: Lwm2mPath,
  opts: TimeoutOption = {},
): Promise<OperationResult> {
  return baseResult(await sendRequest(ctx, reg, { method: 'DELETE', uriPath: uriPathFor(reg, path) }, opts.timeoutMs));
}

function compositeFormats(reg: Registration, requested: number | undefined): number[] {
  const formats = withRequested(preferredFormats(reg, 'composite'), requested);
  if (formats.length === 0) throw new Lwm2mError(`${reg.endpoint} supports no composite content format`);
  return formats;
}

function multiCodec(format: number | undefined): NonNullable<ReturnType<typeof multiPathCodecFor>> {
  const codec = format === undefined ? undefined : multiPathCodecFor(format);
  if (codec === undefined) throw new Lwm2mError(`format ${String(format)} cannot carry composite content`);
  return codec;
}

/** Read-Composite (LwM2M Core 1.1, Read-Composite operation): FETCH on the root with the paths as SenML/CBOR body. */
export async function readComposite(
  ctx: RequestContext,
  reg: Registration,
  paths: readonly Lwm2mPath[],
  opts: ReadOptions = {},
): Promise<OperationResult> {
  if (paths.length === 0) throw new Lwm2mError('Read-Composite needs at least one path');
  const ps = paths.map((p) => versionedPath(reg, p));
  const uriPath = uriPathFor(reg, {});
  const { result: response, format } = await withFormatRetry(compositeFormats(reg, opts.format), (f) => {
    const codec = multiCodec(f);
    const payload = codec.encodePaths(ps);
    return sendRequest(ctx, reg, { method: 'FETCH', uriPath, contentFormat: codec.format, accept: codec.format, payload }, opts.timeoutMs);
  }, responseCode);
  return decodeCompositeResult(ctx, response, ps, format);
}

/** Write-Composite (LwM2M Core 1.1, Write-Composite operation): iPATCH on the root with SenML/CBOR values. */
export async function writeComposite(
  ctx: RequestContext,
  reg: Registration,
  entries: readonly ValueEntry[],
  opts: ReadOptions = {},
): Promise<OperationResult> {
  if (entries.length === 0) throw new Lwm2mError('Write-Composite needs at least one value');
  const uriPath = uriPathFor(reg, {});
  const { result: response } = await withFormatRetry(compositeFormats(reg, opts.format), (f) => {
    const codec = multiCodec(f);
    const payload = codec.encodeEntries(entries);
    return sendRequest(ctx, reg, { method: 'iPATCH', uriPath, contentFormat: codec.format, payload }, opts.timeoutMs);
  }, responseCode);
  return baseResult(response);
}

export { compositeFormats, formatsForRead, multiCodec };
