import type { ResourceType } from '../lwm2m/model/types.js';
import { javaDoubleText } from '../core/java-double-text.js';
import type { Lwm2mNode, NodesByPath, ObjectLink, ResourceValue } from '../lwm2m/node.js';

/**
 * The text ThingsBoard puts in an RPC response's `value` for Read/Observe (features doc §2.4.2):
 * the Java `toString()` of Leshan's node classes. Users' rule chains parse these strings, so
 * the form is kept exactly: `LwM2mSingleResource [id=9, value=75, type=INTEGER]`.
 */

const TYPE_NAMES: Record<ResourceType, string> = {
  string: 'STRING',
  integer: 'INTEGER',
  unsigned: 'UNSIGNED_INTEGER',
  float: 'FLOAT',
  boolean: 'BOOLEAN',
  opaque: 'OPAQUE',
  time: 'TIME',
  objlnk: 'OBJLNK',
  corelnk: 'CORELINK',
  none: 'NONE',
};

export function typeName(type: ResourceType): string {
  return TYPE_NAMES[type];
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n: number): string => String(n).padStart(2, '0');

/** `java.util.Date.toString()` in UTC: `Thu Jan 01 00:00:00 UTC 2026`. */
export function javaDateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return 'Invalid Date';
  return (
    `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad2(d.getUTCDate())} ` +
    `${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:${pad2(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`
  );
}


function isObjectLink(v: ResourceValue): v is ObjectLink {
  return typeof v === 'object' && v !== null && !Buffer.isBuffer(v) && !(v instanceof Date);
}

/** One value as Leshan prints it inside a node; OPAQUE is only its length ("5Bytes"). */
export function javaValueText(value: ResourceValue, type: ResourceType): string {
  if (Buffer.isBuffer(value)) return `${value.length}Bytes`;
  if (value instanceof Date) return javaDateText(value);
  if (isObjectLink(value)) return `ObjectLink [objectId=${value.objectId}, objectInstanceId=${value.instanceId}]`;
  if (type === 'float' && typeof value === 'number') return javaDoubleText(value);
  return String(value);
}

function javaMap<V>(entries: Iterable<[number | string, V]>, fmt: (v: V) => string): string {
  const parts: string[] = [];
  for (const [k, v] of entries) parts.push(`${k}=${fmt(v)}`);
  return `{${parts.join(', ')}}`;
}

function sorted<V>(m: ReadonlyMap<number, V>): [number, V][] {
  return [...m.entries()].sort((a, b) => a[0] - b[0]);
}

/** Leshan's `toString()` of a node. */
export function nodeText(node: Lwm2mNode): string {
  switch (node.kind) {
    case 'resource':
      return `LwM2mSingleResource [id=${node.id}, value=${javaValueText(node.value, node.type)}, type=${typeName(node.type)}]`;
    case 'resourceInstance':
      return `LwM2mResourceInstance [id=${node.id}, value=${javaValueText(node.value, node.type)}, type=${typeName(node.type)}]`;
    case 'multiResource': {
      const inner = sorted(node.instances).map(
        ([i, v]) => `${i}=LwM2mResourceInstance [id=${i}, value=${javaValueText(v, node.type)}, type=${typeName(node.type)}]`,
      );
      return `LwM2mMultipleResource [id=${node.id}, values={${inner.join(', ')}}, type=${typeName(node.type)}]`;
    }
    case 'instance':
      return `LwM2mObjectInstance [id=${node.id}, resources=${javaMap(sorted(node.resources), nodeText)}]`;
    case 'object':
      return `LwM2mObject [id=${node.id}, instances=${javaMap(sorted(node.instances), nodeText)}]`;
  }
}

// ThingsBoard prints at most 1024 hex characters of an opaque value (features doc §2.4.2).
const OPAQUE_HEX_MAX = 1024;
const hex = (b: Buffer): string => b.toString('hex').slice(0, OPAQUE_HEX_MAX);

/**
 * The `value` of a Read/Observe RPC answer. A single OPAQUE resource (or a multi-instance one)
 * is printed with its bytes in hex, in the bracket-less form of features doc §2.4.2.
 */
export function readValueText(node: Lwm2mNode): string {
  if (node.kind === 'resource' && Buffer.isBuffer(node.value)) {
    return `LwM2mSingleResource id=${node.id} value=${hex(node.value)} type=OPAQUE`;
  }
  if (node.kind === 'multiResource' && node.type === 'opaque') {
    const parts = sorted(node.instances).map(([i, v]) => ` id=${i} value=${Buffer.isBuffer(v) ? hex(v) : String(v)}`);
    return `LwM2mMultipleResource id=${node.id} values={${parts.join(',')}} type=OPAQUE`;
  }
  return nodeText(node);
}

/** The `value` of a ReadComposite/ObserveComposite answer: `{/3/0/9=LwM2mSingleResource [...], /1/0/2=null}`. */
export function compositeValueText(nodes: NodesByPath): string {
  if (nodes.size === 1) {
    const [[key, node]] = [...nodes.entries()] as [[string, Lwm2mNode | null]];
    if (node !== null && node.kind === 'resource' && Buffer.isBuffer(node.value)) {
      return `LwM2mSingleResource key=${key} value=${hex(node.value)} type=OPAQUE`;
    }
  }
  const parts: string[] = [];
  for (const [key, node] of nodes) parts.push(`${key}=${node === null ? 'null' : nodeText(node)}`);
  return `{${parts.join(', ')}}`;
}
