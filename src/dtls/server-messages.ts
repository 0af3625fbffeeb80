/**
 * Builders for the bodies of the messages this server sends, and parsers for the client's
 * flight-5 messages (RFC 5246 §7.4, RFC 4279 §2, RFC 8422 §5, RFC 7250 §3).
 */
import { ByteReader, u16, u8, vec } from './byte-reader.js';
import {
  CLIENT_CERT_TYPE_ECDSA_SIGN,
  DTLS_1_0,
  DTLS_1_2,
  EC_CURVE_TYPE_NAMED,
  EC_POINT_FORMAT_UNCOMPRESSED,
  ExtensionType,
  NAMED_CURVE_SECP256R1,
  SIG_ECDSA_SHA256,
  SIG_ECDSA_SHA384,
} from './constants.js';
import { decodeError } from './errors.js';

/** RFC 6347 §4.2.1: HelloVerifyRequest carries version {254,255} whatever is negotiated. */
export function helloVerifyRequestBody(cookie: Buffer): Buffer {
  return Buffer.concat([u16(DTLS_1_0), vec(1, cookie)]);
}

export interface ServerHelloParams {
  random: Buffer;
  sessionId: Buffer;
  cipherSuite: number;
  extendedMasterSecret: boolean;
  /** RFC 7366 §2: echoed only for a CBC suite. */
  encryptThenMac?: boolean;
  secureRenegotiation: boolean;
  ecc: boolean;
  clientCertificateType?: number;
  serverCertificateType?: number;
  /** RFC 9146: the CID this server wants to receive (may be empty). */
  connectionId?: Buffer;
}

export function serverHelloBody(p: ServerHelloParams): Buffer {
  const ext: Buffer[] = [];
  const add = (type: number, data: Buffer): void => {
    ext.push(u16(type), vec(2, data));
  };
  if (p.secureRenegotiation) add(ExtensionType.renegotiationInfo, Buffer.from([0]));
  if (p.extendedMasterSecret) add(ExtensionType.extendedMasterSecret, Buffer.alloc(0));
  if (p.encryptThenMac) add(ExtensionType.encryptThenMac, Buffer.alloc(0));
  if (p.ecc) add(ExtensionType.ecPointFormats, vec(1, u8(EC_POINT_FORMAT_UNCOMPRESSED)));
  if (p.clientCertificateType !== undefined) add(ExtensionType.clientCertificateType, u8(p.clientCertificateType));
  if (p.serverCertificateType !== undefined) add(ExtensionType.serverCertificateType, u8(p.serverCertificateType));
  if (p.connectionId) add(ExtensionType.connectionId, vec(1, p.connectionId));
  const parts = [u16(DTLS_1_2), p.random, vec(1, p.sessionId), u16(p.cipherSuite), u8(0)];
  if (ext.length > 0) parts.push(vec(2, ...ext));
  return Buffer.concat(parts);
}

/** X.509 Certificate message: certificate_list<0..2^24-1> of ASN.1Cert<1..2^24-1>. */
export function x509CertificateBody(chainDer: readonly Buffer[]): Buffer {
  return vec(3, ...chainDer.map((c) => vec(3, c)));
}

/** RFC 7250 §3: the RawPublicKey Certificate message is one SubjectPublicKeyInfo<1..2^24-1>. */
export function rpkCertificateBody(spkiDer: Buffer): Buffer {
  return vec(3, spkiDer);
}

/** RFC 8422 §5.4 ServerECDHParams: named_curve secp256r1 and the uncompressed point. */
export function ecdheParams(publicPoint: Buffer): Buffer {
  return Buffer.concat([u8(EC_CURVE_TYPE_NAMED), u16(NAMED_CURVE_SECP256R1), vec(1, publicPoint)]);
}

export function serverKeyExchangeBody(params: Buffer, signatureDer: Buffer): Buffer {
  return Buffer.concat([params, u16(SIG_ECDSA_SHA256), vec(2, signatureDer)]);
}

/** RFC 5246 §7.4.4 with RFC 8422 §5.5: ecdsa_sign, ECDSA with SHA-256/384, no CA names. */
export function certificateRequestBody(): Buffer {
  return Buffer.concat([
    vec(1, u8(CLIENT_CERT_TYPE_ECDSA_SIGN)),
    vec(2, u16(SIG_ECDSA_SHA256), u16(SIG_ECDSA_SHA384)),
    vec(2, Buffer.alloc(0)),
  ]);
}

/** Parses the client's Certificate message into DER items (one SPKI for RPK). */
export function parseClientCertificate(body: Buffer, rawPublicKey: boolean): Buffer[] {
  const r = new ByteReader(body);
  if (rawPublicKey) {
    const spki = r.vector(3, 0);
    r.expectEnd('RPK Certificate');
    return spki.length === 0 ? [] : [spki];
  }
  const list = new ByteReader(r.vector(3));
  r.expectEnd('Certificate');
  const out: Buffer[] = [];
  while (list.remaining > 0) {
    out.push(list.vector(3, 1));
    if (out.length > 10) throw decodeError('certificate chain too long');
  }
  return out;
}

/** RFC 4279 §2 ClientKeyExchange: psk_identity<0..2^16-1>. */
export function parsePskClientKeyExchange(body: Buffer): Buffer {
  const r = new ByteReader(body);
  // RFC 4279 §5.3: identities up to 128 octets MUST be supported; allow more, bounded.
  const identity = r.vector(2, 0, 1024);
  r.expectEnd('PSK ClientKeyExchange');
  return identity;
}

/** RFC 8422 §5.7: ClientECDiffieHellmanPublic, an uncompressed P-256 point. */
export function parseEcdheClientKeyExchange(body: Buffer): Buffer {
  const r = new ByteReader(body);
  const point = r.vector(1, 1);
  r.expectEnd('ECDHE ClientKeyExchange');
  if (point.length !== 65 || point[0] !== 4) throw decodeError('client point is not an uncompressed P-256 point');
  return point;
}

export interface ParsedCertificateVerify {
  readonly algorithm: number;
  readonly signature: Buffer;
}

export function parseCertificateVerify(body: Buffer): ParsedCertificateVerify {
  const r = new ByteReader(body);
  const algorithm = r.u16();
  const signature = r.vector(2, 1);
  r.expectEnd('CertificateVerify');
  return { algorithm, signature };
}
