import type { RegisteredObject } from './registration.js';

/**
 * Devices of one model announce the same object list and formats. Sharing one frozen copy
 * per distinct list keeps an idle registration small (the benchmark target is about 2 KB of
 * memory per registration, and a private object list alone costs more than 1 KB).
 */

// Bounded so that hostile clients announcing random lists cannot grow it without limit;
// beyond the bound lists are simply not shared.
const MAX_SHARED_LISTS = 10_000;

const objectLists = new Map<string, readonly RegisteredObject[]>();
const formatLists = new Map<string, readonly number[]>();

function intern<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const value = make();
  if (cache.size < MAX_SHARED_LISTS) cache.set(key, value);
  return value;
}

function objectKey(objects: readonly RegisteredObject[]): string {
  return objects.map((o) => `${o.id}@${o.version}:${o.instances.join('.')}`).join(',');
}

/** A shared, frozen, exactly sized copy of an object list. */
export function sharedObjectList(objects: readonly RegisteredObject[]): readonly RegisteredObject[] {
  return intern(objectLists, objectKey(objects), () =>
    Object.freeze(
      objects.map((o) => Object.freeze({ id: o.id, version: o.version, instances: Object.freeze(o.instances.slice()) })),
    ),
  );
}

/** A shared, frozen copy of a content-format list. */
export function sharedFormatList(formats: readonly number[]): readonly number[] {
  return intern(formatLists, formats.join(','), () => Object.freeze(formats.slice()));
}
