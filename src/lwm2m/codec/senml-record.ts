import { CodecError } from '../errors.js';
import type { ModelLookup } from '../model/types.js';
import type { ValueEntry } from '../node.js';
import { formatPath, parsePath, pathLevel, type Lwm2mPath } from '../path.js';
import { fromResourceValue, timeSeconds, toResourceValue, typeAt, type FlatValue } from './senml-value.js';

/**
 * SenML records (RFC 8428) independent of their JSON or CBOR syntax, with the LwM2M reading of
 * LwM2M Core 1.1 §7.4.4/§7.4.5: the resolved name is an LwM2M path, one value per record.
 */
export interface SenmlRecord {
  readonly bn?: string;
  /** Base time, seconds (RFC 8428 §4.1). */
  readonly bt?: number;
  /** Base value, added to a numeric `v` (RFC 8428 §4.1). */
  readonly bv?: number;
  readonly n?: string;
  /** Time, seconds (RFC 8428 §4.5.3). */
  readonly t?: number;
  readonly value?: FlatValue;
}

/** A record after base-field resolution (RFC 8428 §4.6). */
export interface ResolvedRecord {
  readonly name: string;
  /** Milliseconds since the epoch; absent when the record carries no time ("now"). */
  readonly time?: number;
  readonly value?: FlatValue;
}

/** Upper bound on records in one payload: a hostile array cannot make us build a huge tree. */
export const MAX_SENML_RECORDS = 10_000;

// RFC 8428 §4.5.3: a time below 2^28 s is relative to the current time, not to the epoch.
const RELATIVE_TIME_LIMIT = 2 ** 28;

export function checkRecordCount(count: number, format: number): void {
  if (count > MAX_SENML_RECORDS) {
    throw new CodecError(format, `${count} records exceed the limit of ${MAX_SENML_RECORDS}`);
  }
}

/**
 * RFC 8428 §4.6 resolution: base name and base time carry forward until changed; name is
 * bn+n; time is bt+t, relative to `nowMs` when below 2^28 s. A resolved time of exactly 0 means
 * "now" (§4.5.3) and is reported as no time, so an untimed entry round-trips as untimed.
 */
export function resolveRecords(records: readonly SenmlRecord[], format: number, nowMs: () => number): ResolvedRecord[] {
  checkRecordCount(records.length, format);
  let bn = '';
  let bt = 0;
  let bv = 0;
  const out: ResolvedRecord[] = [];
  for (const r of records) {
    if (r.bn !== undefined) bn = r.bn;
    if (r.bt !== undefined) bt = r.bt;
    if (r.bv !== undefined) bv = r.bv;
    const name = bn + (r.n ?? '');
    if (name === '') throw new CodecError(format, 'record has neither n nor a base name (RFC 8428 §4.6)');
    let value = r.value;
    if (bv !== 0 && value?.kind === 'number') {
      value = { kind: 'number', value: typeof value.value === 'bigint' ? Number(value.value) + bv : value.value + bv };
    }
    const total = bt + (r.t ?? 0);
    let time: number | undefined;
    if (total !== 0) {
      const ms = total >= RELATIVE_TIME_LIMIT ? total * 1000 : nowMs() + total * 1000;
      time = Math.round(ms);
      if (!Number.isFinite(time)) throw new CodecError(format, `time ${total} is out of range`);
    }
    out.push(value === undefined ? withTime({ name }, time) : withTime({ name, value }, time));
  }
  return out;
}

function withTime<T extends object>(o: T, time: number | undefined): T & { time?: number } {
  return time === undefined ? o : { ...o, time };
}

function pathOf(name: string, format: number): Lwm2mPath {
  try {
    return parsePath(name);
  } catch (e) {
    throw new CodecError(format, `record name "${name.slice(0, 60)}" is not an LwM2M path: ${(e as Error).message}`);
  }
}

/**
 * Typed entries from resolved records. Every record must hold a value at a resource or
 * resource-instance path; the same path twice at the same time is refused.
 */
export function entriesFromRecords(
  records: readonly ResolvedRecord[],
  models: ModelLookup,
  format: number,
  request?: Lwm2mPath,
): ValueEntry[] {
  const seen = new Set<string>();
  const out: ValueEntry[] = [];
  for (const r of records) {
    const path = pathOf(r.name, format);
    const level = pathLevel(path);
    if (level !== 'resource' && level !== 'resourceInstance') {
      throw new CodecError(format, `value record at ${formatPath(path)} does not name a resource`);
    }
    if (r.value === undefined) throw new CodecError(format, `record ${formatPath(path)} has no value`);
    const key = `${formatPath(path)}@${r.time ?? ''}`;
    if (seen.has(key)) throw new CodecError(format, `duplicate record for ${formatPath(path)}`);
    seen.add(key);
    const type = typeAt(models, path, r.value, request);
    const value = toResourceValue(r.value, type, format);
    out.push(r.time === undefined ? { path, type, value } : { path, type, value, time: r.time });
  }
  return out;
}

/**
 * Paths of a Read-Composite / Observe-Composite request body (LwM2M Core 1.1 §6.3.6): records
 * with a name only. A value or a time in such a record is an error.
 */
export function pathsFromRecords(records: readonly SenmlRecord[], format: number): Lwm2mPath[] {
  checkRecordCount(records.length, format);
  let bn = '';
  const out: Lwm2mPath[] = [];
  for (const r of records) {
    if (r.value !== undefined || r.t !== undefined || r.bt !== undefined) {
      throw new CodecError(format, 'a path-only record must not carry a value or a time');
    }
    if (r.bn !== undefined) bn = r.bn;
    const name = bn + (r.n ?? '');
    if (name === '') throw new CodecError(format, 'record has neither n nor a base name');
    out.push(pathOf(name, format));
  }
  return out;
}

/**
 * Records for entries. With `base` (a Read response), the first record carries the request path
 * as `bn` ("/3/0/" then relative names, or "/3/0/0" alone for one value), as in the examples of
 * LwM2M Core 1.1 §7.4.4. Without it, names are absolute. `bt` is written whenever the entry time
 * changes (0 to return to "now"), so untimed and timed entries can share a pack. A time before
 * 2^28 s (1978) would read back as relative (RFC 8428 §4.5.3); device clocks are past that.
 */
export function recordsFromEntries(entries: readonly ValueEntry[], format: number, base?: Lwm2mPath): SenmlRecord[] {
  checkRecordCount(entries.length, format);
  const prefix = base === undefined ? undefined : formatPath(base);
  let baseTime = 0;
  const out: SenmlRecord[] = [];
  entries.forEach((e, i) => {
    const flat = fromResourceValue(e.value, e.type, format);
    // SenML carries time resources as a number of seconds in "v" (LwM2M Core 1.1 §7.4.5).
    const value: FlatValue = flat.kind === 'time' ? { kind: 'number', value: timeSeconds(flat.value) } : flat;
    const rec: { -readonly [K in keyof SenmlRecord]: SenmlRecord[K] } = {};
    const name = formatPath(e.path);
    if (prefix === undefined) {
      rec.n = name;
    } else {
      const bnText = prefix === '/' || name === prefix ? prefix : prefix + '/';
      if (!name.startsWith(bnText)) throw new CodecError(format, `entry ${name} is outside ${prefix}`);
      if (i === 0) rec.bn = bnText;
      if (name !== bnText) rec.n = name.slice(bnText.length);
    }
    const seconds = e.time === undefined ? 0 : e.time / 1000;
    if (seconds !== baseTime) {
      rec.bt = seconds;
      baseTime = seconds;
    }
    rec.value = value;
    out.push(rec);
  });
  return out;
}
