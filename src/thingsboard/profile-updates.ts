import type { DeviceProfile } from '../core/index.js';
import { runPlan } from './client-initialiser.js';
import { planProfileUpdate } from './init-plan.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { effectivePowerSettings, parseProfileTransport, type Lwm2mProfileConfig } from './profile-config.js';
import { compileMapping, type ProfileMapping } from './profile-mapping.js';
import { cancelAllObservations } from './rpc-observe-methods.js';
import { logText } from './transport-log-text.js';
import { canComposite, type TransportContext } from './transport-context.js';

/**
 * Device-profile changes on live clients (features doc #78): the new profile is compiled at
 * once; the requests it implies go out now when the device listens, else at its next Update
 * or wake-up. An invalid profile is reported and the old one stays in force.
 */

export interface ParsedProfile {
  readonly config?: Lwm2mProfileConfig;
  readonly problems?: string[];
}

export function parseProfileFor(ctx: TransportContext, profile: DeviceProfile | undefined, endpoint: string): ParsedProfile {
  if (profile === undefined) return {};
  const r = parseProfileTransport(profile.profileData);
  if (r.ok) return { config: r.value };
  ctx.logger.warn({ endpoint, profileId: profile.id, problems: r.problems }, 'invalid LwM2M device profile');
  return { problems: r.problems };
}

export async function updateClientProfile(ctx: TransportContext, client: Lwm2mClient, profile: DeviceProfile | undefined): Promise<void> {
  if (client.closed) return;
  const parsed = parseProfileFor(ctx, profile, client.endpoint);
  if (parsed.config === undefined) {
    if (parsed.problems !== undefined) client.log.write(logText.invalidProfile(parsed.problems));
    return;
  }
  const before = { config: client.profile, mapping: client.mapping };
  client.profile = parsed.config;
  client.mapping = compileMapping(parsed.config, client.reg);
  client.power = effectivePowerSettings(client.session.device, parsed.config.clientLwM2mSettings);
  if (!ctx.server.isAwake(client.reg)) {
    if (!client.asleep) client.log.write(logText.sleeping());
    client.asleep = true;
    // Several changes while asleep are diffed once, from the profile the device last got.
    client.pendingFromProfile ??= before;
    return;
  }
  await applyProfileChange(ctx, client, before.config, before.mapping);
}

export async function applyProfileChange(ctx: TransportContext, client: Lwm2mClient, oldConfig: Lwm2mProfileConfig, oldMapping: ProfileMapping): Promise<void> {
  const oa = client.profile.observeAttr;
  const plan = planProfileUpdate(oldMapping, client.mapping, oldConfig.observeAttr.observeStrategy, oa.observeStrategy, canComposite(client.reg), oa.initAttrTelAsObsStrategy);
  if (plan.cancelAll) await cancelAllObservations({ ctx, client });
  const reg = client.reg;
  await Promise.allSettled([
    ...plan.cancelSingles.map((p) => ctx.server.cancelObservation(reg, p)),
    ...plan.cancelComposites.map((ps) => ctx.server.cancelCompositeObservation(reg, ps)),
  ]);
  await runPlan(ctx, client, plan);
}
