/**
 * Choosing what a full handshake uses from a ClientHello: version, cipher suite, certificate
 * types (RFC 7250 §4.2), curve and signature support (RFC 8422 §5.1, RFC 5246 §7.4.1.4.1).
 * Pure: no I/O, no state.
 */
import { type CipherSuite, isAead } from './cipher-suites.js';
import { chooseCertificateType, type ClientHello } from './client-hello.js';
import {
  AlertDescription,
  CertificateType,
  DTLS_1_2,
  EC_POINT_FORMAT_UNCOMPRESSED,
  NAMED_CURVE_SECP256R1,
  SIG_ECDSA_SHA256,
} from './constants.js';
import type { DtlsServerIdentity } from './credentials.js';
import { DtlsAlertError } from './errors.js';

export interface Negotiated {
  readonly suite: CipherSuite;
  /** Defined only for ECDHE suites. */
  readonly clientCertificateType?: number;
  readonly serverCertificateType?: number;
  /** Whether to echo the RFC 7250 extensions (only when the client sent them). */
  readonly echoClientCertType: boolean;
  readonly echoServerCertType: boolean;
}

export function checkHelloBasics(hello: ClientHello, requireEms: boolean): void {
  // DTLS versions count down: {254,253} (1.2) is numerically below {254,255} (1.0).
  if (hello.clientVersion > DTLS_1_2) throw new DtlsAlertError(AlertDescription.protocolVersion, 'client does not offer DTLS 1.2');
  if (!hello.compressionMethods.includes(0)) throw new DtlsAlertError(AlertDescription.illegalParameter, 'null compression not offered');
  if (requireEms && !hello.extendedMasterSecret) {
    throw new DtlsAlertError(AlertDescription.handshakeFailure, 'extended master secret required (RFC 7627)');
  }
}

export function negotiate(hello: ClientHello, suites: readonly CipherSuite[], identity: DtlsServerIdentity | undefined): Negotiated {
  for (const suite of suites) {
    if (!hello.cipherSuites.includes(suite.id)) continue;
    if (suite.keyExchange === 'psk') return { suite, echoClientCertType: false, echoServerCertType: false };
    if (!identity || !eccUsable(hello)) continue;
    const serverTypes: number[] = [CertificateType.rawPublicKey];
    if (identity.certificateChain.length > 0) serverTypes.unshift(CertificateType.x509);
    const clientType = chooseCertificateType(hello.clientCertificateTypes, [CertificateType.x509, CertificateType.rawPublicKey]);
    // LwM2M RPK mode (Core 1.1 §E.1.1, Security object "Server Public Key") pairs an RPK
    // client with an RPK server: when the client authenticates with RPK and accepts an RPK,
    // answer with one even if it listed X.509 first (GnuTLS clients do).
    const serverType =
      clientType === CertificateType.rawPublicKey && hello.serverCertificateTypes?.includes(CertificateType.rawPublicKey)
        ? CertificateType.rawPublicKey
        : chooseCertificateType(hello.serverCertificateTypes, serverTypes);
    if (serverType === undefined || clientType === undefined) continue;
    return {
      suite,
      clientCertificateType: clientType,
      serverCertificateType: serverType,
      echoClientCertType: hello.clientCertificateTypes !== undefined,
      echoServerCertType: hello.serverCertificateTypes !== undefined,
    };
  }
  throw new DtlsAlertError(AlertDescription.handshakeFailure, 'no cipher suite in common');
}

function eccUsable(hello: ClientHello): boolean {
  if (hello.supportedGroups && !hello.supportedGroups.includes(NAMED_CURVE_SECP256R1)) return false;
  if (hello.ecPointFormats && !hello.ecPointFormats.includes(EC_POINT_FORMAT_UNCOMPRESSED)) return false;
  if (hello.signatureAlgorithms && !hello.signatureAlgorithms.includes(SIG_ECDSA_SHA256)) return false;
  return true;
}

/** RFC 9146 §3: CIDs only with AEAD suites here (CBC would need Encrypt-then-MAC, RFC 7366). */
export function cidUsable(hello: ClientHello, suite: CipherSuite, cidLength: number | undefined): boolean {
  return cidLength !== undefined && hello.connectionId !== undefined && isAead(suite);
}
