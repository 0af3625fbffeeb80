/**
 * A resumable DTLS session (src/dtls CachedSession) as versioned JSON, for a store outside the
 * process. The suite is kept by its IANA code, the identity by kind, the master secret as
 * base64. Decoding treats the record as hostile: anything malformed gives undefined.
 */
import { z } from 'zod';
import { suiteById } from '../dtls/cipher-suites.js';
import type { DtlsPeerIdentity } from '../dtls/credentials.js';
import type { CachedSession } from '../dtls/session-cache.js';

const b64 = z.string().max(16_384).regex(/^[A-Za-z0-9+/]*={0,2}$/);
const hex = z.string().max(64).regex(/^([0-9a-f]{2})+$/);
const u8 = z.number().int().min(0).max(255);

const identitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('psk'), identity: z.string().max(1024) }),
  z.object({ kind: z.literal('rpk'), publicKey: b64 }),
  z.object({ kind: z.literal('x509'), certificate: b64, commonName: z.string().max(1024), trusted: z.boolean() }),
]);

const sessionSchema = z.object({
  v: z.literal(1),
  id: hex,
  suite: z.number().int().min(0).max(0xffff),
  // RFC 5246 §8.1: the master secret is always 48 bytes (64 base64 characters).
  master: b64.length(64),
  ems: z.boolean(),
  etm: z.boolean(),
  identity: identitySchema,
  cct: u8.optional(),
  sct: u8.optional(),
});

type StoredIdentity = z.infer<typeof identitySchema>;

function encodeIdentity(i: DtlsPeerIdentity): StoredIdentity {
  switch (i.kind) {
    case 'psk':
      return { kind: 'psk', identity: i.identity };
    case 'rpk':
      return { kind: 'rpk', publicKey: i.publicKey.toString('base64') };
    case 'x509':
      return { kind: 'x509', certificate: i.certificate.toString('base64'), commonName: i.commonName, trusted: i.trusted };
  }
}

function decodeIdentity(i: StoredIdentity): DtlsPeerIdentity {
  switch (i.kind) {
    case 'psk':
      return { kind: 'psk', identity: i.identity };
    case 'rpk':
      return { kind: 'rpk', publicKey: Buffer.from(i.publicKey, 'base64') };
    case 'x509':
      return { kind: 'x509', certificate: Buffer.from(i.certificate, 'base64'), commonName: i.commonName, trusted: i.trusted };
  }
}

export function encodeDtlsSession(s: CachedSession): string {
  return JSON.stringify({
    v: 1,
    id: s.id.toString('hex'),
    suite: s.suite.id,
    master: s.masterSecret.toString('base64'),
    ems: s.extendedMasterSecret,
    etm: s.encryptThenMac,
    identity: encodeIdentity(s.identity),
    ...(s.clientCertificateType === undefined ? {} : { cct: s.clientCertificateType }),
    ...(s.serverCertificateType === undefined ? {} : { sct: s.serverCertificateType }),
  });
}

/** Undefined for anything that is not a well-formed record of a suite this build knows. */
export function decodeDtlsSession(text: string): CachedSession | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  const r = sessionSchema.safeParse(raw);
  if (!r.success) return undefined;
  const d = r.data;
  const suite = suiteById(d.suite);
  const master = Buffer.from(d.master, 'base64');
  if (!suite || master.length !== 48) return undefined;
  return {
    id: Buffer.from(d.id, 'hex'),
    suite,
    masterSecret: master,
    extendedMasterSecret: d.ems,
    encryptThenMac: d.etm,
    identity: decodeIdentity(d.identity),
    ...(d.cct === undefined ? {} : { clientCertificateType: d.cct }),
    ...(d.sct === undefined ? {} : { serverCertificateType: d.sct }),
  };
}
