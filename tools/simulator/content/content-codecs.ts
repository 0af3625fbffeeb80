import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { Lwm2mNode, ObjectInstanceNode, ResourceNode, ResourceValue, ValueEntry } from '../../../src/lwm2m/node.js';
import { isPrefixOf, pathLevel, type Lwm2mPath } from '../../../src/lwm2m/path.js';
import { flatten } from '../object-store.js';
import { decodeSenml, decodeSenmlPaths, encodeSenml, encodeSenmlPaths } from './senml.js';
import { decodeText, encodeText } from './text.js';
import { decodeTlv, encodeTlv } from './tlv.js';

/**
 * The one seam between the simulator and content encoding. Today it uses small interim codecs
 * in this folder; when the project's codec registry (src/lwm2m/codec/codec-registry.ts) lands,
 * only this file changes.
 */

/** Formats that carry a node relative to the request path. */
export const NODE_FORMATS: readonly number[] = [
  ContentFormat.TEXT,
  ContentFormat.OPAQUE,
  ContentFormat.TLV,
  ContentFormat.SENML_JSON,
  ContentFormat.SENML_CBOR,
];

/** Formats that carry absolute paths (composite operations, Send). */
export const MULTI_PATH_FORMATS: readonly number[] = [ContentFormat.SENML_JSON, ContentFormat.SENML_CBOR];

const isSenml = (f: number): boolean => f === ContentFormat.SENML_JSON || f === ContentFormat.SENML_CBOR;

function singleValue(format: number, node: Lwm2mNode): { type: ResourceNode['type']; value: ResourceValue } {
  // LwM2M Core 1.1 §7.4.1/§7.4.2: plain text and opaque carry exactly one value.
  if (node.kind === 'resource' || node.kind === 'resourceInstance') return { type: node.type, value: node.value };
  throw new CodecError(format, 'this format carries a single resource value only');
}

export function encodeNode(format: number, node: Lwm2mNode, path: Lwm2mPath, _models: ModelLookup): Buffer {
  switch (format) {
    case ContentFormat.TLV:
      return encodeTlv(node);
    case ContentFormat.TEXT: {
      const { type, value } = singleValue(format, node);
      if (type === 'opaque') throw new CodecError(format, 'opaque resources are not sent as plain text');
      return encodeText(type, value);
    }
    case ContentFormat.OPAQUE: {
      const { value } = singleValue(format, node);
      if (!Buffer.isBuffer(value)) throw new CodecError(format, 'only opaque values are sent as octet-stream');
      return value;
    }
    case ContentFormat.SENML_JSON:
    case ContentFormat.SENML_CBOR:
      return encodeSenml(format, flatten(node, path));
    default:
      throw new CodecError(format, `content format ${format} is not supported`);
  }
}

export function decodeNode(format: number, payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
  const { objectId, resourceId } = path;
  switch (format) {
    case ContentFormat.TLV:
      return decodeTlv(payload, path, models);
    case ContentFormat.TEXT:
    case ContentFormat.OPAQUE: {
      const model = objectId !== undefined && resourceId !== undefined ? models.resource(objectId, resourceId) : undefined;
      if (model === undefined) throw new CodecError(format, 'a single value needs a known resource path');
      if (format === ContentFormat.OPAQUE && model.type !== 'opaque') {
        throw new CodecError(format, 'octet-stream is only for opaque resources');
      }
      const value = format === ContentFormat.OPAQUE ? Buffer.from(payload) : decodeText(model.type, payload);
      if (path.resourceInstanceId !== undefined) {
        return { kind: 'resourceInstance', id: path.resourceInstanceId, type: model.type, value };
      }
      return { kind: 'resource', id: model.id, type: model.type, value };
    }
    case ContentFormat.SENML_JSON:
    case ContentFormat.SENML_CBOR:
      return entriesToNode(format, decodeSenml(format, payload, models), path, models);
    default:
      throw new CodecError(format, `content format ${format} is not supported`);
  }
}

export function encodeEntries(format: number, entries: readonly ValueEntry[]): Buffer {
  if (!isSenml(format)) throw new CodecError(format, `content format ${format} carries no absolute paths`);
  return encodeSenml(format, entries);
}

export function decodeEntries(format: number, payload: Buffer, models: ModelLookup): ValueEntry[] {
  if (!isSenml(format)) throw new CodecError(format, `content format ${format} carries no absolute paths`);
  return decodeSenml(format, payload, models);
}

export function encodePaths(format: number, paths: readonly Lwm2mPath[]): Buffer {
  if (!isSenml(format)) throw new CodecError(format, `content format ${format} carries no paths`);
  return encodeSenmlPaths(format, paths);
}

export function decodePaths(format: number, payload: Buffer): Lwm2mPath[] {
  if (!isSenml(format)) throw new CodecError(format, `content format ${format} carries no paths`);
  return decodeSenmlPaths(format, payload);
}

/** Builds the node at `path` from absolute value entries (a SenML Write payload). */
export function entriesToNode(format: number, entries: readonly ValueEntry[], path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
  const inside = entries.filter((e) => isPrefixOf(path, e.path));
  if (inside.length !== entries.length) throw new CodecError(format, 'payload names a path outside the request path');
  const resource = (objectId: number, rid: number, list: readonly ValueEntry[]): ResourceNode => {
    const model = models.resource(objectId, rid);
    if (model === undefined) throw new CodecError(format, `unknown resource ${rid}`);
    if (model.multiple) {
      const instances = new Map<number, ResourceValue>();
      for (const e of list) {
        if (e.path.resourceInstanceId === undefined) throw new CodecError(format, 'multiple resource needs instance ids');
        instances.set(e.path.resourceInstanceId, e.value);
      }
      return { kind: 'multiResource', id: rid, type: model.type, instances };
    }
    const first = list[0];
    if (list.length !== 1 || first === undefined) throw new CodecError(format, `resource ${rid} needs exactly one value`);
    return { kind: 'resource', id: rid, type: model.type, value: first.value };
  };
  const instance = (objectId: number, iid: number, list: readonly ValueEntry[]): ObjectInstanceNode => {
    const byResource = groupBy(list, (e) => e.path.resourceId ?? 0);
    const resources = new Map<number, ResourceNode>();
    for (const [rid, l] of byResource) resources.set(rid, resource(objectId, rid, l));
    return { kind: 'instance', id: iid, resources };
  };
  const objectId = path.objectId;
  if (objectId === undefined) throw new CodecError(format, 'a node needs an object path');
  switch (pathLevel(path)) {
    case 'object': {
      const instances = new Map<number, ObjectInstanceNode>();
      for (const [iid, l] of groupBy(inside, (e) => e.path.instanceId ?? 0)) instances.set(iid, instance(objectId, iid, l));
      return { kind: 'object', id: objectId, instances };
    }
    case 'instance':
      return instance(objectId, path.instanceId ?? 0, inside);
    case 'resource':
      return resource(objectId, path.resourceId ?? 0, inside);
    case 'resourceInstance': {
      const first = inside[0];
      if (inside.length !== 1 || first === undefined) throw new CodecError(format, 'one value expected');
      return { kind: 'resourceInstance', id: path.resourceInstanceId ?? 0, type: first.type, value: first.value };
    }
    case 'root':
      throw new CodecError(format, 'a node needs an object path');
  }
}

function groupBy<T>(list: readonly T[], key: (t: T) => number): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const t of list) {
    const k = key(t);
    const l = m.get(k);
    if (l === undefined) m.set(k, [t]);
    else l.push(t);
  }
  return m;
}
