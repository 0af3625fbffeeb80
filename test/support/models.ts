import { fileURLToPath } from 'node:url';
import { ModelRegistry } from '../../src/lwm2m/model/model-registry.js';
import type { ObjectModel, ResourceModel, ResourceType } from '../../src/lwm2m/model/types.js';

/** The 302 DDF files ThingsBoard ships, kept beside the clone as shared/lwm2m-models. */
export const TEST_MODELS_DIR = fileURLToPath(new URL('../../../shared/lwm2m-models', import.meta.url));

let loading: Promise<ModelRegistry> | undefined;

/** Loads the shared models once per test process. */
export function loadTestModels(): Promise<ModelRegistry> {
  loading ??= ModelRegistry.fromDirectory(TEST_MODELS_DIR);
  return loading;
}

type ResourceSpec = [id: number, type: ResourceType, multiple?: boolean];

/** A registry holding one hand-made object model (for types the shipped models lack). */
export function makeTestRegistry(objectId: number, resources: readonly ResourceSpec[], version = '1.0'): ModelRegistry {
  const reg = new ModelRegistry();
  reg.add(makeTestModel(objectId, resources, version));
  return reg;
}

export function makeTestModel(objectId: number, resources: readonly ResourceSpec[], version = '1.0'): ObjectModel {
  const map = new Map<number, ResourceModel>();
  for (const [id, type, multiple = false] of resources) {
    map.set(id, {
      id,
      name: `res${id}`,
      operations: { read: type !== 'none', write: type !== 'none', execute: type === 'none' },
      multiple,
      mandatory: false,
      type,
      range: '',
      units: '',
    });
  }
  return {
    id: objectId,
    name: `test object ${objectId}`,
    version,
    lwm2mVersion: '1.1',
    urn: '',
    multiple: true,
    mandatory: false,
    resources: map,
  };
}
