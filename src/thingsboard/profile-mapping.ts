import { comparePaths, formatPath, isPrefixOf, type Lwm2mPath } from '../lwm2m/path.js';
import type { ObjectLinksInfo } from '../lwm2m/registration/registration.js';
import type { Lwm2mProfileConfig, ObjectAttributes } from './profile-config.js';
import { clientObjectVersion, isSupportedTarget, isVersionMismatch, tryParsePath } from './versioned-id.js';

/**
 * A device profile's `observeAttr` applied to one client (features doc #12, #21, §3.1): which
 * resources map to which keys, what to observe, read and write attributes on, keeping only the
 * paths whose object version matches what the client registered.
 */

export interface MappedResource {
  /** `/3/0/9`: the form values are cached under. */
  readonly plainKey: string;
  /** `/3_1.2/0/9`: the profile's own spelling. */
  readonly versionedId: string;
  readonly path: Lwm2mPath;
  /** The ThingsBoard key; undefined or empty means the value is not posted. */
  readonly keyName: string | undefined;
  readonly attribute: boolean;
  readonly telemetry: boolean;
}

export interface ProfileMapping {
  /** Mapped resources (attribute and/or telemetry, or with a key name), by plain path. */
  readonly resources: ReadonlyMap<string, MappedResource>;
  /** Key name → versioned id, the first valid entry per key (features doc #45). */
  readonly keys: ReadonlyMap<string, string>;
  readonly observe: readonly Lwm2mPath[];
  /** attribute ∪ telemetry − observed (an observed resource's first answer is its value). */
  readonly reads: readonly Lwm2mPath[];
  readonly writeAttributes: ReadonlyArray<readonly [Lwm2mPath, ObjectAttributes]>;
  /** Profile paths left out because the client has the object in another version. */
  readonly skipped: ReadonlyArray<{ readonly profilePath: string; readonly clientVersion: string }>;
}

function withClientVersion(reg: ObjectLinksInfo, p: Lwm2mPath): Lwm2mPath {
  if (p.objectId === undefined || p.objectVersion !== undefined) return p;
  const v = clientObjectVersion(reg, p.objectId);
  return v === undefined ? p : { ...p, objectVersion: v };
}

function unique(paths: Lwm2mPath[]): Lwm2mPath[] {
  const seen = new Set<string>();
  return paths.filter((p) => {
    const k = formatPath(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function compileMapping(config: Lwm2mProfileConfig, reg: ObjectLinksInfo): ProfileMapping {
  const oa = config.observeAttr;
  const skipped: Array<{ profilePath: string; clientVersion: string }> = [];
  const skippedSeen = new Set<string>();
  const accept = (text: string): Lwm2mPath | undefined => {
    const p = tryParsePath(text);
    if (p === undefined) return undefined;
    if (isVersionMismatch(reg, p)) {
      if (!skippedSeen.has(text)) {
        skippedSeen.add(text);
        skipped.push({ profilePath: text, clientVersion: clientObjectVersion(reg, p.objectId as number) ?? '' });
      }
      return undefined;
    }
    return isSupportedTarget(reg, p) ? withClientVersion(reg, p) : undefined;
  };
  const attribute = new Set(oa.attribute.map((t) => accept(t)).filter((p) => p !== undefined).map((p) => formatPath(p)));
  const telemetry = new Set(oa.telemetry.map((t) => accept(t)).filter((p) => p !== undefined).map((p) => formatPath(p)));

  const resources = new Map<string, MappedResource>();
  const keys = new Map<string, string>();
  const add = (text: string, keyName: string | undefined): void => {
    const p = accept(text);
    if (p === undefined) return;
    const plainKey = formatPath(p);
    if (resources.has(plainKey) && keyName === undefined) return;
    const name = keyName === undefined || keyName === '' ? resources.get(plainKey)?.keyName : keyName;
    resources.set(plainKey, {
      plainKey,
      versionedId: formatPath(p, true),
      path: p,
      keyName: name,
      attribute: attribute.has(plainKey),
      telemetry: telemetry.has(plainKey),
    });
    if (name !== undefined && name !== '' && !keys.has(name)) keys.set(name, formatPath(p, true));
  };
  for (const [path, name] of Object.entries(oa.keyName)) add(path, name ?? undefined);
  for (const t of [...oa.attribute, ...oa.telemetry]) add(t, undefined);

  const observe = unique(oa.observe.map((t) => accept(t)).filter((p) => p !== undefined)).sort(comparePaths);
  const readTargets = unique(
    [...oa.attribute, ...oa.telemetry].map((t) => accept(t)).filter((p) => p !== undefined),
  ).filter((p) => !observe.some((o) => isPrefixOf(o, p)));
  const writeAttributes: Array<readonly [Lwm2mPath, ObjectAttributes]> = [];
  for (const [path, attrs] of Object.entries(oa.attributeLwm2m)) {
    const p = accept(path);
    if (p !== undefined) writeAttributes.push([p, attrs]);
  }
  return { resources, keys, observe, reads: readTargets.sort(comparePaths), writeAttributes, skipped };
}

/** The mapped resource a value at `path` updates (resource level; a resource instance updates its resource). */
export function mappedResourceAt(mapping: ProfileMapping, path: Lwm2mPath): MappedResource | undefined {
  return mapping.resources.get(formatPath({ ...path, resourceInstanceId: undefined }));
}
