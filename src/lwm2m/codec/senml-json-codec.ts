import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import { makeSenmlCodec, type SenmlCodecOptions, type SenmlSyntax } from './senml-codec-base.js';
import {
  isJsonObject,
  jsonNumber,
  jsonNumberText,
  jsonObjectText,
  numberField,
  parseJsonExact,
  stringField,
} from './senml-json-syntax.js';
import { checkRecordCount, type SenmlRecord } from './senml-record.js';
import { decodeBase64Any, encodeBase64Url, type FlatValue } from './senml-value.js';
import type { MultiPathCodec } from './types.js';

/** SenML JSON (RFC 8428 §5) as LwM2M uses it (LwM2M Core 1.1 §7.4.4). Content-Format 110. */

const FORMAT = ContentFormat.SENML_JSON;

// RFC 8428 §4.2 labels we read; "vlo" is LwM2M's objlnk value (Core 1.1 §7.4.4).
const VALUE_LABELS = ['v', 'vs', 'vb', 'vd', 'vlo'] as const;

function bad(message: string): never {
  throw new CodecError(FORMAT, message);
}

const str = (o: Record<string, unknown>, label: string): string | undefined => stringField(o, label, FORMAT);
const num = (o: Record<string, unknown>, label: string): number | undefined => numberField(o, label, FORMAT);

function valueOf(o: Record<string, unknown>): FlatValue | undefined {
  const present = VALUE_LABELS.filter((l) => o[l] !== undefined);
  if (present.length > 1) bad(`record has more than one value field (${present.join(', ')})`);
  switch (present[0]) {
    case undefined:
      return undefined;
    case 'v': {
      const n = jsonNumber(o.v);
      if (n === undefined) bad('"v" must be a number');
      return { kind: 'number', value: n };
    }
    case 'vs':
      return { kind: 'string', value: str(o, 'vs') as string };
    case 'vb':
      if (typeof o.vb !== 'boolean') bad('"vb" must be a boolean');
      return { kind: 'boolean', value: o.vb };
    case 'vd':
      return { kind: 'opaque', value: decodeBase64Any(str(o, 'vd') as string, FORMAT) };
    case 'vlo':
      return { kind: 'objlnk', value: str(o, 'vlo') as string };
  }
}

function recordOf(o: unknown): SenmlRecord {
  if (!isJsonObject(o)) bad('each SenML record must be a JSON object');
  for (const label of Object.keys(o)) {
    // RFC 8428 §4.4: a label ending in "_" must be understood; we understand none of them.
    if (label.endsWith('_')) bad(`unsupported must-understand label "${label}"`);
  }
  // Labels we do not use (bu, u, s, ut, bver, bs) are checked for type only where RFC 8428 gives one.
  for (const label of ['bu', 'u']) str(o, label);
  for (const label of ['bver', 'bs', 's', 'ut']) num(o, label);
  const rec: { -readonly [K in keyof SenmlRecord]: SenmlRecord[K] } = {};
  const bn = str(o, 'bn');
  const n = str(o, 'n');
  const bt = num(o, 'bt');
  const t = num(o, 't');
  const bv = num(o, 'bv');
  const value = valueOf(o);
  if (bn !== undefined) rec.bn = bn;
  if (n !== undefined) rec.n = n;
  if (bt !== undefined) rec.bt = bt;
  if (t !== undefined) rec.t = t;
  if (bv !== undefined) rec.bv = bv;
  if (value !== undefined) rec.value = value;
  return rec;
}

function valueText(v: FlatValue): [string, string] {
  switch (v.kind) {
    case 'number':
      return ['v', jsonNumberText(v.value)];
    case 'string':
      return ['vs', JSON.stringify(v.value)];
    case 'boolean':
      return ['vb', String(v.value)];
    case 'opaque':
      return ['vd', JSON.stringify(encodeBase64Url(v.value))];
    case 'objlnk':
      return ['vlo', JSON.stringify(v.value)];
    case 'time':
      return ['v', String(Math.floor(v.value.getTime() / 1000))];
  }
}

export const senmlJsonSyntax: SenmlSyntax = {
  format: FORMAT,
  parse(payload: Buffer): SenmlRecord[] {
    const doc = parseJsonExact(payload, FORMAT);
    // RFC 8428 §5: a SenML JSON pack is an array of records.
    if (!Array.isArray(doc)) bad('a SenML JSON pack must be a JSON array');
    checkRecordCount(doc.length, FORMAT);
    return doc.map(recordOf);
  },
  serialize(records: readonly SenmlRecord[]): Buffer {
    const parts = records.map((r) => {
      const fields: [string, string][] = [];
      if (r.bn !== undefined) fields.push(['bn', JSON.stringify(r.bn)]);
      if (r.bt !== undefined) fields.push(['bt', jsonNumberText(r.bt)]);
      if (r.n !== undefined) fields.push(['n', JSON.stringify(r.n)]);
      if (r.t !== undefined) fields.push(['t', jsonNumberText(r.t)]);
      if (r.value !== undefined) fields.push(valueText(r.value));
      return jsonObjectText(fields);
    });
    return Buffer.from('[' + parts.join(',') + ']', 'utf8');
  },
};

/** A SenML JSON codec; `options.now` replaces the clock used for relative times. */
export function createSenmlJsonCodec(options: SenmlCodecOptions = {}): MultiPathCodec {
  return makeSenmlCodec(senmlJsonSyntax, options);
}

export const senmlJsonCodec: MultiPathCodec = createSenmlJsonCodec();
