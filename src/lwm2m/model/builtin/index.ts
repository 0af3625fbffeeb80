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
