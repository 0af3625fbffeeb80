import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode, ValueEntry } from '../node.js';
import { formatPath, makePath, type Lwm2mPath } from '../path.js';
import { entriesFromNode, nodeFromEntries } from './node-entries.js';
import { cborBytes, cborEpochTime, cborNumber, decodeCbor, encodeCbor } from './senml-cbor-io.js';
import { MAX_SENML_RECORDS } from './senml-record.js';
import { asCodecError, fromResourceValue, timeSeconds, toResourceValue, typeAt, type FlatValue } from './senml-value.js';
import type { MultiPathCodec } from './types.js';

/**
 * LwM2M CBOR (LwM2M Core 1.2 §7.4.6, application/vnd.oma.lwm2m+cbor, 11544): the data model as
 * nested CBOR maps from the root, {3: {0: {0: "…", 6: {0: 1, 1: 5}}}}. A key is one path id or
 * an array of consecutive ids ({[3, 0]: {…}}, {[3, 0, 9]: 100}); values sit at resource or
 * resource-instance depth. Time is tag 1 over seconds, objlnk is "oid:iid" text, opaque a byte
 * string. Paths are always absolute, whatever the request path.
 */

const FORMAT = ContentFormat.LWM2M_CBOR;
const MAX_DEPTH = 4;

function bad(message: string): never {
  throw new CodecError(FORMAT, message);
}

function keyIds(key: unknown): number[] {
  const one = cborNumber(key);
  if (one !== undefined) return [checkId(one)];
  if (Array.isArray(key)) {
    if (key.length === 0 || key.length > MAX_DEPTH) bad('a path-array key must hold 1 to 4 ids');
    return key.map((k: unknown) => {
      const n = cborNumber(k);
      if (n === undefined) bad('a path-array key must hold unsigned integers');
      return checkId(n);
    });
  }
  return bad('a map key must be an unsigned integer or an array of them');
}

function checkId(n: number | bigint): number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 65535) bad(`path id ${String(n)} out of range`);
  return n;
}

function flatOf(v: unknown, at: string): FlatValue {
  const n = cborNumber(v);
  if (n !== undefined) return { kind: 'number', value: n };
  if (typeof v === 'string') return { kind: 'string', value: v };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (v instanceof Date) return { kind: 'time', value: v };
  const bytes = cborBytes(v);
  if (bytes) return { kind: 'opaque', value: bytes };
  if (v === null || v === undefined) return bad(`null value at ${at} is not supported`);
  return bad(`unsupported CBOR value at ${at}`);
}

interface RawEntry {
  readonly ids: number[];
  readonly value: unknown;
}

function walk(map: ReadonlyMap<unknown, unknown>, prefix: number[], out: RawEntry[]): void {
  for (const [key, value] of map) {
    const ids = prefix.concat(keyIds(key));
    if (ids.length > MAX_DEPTH) bad(`path /${ids.join('/')} is deeper than a resource instance`);
    if (value instanceof Map) {
      if (ids.length === MAX_DEPTH) bad(`a resource instance /${ids.join('/')} cannot hold a map`);
      walk(value, ids, out);
    } else {
      if (ids.length < 3) bad(`a value at /${ids.join('/')} is above resource level`);
      if (out.length >= MAX_SENML_RECORDS) bad(`more than ${MAX_SENML_RECORDS} values`);
      out.push({ ids, value });
    }
  }
}

function decodeValues(payload: Buffer, models: ModelLookup, request?: Lwm2mPath): ValueEntry[] {
  // An empty payload is an empty map (e.g. an empty multi-instance resource).
  if (payload.length === 0) return [];
  const doc = decodeCbor(payload, FORMAT);
  if (!(doc instanceof Map)) bad('an LwM2M CBOR payload must be a CBOR map');
  const raw: RawEntry[] = [];
  walk(doc, [], raw);
  const seen = new Set<string>();
  return raw.map(({ ids, value }) => {
    const path = makePath(ids[0], ids[1], ids[2], ids[3]);
    const key = formatPath(path);
    if (seen.has(key)) bad(`duplicate value for ${key}`);
    seen.add(key);
    const flat = flatOf(value, key);
    const type = typeAt(models, path, flat, request);
    return { path, type, value: toResourceValue(flat, type, FORMAT) };
  });
}

function cborValue(e: ValueEntry): unknown {
  const flat = fromResourceValue(e.value, e.type, FORMAT);
  return flat.kind === 'time' ? cborEpochTime(timeSeconds(flat.value)) : flat.value;
}

type Tree = Map<number, unknown>;

function child(m: Tree, id: number, at: string): Tree {
  const v = m.get(id);
  if (v === undefined) {
    const c: Tree = new Map();
    m.set(id, c);
    return c;
  }
  if (!(v instanceof Map)) bad(`${at} has both a value and values below it`);
  return v as Tree;
}

/** Nested maps from the root, in entry order (entriesFromNode gives id order). */
function encodeValues(entries: readonly ValueEntry[]): Buffer {
  if (entries.length > MAX_SENML_RECORDS) bad(`${entries.length} entries exceed the limit of ${MAX_SENML_RECORDS}`);
  const root: Tree = new Map();
  for (const e of entries) {
    const p = e.path;
    const at = formatPath(p);
    if (p.objectId === undefined || p.instanceId === undefined || p.resourceId === undefined) {
      bad(`value at ${at} is not at a resource path`);
    }
    const res = child(child(root, p.objectId, at), p.instanceId, at);
    if (p.resourceInstanceId === undefined) {
      if (res.has(p.resourceId)) bad(`duplicate or conflicting value for ${at}`);
      res.set(p.resourceId, cborValue(e));
    } else {
      const insts = child(res, p.resourceId, at);
      if (insts.has(p.resourceInstanceId)) bad(`duplicate value for ${at}`);
      insts.set(p.resourceInstanceId, cborValue(e));
    }
  }
  return encodeCbor(root);
}

export const lwm2mCborCodec: MultiPathCodec = {
  format: FORMAT,
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
    return asCodecError(FORMAT, () =>
      nodeFromEntries(decodeValues(payload, models, path), path, models, FORMAT),
    );
  },
  encode(node: Lwm2mNode, path: Lwm2mPath): Buffer {
    return asCodecError(FORMAT, () => encodeValues(entriesFromNode(node, path, FORMAT)));
  },
  decodeEntries(payload: Buffer, models: ModelLookup): ValueEntry[] {
    return asCodecError(FORMAT, () => decodeValues(payload, models));
  },
  encodeEntries(entries: readonly ValueEntry[]): Buffer {
    // LwM2M CBOR has no per-value time (1.2 §7.4.6): timestamps are not carried.
    return asCodecError(FORMAT, () => encodeValues(entries));
  },
  encodePaths(): Buffer {
    throw new CodecError(FORMAT, 'LwM2M CBOR does not carry a composite path list (use SenML)');
  },
  decodePaths(): Lwm2mPath[] {
    throw new CodecError(FORMAT, 'LwM2M CBOR does not carry a composite path list (use SenML)');
  },
};
