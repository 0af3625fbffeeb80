import type { DeviceProfile, Uuid, ValidatedDevice } from '../core/index.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import { Lwm2mClient } from './lwm2m-client.js';
import { loadMissingModels, type ModelStore } from './model-loader.js';
import { effectivePowerSettings, emptyProfileConfig } from './profile-config.js';
import { compileMapping } from './profile-mapping.js';
import { parseProfileFor } from './profile-updates.js';
import { validateRegistration } from './registration-gate.js';
import { logText } from './transport-log-text.js';
import { TransportLog, TRANSPORT_LOG_KEY } from './transport-log.js';
import type { TransportLogConfig } from './transport-log-config.js';
import type { TransportContext } from './transport-context.js';

/**
 * Opening a device's ThingsBoard session for a registration: the credentials check by
 * endpoint / DTLS identity, the profile, missing object models, the core session, and the
 * per-device client built from them. Shared by a fresh Register and by a registration put back
 * from the state store after a restart (which then skips the initial observes and reads).
 */

export interface OpenedClient {
  readonly client: Lwm2mClient;
  /** Undefined when the core has no profile for the device (the client then idles). */
  readonly profile: DeviceProfile | undefined;
  /** Problems of the profile's LwM2M configuration, for the device's transportLog. */
  readonly problems: readonly string[] | undefined;
}

export type OpenOutcome = { ok: true; opened: OpenedClient } | { ok: false; reason: string };

export async function fetchProfile(ctx: TransportContext, profileId: Uuid): Promise<DeviceProfile | undefined> {
  const r = await ctx.core.getDeviceProfile(profileId);
  return r.ok ? r.value : undefined;
}

/**
 * Validates (unless the registration gate already did), opens the core session and builds the
 * client. `ok: false` means no session was opened and nothing needs closing.
 */
export async function openClientSession(
  ctx: TransportContext,
  models: ModelStore,
  logConfig: TransportLogConfig,
  reg: Registration,
  alreadyValidated: ValidatedDevice | undefined,
): Promise<OpenOutcome> {
  let validated = alreadyValidated;
  if (validated === undefined) {
    const v = await validateRegistration(ctx.core, reg.peer, reg.endpoint);
    if (!v.ok) return { ok: false, reason: v.reason };
    validated = v.device;
  }
  const device = validated.device;
  const profile = validated.deviceProfile ?? (await fetchProfile(ctx, device.deviceProfileId));
  const parsed = parseProfileFor(ctx, profile, reg.endpoint);
  await loadMissingModels(ctx, models, reg, device.tenantId);
  const session = await ctx.core.openSession(device);
  if (!session.ok) return { ok: false, reason: session.error.message };
  // The registration may have been updated while the core answered.
  const current = ctx.server.registrations.get(reg.id) ?? reg;
  const sessionId = session.value.sessionId;
  const log = new TransportLog(logConfig, ctx.now, (ts, text) => {
    void ctx.core.postTelemetry(sessionId, [{ ts, values: [{ key: TRANSPORT_LOG_KEY, type: 'string', value: text }] }]);
  });
  const config = parsed.config ?? emptyProfileConfig();
  // A copy: the port may update its own record; device-updated events are compared against ours.
  const client = new Lwm2mClient(
    current,
    { ...session.value, device: { ...session.value.device } },
    config,
    compileMapping(config, current),
    effectivePowerSettings(device, config.clientLwM2mSettings),
    log,
  );
  if (ctx.writeTimes !== undefined) {
    // A store that cannot answer costs only the skip of stale updates, never the session.
    const times = await ctx.writeTimes.load(current.endpoint).catch(() => new Map<string, number>());
    for (const [path, ts] of times) client.lastWriteTs.set(path, ts);
  }
  return { ok: true, opened: { client, profile, problems: parsed.problems } };
}

/** The transportLog line of a fresh registration (features doc: "Client registered ..."). */
export function registeredLine(reg: Registration): string {
  return logText.registered({
    endpoint: reg.endpoint,
    registrationId: reg.id,
    lwm2mVersion: reg.lwm2mVersion,
    objectVersions: [...reg.objects].sort((a, b) => a.id - b.id).map((o) => [o.id, o.version] as const),
    queueMode: reg.queueMode,
    binding: reg.binding,
  });
}

/**
 * The transportLog line of a registration taken over from the state store. ThingsBoard has no
 * such line (its restart reloads registrations silently); this one says why the session opened
 * without a Register, and that the observations are the ones kept from before.
 */
export function restoredLine(reg: Registration, observations: number): string {
  return `info: Endpoint [${reg.endpoint}] Client registration [${reg.id}] restored after a transport restart, ${observations} observation(s) kept`;
}
