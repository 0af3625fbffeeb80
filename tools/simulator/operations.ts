import { ContentFormat } from '../../src/lwm2m/content-format.js';
import { CodecError } from '../../src/lwm2m/errors.js';
import type { Lwm2mNode, ValueEntry } from '../../src/lwm2m/node.js';
import { formatPath, makePath, pathLevel, samePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import type { AttributeStore } from './attributes.js';
import * as content from './content/content-codecs.js';
import { discoverLinks } from './discover-links.js';
import { badRequest, CoapStatusError, notAllowed, notFound } from './errors.js';
import type { InboundRequest } from './inbound-request.js';
import type { ObjectStore } from './object-store.js';
import type { DeviceEvent, Lwm2mVersion } from './types.js';

/** What an operation answers; the responder turns it into a CoAP response. */
export interface Reply {
  readonly code: string;
  readonly payload?: Buffer;
  readonly contentFormat?: number;
  readonly locationPath?: readonly string[];
  /** Set on a successful Observe / Observe-Composite: the relation to create. */
  readonly observe?: { readonly paths: readonly Lwm2mPath[]; readonly composite: boolean; readonly format: number };
}

/** The device as the operations see it. */
export interface OperationContext {
  readonly version: Lwm2mVersion;
  readonly store: ObjectStore;
  readonly attributes: AttributeStore;
  readonly defaultFormat: number;
  /** Resource paths changed by the server; notifies observers and runs device reactions. */
  written(paths: readonly Lwm2mPath[], node?: Lwm2mNode): void;
  execute(path: Lwm2mPath, args: string): void;
  cancelObservation(token: string): void;
  attributesChanged(): void;
  emit(e: DeviceEvent): void;
}

const TLV_OBJECT_INSTANCE = 0b00;

const supportedFormats = (version: Lwm2mVersion): readonly number[] => content.nodeFormats(version);

function guardSecurity(path: Lwm2mPath): void {
  // LwM2M Core 1.1 §E.1: the Security object is not accessible to a DM server.
  if (path.objectId === 0) throw new CoapStatusError('4.01', 'the Security object is not accessible');
}

function responseFormat(ctx: OperationContext, accept: number | undefined, node: Lwm2mNode): number {
  if (accept !== undefined) {
    // RFC 7252 §5.10.4: an Accept the device cannot produce is 4.06 Not Acceptable.
    if (!supportedFormats(ctx.version).includes(accept)) throw new CoapStatusError('4.06', `format ${accept} not supported`);
    return accept;
  }
  if (ctx.version === '1.0') return ContentFormat.TLV;
  const single = node.kind === 'resource' || node.kind === 'resourceInstance';
  if (single) return node.type === 'opaque' ? ContentFormat.OPAQUE : ContentFormat.TEXT;
  return ctx.defaultFormat;
}

/** Encodes a node; a format that cannot carry it (text for an instance) is 4.06. */
export function encodeFor(ctx: OperationContext, node: Lwm2mNode, path: Lwm2mPath, accept?: number): { payload: Buffer; format: number } {
  const format = responseFormat(ctx, accept, node);
  try {
    return { payload: content.encodeNode(format, node, path, ctx.store.catalog), format };
  } catch (e) {
    if (e instanceof CodecError) throw new CoapStatusError('4.06', e.message);
    throw e;
  }
}

function decodeBody(ctx: OperationContext, req: InboundRequest, path: Lwm2mPath): Lwm2mNode {
  const cf = req.contentFormat;
  if (cf === undefined) throw badRequest('payload without Content-Format');
  if (!supportedFormats(ctx.version).includes(cf)) throw new CoapStatusError('4.15', `format ${cf} not supported`);
  try {
    return content.decodeNode(cf, req.payload, path, ctx.store.catalog);
  } catch (e) {
    if (e instanceof CodecError) throw badRequest(e.message);
    throw e;
  }
}

export function read(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  if (req.observe === 1) ctx.cancelObservation(req.token); // RFC 7641 §3.6: GET with Observe=1 deregisters.
  const node = ctx.store.read(req.path);
  const { payload, format } = encodeFor(ctx, node, req.path, req.accept);
  if (req.observe === 0) {
    ctx.emit({ type: 'observe', path: req.pathText, contentFormat: format });
    return { code: '2.05', payload, contentFormat: format, observe: { paths: [req.path], composite: false, format } };
  }
  ctx.emit({ type: 'read', path: req.pathText, contentFormat: format });
  return { code: '2.05', payload, contentFormat: format };
}

export function discover(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  const links = discoverLinks(ctx.store, ctx.attributes, req.path);
  ctx.emit({ type: 'discover', path: req.pathText });
  return { code: '2.05', payload: Buffer.from(links), contentFormat: ContentFormat.LINK };
}

export function writeAttributes(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  const { objectId, instanceId, resourceId } = req.path;
  if (objectId === undefined) throw notAllowed('Write-Attributes on the root');
  if (!ctx.store.hasObject(objectId)) throw notFound(`object ${objectId}`);
  if (instanceId !== undefined && resourceId === undefined) ctx.store.resourceIds(objectId, instanceId);
  if (resourceId !== undefined && ctx.store.model(objectId, resourceId) === undefined) throw notFound(req.pathText);
  ctx.attributes.apply(req.path, req.query);
  ctx.attributesChanged();
  ctx.emit({ type: 'writeAttributes', path: req.pathText, args: req.query.join('&') });
  return { code: '2.04' };
}

/** Write (PUT = replace, POST on an instance or multiple resource = partial update). */
export function write(ctx: OperationContext, req: InboundRequest, replace: boolean): Reply {
  guardSecurity(req.path);
  const level = pathLevel(req.path);
  if (level === 'root' || level === 'object') throw notAllowed(`Write on ${req.pathText}`);
  const node = decodeBody(ctx, req, req.path);
  const changed = ctx.store.write(req.path, node, replace);
  ctx.emit({ type: 'write', path: req.pathText, payload: req.payload, ...cfOf(req) });
  ctx.written(changed, node);
  return { code: '2.04' };
}

export function execute(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  const { objectId, instanceId, resourceId } = req.path;
  if (objectId === undefined || instanceId === undefined || resourceId === undefined) throw notAllowed('Execute needs a resource');
  ctx.store.resourceIds(objectId, instanceId); // 4.04 when the instance is missing
  const args = req.payload.toString('utf8');
  // LwM2M Core 1.1 §5.4.5: arguments are digit[='value'] separated by commas.
  if (args !== '' && !/^\d(='[^']*')?(,\d(='[^']*')?)*$/.test(args)) throw badRequest('malformed Execute arguments');
  ctx.emit({ type: 'execute', path: req.pathText, args });
  ctx.execute(req.path, args);
  return { code: '2.04' };
}

export function create(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  const objectId = req.path.objectId as number;
  if (!ctx.store.hasObject(objectId)) throw notFound(`object ${objectId}`);
  const cf = req.contentFormat;
  let instanceId: number | undefined;
  let node: Lwm2mNode;
  const tlv = cf === ContentFormat.TLV || cf === ContentFormat.LEGACY_TLV;
  if (tlv && req.payload.length > 0 && (req.payload[0] as number) >> 6 === TLV_OBJECT_INSTANCE) {
    // LwM2M Core 1.1 §6.3.7: the server may name the new instance id in an object-instance TLV.
    const obj = decodeBody(ctx, req, req.path);
    if (obj.kind !== 'object' || obj.instances.size !== 1) throw badRequest('Create takes one instance');
    const inst = [...obj.instances.values()][0];
    if (inst === undefined) throw badRequest('Create takes one instance');
    instanceId = inst.id;
    node = inst;
  } else if (cf !== undefined && content.multiPathFormats(ctx.version).includes(cf)) {
    const entries = decodeEntriesChecked(ctx, req);
    instanceId = entries[0]?.path.instanceId;
    node = decodeBody(ctx, req, makePath(objectId, instanceId ?? 0));
  } else {
    node = decodeBody(ctx, req, makePath(objectId, 0));
  }
  const id = ctx.store.createInstance(objectId, instanceId);
  const path = makePath(objectId, id);
  const changed = ctx.store.write(path, node.kind === 'instance' ? { ...node, id } : node, true, false);
  ctx.emit({ type: 'create', path: formatPath(path), payload: req.payload, ...cfOf(req) });
  ctx.written([path, ...changed]);
  return { code: '2.01', locationPath: [String(objectId), String(id)] };
}

export function remove(ctx: OperationContext, req: InboundRequest): Reply {
  guardSecurity(req.path);
  const { objectId, instanceId } = req.path;
  // LwM2M Core 1.1 §6.3.8: Delete targets an object instance.
  if (objectId === undefined || instanceId === undefined || req.path.resourceId !== undefined) {
    throw notAllowed(`Delete on ${req.pathText}`);
  }
  ctx.store.deleteInstance(objectId, instanceId);
  ctx.emit({ type: 'delete', path: req.pathText });
  ctx.written([req.path]);
  return { code: '2.02' };
}

function decodeEntriesChecked(ctx: OperationContext, req: InboundRequest): ValueEntry[] {
  const cf = req.contentFormat;
  if (cf === undefined || !content.multiPathFormats(ctx.version).includes(cf)) throw new CoapStatusError('4.15', `format ${String(cf)} not supported here`);
  try {
    return content.decodeEntries(cf, req.payload, ctx.store.catalog);
  } catch (e) {
    if (e instanceof CodecError) throw badRequest(e.message);
    throw e;
  }
}

/** Read-Composite / Observe-Composite (LwM2M Core 1.1 §6.3.4 / §6.4.2): FETCH with a path list. */
export function readComposite(ctx: OperationContext, req: InboundRequest): Reply {
  const cf = req.contentFormat;
  if (cf === undefined || !content.multiPathFormats(ctx.version).includes(cf)) throw new CoapStatusError('4.15', 'FETCH needs SenML');
  let paths: Lwm2mPath[];
  try {
    paths = content.decodePaths(cf, req.payload);
  } catch (e) {
    if (e instanceof CodecError) throw badRequest(e.message);
    throw e;
  }
  const format = req.accept ?? cf;
  if (!content.multiPathFormats(ctx.version).includes(format)) throw new CoapStatusError('4.06', `format ${format} carries no paths`);
  const payload = compositePayload(ctx, paths, format);
  const text = paths.map((p) => formatPath(p)).join(',');
  if (req.observe === 0) {
    ctx.emit({ type: 'observe', path: text, contentFormat: format });
    return { code: '2.05', payload, contentFormat: format, observe: { paths, composite: true, format } };
  }
  if (req.observe === 1) ctx.cancelObservation(req.token);
  ctx.emit({ type: 'readComposite', path: text, contentFormat: format });
  return { code: '2.05', payload, contentFormat: format };
}

/** The values at the given paths; paths the device does not have are left out (§6.3.4). */
export function compositePayload(ctx: OperationContext, paths: readonly Lwm2mPath[], format: number): Buffer {
  const entries: ValueEntry[] = [];
  let found = 0;
  for (const p of paths) {
    if (p.objectId === 0) continue;
    try {
      entries.push(...ctx.store.entries(p));
      found++;
    } catch (e) {
      if (!(e instanceof CoapStatusError)) throw e;
    }
  }
  if (found === 0 && paths.length > 0) throw notFound('none of the requested paths');
  return content.encodeEntries(format, entries);
}

/** Write-Composite (LwM2M Core 1.1 §6.3.9): iPATCH with absolute paths; all or nothing. */
export function writeComposite(ctx: OperationContext, req: InboundRequest): Reply {
  const entries = decodeEntriesChecked(ctx, req);
  for (const e of entries) {
    const { objectId, instanceId, resourceId } = e.path;
    guardSecurity(e.path);
    if (objectId === undefined || instanceId === undefined || resourceId === undefined) throw badRequest('resource paths only');
    ctx.store.resourceIds(objectId, instanceId);
    const model = ctx.store.model(objectId, resourceId);
    if (model === undefined) throw notFound(formatPath(e.path));
    if (!model.operations.write) throw notAllowed(`${formatPath(e.path)} is not writable`);
  }
  const changed: Lwm2mPath[] = [];
  for (const e of entries) {
    if (ctx.store.set(e.path, e.value)) {
      const rp = makePath(e.path.objectId, e.path.instanceId, e.path.resourceId);
      if (!changed.some((c) => samePath(c, rp))) changed.push(rp);
    }
  }
  ctx.emit({ type: 'writeComposite', path: entries.map((e) => formatPath(e.path)).join(','), payload: req.payload, ...cfOf(req) });
  ctx.written(changed);
  return { code: '2.04' };
}

function cfOf(req: InboundRequest): { contentFormat?: number } {
  return req.contentFormat === undefined ? {} : { contentFormat: req.contentFormat };
}

/** Routes one request to its operation (LwM2M Core 1.1 §6.3 table of operations). */
export function dispatch(ctx: OperationContext, req: InboundRequest): Reply {
  const level = pathLevel(req.path);
  const is11 = ctx.version !== '1.0';
  switch (req.method) {
    case 'GET':
      return req.accept === ContentFormat.LINK && req.observe === undefined ? discover(ctx, req) : read(ctx, req);
    case 'PUT':
      if (req.payload.length === 0 && req.contentFormat === undefined && req.query.length > 0) return writeAttributes(ctx, req);
      return write(ctx, req, true);
    case 'POST': {
      if (level === 'object') return create(ctx, req);
      if (level === 'instance') return write(ctx, req, false);
      if (level === 'resource') {
        const model = ctx.store.model(req.path.objectId as number, req.path.resourceId as number);
        if (model === undefined) throw notFound(req.pathText);
        if (model.operations.execute) return execute(ctx, req);
        if (model.multiple && model.operations.write) return write(ctx, req, false);
      }
      throw notAllowed(`POST on ${req.pathText}`);
    }
    case 'DELETE':
      return remove(ctx, req);
    case 'FETCH':
      if (is11 && level === 'root') return readComposite(ctx, req);
      throw notAllowed(`FETCH on ${req.pathText}`);
    case 'iPATCH':
      if (is11 && level === 'root') return writeComposite(ctx, req);
      throw notAllowed(`iPATCH on ${req.pathText}`);
    default:
      throw notAllowed(`${req.method} is not an LwM2M operation`);
  }
}
