import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode, ValueEntry } from '../node.js';
import { formatPath, parsePath, pathLevel, type Lwm2mPath } from '../path.js';
import { entriesFromNode, latestEntries, nodeFromEntries } from './node-entries.js';
import { checkRecordCount, MAX_SENML_RECORDS } from './senml-record.js';
import {
  isJsonObject,
  jsonNumber,
  jsonNumberText,
  jsonObjectText,
  numberField,
  parseJsonExact,
  stringField,
} from './senml-json-syntax.js';
import {
  asCodecError,
  decodeBase64Any,
  fromResourceValue,
  timeSeconds,
  toResourceValue,
  typeAt,
  type FlatValue,
} from './senml-value.js';
import type { MultiPathCodec } from './types.js';

/**
 * The LwM2M 1.0 JSON format (LwM2M Core 1.0 §6.4.4, kept in 1.1 §7.4.4 as
 * application/vnd.oma.lwm2m+json, 11543; pre-registration number 1543):
 * {"bn":"/3/0/","bt":…,"e":[{"n":"0","sv":"…"},{"n":"6/0","v":1},{"n":"x","bv":true},
 * {"n":"y","ov":"3:0"},{"n":"z","v":1.5,"t":-5}]}. Names are bn+n by string concatenation;
 * a time is bt+t seconds since the epoch; opaque travels base64 in "sv"; time resources as
 * seconds in "v".
 */

const FORMAT = ContentFormat.LWM2M_JSON;
const VALUE_LABELS = ['v', 'sv', 'bv', 'ov'] as const;

function bad(message: string): never {
  throw new CodecError(FORMAT, message);
}

const optString = (o: Record<string, unknown>, label: string): string | undefined => stringField(o, label, FORMAT);
const optSeconds = (o: Record<string, unknown>, label: string): number | undefined => numberField(o, label, FORMAT);

function entryValue(e: Record<string, unknown>): FlatValue {
  const present = VALUE_LABELS.filter((l) => e[l] !== undefined);
  if (present.length !== 1) bad(`an entry needs exactly one of v, sv, bv, ov (found ${present.length})`);
  switch (present[0]) {
    case 'v': {
      const n = jsonNumber(e.v);
      if (n === undefined) bad('"v" must be a number');
      return { kind: 'number', value: n };
    }
    case 'bv':
      if (typeof e.bv !== 'boolean') bad('"bv" must be a boolean');
      return { kind: 'boolean', value: e.bv };
    case 'ov':
      return { kind: 'objlnk', value: optString(e, 'ov') as string };
    default:
      return { kind: 'string', value: optString(e, 'sv') as string };
  }
}

function toPath(name: string): Lwm2mPath {
  try {
    return parsePath(name);
  } catch (err) {
    return bad(`entry name "${name.slice(0, 60)}" is not an LwM2M path: ${(err as Error).message}`);
  }
}

/** Entries of an LwM2M JSON document, typed by the model (opaque "sv" is base64). */
function decodeDocument(payload: Buffer, models: ModelLookup, request?: Lwm2mPath): ValueEntry[] {
  const doc = parseJsonExact(payload, FORMAT);
  if (!isJsonObject(doc)) bad('an LwM2M JSON document must be a JSON object');
  const list = doc.e;
  if (!Array.isArray(list)) bad('an LwM2M JSON document needs an "e" array');
  checkRecordCount(list.length, FORMAT);
  const bn = optString(doc, 'bn') ?? '';
  const bt = optSeconds(doc, 'bt');
  const seen = new Set<string>();
  const out: ValueEntry[] = [];
  for (const item of list) {
    if (!isJsonObject(item)) bad('each entry of "e" must be a JSON object');
    const name = bn + (optString(item, 'n') ?? '');
    if (name === '') bad('entry has neither n nor a base name');
    const path = toPath(name);
    const level = pathLevel(path);
    if (level !== 'resource' && level !== 'resourceInstance') bad(`entry ${formatPath(path)} does not name a resource`);
    const t = optSeconds(item, 't');
    const seconds = bt === undefined && t === undefined ? undefined : (bt ?? 0) + (t ?? 0);
    const time = seconds === undefined ? undefined : Math.round(seconds * 1000);
    if (time !== undefined && !Number.isFinite(time)) bad(`time ${seconds} out of range`);
    const key = `${formatPath(path)}@${time ?? ''}`;
    if (seen.has(key)) bad(`duplicate entry for ${formatPath(path)}`);
    seen.add(key);
    let flat = entryValue(item);
    const type = typeAt(models, path, flat, request);
    // LwM2M Core 1.0 §6.4.4: opaque values are base64 text in "sv".
    if (type === 'opaque' && flat.kind === 'string') flat = { kind: 'opaque', value: decodeBase64Any(flat.value, FORMAT) };
    const value = toResourceValue(flat, type, FORMAT);
    out.push(time === undefined ? { path, type, value } : { path, type, value, time });
  }
  return out;
}

function valueField(e: ValueEntry): [string, string] {
  const flat = fromResourceValue(e.value, e.type, FORMAT);
  switch (flat.kind) {
    case 'number':
      return ['v', jsonNumberText(flat.value)];
    case 'time':
      return ['v', String(timeSeconds(flat.value))];
    case 'boolean':
      return ['bv', String(flat.value)];
    case 'objlnk':
      return ['ov', JSON.stringify(flat.value)];
    case 'opaque':
      return ['sv', JSON.stringify(flat.value.toString('base64'))];
    case 'string':
      return ['sv', JSON.stringify(flat.value)];
  }
}

/** `{"bn":base,"e":[…]}` with names relative to `base` ("/" for absolute names). */
function encodeDocument(entries: readonly ValueEntry[], base: string): Buffer {
  if (entries.length > MAX_SENML_RECORDS) bad(`${entries.length} entries exceed the limit of ${MAX_SENML_RECORDS}`);
  const items = entries.map((e) => {
    const name = formatPath(e.path);
    if (!name.startsWith(base)) bad(`entry ${name} is outside ${base}`);
    const fields: [string, string][] = [];
    if (name !== base) fields.push(['n', JSON.stringify(name.slice(base.length))]);
    fields.push(valueField(e));
    // Times are absolute seconds: no "bt", so t alone is the epoch time (as 1.0 devices read it).
    if (e.time !== undefined) fields.push(['t', jsonNumberText(e.time / 1000)]);
    return jsonObjectText(fields);
  });
  return Buffer.from(`{"bn":${JSON.stringify(base)},"e":[${items.join(',')}]}`, 'utf8');
}

function baseFor(path: Lwm2mPath, node: Lwm2mNode): string {
  const p = formatPath(path);
  // One value (a single resource or a resource instance) is named by bn alone.
  if (node.kind === 'resource' || node.kind === 'resourceInstance') return p;
  return p === '/' ? p : p + '/';
}

export const lwm2mJsonCodec: MultiPathCodec = {
  format: FORMAT,
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
    return asCodecError(FORMAT, () =>
      nodeFromEntries(latestEntries(decodeDocument(payload, models, path)), path, models, FORMAT),
    );
  },
  encode(node: Lwm2mNode, path: Lwm2mPath): Buffer {
    return asCodecError(FORMAT, () => encodeDocument(entriesFromNode(node, path, FORMAT), baseFor(path, node)));
  },
  decodeEntries(payload: Buffer, models: ModelLookup): ValueEntry[] {
    return asCodecError(FORMAT, () => decodeDocument(payload, models));
  },
  encodeEntries(entries: readonly ValueEntry[]): Buffer {
    return asCodecError(FORMAT, () => encodeDocument(entries, '/'));
  },
  encodePaths(): Buffer {
    // Composite operations were introduced with SenML in LwM2M 1.1; LwM2M JSON has no path list.
    throw new CodecError(FORMAT, 'LwM2M JSON cannot carry a composite path list (use SenML)');
  },
  decodePaths(): Lwm2mPath[] {
    throw new CodecError(FORMAT, 'LwM2M JSON cannot carry a composite path list (use SenML)');
  },
};

/** The same format under its LwM2M 1.0 pre-registration number 1543; errors name 1543. */
function relabel<A extends unknown[], R>(f: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    try {
      return f(...args);
    } catch (e) {
      if (e instanceof CodecError) throw new CodecError(ContentFormat.LEGACY_JSON, e.message);
      throw e;
    }
  };
}

export const legacyLwm2mJsonCodec: MultiPathCodec = {
  format: ContentFormat.LEGACY_JSON,
  decode: relabel(lwm2mJsonCodec.decode),
  encode: relabel(lwm2mJsonCodec.encode),
  decodeEntries: relabel(lwm2mJsonCodec.decodeEntries),
  encodeEntries: relabel(lwm2mJsonCodec.encodeEntries),
  encodePaths: relabel(lwm2mJsonCodec.encodePaths),
  decodePaths: relabel(lwm2mJsonCodec.decodePaths),
};
