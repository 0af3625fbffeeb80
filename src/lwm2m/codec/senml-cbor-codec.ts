import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import { cborBytes, cborNumber, decodeCbor, encodeCbor } from './senml-cbor-io.js';
import { makeSenmlCodec, type SenmlCodecOptions, type SenmlSyntax } from './senml-codec-base.js';
import { checkRecordCount, type SenmlRecord } from './senml-record.js';
import { timeSeconds, type FlatValue } from './senml-value.js';
import type { MultiPathCodec } from './types.js';

/** SenML CBOR (RFC 8428 §6) as LwM2M uses it (LwM2M Core 1.1 §7.4.5). Content-Format 112. */

const FORMAT = ContentFormat.SENML_CBOR;

// RFC 8428 §6 Table 6: integer labels of the SenML fields.
const L = { bver: -1, bn: -2, bt: -3, bu: -4, bv: -5, bs: -6, n: 0, u: 1, v: 2, vs: 3, vb: 4, s: 5, t: 6, ut: 7, vd: 8 } as const;
// LwM2M Core 1.1 §7.4.5: the objlnk value keeps its text label in CBOR.
const VLO = 'vlo';

function bad(message: string): never {
  throw new CodecError(FORMAT, message);
}

type CborRecord = ReadonlyMap<unknown, unknown>;

function str(m: CborRecord, key: number | string, name: string): string | undefined {
  const v = m.get(key);
  if (v === undefined) return undefined;
  if (typeof v !== 'string') bad(`"${name}" must be a text string`);
  return v;
}

function num(m: CborRecord, key: number, name: string): number | undefined {
  const v = m.get(key);
  if (v === undefined) return undefined;
  const n = cborNumber(v);
  if (n === undefined) bad(`"${name}" must be a number`);
  return typeof n === 'bigint' ? Number(n) : n;
}

function valueOf(m: CborRecord): FlatValue | undefined {
  const found: FlatValue[] = [];
  if (m.has(L.v)) {
    const n = cborNumber(m.get(L.v));
    if (n === undefined) bad('"v" must be a number');
    found.push({ kind: 'number', value: n });
  }
  if (m.has(L.vs)) found.push({ kind: 'string', value: str(m, L.vs, 'vs') as string });
  if (m.has(L.vb)) {
    const b = m.get(L.vb);
    if (typeof b !== 'boolean') bad('"vb" must be a boolean');
    found.push({ kind: 'boolean', value: b });
  }
  if (m.has(L.vd)) {
    const b = cborBytes(m.get(L.vd));
    if (!b) bad('"vd" must be a byte string');
    found.push({ kind: 'opaque', value: b });
  }
  if (m.has(VLO)) found.push({ kind: 'objlnk', value: str(m, VLO, 'vlo') as string });
  if (found.length > 1) bad('record has more than one value field');
  return found[0];
}

function recordOf(item: unknown): SenmlRecord {
  if (!(item instanceof Map)) bad('each SenML record must be a CBOR map');
  const m = item as CborRecord;
  for (const key of m.keys()) {
    if (typeof key === 'string') {
      // RFC 8428 §4.4: a label ending in "_" must be understood; we understand none of them.
      if (key.endsWith('_')) bad(`unsupported must-understand label "${key}"`);
    } else if (typeof key !== 'number') {
      bad('SenML CBOR labels must be integers or text strings');
    }
  }
  str(m, L.bu, 'bu');
  str(m, L.u, 'u');
  for (const [name, key] of [['bver', L.bver], ['bs', L.bs], ['s', L.s], ['ut', L.ut]] as const) num(m, key, name);
  const rec: { -readonly [K in keyof SenmlRecord]: SenmlRecord[K] } = {};
  const bn = str(m, L.bn, 'bn');
  const n = str(m, L.n, 'n');
  const bt = num(m, L.bt, 'bt');
  const t = num(m, L.t, 't');
  const bv = num(m, L.bv, 'bv');
  const value = valueOf(m);
  if (bn !== undefined) rec.bn = bn;
  if (n !== undefined) rec.n = n;
  if (bt !== undefined) rec.bt = bt;
  if (t !== undefined) rec.t = t;
  if (bv !== undefined) rec.bv = bv;
  if (value !== undefined) rec.value = value;
  return rec;
}

function putValue(m: Map<number | string, unknown>, v: FlatValue): void {
  switch (v.kind) {
    case 'number':
      m.set(L.v, v.value);
      return;
    case 'string':
      m.set(L.vs, v.value);
      return;
    case 'boolean':
      m.set(L.vb, v.value);
      return;
    case 'opaque':
      m.set(L.vd, v.value);
      return;
    case 'objlnk':
      m.set(VLO, v.value);
      return;
    case 'time':
      m.set(L.v, timeSeconds(v.value));
      return;
  }
}

export const senmlCborSyntax: SenmlSyntax = {
  format: FORMAT,
  parse(payload: Buffer): SenmlRecord[] {
    const doc = decodeCbor(payload, FORMAT);
    // RFC 8428 §6: a SenML CBOR pack is an array of records.
    if (!Array.isArray(doc)) bad('a SenML CBOR pack must be a CBOR array');
    checkRecordCount(doc.length, FORMAT);
    return doc.map(recordOf);
  },
  serialize(records: readonly SenmlRecord[]): Buffer {
    return encodeCbor(
      records.map((r) => {
        const m = new Map<number | string, unknown>();
        if (r.bn !== undefined) m.set(L.bn, r.bn);
        if (r.bt !== undefined) m.set(L.bt, r.bt);
        if (r.n !== undefined) m.set(L.n, r.n);
        if (r.t !== undefined) m.set(L.t, r.t);
        if (r.value !== undefined) putValue(m, r.value);
        return m;
      }),
    );
  },
};

/** A SenML CBOR codec; `options.now` replaces the clock used for relative times. */
export function createSenmlCborCodec(options: SenmlCodecOptions = {}): MultiPathCodec {
  return makeSenmlCodec(senmlCborSyntax, options);
}

export const senmlCborCodec: MultiPathCodec = createSenmlCborCodec();
