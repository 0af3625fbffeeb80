import { createHash } from 'node:crypto';
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

/** A stable UUID (RFC 4122 version-5 layout over SHA-1) for entities the file names without an id. */
export function nameUuid(kind: string, name: string): string {
  const h = createHash('sha1').update(`${kind}:${name}`).digest();
  h[6] = ((h[6] as number) & 0x0f) | 0x50;
  h[8] = ((h[8] as number) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The hand-written file form, next to the REST export form: a profile may omit its id and give
 * `transportConfiguration` directly (as copied from the profile's "Transport configuration");
 * a device may omit its id, name its profile (`"profile": "<name>"`) and give `credentials` as
 * the LwM2M credentials JSON itself (`{"client": ..., "bootstrap": ...}`).
 */
export function normalizeConfigInput(input: unknown): unknown {
  if (!isObject(input)) return input;
  const profileIds = new Map<string, unknown>();
  const profiles = Array.isArray(input['profiles'])
    ? input['profiles'].map((p: unknown) => {
        if (!isObject(p) || typeof p['name'] !== 'string') return p;
        const out: Json = { ...p };
        out['id'] ??= nameUuid('profile', p['name']);
        if (out['profileData'] === undefined && p['transportConfiguration'] !== undefined) {
          out['profileData'] = { transportConfiguration: p['transportConfiguration'] };
          delete out['transportConfiguration'];
        }
        profileIds.set(p['name'], out['id']);
        return out;
      })
    : input['profiles'];
  const devices = Array.isArray(input['devices'])
    ? input['devices'].map((d: unknown) => {
        if (!isObject(d) || typeof d['name'] !== 'string') return d;
        const out: Json = { ...d };
        out['id'] ??= nameUuid('device', d['name']);
        if (out['deviceProfileId'] === undefined && typeof d['profile'] === 'string') {
          const id = profileIds.get(d['profile']);
          if (id !== undefined) out['deviceProfileId'] = id;
        }
        const c = d['credentials'];
        if (isObject(c) && c['credentialsValue'] === undefined && isObject(c['client'])) {
          out['credentials'] = { credentialsType: 'LWM2M_CREDENTIALS', credentialsValue: JSON.stringify(c) };
        }
        return out;
      })
    : input['devices'];
  return { ...input, ...(profiles === undefined ? {} : { profiles }), ...(devices === undefined ? {} : { devices }) };
}

export const standaloneConfigSchema = z
  .object({
    tenantId: entityId.default('2a1d6a30-0000-4000-8000-000000000001'),
    profiles: z.array(profileSchema).default([]),
    devices: z.array(deviceSchema).default([]),
    /** Shared attributes per device id: `{ "<deviceId>": { "key": value } }`. */
    sharedAttributes: z.record(z.string(), z.record(z.string(), sharedValue)).default({}),
    /** Append every uplink message as one JSON line to this file. */
    uplinkFile: z.string().optional(),
    /** A profile name: unknown NoSec endpoints are admitted as new devices of this profile. */
    autoProvision: z.string().min(1).optional(),
  })
  .loose()
  .superRefine((c, ctx) => {
    if (c.autoProvision !== undefined && !c.profiles.some((p) => p.name === c.autoProvision)) {
      ctx.addIssue({ code: 'custom', path: ['autoProvision'], message: `no profile is named "${c.autoProvision}"` });
    }
    const ids = new Set(c.profiles.map((p) => p.id));
    c.devices.forEach((d, i) => {
      if (!ids.has(d.deviceProfileId)) ctx.addIssue({ code: 'custom', path: ['devices', i, 'deviceProfileId'], message: `device "${d.name}" names no known profile` });
    });
  });

export type StandaloneConfig = z.infer<typeof standaloneConfigSchema>;
export type StandaloneDevice = z.infer<typeof deviceSchema>;
export type StandaloneProfile = z.infer<typeof profileSchema>;

export class StandaloneConfigError extends Error {
  override readonly name = 'StandaloneConfigError';
}

export function parseStandaloneConfig(value: unknown): StandaloneConfig {
  const r = standaloneConfigSchema.safeParse(normalizeConfigInput(value));
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
