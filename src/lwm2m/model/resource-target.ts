import { CodecError } from '../errors.js';
import type { Lwm2mNode, ResourceInstanceNode, ResourceValue, SingleResourceNode } from '../node.js';
import { formatPath, type Lwm2mPath } from '../path.js';
import type { ModelLookup, ResourceType } from './types.js';

/**
 * What a single-value content format (text, opaque, CBOR: LwM2M Core 1.1 §7.4.1, §7.4.2,
 * 1.2 §7.4.6) may address: one single-instance resource or one resource instance.
 */
export interface SingleValueTarget {
  readonly resourceId: number;
  /** Present when the path names a resource instance. */
  readonly resourceInstanceId?: number;
  /** The model's type, or the codec's fallback when the model does not know the resource. */
  readonly type: ResourceType;
  /** False when no model describes the resource (the type is then a guess). */
  readonly known: boolean;
}

/** Resolves the request path of a single-value format; throws CodecError(format) otherwise. */
export function singleValueTarget(
  path: Lwm2mPath,
  models: ModelLookup,
  format: number,
  fallbackType: ResourceType,
): SingleValueTarget {
  const { objectId, instanceId, resourceId, resourceInstanceId } = path;
  if (objectId === undefined || instanceId === undefined || resourceId === undefined) {
    throw new CodecError(format, `format ${format} carries one value: ${formatPath(path)} is not a resource path`);
  }
  const model = models.resource(objectId, resourceId, path.objectVersion);
  if (model?.type === 'none') {
    throw new CodecError(format, `${formatPath(path)} is executable and has no value`);
  }
  if (resourceInstanceId === undefined) {
    if (model?.multiple === true) {
      throw new CodecError(format, `${formatPath(path)} is a multiple-instance resource; format ${format} holds one value`);
    }
    return { resourceId, type: model?.type ?? fallbackType, known: model !== undefined };
  }
  if (model?.multiple === false) {
    throw new CodecError(format, `${formatPath(path)} addresses an instance of a single-instance resource`);
  }
  return { resourceId, resourceInstanceId, type: model?.type ?? fallbackType, known: model !== undefined };
}

/** The node a single-value decode returns for `target`. */
export function singleValueNode(
  target: SingleValueTarget,
  type: ResourceType,
  value: ResourceValue,
): SingleResourceNode | ResourceInstanceNode {
  if (target.resourceInstanceId === undefined) return { kind: 'resource', id: target.resourceId, type, value };
  return { kind: 'resourceInstance', id: target.resourceInstanceId, type, value };
}

/** The one value of a node a single-value format can encode; throws CodecError(format) otherwise. */
export function singleNodeValue(node: Lwm2mNode, format: number): SingleResourceNode | ResourceInstanceNode {
  if (node.kind === 'resource' || node.kind === 'resourceInstance') return node;
  throw new CodecError(format, `format ${format} carries one value, not a ${node.kind} node`);
}
