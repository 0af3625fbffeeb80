import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type {
  Lwm2mNode,
  ObjectInstanceNode,
  ObjectNode,
  ResourceInstanceNode,
  ResourceNode,
  ResourceValue,
} from '../node.js';
import { formatPath, pathLevel, type Lwm2mPath } from '../path.js';
import type { ModelLookup, ResourceType } from '../model/types.js';
import type { NodeCodec } from './types.js';
import { readTlvFrames, writeTlvFrame, type TlvFrame } from './tlv-frame.js';
import { decodeTlvValue, encodeTlvValue } from './tlv-value.js';

/**
 * LwM2M TLV (LwM2M Core 1.1 §7.4.3, format 11542; 1542 before IANA registration, Core 1.0).
 * A payload is read relative to the request path: object → object-instance frames (or, for a
 * single-instance answer, bare resource frames); instance → resource frames (optionally inside
 * one object-instance frame); resource → one resource or multiple-resource frame;
 * resource instance → one resource-instance frame.
 *
 * Resources the model does not know are decoded as opaque rather than rejected: §7.4.3 gives
 * the receiver no type, and a vendor resource must not make the whole read fail.
 */

interface Ctx {
  readonly format: number;
  readonly objectId: number;
  readonly version: string | undefined;
  readonly models: ModelLookup;
}

function fail(ctx: Ctx, message: string): never {
  throw new CodecError(ctx.format, message);
}

function sortedMap<V>(entries: Array<[number, V]>): Map<number, V> {
  return new Map(entries.sort((a, b) => a[0] - b[0]));
}

function noDuplicate(seen: Set<number>, id: number, what: string, ctx: Ctx): void {
  if (seen.has(id)) fail(ctx, `duplicate ${what} id ${id} in TLV payload`);
  seen.add(id);
}

function resourceType(ctx: Ctx, resourceId: number): { type: ResourceType; multiple?: boolean } {
  const model = ctx.models.resource(ctx.objectId, resourceId, ctx.version);
  if (!model) return { type: 'opaque' };
  return { type: model.type, multiple: model.multiple };
}

function decodeInstanceFrames(frames: TlvFrame[], resourceId: number, ctx: Ctx): Map<number, ResourceValue> {
  const { type } = resourceType(ctx, resourceId);
  const seen = new Set<number>();
  const out: Array<[number, ResourceValue]> = [];
  for (const f of frames) {
    if (f.kind !== 'resourceInstance') {
      fail(ctx, `resource ${ctx.objectId}/${resourceId} may only contain resource-instance TLVs, found ${f.kind}`);
    }
    noDuplicate(seen, f.id, 'resource instance', ctx);
    out.push([f.id, decodeTlvValue(f.value, type, ctx.format)]);
  }
  return sortedMap(out);
}

function decodeResource(f: TlvFrame, ctx: Ctx): ResourceNode {
  const { type, multiple } = resourceType(ctx, f.id);
  if (f.kind === 'resource') {
    if (multiple === true) fail(ctx, `resource ${ctx.objectId}/${f.id} is multiple-instance but sent as single`);
    return { kind: 'resource', id: f.id, type, value: decodeTlvValue(f.value, type, ctx.format) };
  }
  if (f.kind === 'multiResource') {
    if (multiple === false) fail(ctx, `resource ${ctx.objectId}/${f.id} is single-instance but sent as multiple`);
    const instances = decodeInstanceFrames(readTlvFrames(f.value, ctx.format), f.id, ctx);
    return { kind: 'multiResource', id: f.id, type, instances };
  }
  return fail(ctx, `expected a resource TLV, found ${f.kind} (id ${f.id})`);
}

function decodeInstanceBody(body: Buffer, instanceId: number, ctx: Ctx): ObjectInstanceNode {
  const seen = new Set<number>();
  const resources: Array<[number, ResourceNode]> = [];
  for (const f of readTlvFrames(body, ctx.format)) {
    noDuplicate(seen, f.id, 'resource', ctx);
    resources.push([f.id, decodeResource(f, ctx)]);
  }
  return { kind: 'instance', id: instanceId, resources: sortedMap(resources) };
}

function decodeObject(payload: Buffer, ctx: Ctx): ObjectNode {
  const frames = readTlvFrames(payload, ctx.format);
  const instances: Array<[number, ObjectInstanceNode]> = [];
  if (frames.length > 0 && frames.every((f) => f.kind === 'resource' || f.kind === 'multiResource')) {
    // LwM2M Core 1.1 §7.4.3: the object-instance frame may be left out when the object has
    // one instance; that instance is then 0.
    instances.push([0, decodeInstanceBody(payload, 0, ctx)]);
  } else {
    const seen = new Set<number>();
    for (const f of frames) {
      if (f.kind !== 'instance') fail(ctx, `object payload mixes object-instance and ${f.kind} TLVs`);
      if (f.id === 65535) fail(ctx, 'object instance id 65535 is reserved');
      noDuplicate(seen, f.id, 'object instance', ctx);
      instances.push([f.id, decodeInstanceBody(f.value, f.id, ctx)]);
    }
  }
  return { kind: 'object', id: ctx.objectId, instances: sortedMap(instances) };
}

function decodeInstance(payload: Buffer, instanceId: number, ctx: Ctx): ObjectInstanceNode {
  const frames = readTlvFrames(payload, ctx.format);
  const first = frames[0];
  if (first?.kind === 'instance') {
    if (frames.length !== 1) fail(ctx, 'an object-instance payload holds more than one object-instance TLV');
    if (first.id !== instanceId) fail(ctx, `object-instance TLV id ${first.id} does not match path instance ${instanceId}`);
    return decodeInstanceBody(first.value, instanceId, ctx);
  }
  return decodeInstanceBody(payload, instanceId, ctx);
}

function decodeResourceAt(payload: Buffer, resourceId: number, ctx: Ctx): ResourceNode {
  const frames = readTlvFrames(payload, ctx.format);
  if (frames.length === 0) fail(ctx, 'empty TLV payload for a resource');
  if (frames.every((f) => f.kind === 'resourceInstance')) {
    // Some clients send the instances of a multiple resource without the enclosing frame.
    const { type, multiple } = resourceType(ctx, resourceId);
    if (multiple === false) fail(ctx, `resource ${ctx.objectId}/${resourceId} is single-instance`);
    const instances = decodeInstanceFrames(frames, resourceId, ctx);
    return { kind: 'multiResource', id: resourceId, type, instances };
  }
  const f = frames[0] as TlvFrame;
  if (frames.length !== 1) fail(ctx, `a resource payload holds ${frames.length} TLVs`);
  if (f.id !== resourceId) fail(ctx, `resource TLV id ${f.id} does not match path resource ${resourceId}`);
  return decodeResource(f, ctx);
}

function decodeResourceInstanceAt(payload: Buffer, resourceId: number, riId: number, ctx: Ctx): ResourceInstanceNode {
  const frames = readTlvFrames(payload, ctx.format);
  const f = frames[0];
  if (frames.length !== 1 || f === undefined || f.kind !== 'resourceInstance') {
    return fail(ctx, 'a resource-instance payload must be exactly one resource-instance TLV');
  }
  if (f.id !== riId) fail(ctx, `resource-instance TLV id ${f.id} does not match path instance ${riId}`);
  const { type, multiple } = resourceType(ctx, resourceId);
  if (multiple === false) fail(ctx, `resource ${ctx.objectId}/${resourceId} is single-instance`);
  return { kind: 'resourceInstance', id: riId, type, value: decodeTlvValue(f.value, type, ctx.format) };
}

function encodeResource(node: ResourceNode, format: number): Buffer {
  if (node.kind === 'resource') {
    return writeTlvFrame('resource', node.id, encodeTlvValue(node.value, node.type, format), format);
  }
  const parts: Buffer[] = [];
  for (const [id, value] of [...node.instances].sort((a, b) => a[0] - b[0])) {
    parts.push(writeTlvFrame('resourceInstance', id, encodeTlvValue(value, node.type, format), format));
  }
  return writeTlvFrame('multiResource', node.id, Buffer.concat(parts), format);
}

function encodeInstanceBody(node: ObjectInstanceNode, format: number): Buffer {
  const parts: Buffer[] = [];
  for (const [, res] of [...node.resources].sort((a, b) => a[0] - b[0])) parts.push(encodeResource(res, format));
  return Buffer.concat(parts);
}

function makeTlvCodec(format: number): NodeCodec {
  return {
    format,
    decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
      if (path.objectId === undefined) throw new CodecError(format, 'TLV cannot carry a payload for the root path');
      const ctx: Ctx = { format, objectId: path.objectId, version: path.objectVersion, models };
      try {
        if (path.instanceId === undefined) return decodeObject(payload, ctx);
        if (path.resourceId === undefined) return decodeInstance(payload, path.instanceId, ctx);
        if (path.resourceInstanceId === undefined) return decodeResourceAt(payload, path.resourceId, ctx);
        return decodeResourceInstanceAt(payload, path.resourceId, path.resourceInstanceId, ctx);
      } catch (e) {
        if (e instanceof CodecError) throw e;
        // Defence in depth: a Buffer read past the end must still surface as a CodecError.
        throw new CodecError(format, `malformed TLV for ${formatPath(path)}: ${(e as Error).message}`);
      }
    },
    encode(node: Lwm2mNode, path: Lwm2mPath): Buffer {
      switch (node.kind) {
        case 'object': {
          const parts: Buffer[] = [];
          for (const [id, inst] of [...node.instances].sort((a, b) => a[0] - b[0])) {
            parts.push(writeTlvFrame('instance', id, encodeInstanceBody(inst, format), format));
          }
          return Buffer.concat(parts);
        }
        case 'instance': {
          const body = encodeInstanceBody(node, format);
          // Addressed to the object (Create, or a Write of a whole object): the frame names the
          // instance; addressed to the instance itself, the resources stand alone (§7.4.3).
          return pathLevel(path) === 'object' ? writeTlvFrame('instance', node.id, body, format) : body;
        }
        case 'resource':
        case 'multiResource':
          return encodeResource(node, format);
        case 'resourceInstance':
          return writeTlvFrame('resourceInstance', node.id, encodeTlvValue(node.value, node.type, format), format);
      }
    },
  };
}

/** LwM2M TLV, content format 11542. */
export const tlvCodec: NodeCodec = makeTlvCodec(ContentFormat.TLV);

/** The same codec under the pre-registration number 1542 used by LwM2M 1.0.x devices. */
export const legacyTlvCodec: NodeCodec = makeTlvCodec(ContentFormat.LEGACY_TLV);
