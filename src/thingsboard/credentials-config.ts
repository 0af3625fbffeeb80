import { z } from 'zod';
import type { ParseOutcome } from './profile-config.js';

/**
 * ThingsBoard's `LWM2M_CREDENTIALS` body (features doc §2.3): the client part says how the
 * device proves itself (`securityConfigClientMode`), the bootstrap part is key material written
 * into the device's Security object. Checks follow ThingsBoard's credential validator.
 */

const HEX_RE = /^[0-9a-fA-F]*$/;
const BASE64_RE = /^[A-Za-z0-9+/]*={0,2}$/;

// DeviceCredentialsServiceImpl: a PSK key is hex, a multiple of 32 chars and at most 128
// (so 32, 64, 96 or 128: the doc names only 32/64/128, features doc §4 item 12).
const pskKey = z
  .string()
  .refine((k) => k.length > 0 && k.length % 32 === 0 && k.length <= 128 && HEX_RE.test(k), 'PSK key must be hex, 32, 64, 96 or 128 characters');
const pskIdentity = z.string().min(1).refine((s) => s !== 'NO_SEC', 'PSK identity must not be "NO_SEC"');
const base64 = z
  .string()
  .transform((s) => s.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''))
  .refine((s) => BASE64_RE.test(s), 'must be Base64');
const endpoint = z.string().refine((s) => s.trim().length > 0, 'endpoint must not be blank');

const clientSchema = z.discriminatedUnion('securityConfigClientMode', [
  z.object({ securityConfigClientMode: z.literal('NO_SEC'), endpoint }).loose(),
  z.object({ securityConfigClientMode: z.literal('PSK'), endpoint, identity: pskIdentity, key: pskKey }).loose(),
  z.object({ securityConfigClientMode: z.literal('RPK'), endpoint, key: base64.refine((s) => s.length > 0, 'RPK key is required') }).loose(),
  z.object({ securityConfigClientMode: z.literal('X509'), endpoint, cert: base64.nullish().transform((v) => v ?? '') }).loose(),
]);

const bootstrapClientSchema = z.discriminatedUnion('securityMode', [
  z.object({ securityMode: z.literal('NO_SEC') }).loose(),
  z.object({ securityMode: z.literal('PSK'), clientPublicKeyOrId: pskIdentity, clientSecretKey: pskKey }).loose(),
  z.object({ securityMode: z.literal('RPK'), clientPublicKeyOrId: base64, clientSecretKey: base64 }).loose(),
  z.object({ securityMode: z.literal('X509'), clientPublicKeyOrId: base64, clientSecretKey: base64 }).loose(),
]);

const credentialsSchema = z
  .object({
    client: clientSchema,
    bootstrap: z.object({ bootstrapServer: bootstrapClientSchema, lwm2mServer: bootstrapClientSchema }).loose(),
  })
  .loose();

// The LwM2M server needs only the client part: a body without a bootstrap part is still a device.
const clientOnlySchema = z.object({ client: clientSchema }).loose();

export type Lwm2mClientCredential = z.infer<typeof clientSchema>;
export type Lwm2mCredentials = z.infer<typeof credentialsSchema>;

function parseWith<T>(schema: z.ZodType<T>, body: unknown): ParseOutcome<T> {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body) as unknown;
    } catch {
      return { ok: false, problems: ['credentials body is not JSON'] };
    }
  }
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  return { ok: false, problems: r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`) };
}

/** Parses the whole credentials JSON text (or an already parsed value), bootstrap part included. */
export function parseLwm2mCredentials(body: unknown): ParseOutcome<Lwm2mCredentials> {
  return parseWith(credentialsSchema, body);
}

/** Parses only the `client` part (what registration needs). */
export function parseLwm2mClientCredential(body: unknown): ParseOutcome<Lwm2mClientCredential> {
  const r = parseWith(clientOnlySchema, body);
  return r.ok ? { ok: true, value: r.value.client } : r;
}
