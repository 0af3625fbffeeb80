import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/**
 * The embedded core's configuration: tenants' devices and device profiles in the JSON shapes
 * ThingsBoard's REST API uses (ids as `{"entityType","id"}` objects or plain strings,
 * `credentialsValue` as a JSON string or object), plus where uplink goes.
 */

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');
const entityId = z.union([uuid, z.object({ id: uuid }).loose().transform((o) => o.id)]).transform((s) => s.toLowerCase());

const credentialsSchema = z
  .object({
    credentialsType: z.literal('LWM2M_CREDENTIALS').default('LWM2M_CREDENTIALS'),
    credentialsValue: z.union([z.string(), z.record(z.string(), z.unknown()).transform((o) => JSON.stringify(o))]),
  })
  .loose();

const deviceSchema = z
  .object({
    id: entityId,
    name: z.string().min(1),
    type: z.string().optional(),
    deviceProfileId: entityId,
    customerId: entityId.optional(),
    deviceData: z.unknown().optional(),
    credentials: credentialsSchema,
  })
  .loose();

const profileSchema = z
  .object({
    id: entityId,
    name: z.string().min(1),
    type: z.string().default('DEFAULT'),
    transportType: z.string().default('LWM2M'),
    profileData: z.unknown(),
  })
  .loose();

const sharedValue = z.union([z.string(), z.number(), z.boolean(), z.record(z.string(), z.unknown()), z.array(z.unknown())]);

export const standaloneConfigSchema = z
  .object({
    tenantId: entityId.default('2a1d6a30-0000-4000-8000-000000000001'),
    profiles: z.array(profileSchema).default([]),
    devices: z.array(deviceSchema).default([]),
    /** Shared attributes per device id: `{ "<deviceId>": { "key": value } }`. */
    sharedAttributes: z.record(z.string(), z.record(z.string(), sharedValue)).default({}),
    /** Append every uplink message as one JSON line to this file. */
    uplinkFile: z.string().optional(),
  })
  .loose();

export type StandaloneConfig = z.infer<typeof standaloneConfigSchema>;
export type StandaloneDevice = z.infer<typeof deviceSchema>;
export type StandaloneProfile = z.infer<typeof profileSchema>;

export class StandaloneConfigError extends Error {
  override readonly name = 'StandaloneConfigError';
}

export function parseStandaloneConfig(value: unknown): StandaloneConfig {
  const r = standaloneConfigSchema.safeParse(value);
  if (!r.success) {
    throw new StandaloneConfigError(r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; '));
  }
  return r.data;
}

export async function loadStandaloneConfig(file: string): Promise<StandaloneConfig> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new StandaloneConfigError(`cannot read ${file}: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (err) {
    throw new StandaloneConfigError(`${file} is not JSON: ${(err as Error).message}`);
  }
  return parseStandaloneConfig(json);
}
