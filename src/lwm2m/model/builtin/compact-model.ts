/**
 * The compact form the generated built-in models are written in, and its expansion to
 * ObjectModel. One tuple per resource keeps the generated file small and free of OMA prose.
 */
import type { ObjectModel, ResourceModel, ResourceOperations, ResourceType } from '../types.js';

/** Operations as written in a DDF <Operations> element ('' for none). */
export type CompactOperations = '' | 'R' | 'W' | 'RW' | 'E';

/** [id, name, operations, multiple (0|1), mandatory (0|1), type, range, units] */
export type CompactResource = readonly [
  id: number,
  name: string,
  operations: CompactOperations,
  multiple: 0 | 1,
  mandatory: 0 | 1,
  type: ResourceType,
  range: string,
  units: string,
];

export interface CompactObject {
  readonly id: number;
  readonly name: string;
  readonly version: string;
  readonly lwm2mVersion: string;
  readonly urn: string;
  readonly multiple: 0 | 1;
  readonly mandatory: 0 | 1;
  readonly resources: readonly CompactResource[];
}

const OPS: Readonly<Record<CompactOperations, ResourceOperations>> = {
  '': Object.freeze({ read: false, write: false, execute: false }),
  R: Object.freeze({ read: true, write: false, execute: false }),
  W: Object.freeze({ read: false, write: true, execute: false }),
  RW: Object.freeze({ read: true, write: true, execute: false }),
  E: Object.freeze({ read: false, write: false, execute: true }),
};

export function operationsCode(o: ResourceOperations): CompactOperations {
  if (o.execute) return 'E';
  if (o.read && o.write) return 'RW';
  if (o.read) return 'R';
  if (o.write) return 'W';
  return '';
}

export function compactObject(m: ObjectModel): CompactObject {
  const resources: CompactResource[] = [...m.resources.values()]
    .sort((a, b) => a.id - b.id)
    .map((r) => [r.id, r.name, operationsCode(r.operations), r.multiple ? 1 : 0, r.mandatory ? 1 : 0, r.type, r.range, r.units]);
  return {
    id: m.id,
    name: m.name,
    version: m.version,
    lwm2mVersion: m.lwm2mVersion,
    urn: m.urn,
    multiple: m.multiple ? 1 : 0,
    mandatory: m.mandatory ? 1 : 0,
    resources,
  };
}

export function expandObject(c: CompactObject): ObjectModel {
  const resources = new Map<number, ResourceModel>();
  for (const [id, name, ops, multiple, mandatory, type, range, units] of c.resources) {
    resources.set(id, { id, name, operations: OPS[ops], multiple: multiple === 1, mandatory: mandatory === 1, type, range, units });
  }
  return {
    id: c.id,
    name: c.name,
    version: c.version,
    lwm2mVersion: c.lwm2mVersion,
    urn: c.urn,
    multiple: c.multiple === 1,
    mandatory: c.mandatory === 1,
    resources,
  };
}
