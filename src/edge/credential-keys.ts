/**
 * The credentialsId(s) under which the core stores a device's LwM2M credentials, for a lookup
 * (thingsboard-edge-grpc.md §2.3): the same keys the Kafka adapter sends in
 * ValidateDeviceLwM2MCredentialsRequestMsg. Pure.
 */
import type { CredentialsLookup } from '../core/index.js';
import { x509CredentialsId } from '../tbwire/credentials.js';

export function credentialsIdsOf(lookup: CredentialsLookup): string[] {
  switch (lookup.kind) {
    case 'endpoint':
    case 'rpk':
      // RPK devices are found by endpoint; the key is checked against the credentials body by the caller.
      return [lookup.endpoint];
    case 'psk':
      return [lookup.identity];
    case 'x509':
      // Trusted chain: by CN (an empty stored cert); otherwise by SHA3-256 of the certificate.
      return [...(lookup.trustedCommonName ? [lookup.trustedCommonName] : []), x509CredentialsId(lookup.certificateDer)];
  }
}
