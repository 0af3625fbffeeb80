/**
 * Wire constants of DTLS 1.2 (RFC 6347), TLS 1.2 (RFC 5246) and the extensions this server
 * speaks. Numbers only; behaviour lives elsewhere.
 */

/** RFC 6347 §4.1: DTLS 1.2 is {254, 253}; DTLS 1.0 {254, 255} appears in ClientHello/HVR records. */
export const DTLS_1_2 = 0xfefd;
export const DTLS_1_0 = 0xfeff;

/** RFC 5246 §6.2.1 content types; RFC 9146 §4 adds tls12_cid. */
export const ContentType = {
  changeCipherSpec: 20,
  alert: 21,
  handshake: 22,
  applicationData: 23,
  tls12Cid: 25,
} as const;

/** RFC 5246 §7.4 / RFC 6347 §4.2 handshake message types. */
export const HandshakeType = {
  helloRequest: 0,
  clientHello: 1,
  serverHello: 2,
  helloVerifyRequest: 3,
  certificate: 11,
  serverKeyExchange: 12,
  certificateRequest: 13,
  serverHelloDone: 14,
  certificateVerify: 15,
  clientKeyExchange: 16,
  finished: 20,
} as const;

export const AlertLevel = { warning: 1, fatal: 2 } as const;

/** RFC 5246 §7.2, RFC 4279 §2 (unknown_psk_identity). */
export const AlertDescription = {
  closeNotify: 0,
  unexpectedMessage: 10,
  badRecordMac: 20,
  recordOverflow: 22,
  handshakeFailure: 40,
  badCertificate: 42,
  unsupportedCertificate: 43,
  certificateExpired: 45,
  certificateUnknown: 46,
  illegalParameter: 47,
  unknownCa: 48,
  accessDenied: 49,
  decodeError: 50,
  decryptError: 51,
  protocolVersion: 70,
  insufficientSecurity: 71,
  internalError: 80,
  noRenegotiation: 100,
  unsupportedExtension: 110,
  unknownPskIdentity: 115,
} as const;

/** IANA TLS ExtensionType values used here. */
export const ExtensionType = {
  supportedGroups: 10,
  ecPointFormats: 11,
  signatureAlgorithms: 13,
  /** RFC 7250 §3 */
  clientCertificateType: 19,
  serverCertificateType: 20,
  /** RFC 7366 §2 */
  encryptThenMac: 22,
  /** RFC 7627 §5.1 */
  extendedMasterSecret: 23,
  /** RFC 9146 §3 (the final code point; drafts used 53) */
  connectionId: 54,
  /** RFC 5746 §3.2 */
  renegotiationInfo: 0xff01,
} as const;

/** RFC 5746 §3.3: the signalling cipher suite value meaning "renegotiation_info, empty". */
export const TLS_EMPTY_RENEGOTIATION_INFO_SCSV = 0x00ff;

/** RFC 7250 §3 certificate types. */
export const CertificateType = { x509: 0, rawPublicKey: 2 } as const;

/** RFC 8422 §5.1.1 secp256r1; §5.1.2 uncompressed point format. */
export const NAMED_CURVE_SECP256R1 = 23;
export const EC_CURVE_TYPE_NAMED = 3;
export const EC_POINT_FORMAT_UNCOMPRESSED = 0;

/** RFC 5246 §7.4.1.4.1 SignatureAndHashAlgorithm: hash (4 sha256, 5 sha384), signature (3 ecdsa). */
export const SIG_ECDSA_SHA256 = 0x0403;
export const SIG_ECDSA_SHA384 = 0x0503;

/** RFC 5246 §7.4.4 ClientCertificateType ecdsa_sign (RFC 8422 §5.5). */
export const CLIENT_CERT_TYPE_ECDSA_SIGN = 64;

export const RECORD_HEADER_LENGTH = 13;
export const HANDSHAKE_HEADER_LENGTH = 12;
/** RFC 6347 §4.1: 2^14 plaintext, plus at most 2048 of expansion. */
export const MAX_PLAINTEXT_LENGTH = 16384;
export const MAX_CIPHERTEXT_LENGTH = MAX_PLAINTEXT_LENGTH + 2048;
