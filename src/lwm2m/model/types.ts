/**
 * Object models as described by OMA DDF XML (LwM2M Core 1.1 Appendix D / the LWM2M.xsd
 * schemas of 1.0, 1.1 and 1.2). Only facts the server acts on are kept.
 */

/** LwM2M Core 1.1 Appendix C data types ("none" is an executable resource's type). */
export type ResourceType =
  | 'string'
  | 'integer'
  | 'unsigned'
  | 'float'
  | 'boolean'
  | 'opaque'
  | 'time'
  | 'objlnk'
  | 'corelnk'
  | 'none';

/** The operations a resource allows: R, W, RW, E or none (an object-level resource). */
export interface ResourceOperations {
  readonly read: boolean;
  readonly write: boolean;
  readonly execute: boolean;
}

export interface ResourceModel {
  readonly id: number;
  readonly name: string;
  readonly operations: ResourceOperations;
  readonly multiple: boolean;
  readonly mandatory: boolean;
  readonly type: ResourceType;
  /** The RangeEnumeration text as written in the model, empty when absent. */
  readonly range: string;
  readonly units: string;
}

export interface ObjectModel {
  readonly id: number;
  readonly name: string;
  /** "major.minor"; "1.0" when the DDF has no ObjectVersion. */
  readonly version: string;
  /** LwM2M version the model was written for ("1.0" when absent). */
  readonly lwm2mVersion: string;
  readonly urn: string;
  readonly multiple: boolean;
  readonly mandatory: boolean;
  readonly resources: ReadonlyMap<number, ResourceModel>;
}

/** Looks up models; the codecs take this to learn resource types. */
export interface ModelLookup {
  /** The model of `objectId` at `version`, or the default version when `version` is absent. */
  object(objectId: number, version?: string): ObjectModel | undefined;
  resource(objectId: number, resourceId: number, version?: string): ResourceModel | undefined;
}
