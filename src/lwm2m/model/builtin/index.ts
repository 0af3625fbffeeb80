/**
 * The built-in object models: objects 0-7, 9, 19 and the IPSO sensors 3303-3347, generated from
 * OMA DDF files (tools/gen-builtin-models.ts). Used when no other models are configured;
 * LWM2M_MODELS_DIR adds more.
 */
import { ModelRegistry } from '../model-registry.js';
import type { ObjectModel } from '../types.js';
import { BUILTIN_OBJECTS } from './builtin-models.js';
import { expandObject } from './compact-model.js';

let expanded: readonly ObjectModel[] | undefined;

/** The built-in models, expanded once and shared (they are never mutated). */
export function builtinModels(): ObjectModel[] {
  expanded ??= Object.freeze(BUILTIN_OBJECTS.map(expandObject));
  return [...expanded];
}

/** A new registry holding the built-in models; callers may add more to it. */
export function createBuiltinRegistry(): ModelRegistry {
  const registry = new ModelRegistry();
  for (const m of builtinModels()) registry.add(m);
  return registry;
}

/**
 * The built-in models plus every DDF file in `extraDir` (LWM2M_MODELS_DIR) when given; a model
 * from the directory replaces a built-in one of the same id and version. Files that fail to
 * parse are listed in the registry's `errors`, not thrown.
 */
export async function loadModelRegistry(extraDir?: string): Promise<ModelRegistry> {
  const registry = createBuiltinRegistry();
  if (extraDir === undefined || extraDir === '') return registry;
  const extra = await ModelRegistry.fromDirectory(extraDir);
  for (const id of extra.objectIds()) {
    for (const version of extra.versions(id)) {
      const m = extra.object(id, version);
      if (m !== undefined) registry.add(m);
    }
  }
  registry.errors.push(...extra.errors);
  return registry;
}
