import type { CredentialsLookup } from '../core/index.js';
import { parseLwm2mClientCredential, type Lwm2mClientCredential } from '../thingsboard/credentials-config.js';

/**
 * Finds the device a DTLS identity or NoSec endpoint belongs to, the way ThingsBoard's core
 * keys LwM2M credentials (thingsboard-transport-wire.md §5.1): NoSec and RPK by endpoint, PSK by
 * identity, X.509 by the certificate itself, or by CN when the chain was trusted.
 */

export interface CredentialEntry<T> {
  readonly owner: T;
  readonly client: Lwm2mClientCredential;
}

export function parseClientCredential(body: string): Lwm2mClientCredential | undefined {
  const r = parseLwm2mClientCredential(body);
  return r.ok ? r.value : undefined;
}

function sameDer(base64: string, der: Uint8Array): boolean {
  return Buffer.from(base64, 'base64').equals(Buffer.from(der));
}

export function matchCredentials<T>(entries: Iterable<CredentialEntry<T>>, lookup: CredentialsLookup): CredentialEntry<T> | undefined {
  for (const e of entries) {
    const c = e.client;
    switch (lookup.kind) {
      case 'endpoint':
        if (c.endpoint === lookup.endpoint) return e;
        break;
      case 'psk':
        if (c.securityConfigClientMode === 'PSK' && c.identity === lookup.identity) return e;
        break;
      case 'rpk':
        if (c.securityConfigClientMode === 'RPK' && c.endpoint === lookup.endpoint && sameDer(c.key, lookup.publicKeyDer)) return e;
        break;
      case 'x509':
        if (c.securityConfigClientMode !== 'X509') break;
        if (c.cert !== '' && sameDer(c.cert, lookup.certificateDer)) return e;
        // An empty cert means "identify by a trusted chain and the CN" (features doc §2.3).
        if (c.cert === '' && lookup.trustedCommonName !== undefined && c.endpoint === lookup.trustedCommonName) return e;
        break;
    }
  }
  return undefined;
}
