import type { KvEntry } from '../../core/core-types.js';

/**
 * What the core assigned (the `fw_*` / `sw_*` shared attributes, features doc #66) and what
 * the device reports, with ThingsBoard's "update required" rule.
 */

export type OtaKind = 'firmware' | 'software';

export interface OtaTarget {
  readonly title: string;
  readonly version: string;
  readonly tag?: string;
  /** An external-URL package (#70): written to the device as is, no bytes fetched. */
  readonly url?: string;
}

/** The device's current package, from its resources (#66). */
export interface OtaCurrent {
  /** /5/0/6 or /9/0/0. */
  name?: string;
  /** /5/0/7 or /9/0/1. */
  version?: string;
  /** /3/0/3 (firmware only). */
  version3?: string;
}

const PREFIX: Readonly<Record<OtaKind, string>> = { firmware: 'fw', software: 'sw' };

/** Shared attribute names read for a kind (thingsboard-transport-wire.md §5.7). */
export function otaAttributeKeys(kind: OtaKind): string[] {
  const p = PREFIX[kind];
  return [`${p}_title`, `${p}_version`, `${p}_tag`, `${p}_url`];
}

/**
 * The target from attribute values (an update carries only changed keys: `previous` fills in
 * the rest; a deleted key clears it). Undefined when title or version is missing.
 */
export function targetFromAttributes(
  kind: OtaKind,
  values: readonly KvEntry[],
  previous?: OtaTarget,
  deleted: readonly string[] = [],
): OtaTarget | undefined {
  const p = PREFIX[kind];
  const get = (key: string, old: string | undefined): string | undefined => {
    if (deleted.includes(`${p}_${key}`)) return undefined;
    const e = values.find((v) => v.key === `${p}_${key}`);
    if (e === undefined) return old;
    return e.type === 'string' && e.value !== '' ? e.value : undefined;
  };
  const title = get('title', previous?.title);
  const version = get('version', previous?.version);
  if (title === undefined || version === undefined) return undefined;
  const tag = get('tag', previous?.tag);
  const url = get('url', previous?.url);
  return { title, version, ...(tag === undefined ? {} : { tag }), ...(url === undefined ? {} : { url }) };
}

/** ThingsBoard's package id: title and version concatenated. */
export function packageKey(name: string | undefined, version: string | undefined): string {
  return (name ?? '') + (version ?? '');
}

/** #66 "supported": the device reported any current name or version. */
export function isSupported(current: OtaCurrent): boolean {
  return !!current.name || !!current.version || !!current.version3;
}

/**
 * #66 "update required": a target is assigned, the device supports updates, the target is not
 * the package that failed last, and neither name+version, the tag, nor /3/0/3 already shows it.
 */
export function isUpdateRequired(target: OtaTarget | undefined, current: OtaCurrent, failedPackage: string | undefined): boolean {
  if (target === undefined || !isSupported(current)) return false;
  const wanted = packageKey(target.title, target.version);
  if (failedPackage !== undefined && failedPackage === wanted) return false;
  const have = packageKey(current.name, current.version);
  if (wanted === have) return false;
  if (target.tag !== undefined && target.tag === have) return false;
  if (current.version3) {
    if (target.tag !== undefined && current.version3.includes(target.tag)) return false;
    return !current.version3.includes(wanted);
  }
  return true;
}
