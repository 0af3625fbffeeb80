/**
 * Loads the server's credentials and trust store from PEM text (the LWM2M_SERVER_PEM_* and
 * LWM2M_TRUST_PEM_CERT files). KEYSTORE (JKS/PKCS#12) is refused with an error that tells the
 * operator to convert to PEM: no maintained npm package parsing JKS is a dependency here.
 */
import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import type { DtlsServerIdentity } from './credentials.js';

export class DtlsConfigError extends Error {
  override readonly name = 'DtlsConfigError';
}

const PEM_CERT = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

export function parsePemCertificates(pem: string): X509Certificate[] {
  return (pem.match(PEM_CERT) ?? []).map((block) => new X509Certificate(block));
}

/**
 * Server identity from a PEM certificate chain (leaf first) and a PEM private key (optionally
 * encrypted). The key must be an EC P-256 key (RFC 8422 / RFC 7251: the suites offered here
 * sign with ECDSA over secp256r1) and must match the leaf certificate.
 */
export function loadServerIdentityFromPem(certPem: string, keyPem: string, keyPassword?: string): DtlsServerIdentity {
  let privateKey;
  try {
    privateKey = createPrivateKey(keyPassword ? { key: keyPem, passphrase: keyPassword } : keyPem);
  } catch (e) {
    throw new DtlsConfigError(`server private key cannot be read: ${(e as Error).message}`);
  }
  if (privateKey.asymmetricKeyType !== 'ec' || privateKey.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
    throw new DtlsConfigError('server private key must be an EC key on P-256 (secp256r1)');
  }
  const chain = parsePemCertificates(certPem);
  const publicKey = createPublicKey(privateKey);
  const publicKeySpki = publicKey.export({ type: 'spki', format: 'der' });
  if (chain.length > 0) {
    const leafSpki = chain[0]!.publicKey.export({ type: 'spki', format: 'der' });
    if (!leafSpki.equals(publicKeySpki)) throw new DtlsConfigError('server certificate does not match the private key');
  }
  return { privateKey, certificateChain: chain.map((c) => c.raw), publicKeySpki };
}

export function keystoreUnsupported(variable: string): DtlsConfigError {
  return new DtlsConfigError(
    `${variable}=KEYSTORE is not supported: convert the keystore to PEM (e.g. "keytool -importkeystore -deststoretype PKCS12" then "openssl pkcs12 -nodes") and set ${variable}=PEM`,
  );
}
