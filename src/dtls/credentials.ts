/**
 * What the DTLS server asks of the layer above about peers, and what it holds about itself.
 * The callbacks are asynchronous (the ThingsBoard layer asks the core); one peer's pending
 * lookup never blocks another peer's records.
 */
import type { KeyObject, X509Certificate } from 'node:crypto';

/** Who a handshake proved the client to be (same shape as net's PeerIdentity). */
export type DtlsPeerIdentity =
  | { readonly kind: 'psk'; readonly identity: string }
  | { readonly kind: 'rpk'; readonly publicKey: Buffer }
  /** `trusted`: the chain verified against the trust store (the CN may then name the device). */
  | { readonly kind: 'x509'; readonly certificate: Buffer; readonly commonName: string; readonly trusted: boolean };

export interface DtlsCredentialStore {
  /** The PSK for this identity (RFC 4279), or undefined when unknown. */
  pskKey(identity: string): Promise<Buffer | undefined>;
  /** RFC 7250: whether this client SubjectPublicKeyInfo (DER) belongs to a known device. */
  verifyRawPublicKey(spkiDer: Buffer): Promise<boolean>;
  /**
   * Whether this client chain (leaf first, already checked for validity and signatures) is
   * accepted. `trustedByStore` says whether it chains to the server's trust store; the
   * ThingsBoard rule (lookup by CN when trusted, by certificate hash otherwise) lives above.
   */
  verifyCertificateChain(chain: readonly X509Certificate[], trustedByStore: boolean): Promise<boolean>;
}

/** The server's own ECDSA identity, used for both X.509 and RPK server authentication. */
export interface DtlsServerIdentity {
  readonly privateKey: KeyObject;
  /** Leaf first, DER. Empty when only RPK is offered. */
  readonly certificateChain: readonly Buffer[];
  /** The public key as SubjectPublicKeyInfo DER (the RPK Certificate body). */
  readonly publicKeySpki: Buffer;
}

/** Subject CN of a certificate, from node's "CN=value" per-line subject rendering. */
export function commonNameOf(cert: X509Certificate): string {
  for (const line of cert.subject.split('\n')) {
    if (line.startsWith('CN=')) return line.slice(3);
  }
  return '';
}
