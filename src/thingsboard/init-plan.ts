import { comparePaths, formatPath, isPrefixOf, makePath, type Lwm2mPath } from '../lwm2m/path.js';
import type { ObjectAttributes, ObserveStrategy } from './profile-config.js';
import type { ProfileMapping } from './profile-mapping.js';

/**
 * What to send a client for its profile (features doc #12-#16, #19, #78), as pure plans: the
 * caller runs observes, then reads, then Write-Attributes. Reads are batched better than
 * ThingsBoard's one Read per resource: an object instance holding several mapped resources
 * that are not observed is read once, whole.
 */

export type RequestStep = { readonly kind: 'single'; readonly path: Lwm2mPath } | { readonly kind: 'composite'; readonly paths: readonly Lwm2mPath[] };

export interface InitPlan {
  readonly observes: readonly RequestStep[];
  readonly reads: readonly RequestStep[];
  readonly writeAttributes: ReadonlyArray<readonly [Lwm2mPath, ObjectAttributes]>;
  /** Set when the strategy asked for composite observes the client cannot do. */
  readonly compositeFallback: boolean;
}

/** Groups paths by object id, in ascending order. */
export function groupByObject(paths: readonly Lwm2mPath[]): Lwm2mPath[][] {
  const groups = new Map<number, Lwm2mPath[]>();
  for (const p of [...paths].sort(comparePaths)) {
    const id = p.objectId ?? -1;
    let g = groups.get(id);
    if (g === undefined) groups.set(id, (g = []));
    g.push(p);
  }
  return [...groups.values()];
}

/** The observe requests a strategy implies: one per path, one per object, or one for all. */
export function observeSteps(paths: readonly Lwm2mPath[], strategy: ObserveStrategy): RequestStep[] {
  if (paths.length === 0) return [];
  switch (strategy) {
    case 'SINGLE':
      return paths.map((path) => ({ kind: 'single', path }));
    case 'COMPOSITE_ALL':
      return [{ kind: 'composite', paths: [...paths] }];
    case 'COMPOSITE_BY_OBJECT':
      return groupByObject(paths).map((g) => ({ kind: 'composite', paths: g }));
  }
}

/**
 * Single reads, merged per object instance: two or more resources of one instance become one
 * Read of the instance (its answer carries them all); a lone resource is read alone.
 */
export function mergedReads(paths: readonly Lwm2mPath[]): RequestStep[] {
  const whole = paths.filter((p) => p.resourceId === undefined);
  const coveredBy = (p: Lwm2mPath, list: readonly Lwm2mPath[]): boolean => list.some((w) => w !== p && isPrefixOf(w, p));
  const out: Lwm2mPath[] = whole.filter((w) => !coveredBy(w, whole));
  const byInstance = new Map<string, Lwm2mPath[]>();
  for (const p of paths) {
    if (p.resourceId === undefined || coveredBy(p, whole)) continue;
    const k = formatPath(makePath(p.objectId, p.instanceId));
    let g = byInstance.get(k);
    if (g === undefined) byInstance.set(k, (g = []));
    g.push(p);
  }
  for (const g of byInstance.values()) {
    const first = g[0] as Lwm2mPath;
    if (new Set(g.map((p) => p.resourceId)).size > 1) {
      const inst = makePath(first.objectId, first.instanceId);
      out.push(first.objectVersion === undefined ? inst : { ...inst, objectVersion: first.objectVersion });
    } else {
      out.push(...new Map(g.map((p) => [formatPath(p), p])).values());
    }
  }
  return out.sort(comparePaths).map((path) => ({ kind: 'single', path }));
}

export function readSteps(paths: readonly Lwm2mPath[], strategy: ObserveStrategy, asObserveStrategy: boolean, composite: boolean): RequestStep[] {
  if (paths.length === 0) return [];
  // features doc #13: initAttrTelAsObsStrategy reads with composite reads shaped like the observes.
  if (asObserveStrategy && composite && strategy !== 'SINGLE') return observeSteps(paths, strategy);
  return mergedReads(paths);
}

export function planInitialisation(
  mapping: ProfileMapping,
  strategy: ObserveStrategy,
  asObserveStrategy: boolean,
  composite: boolean,
): InitPlan {
  const effective: ObserveStrategy = composite ? strategy : 'SINGLE';
  return {
    observes: observeSteps(mapping.observe, effective),
    reads: readSteps(mapping.reads, effective, asObserveStrategy, composite),
    writeAttributes: mapping.writeAttributes,
    compositeFallback: strategy !== 'SINGLE' && !composite && mapping.observe.length > 0,
  };
}

export interface UpdatePlan {
  /** Cancel every observation first (strategy change, or a COMPOSITE_ALL set that changed). */
  readonly cancelAll: boolean;
  readonly cancelSingles: readonly Lwm2mPath[];
  readonly cancelComposites: ReadonlyArray<readonly Lwm2mPath[]>;
  readonly observes: readonly RequestStep[];
  readonly reads: readonly RequestStep[];
  readonly writeAttributes: ReadonlyArray<readonly [Lwm2mPath, ObjectAttributes]>;
}

const key = (p: Lwm2mPath): string => formatPath(p);
const keySet = (ps: readonly Lwm2mPath[]): Set<string> => new Set(ps.map(key));
const sameAttrs = (a: ObjectAttributes, b: ObjectAttributes): boolean => JSON.stringify(a) === JSON.stringify(b);

// LwM2M Core 1.1 §5.1.2: a Write-Attributes naming an attribute without a value removes it.
// The entry is recognised by identity, since null in a profile means "not set".
export const REMOVE_ATTRIBUTES: ObjectAttributes = Object.freeze({ pmin: null, pmax: null, gt: null, lt: null, st: null, epmin: null, epmax: null });

/** The profile-change diff of features doc #78 for one client. */
export function planProfileUpdate(
  before: ProfileMapping,
  after: ProfileMapping,
  oldStrategy: ObserveStrategy,
  newStrategy: ObserveStrategy,
  composite: boolean,
  asObserveStrategy: boolean,
): UpdatePlan {
  const oldS: ObserveStrategy = composite ? oldStrategy : 'SINGLE';
  const newS: ObserveStrategy = composite ? newStrategy : 'SINGLE';
  const oldObs = keySet(before.observe);
  const newObs = keySet(after.observe);
  const changed = oldObs.size !== newObs.size || [...newObs].some((k) => !oldObs.has(k));

  let cancelAll = false;
  const cancelSingles: Lwm2mPath[] = [];
  const cancelComposites: Lwm2mPath[][] = [];
  let observes: RequestStep[] = [];
  if (oldS !== newS || (newS === 'COMPOSITE_ALL' && changed)) {
    cancelAll = oldObs.size > 0;
    observes = observeSteps(after.observe, newS);
  } else if (newS === 'SINGLE') {
    cancelSingles.push(...before.observe.filter((p) => !newObs.has(key(p))));
    observes = observeSteps(after.observe.filter((p) => !oldObs.has(key(p))), 'SINGLE');
  } else if (newS === 'COMPOSITE_BY_OBJECT') {
    const groupKey = (g: readonly Lwm2mPath[]): string => g.map(key).join(',');
    const oldGroups = new Map(groupByObject(before.observe).map((g) => [g[0]?.objectId, g]));
    const newGroups = new Map(groupByObject(after.observe).map((g) => [g[0]?.objectId, g]));
    for (const [id, g] of oldGroups) {
      const n = newGroups.get(id);
      if (n === undefined || groupKey(n) !== groupKey(g)) cancelComposites.push(g);
    }
    for (const [id, g] of newGroups) {
      const o = oldGroups.get(id);
      if (o === undefined || groupKey(o) !== groupKey(g)) observes.push({ kind: 'composite', paths: g });
    }
  }

  // New attribute/telemetry targets and renamed keys are read, unless they will be observed.
  const oldReadable = new Map([...before.resources.values()].filter((r) => r.attribute || r.telemetry).map((r) => [r.plainKey, r]));
  const newReads = after.reads.filter((p) => {
    const r = after.resources.get(key(p));
    const o = oldReadable.get(key(p));
    if (o === undefined) return true;
    return r !== undefined && (r.keyName !== o.keyName || r.attribute !== o.attribute || r.telemetry !== o.telemetry);
  });
  // `after.reads` already leaves out observed paths: their first notification is their value.
  const reads = readSteps(newReads, newS, asObserveStrategy, composite);

  const oldWa = new Map(before.writeAttributes.map(([p, a]) => [key(p), a]));
  const newWa = new Map(after.writeAttributes.map(([p, a]) => [key(p), a]));
  const writeAttributes: Array<readonly [Lwm2mPath, ObjectAttributes]> = [];
  for (const [p, a] of after.writeAttributes) {
    const o = oldWa.get(key(p));
    if (o === undefined || !sameAttrs(o, a)) writeAttributes.push([p, a]);
  }
  for (const [p] of before.writeAttributes) if (!newWa.has(key(p))) writeAttributes.push([p, REMOVE_ATTRIBUTES]);
  return { cancelAll, cancelSingles, cancelComposites, observes, reads, writeAttributes };
}
