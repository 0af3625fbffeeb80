import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fail, ok, type CorePort } from '../../../src/core/index.js';
import { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { silentLogger } from '../../../src/thingsboard/logger.js';
import { loadMissingModels, reloadModel } from '../../../src/thingsboard/model-loader.js';
import type { TransportContext } from '../../../src/thingsboard/transport-context.js';
import { TEST_MODELS_DIR } from '../../support/models.js';

/** Models from the core's resource library (features doc #10, #11). */

async function contextServing(files: Record<string, string>, asked: string[]): Promise<{ ctx: TransportContext; models: ModelRegistry }> {
  const data = new Map<string, Buffer>();
  for (const [key, file] of Object.entries(files)) data.set(key, await readFile(join(TEST_MODELS_DIR, file)));
  const core = {
    getModel: async (tenantId: string, key: string) => {
      asked.push(key);
      const d = data.get(key);
      return d === undefined ? fail('not-found', key) : ok({ tenantId, key, title: key, data: d });
    },
  } as unknown as CorePort;
  const models = new ModelRegistry();
  const ctx: TransportContext = { core, server: {} as Lwm2mServer, models, logger: silentLogger, now: () => 0, requestTimeoutMs: 1000 };
  return { ctx, models };
}

describe('model loading from the core', () => {
  it('fetches the versions a registration names that the registry lacks, once each', async () => {
    const asked: string[] = [];
    const { ctx, models } = await contextServing({ '3_1.2': '3.xml' }, asked);
    const reg = { objects: [{ id: 3, version: '1.2', instances: [0] }, { id: 77, version: '1.0', instances: [] }] } as unknown as Registration;
    await loadMissingModels(ctx, models, reg, 't');
    expect(asked.sort()).toEqual(['3_1.2', '77_1.0']);
    expect(models.object(3, '1.2')?.name).toBe('Device');
    asked.length = 0;
    await loadMissingModels(ctx, models, reg, 't');
    expect(asked).toEqual(['77_1.0']);
  });

  it('a broadcast reloads a model; bad XML from the core is logged, not thrown', async () => {
    const asked: string[] = [];
    const { ctx, models } = await contextServing({ '6_1.0': '6.xml' }, asked);
    await reloadModel(ctx, models, 't', '6_1.0');
    expect(models.object(6)?.resources.get(0)?.name).toBe('Latitude');
    const bad = { ...ctx, core: { getModel: async () => ok({ tenantId: 't', key: 'k', title: 'k', data: Buffer.from('<Object><oops') }) } as unknown as CorePort };
    await expect(reloadModel(bad, models, 't', 'k')).resolves.toBeUndefined();
  });
});
