import { fileURLToPath } from 'node:url';
import { ModelRegistry } from '../../src/lwm2m/model/model-registry.js';

/** The 302 DDF files ThingsBoard ships, kept beside the clone as shared/lwm2m-models. */
export const TEST_MODELS_DIR = fileURLToPath(new URL('../../../shared/lwm2m-models', import.meta.url));

let loading: Promise<ModelRegistry> | undefined;

/** Loads the shared models once per test process. */
export function loadTestModels(): Promise<ModelRegistry> {
  loading ??= ModelRegistry.fromDirectory(TEST_MODELS_DIR);
  return loading;
}
