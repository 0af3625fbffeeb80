import { CodecError, Lwm2mError } from '../errors.js';
import type { ModelLookup, ResourceType } from '../model/types.js';
import type { ObjectLink, ResourceValue } from '../node.js';
import type { Lwm2mPath } from '../path.js';
import { checkValueType, parseTextValue } from './value-text.js';

/**
 * Values as the flat formats carry them (SenML JSON/CBOR, LwM2M JSON, LwM2M CBOR), before a
 * resource type is applied. Each format maps its own fields onto these kinds: SenML `v` and
 * CBOR numbers → number, `vs` → string, `vb` → boolean, `vd`/byte strings → opaque, `vlo` →
 * objlnk, CBOR tag 1 → time.
 */
export type FlatValue =
  | { readonly kind: 'number'; readonly value: number | bigint }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'opaque'; readonly value: Buffer }
  | { readonly kind: 'objlnk'; readonly value: string }
  | { readonly kind: 'time'; readonly value: Date };

/** The type a value has when no model describes its resource: the best reading of its kind. */
export function inferType(v: FlatValue): ResourceType {
  switch (v.kind) {
    case 'number':
      return typeof v.value === 'bigint' || Number.isInteger(v.value) ? 'integer' : 'float';
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'opaque':
      return 'opaque';
    case 'objlnk':
      return 'objlnk';
    case 'time':
      return 'time';
  }
}

/**
 * The resource type of a value at `path`: from the model when one is known (with the object
 * version of the request path, when it named one), else inferred from the value.
 */
export function typeAt(models: ModelLookup, path: Lwm2mPath, v: FlatValue, request?: Lwm2mPath): ResourceType {
  if (path.objectId !== undefined && path.resourceId !== undefined) {
    // The version named by the request path (`/3_1.2/0`) applies to that object only.
    const version = request?.objectId === path.objectId ? request.objectVersion : undefined;
    const r = models.resource(path.objectId, path.resourceId, version);
    if (r) return r.type;
  }
  return inferType(v);
}

function mismatch(format: number, type: ResourceType, v: FlatValue): never {
  throw new CodecError(format, `a ${type} resource cannot take a ${v.kind} value`);
}

/** Parses "objectId:instanceId" (LwM2M Core 1.1 Appendix C, Objlnk) with this format's errors. */
export function parseObjlnk(text: string, format: number): ObjectLink {
  try {
    return parseTextValue(text, 'objlnk') as ObjectLink;
  } catch (e) {
    if (e instanceof Lwm2mError) throw new CodecError(format, e.message);
    throw e;
  }
}

export function formatObjlnk(link: ObjectLink): string {
  return `${link.objectId}:${link.instanceId}`;
}

/** Applies a resource type to a flat value; throws CodecError(format) when they do not fit. */
export function toResourceValue(v: FlatValue, type: ResourceType, format: number): ResourceValue {
  switch (type) {
    case 'string':
    case 'corelnk':
      if (v.kind !== 'string') mismatch(format, type, v);
      return v.value;
    case 'integer':
    case 'unsigned':
    case 'float':
      if (v.kind !== 'number') mismatch(format, type, v);
      return checkValueType(v.value, type, format);
    case 'boolean':
      if (v.kind !== 'boolean') mismatch(format, type, v);
      return v.value;
    case 'opaque':
      if (v.kind !== 'opaque') mismatch(format, type, v);
      return v.value;
    case 'time':
      if (v.kind === 'time') return checkValueType(v.value, type, format);
      if (v.kind !== 'number') mismatch(format, type, v);
      // Appendix C: Time is whole seconds since the epoch; a fractional second is dropped.
      return checkValueType(typeof v.value === 'number' ? Math.floor(v.value) : v.value, type, format);
    case 'objlnk':
      // LwM2M CBOR (1.2 §7.4.6) writes an objlnk as a text string; SenML uses "vlo".
      if (v.kind !== 'objlnk' && v.kind !== 'string') mismatch(format, type, v);
      return parseObjlnk(v.value, format);
    case 'none':
      throw new CodecError(format, 'an executable resource (type none) has no value');
  }
}

/** The flat form of a typed value (validated first). Time stays a Date; formats choose its form. */
export function fromResourceValue(value: ResourceValue, type: ResourceType, format: number): FlatValue {
  const v = checkValueType(value, type, format);
  switch (type) {
    case 'string':
    case 'corelnk':
      return { kind: 'string', value: v as string };
    case 'integer':
    case 'unsigned':
    case 'float':
      return { kind: 'number', value: v as number | bigint };
    case 'boolean':
      return { kind: 'boolean', value: v as boolean };
    case 'opaque':
      return { kind: 'opaque', value: v as Buffer };
    case 'time':
      return { kind: 'time', value: v as Date };
    case 'objlnk':
      return { kind: 'objlnk', value: formatObjlnk(v as ObjectLink) };
    case 'none':
      throw new CodecError(format, 'an executable resource (type none) has no value');
  }
}

/** Whole seconds since the epoch of a time value (Appendix C). */
export function timeSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

// RFC 4648 §4 and §5 alphabets together, optional padding.
const BASE64_ANY_RE = /^[A-Za-z0-9+/_-]*={0,2}$/;

/**
 * Decodes base64 or base64url, padded or not. RFC 8428 §5 says "vd" is base64url without
 * padding; devices in the field also send the standard alphabet, which is unambiguous.
 */
export function decodeBase64Any(text: string, format: number): Buffer {
  const body = text.replace(/=+$/, '');
  if (!BASE64_ANY_RE.test(text) || body.length % 4 === 1) {
    throw new CodecError(format, 'opaque value is not valid base64');
  }
  return Buffer.from(body.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** RFC 8428 §5: "vd" is base64url (RFC 4648 §5) with the padding removed. */
export function encodeBase64Url(b: Buffer): string {
  return b.toString('base64url');
}

/**
 * Runs a decode/encode step so that anything it throws reaches the caller as CodecError(format):
 * path errors, cbor-x/JSON.parse errors and stack exhaustion on hostile nesting included.
 */
export function asCodecError<T>(format: number, step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof CodecError) throw e;
    const message = e instanceof Error ? e.message : String(e);
    throw new CodecError(format, message);
  }
}
