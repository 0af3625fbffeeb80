import type { Uuid } from '../core/index.js';
import { parseDdf } from '../lwm2m/model/ddf-parser.js';
import type { ModelLookup, ObjectModel } from '../lwm2m/model/types.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import type { TransportContext } from './transport-context.js';

/**
 * Object models from the core's resource library (features doc #10, #11): a registration that
 * names an object version the registry lacks makes the transport fetch `<id>_<version>`; a
 * model update broadcast reloads it.
 */

/** Models the transport can extend with the core's library. */
export type ModelStore = ModelLookup & { add?(model: ObjectModel): void };

export async function reloadModel(ctx: TransportContext, models: ModelStore, tenantId: Uuid, key: string): Promise<void> {
  if (models.add === undefined) return;
  const r = await ctx.core.getModel(tenantId, key);
  if (!r.ok) return;
  try {
    for (const m of parseDdf(Buffer.from(r.value.data).toString('utf8'))) models.add(m);
  } catch (err) {
    ctx.logger.warn({ key, err }, 'LwM2M model from the core could not be parsed');
  }
}

export async function loadMissingModels(ctx: TransportContext, models: ModelStore, reg: Registration, tenantId: Uuid): Promise<void> {
  if (models.add === undefined) return;
  const missing = reg.objects.filter((o) => models.object(o.id, o.version)?.version !== o.version);
  await Promise.allSettled(missing.map((o) => reloadModel(ctx, models, tenantId, `${o.id}_${o.version}`)));
}
