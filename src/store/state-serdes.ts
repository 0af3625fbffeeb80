/**
 * Versioned JSON form of stored registrations and observations. What comes back from a store
 * is treated as hostile (another version of this program, a half-written record, an operator's
 * hand edit): it is schema-checked, and a record that fails gives undefined, never a throw.
 */
import { z } from 'zod';
import type { StoredObservation, StoredRegistration } from '../lwm2m/registration/state-store.js';

/** Bumped when a stored field changes meaning; older records are then dropped, not misread. */
export const STATE_FORMAT_VERSION = 1;

// Bounds mirror what the registration interface accepts (register-query.ts, object-links.ts).
const text = (max: number): z.ZodString => z.string().max(max);
const uint = (max: number): z.ZodNumber => z.number().int().min(0).max(max);

const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('psk'), identity: text(1024) }),
  z.object({ kind: z.literal('rpk'), publicKey: text(8192) }),
  z.object({ kind: z.literal('x509'), certificate: text(65536), commonName: text(1024), trusted: z.boolean().optional() }),
]);

const peerSchema = z.object({
  address: text(64).min(1),
  port: uint(65535),
  secure: z.boolean(),
  identity: identitySchema.optional(),
});

const registrationSchema = z.object({
  v: z.literal(STATE_FORMAT_VERSION),
  id: text(64).min(1),
  endpoint: text(256).min(1),
  peer: peerSchema,
  lifetimeSec: uint(0xffffffff),
  lwm2mVersion: z.enum(['1.0', '1.1', '1.2']),
  binding: text(7),
  queueMode: z.boolean(),
  sms: text(64).optional(),
  rootPath: text(256),
  objects: z
    .array(z.object({ id: uint(65535), version: text(16), instances: z.array(uint(65535)).max(65536) }))
    .max(4096),
  contentFormats: z.array(uint(65535)).max(64).optional(),
  registeredAt: z.number().finite(),
  updatedAt: z.number().finite(),
  expiresAt: z.number().finite(),
});

const observationSchema = z.object({
  v: z.literal(STATE_FORMAT_VERSION),
  registrationId: text(64).min(1),
  token: z.string().regex(/^(?:[0-9a-f]{2}){0,8}$/),
  paths: z.array(text(64)).min(1).max(4096),
  composite: z.boolean(),
  format: uint(65535).optional(),
  lastObserve: uint(0xffffff),
});

export function encodeRegistration(reg: StoredRegistration): string {
  return JSON.stringify({ v: STATE_FORMAT_VERSION, ...reg });
}

export function encodeObservation(obs: StoredObservation): string {
  return JSON.stringify({ v: STATE_FORMAT_VERSION, ...obs });
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

/** Drops the format tag and absent optional fields (the stored types have no undefined values). */
function withoutVersion<T extends { v: number }>(value: T): Omit<T, 'v'> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(value)) if (k !== 'v' && x !== undefined) out[k] = x;
  return out as Omit<T, 'v'>;
}

export function decodeRegistration(raw: string): StoredRegistration | undefined {
  const r = registrationSchema.safeParse(parseJson(raw));
  if (!r.success) return undefined;
  return withoutVersion(r.data) as StoredRegistration;
}

export function decodeObservation(raw: string): StoredObservation | undefined {
  const r = observationSchema.safeParse(parseJson(raw));
  return r.success ? (withoutVersion(r.data) as StoredObservation) : undefined;
}
