/**
 * Client certificate chain checks (RFC 5280 path essentials, as ThingsBoard's verifier does):
 * every certificate within its validity period unless skipped, each certificate signed by the
 * next one, issuers marked CA, and the chain anchored in the trust store.
 */
import { X509Certificate } from 'node:crypto';
import { AlertDescription } from './constants.js';
import { DtlsAlertError } from './errors.js';

export interface ChainCheck {
  readonly chain: X509Certificate[];
  readonly trustedByStore: boolean;
}

export function checkClientChain(
  chainDer: readonly Buffer[],
  trustStore: readonly X509Certificate[],
  now: Date,
  skipValidity: boolean,
): ChainCheck {
  let chain: X509Certificate[];
  try {
    chain = chainDer.map((d) => new X509Certificate(d));
  } catch {
    throw new DtlsAlertError(AlertDescription.badCertificate, 'unparsable client certificate');
  }
  if (chain.length === 0) throw new DtlsAlertError(AlertDescription.handshakeFailure, 'client sent no certificate');
  if (!skipValidity) {
    for (const c of chain) {
      if (now < new Date(c.validFrom) || now > new Date(c.validTo)) {
        throw new DtlsAlertError(AlertDescription.certificateExpired, `certificate ${c.subject} outside validity`);
      }
    }
  }
  // Each certificate must be issued and signed by its successor, which must be a CA.
  for (let i = 0; i + 1 < chain.length; i++) {
    const child = chain[i]!;
    const parent = chain[i + 1]!;
    if (!parent.ca || !child.checkIssued(parent) || !child.verify(parent.publicKey)) {
      throw new DtlsAlertError(AlertDescription.badCertificate, 'client chain is not signed in order');
    }
  }
  return { chain, trustedByStore: anchored(chain, trustStore) };
}

function anchored(chain: readonly X509Certificate[], trustStore: readonly X509Certificate[]): boolean {
  const last = chain[chain.length - 1]!;
  for (const anchor of trustStore) {
    if (chain.some((c) => c.fingerprint256 === anchor.fingerprint256)) return true;
    if (anchor.ca && last.checkIssued(anchor) && last.verify(anchor.publicKey)) return true;
  }
  return false;
}
