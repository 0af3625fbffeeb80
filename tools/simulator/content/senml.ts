import { Decoder, Encoder } from 'cbor-x';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelLookup, ResourceType } from '../../../src/lwm2m/model/types.js';
import type { ResourceValue, ValueEntry } from '../../../src/lwm2m/node.js';
import { formatPath, parsePath, type Lwm2mPath } from '../../../src/lwm2m/path.js';

/**
 * Interim SenML JSON / SenML CBOR codec for the simulator (RFC 8428; LwM2M Core 1.1 §7.4.4 and
 * §7.4.5), used until the project's codec registry lands; reached only through content-codecs.ts.
 * Records are written with absolute names in `n` (no base name), which RFC 8428 §4.5.1 allows.
 */

interface Record {
  n?: string;
  v?: number | bigint;
  vs?: string;
  vb?: boolean;
  vd?: Buffer;
  vlo?: string;
  t?: number;
}

// RFC 8428 §6: CBOR labels. LwM2M Core 1.1 §7.4.5 adds "vlo" as a text label.
const CBOR_LABEL: { readonly [K in keyof Record | 'bn' | 'bt']-?: number | string } = {
  bn: -2,
  bt: -3,
  n: 0,
  v: 2,
  vs: 3,
  vb: 4,
  vd: 8,
  t: 6,
  vlo: 'vlo',
};
const NAME_OF_LABEL = new Map<number | string, string>(Object.entries(CBOR_LABEL).map(([k, v]) => [v, k]));

const encoder = new Encoder({ useRecords: false, mapsAsObjects: false, variableMapSize: true });
const decoder = new Decoder({ useRecords: false, mapsAsObjects: false });

function toRecord(e: ValueEntry): Record {
  const r: Record = { n: formatPath(e.path) };
  if (e.time !== undefined) r.t = e.time / 1000;
  const v = e.value;
  switch (e.type) {
    case 'boolean':
      r.vb = v === true;
      break;
    case 'string':
    case 'corelnk':
      r.vs = String(v);
      break;
    case 'opaque':
      r.vd = Buffer.isBuffer(v) ? v : Buffer.from(String(v));
      break;
    case 'time':
      r.v = v instanceof Date ? Math.floor(v.getTime() / 1000) : (v as number);
      break;
    case 'objlnk':
      if (typeof v === 'object' && !(v instanceof Date) && !Buffer.isBuffer(v)) r.vlo = `${v.objectId}:${v.instanceId}`;
      break;
    default:
      if (typeof v === 'number' || typeof v === 'bigint') r.v = v;
  }
  return r;
}

function valueOf(format: number, r: Record, type: ResourceType, name: string): ResourceValue {
  const fail = (): never => {
    throw new CodecError(format, `record ${name} has no value of type ${type}`);
  };
  switch (type) {
    case 'boolean':
      return typeof r.vb === 'boolean' ? r.vb : fail();
    case 'string':
    case 'corelnk':
      return typeof r.vs === 'string' ? r.vs : fail();
    case 'opaque':
      return Buffer.isBuffer(r.vd) ? r.vd : fail();
    case 'objlnk': {
      const m = typeof r.vlo === 'string' ? /^(\d{1,5}):(\d{1,5})$/.exec(r.vlo) : null;
      return m ? { objectId: Number(m[1]), instanceId: Number(m[2]) } : fail();
    }
    case 'time':
      return typeof r.v === 'number' ? new Date(r.v * 1000) : fail();
    case 'integer':
    case 'unsigned':
      if (typeof r.v === 'bigint') return r.v;
      return typeof r.v === 'number' && Number.isInteger(r.v) ? r.v : fail();
    case 'float':
      return typeof r.v === 'number' ? r.v : typeof r.v === 'bigint' ? Number(r.v) : fail();
    case 'none':
      return fail();
  }
}

interface Resolved {
  readonly name: string;
  readonly time?: number;
  readonly record: Record;
}

/** RFC 8428 §4.5: resolves base name and base time into each record. */
function resolve(format: number, raw: unknown): Resolved[] {
  if (!Array.isArray(raw)) throw new CodecError(format, 'SenML pack must be an array');
  let bn = '';
  let bt = 0;
  const out: Resolved[] = [];
  for (const item of raw) {
    const rec = normalise(format, item);
    if (typeof rec.bn === 'string') bn = rec.bn;
    if (typeof rec.bt === 'number') bt = rec.bt;
    const name = bn + (typeof rec.n === 'string' ? rec.n : '');
    const t = typeof rec.t === 'number' ? rec.t : undefined;
    const time = t !== undefined || bt !== 0 ? (bt + (t ?? 0)) * 1000 : undefined;
    out.push(time === undefined ? { name, record: rec as Record } : { name, time, record: rec as Record });
  }
  return out;
}

function normalise(format: number, item: unknown): { [k: string]: unknown } {
  if (item instanceof Map) {
    const o: { [k: string]: unknown } = {};
    for (const [k, v] of item) {
      const name = NAME_OF_LABEL.get(k as number | string);
      if (name !== undefined) o[name] = v instanceof Uint8Array && !Buffer.isBuffer(v) ? Buffer.from(v) : v;
    }
    return o;
  }
  if (item === null || typeof item !== 'object' || Array.isArray(item)) {
    throw new CodecError(format, 'SenML record must be a map');
  }
  const o = { ...(item as { [k: string]: unknown }) };
  if (format === ContentFormat.SENML_JSON && typeof o.vd === 'string') o.vd = Buffer.from(o.vd, 'base64url');
  return o;
}

function parse(format: number, payload: Buffer): unknown {
  try {
    return format === ContentFormat.SENML_JSON ? JSON.parse(payload.toString('utf8')) : decoder.decode(payload);
  } catch (e) {
    throw new CodecError(format, `SenML payload does not parse: ${(e as Error).message}`);
  }
}

function toPath(format: number, name: string): Lwm2mPath {
  try {
    return parsePath(name);
  } catch {
    throw new CodecError(format, `SenML name "${name}" is not an LwM2M path`);
  }
}

export function encodeSenml(format: number, entries: readonly ValueEntry[]): Buffer {
  const records = entries.map(toRecord);
  if (format === ContentFormat.SENML_JSON) {
    return Buffer.from(
      JSON.stringify(records, (_k, v: unknown) => {
        if (typeof v === 'bigint') return Number(v);
        if (v !== null && typeof v === 'object' && (v as { type?: string }).type === 'Buffer') {
          // RFC 8428 §4.3: "vd" is base64url without padding.
          return Buffer.from((v as { data: number[] }).data).toString('base64url');
        }
        return v;
      }),
    );
  }
  return encoder.encode(
    records.map((r) => new Map(Object.entries(r).map(([k, v]) => [CBOR_LABEL[k as keyof typeof CBOR_LABEL], v]))),
  );
}

export function encodeSenmlPaths(format: number, paths: readonly Lwm2mPath[]): Buffer {
  return format === ContentFormat.SENML_JSON
    ? Buffer.from(JSON.stringify(paths.map((p) => ({ n: formatPath(p) }))))
    : encoder.encode(paths.map((p) => new Map([[CBOR_LABEL.n, formatPath(p)]])));
}

export function decodeSenml(format: number, payload: Buffer, models: ModelLookup): ValueEntry[] {
  return resolve(format, parse(format, payload)).map(({ name, time, record }) => {
    const path = toPath(format, name);
    if (path.resourceId === undefined || path.objectId === undefined) {
      throw new CodecError(format, `SenML value name "${name}" is not a resource path`);
    }
    const model = models.resource(path.objectId, path.resourceId);
    if (model === undefined) throw new CodecError(format, `unknown resource ${name}`);
    const value = valueOf(format, record, model.type, name);
    return time === undefined ? { path, type: model.type, value } : { path, type: model.type, value, time };
  });
}

export function decodeSenmlPaths(format: number, payload: Buffer): Lwm2mPath[] {
  return resolve(format, parse(format, payload)).map(({ name }) => toPath(format, name));
}
