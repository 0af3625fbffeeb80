/**
 * ThingsBoard's conventions for LwM2M device credentials, shared by the adapters that speak its
 * protobuf (src/kafka, src/edge): the credentials id of an X.509 device and the security mode
 * of a credentials JSON (thingsboard-transport-wire.md §5.1, features doc §2.3).
 */
import { createHash } from 'node:crypto';
import type { SecurityMode } from '../core/index.js';

/** SHA3-256 hex of base64(DER), the X.509 credentials id ThingsBoard stores (§5.1). */
export function x509CredentialsId(certificateDer: Uint8Array): string {
  return createHash('sha3-256').update(Buffer.from(certificateDer).toString('base64'), 'utf8').digest('hex');
}

/** The client part's `securityConfigClientMode`, when it is one of the four modes. */
export function securityModeOf(credentials: unknown): SecurityMode | undefined {
  if (!credentials || typeof credentials !== 'object') return undefined;
  const client = (credentials as { client?: unknown }).client;
  if (!client || typeof client !== 'object') return undefined;
  const m = (client as { securityConfigClientMode?: unknown }).securityConfigClientMode;
  return m === 'NO_SEC' || m === 'PSK' || m === 'RPK' || m === 'X509' ? m : undefined;
}

/** JSON the core sends as text or bytes; undefined when absent, blank or not JSON. */
export function tryParseJson(text: string | Uint8Array | null | undefined): unknown {
  if (text == null) return undefined;
  const s = typeof text === 'string' ? text : Buffer.from(text).toString('utf8');
  if (s.trim() === '') return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}
