import type { Lwm2mPath } from './path.js';
import type { ResourceType } from './model/types.js';

/**
 * Decoded LwM2M content: the tree of LwM2M Core 1.1 §7.4 (object, object instance, resource,
 * resource instance). Codecs produce and consume these; the layers above only see nodes.
 */

export interface ObjectLink {
  readonly objectId: number;
  readonly instanceId: number;
}

/**
 * A resource value, by resource type:
 * string, corelnk → string; integer, unsigned → number (bigint beyond 2^53);
 * float → number; boolean → boolean; opaque → Buffer; time → Date; objlnk → ObjectLink.
 */
export type ResourceValue = string | number | bigint | boolean | Buffer | Date | ObjectLink;

export interface SingleResourceNode {
  readonly kind: 'resource';
  readonly id: number;
  readonly type: ResourceType;
  readonly value: ResourceValue;
}

export interface MultiResourceNode {
  readonly kind: 'multiResource';
  readonly id: number;
  readonly type: ResourceType;
  /** Resource instance id → value, in ascending id order when produced by a codec. */
  readonly instances: ReadonlyMap<number, ResourceValue>;
}

export interface ResourceInstanceNode {
  readonly kind: 'resourceInstance';
  readonly id: number;
  readonly type: ResourceType;
  readonly value: ResourceValue;
}

export type ResourceNode = SingleResourceNode | MultiResourceNode;

export interface ObjectInstanceNode {
  readonly kind: 'instance';
  readonly id: number;
  readonly resources: ReadonlyMap<number, ResourceNode>;
}

export interface ObjectNode {
  readonly kind: 'object';
  readonly id: number;
  readonly instances: ReadonlyMap<number, ObjectInstanceNode>;
}

export type Lwm2mNode = ObjectNode | ObjectInstanceNode | ResourceNode | ResourceInstanceNode;

/**
 * One value at a resource or resource-instance path, as the flat codecs (SenML, LwM2M JSON,
 * LwM2M CBOR) carry them. `time` is the device's timestamp in milliseconds since the epoch
 * when the payload gave one (SenML `bt`+`t`).
 */
export interface ValueEntry {
  readonly path: Lwm2mPath;
  readonly type: ResourceType;
  readonly value: ResourceValue;
  readonly time?: number;
}

/** A path-addressed set of nodes: the result of Read-Composite and composite notifications. */
export type NodesByPath = Map<string, Lwm2mNode | null>;

/** Nodes grouped by device timestamp (SenML records with different times), oldest first. */
export interface TimestampedNodes {
  readonly time?: number;
  readonly entries: readonly ValueEntry[];
}
