import { Decoder, Encoder, Tag } from 'cbor-x';
import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { Lwm2mNode, ObjectLink, ResourceValue } from '../node.js';
import type { Lwm2mPath } from '../path.js';
import type { ModelLookup, ResourceType } from '../model/types.js';
import { singleNodeValue, singleValueNode, singleValueTarget } from '../model/resource-target.js';
import type { NodeCodec } from './types.js';
import { checkValueType } from './value-text.js';

const F = ContentFormat.CBOR;

/**
 * application/cbor (LwM2M Core 1.1 §7.4 / Appendix C "CBOR" column): one CBOR data item for
 * one single-instance resource or resource instance. Integer/unsigned as CBOR integers, float
 * as a float (or an integer when the value is whole), boolean, string and corelnk as text,
 * opaque as a byte string, time as tag 1 (epoch seconds; a bare integer is accepted), objlnk
 * as the text "objectId:instanceId".
 */

// No record extension, no shared structures: every payload is decoded on its own.
const decoder = new Decoder({ useRecords: false, mapsAsObjects: true });
const encoder = new Encoder({ useRecords: false, tagUint8Array: false });

const OBJLNK_RE = /^(\d{1,5}):(\d{1,5})$/;
const INT32_MIN = -(2 ** 31);
const UINT32_MAX = 2 ** 32 - 1;

function describe(item: unknown): string {
  if (item === null) return 'null';
  if (Array.isArray(item)) return 'array';
  if (item instanceof Date) return 'date';
  if (item instanceof Uint8Array) return 'byte string';
  return typeof item;
}

/** The resource type a data item suggests when no model knows the resource. */
function inferType(item: unknown): ResourceType {
  if (typeof item === 'boolean') return 'boolean';
  if (typeof item === 'string') return 'string';
  if (typeof item === 'bigint') return 'integer';
  if (typeof item === 'number') return Number.isInteger(item) ? 'integer' : 'float';
  if (item instanceof Date) return 'time';
  if (item instanceof Uint8Array) return 'opaque';
  throw new CodecError(F, `CBOR ${describe(item)} is not a resource value`);
}

function toValue(item: unknown, type: ResourceType): ResourceValue {
  const mismatch = (): never => {
    throw new CodecError(F, `CBOR ${describe(item)} does not fit a ${type} resource`);
  };
  switch (type) {
    case 'integer':
    case 'unsigned':
    case 'float':
      if (typeof item === 'number' || typeof item === 'bigint') return checkValueType(item, type, F);
      return mismatch();
    case 'time':
      if (item instanceof Date || typeof item === 'number' || typeof item === 'bigint') return checkValueType(item, type, F);
      return mismatch();
    case 'boolean':
    case 'string':
    case 'corelnk':
      if (typeof item === (type === 'boolean' ? 'boolean' : 'string')) return checkValueType(item as ResourceValue, type, F);
      return mismatch();
    case 'opaque':
      if (item instanceof Uint8Array) return Buffer.from(item);
      return mismatch();
    case 'objlnk': {
      const m = typeof item === 'string' ? OBJLNK_RE.exec(item) : null;
      if (!m) return mismatch();
      return checkValueType({ objectId: Number(m[1]), instanceId: Number(m[2]) }, type, F);
    }
    case 'none':
      throw new CodecError(F, 'an executable resource (type none) has no value');
  }
}

// cbor-x writes whole numbers past 32 bits as float64; pass those as bigint to keep them integers.
function integerItem(v: number | bigint): number | bigint {
  if (typeof v === 'number' && (v < INT32_MIN || v > UINT32_MAX)) return BigInt(v);
  if (typeof v === 'bigint' && v >= INT32_MIN && v <= UINT32_MAX) return Number(v);
  return v;
}

function toItem(value: ResourceValue, type: ResourceType): unknown {
  const v = checkValueType(value, type, F);
  switch (type) {
    case 'integer':
    case 'unsigned':
      return integerItem(v as number | bigint);
    case 'time':
      return new Tag(integerItem(Math.floor((v as Date).getTime() / 1000)), 1);
    case 'objlnk': {
      const l = v as ObjectLink;
      return `${l.objectId}:${l.instanceId}`;
    }
    default:
      return v;
  }
}

export const cborCodec: NodeCodec = {
  format: F,
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
    // The fallback type is only a placeholder: an unknown resource takes the item's own type.
    const target = singleValueTarget(path, models, F, 'opaque');
    let item: unknown;
    try {
      item = decoder.decode(payload);
    } catch (e) {
      throw new CodecError(F, `malformed CBOR: ${(e as Error).message}`);
    }
    const type = target.known ? target.type : inferType(item);
    return singleValueNode(target, type, toValue(item, type));
  },
  encode(node: Lwm2mNode): Buffer {
    const n = singleNodeValue(node, F);
    try {
      return encoder.encode(toItem(n.value, n.type));
    } catch (e) {
      if (e instanceof CodecError) throw e;
      throw new CodecError(F, `cannot encode CBOR: ${(e as Error).message}`);
    }
  },
};
