import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelLookup, ResourceType } from '../../../src/lwm2m/model/types.js';
import type { Lwm2mNode, ObjectInstanceNode, ResourceNode, ResourceValue } from '../../../src/lwm2m/node.js';
import { pathLevel, type Lwm2mPath } from '../../../src/lwm2m/path.js';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';

/**
 * Interim OMA-TLV codec for the simulator (LwM2M Core 1.0 §6.4.3, 1.1 §7.4.3), used until the
 * project's codec registry lands; the simulator reaches it only through content-codecs.ts.
 */

const TLV = ContentFormat.TLV;
const fail = (msg: string): never => {
  throw new CodecError(TLV, msg);
};

// §7.4.3 type byte, bits 7-6: identifier kinds.
const OBJECT_INSTANCE = 0b00;
const RESOURCE_INSTANCE = 0b01;
const MULTIPLE_RESOURCE = 0b10;
const RESOURCE_VALUE = 0b11;

function header(kind: number, id: number, length: number): Buffer {
  const idBytes = id > 0xff ? 2 : 1;
  const lenBytes = length < 8 ? 0 : length <= 0xff ? 1 : length <= 0xffff ? 2 : 3;
  if (length > 0xffffff) fail(`TLV value of ${length} bytes is too long`);
  const h = Buffer.alloc(1 + idBytes + lenBytes);
  h[0] = (kind << 6) | ((idBytes - 1) << 5) | (lenBytes << 3) | (lenBytes === 0 ? length : 0);
  h.writeUIntBE(id, 1, idBytes);
  if (lenBytes > 0) h.writeUIntBE(length, 1 + idBytes, lenBytes);
  return h;
}

function frame(kind: number, id: number, value: Buffer): Buffer {
  return Buffer.concat([header(kind, id, value.length), value]);
}

function encodeInt(n: bigint, signed: boolean): Buffer {
  // §7.4.3.1 / Appendix C: integers take 1, 2, 4 or 8 bytes, the smallest that holds the value.
  for (const size of [1, 2, 4, 8]) {
    const bits = BigInt(size * 8);
    const min = signed ? -(1n << (bits - 1n)) : 0n;
    const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
    if (n >= min && n <= max) {
      return signed ? sliceSigned(n, size) : sliceUnsigned(n, size);
    }
  }
  return fail(`integer ${n} does not fit in 8 bytes`);
}

function sliceSigned(n: bigint, size: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigInt64BE(n);
  return b.subarray(8 - size);
}

function sliceUnsigned(n: bigint, size: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64BE(n);
  return b.subarray(8 - size);
}

export function encodeTlvValue(type: ResourceType, v: ResourceValue): Buffer {
  switch (type) {
    case 'string':
    case 'corelnk':
      return Buffer.from(String(v), 'utf8');
    case 'integer':
    case 'unsigned':
      if (typeof v !== 'number' && typeof v !== 'bigint') return fail(`${type} value expected`);
      if (typeof v === 'number' && !Number.isInteger(v)) return fail(`${v} is not an integer`);
      return encodeInt(BigInt(v), type === 'integer');
    case 'float': {
      if (typeof v !== 'number') return fail('float value expected');
      if (Math.fround(v) === v) {
        const b = Buffer.alloc(4);
        b.writeFloatBE(v);
        return b;
      }
      const b = Buffer.alloc(8);
      b.writeDoubleBE(v);
      return b;
    }
    case 'boolean':
      return Buffer.of(v === true ? 1 : 0);
    case 'opaque':
      return Buffer.isBuffer(v) ? v : fail('opaque value expected');
    case 'time': {
      const seconds = v instanceof Date ? Math.floor(v.getTime() / 1000) : v;
      if (typeof seconds !== 'number' && typeof seconds !== 'bigint') return fail('time value expected');
      return encodeInt(BigInt(seconds), true);
    }
    case 'objlnk': {
      if (typeof v !== 'object' || v instanceof Date || Buffer.isBuffer(v)) return fail('objlnk value expected');
      const b = Buffer.alloc(4);
      b.writeUInt16BE(v.objectId);
      b.writeUInt16BE(v.instanceId, 2);
      return b;
    }
    case 'none':
      return fail('an executable resource has no value');
  }
}

function resourceTlv(r: ResourceNode): Buffer {
  if (r.kind === 'multiResource') {
    const inner = [...r.instances].map(([id, v]) => frame(RESOURCE_INSTANCE, id, encodeTlvValue(r.type, v)));
    return frame(MULTIPLE_RESOURCE, r.id, Buffer.concat(inner));
  }
  return frame(RESOURCE_VALUE, r.id, encodeTlvValue(r.type, r.value));
}

function instanceBody(inst: ObjectInstanceNode): Buffer {
  return Buffer.concat([...inst.resources.values()].map(resourceTlv));
}

export function encodeTlv(node: Lwm2mNode): Buffer {
  switch (node.kind) {
    case 'object':
      return Buffer.concat([...node.instances.values()].map((i) => frame(OBJECT_INSTANCE, i.id, instanceBody(i))));
    case 'instance':
      // §7.4.3.2: a Read of one instance answers its resources without the instance wrapper.
      return instanceBody(node);
    case 'resource':
    case 'multiResource':
      return resourceTlv(node);
    case 'resourceInstance':
      return frame(RESOURCE_INSTANCE, node.id, encodeTlvValue(node.type, node.value));
  }
}

interface Tlv {
  readonly kind: number;
  readonly id: number;
  readonly value: Buffer;
}

function parseTlvs(buf: Buffer): Tlv[] {
  const out: Tlv[] = [];
  let i = 0;
  while (i < buf.length) {
    const t = buf[i] as number;
    const idBytes = t & 0x20 ? 2 : 1;
    const lenBytes = (t >> 3) & 0x03;
    const headerLen = 1 + idBytes + lenBytes;
    if (i + headerLen > buf.length) fail('truncated TLV header');
    const id = buf.readUIntBE(i + 1, idBytes);
    const length = lenBytes === 0 ? t & 0x07 : buf.readUIntBE(i + 1 + idBytes, lenBytes);
    const start = i + headerLen;
    if (start + length > buf.length) fail('TLV length runs past the payload');
    out.push({ kind: t >> 6, id, value: buf.subarray(start, start + length) });
    i = start + length;
  }
  return out;
}

function readInt(b: Buffer, signed: boolean): number | bigint {
  if (![1, 2, 4, 8].includes(b.length)) fail(`integer of ${b.length} bytes`);
  if (b.length === 8) {
    const n = signed ? b.readBigInt64BE() : b.readBigUInt64BE();
    return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
  }
  return signed ? b.readIntBE(0, b.length) : b.readUIntBE(0, b.length);
}

export function decodeTlvValue(type: ResourceType, b: Buffer): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      return b.toString('utf8');
    case 'integer':
      return readInt(b, true);
    case 'unsigned':
      return readInt(b, false);
    case 'float':
      if (b.length === 4) return b.readFloatBE();
      if (b.length === 8) return b.readDoubleBE();
      return fail(`float of ${b.length} bytes`);
    case 'boolean':
      if (b.length !== 1 || (b[0] as number) > 1) return fail('boolean must be one byte 0 or 1');
      return b[0] === 1;
    case 'opaque':
      return Buffer.from(b);
    case 'time':
      return new Date(Number(readInt(b, true)) * 1000);
    case 'objlnk':
      if (b.length !== 4) return fail('objlnk must be 4 bytes');
      return { objectId: b.readUInt16BE(0), instanceId: b.readUInt16BE(2) };
    case 'none':
      return fail('an executable resource has no value');
  }
}

function decodeResource(t: Tlv, objectId: number, models: ModelLookup): ResourceNode {
  const model = models.resource(objectId, t.id);
  if (model === undefined) return fail(`unknown resource /${objectId}/x/${t.id}`);
  if (t.kind === MULTIPLE_RESOURCE) {
    const instances = new Map<number, ResourceValue>();
    for (const ri of parseTlvs(t.value)) {
      if (ri.kind !== RESOURCE_INSTANCE) fail('multiple resource holds a non resource-instance TLV');
      instances.set(ri.id, decodeTlvValue(model.type, ri.value));
    }
    return { kind: 'multiResource', id: t.id, type: model.type, instances };
  }
  if (t.kind !== RESOURCE_VALUE) return fail('resource TLV expected');
  return { kind: 'resource', id: t.id, type: model.type, value: decodeTlvValue(model.type, t.value) };
}

function decodeInstance(id: number, tlvs: Tlv[], objectId: number, models: ModelLookup): ObjectInstanceNode {
  const resources = new Map<number, ResourceNode>();
  for (const t of tlvs) resources.set(t.id, decodeResource(t, objectId, models));
  return { kind: 'instance', id, resources };
}

export function decodeTlv(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
  const objectId = path.objectId ?? fail('TLV needs an object path');
  const tlvs = parseTlvs(payload);
  switch (pathLevel(path)) {
    case 'object': {
      const instances = new Map<number, ObjectInstanceNode>();
      for (const t of tlvs) {
        if (t.kind !== OBJECT_INSTANCE) fail('object instance TLV expected');
        instances.set(t.id, decodeInstance(t.id, parseTlvs(t.value), objectId, models));
      }
      return { kind: 'object', id: objectId, instances };
    }
    case 'instance': {
      const only = tlvs[0];
      // A Create/Write may wrap the resources in one object-instance TLV; accept both forms.
      if (tlvs.length === 1 && only !== undefined && only.kind === OBJECT_INSTANCE) {
        return decodeInstance(only.id, parseTlvs(only.value), objectId, models);
      }
      return decodeInstance(path.instanceId ?? 0, tlvs, objectId, models);
    }
    case 'resource': {
      const rid = path.resourceId ?? 0;
      const model = models.resource(objectId, rid) ?? fail(`unknown resource ${rid}`);
      if (tlvs.length === 1 && tlvs[0] !== undefined && tlvs[0].kind !== RESOURCE_INSTANCE) {
        return decodeResource(tlvs[0], objectId, models);
      }
      const instances = new Map<number, ResourceValue>();
      for (const t of tlvs) {
        if (t.kind !== RESOURCE_INSTANCE) fail('resource instance TLV expected');
        instances.set(t.id, decodeTlvValue(model.type, t.value));
      }
      return { kind: 'multiResource', id: rid, type: model.type, instances };
    }
    case 'resourceInstance': {
      const model = models.resource(objectId, path.resourceId ?? 0) ?? fail('unknown resource');
      const t = tlvs[0];
      if (tlvs.length !== 1 || t === undefined || t.kind !== RESOURCE_INSTANCE) return fail('one resource instance TLV expected');
      return { kind: 'resourceInstance', id: t.id, type: model.type, value: decodeTlvValue(model.type, t.value) };
    }
    case 'root':
      return fail('TLV needs an object path');
  }
}
