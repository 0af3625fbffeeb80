/**
 * ClientHello parsing (RFC 6347 §4.2.1, RFC 5246 §7.4.1.2) and the extensions this server
 * looks at. Unknown extensions are ignored (RFC 5246 §7.4.1.4); malformed ones are decode
 * errors.
 */
import { ByteReader } from './byte-reader.js';
import { CertificateType, ExtensionType, TLS_EMPTY_RENEGOTIATION_INFO_SCSV } from './constants.js';
import { decodeError } from './errors.js';

export interface ClientHello {
  readonly clientVersion: number;
  readonly random: Buffer;
  readonly sessionId: Buffer;
  readonly cookie: Buffer;
  readonly cipherSuites: readonly number[];
  readonly compressionMethods: Buffer;
  /** Raw extension block (may be empty), kept for the cookie MAC. */
  readonly rawExtensions: Buffer;
  readonly extendedMasterSecret: boolean;
  /** RFC 7366: the client offers Encrypt-then-MAC for CBC suites. */
  readonly encryptThenMac: boolean;
  readonly secureRenegotiation: boolean;
  readonly supportedGroups?: readonly number[];
  readonly signatureAlgorithms?: readonly number[];
  readonly ecPointFormats?: Buffer;
  /** RFC 7250: certificate types the client can send / accept, in preference order. */
  readonly clientCertificateTypes?: readonly number[];
  readonly serverCertificateTypes?: readonly number[];
  /** RFC 9146: the CID the client wants to receive (possibly empty); absent = no support. */
  readonly connectionId?: Buffer;
}

export function parseClientHello(body: Buffer): ClientHello {
  const r = new ByteReader(body);
  const clientVersion = r.u16();
  const random = r.bytes(32);
  const sessionId = r.vector(1, 0, 32);
  const cookie = r.vector(1, 0, 255);
  const suitesRaw = r.vector(2, 2, 0xfffe);
  if (suitesRaw.length % 2 !== 0) throw decodeError('odd cipher_suites length');
  const cipherSuites: number[] = [];
  for (let i = 0; i < suitesRaw.length; i += 2) cipherSuites.push(suitesRaw.readUInt16BE(i));
  const compressionMethods = r.vector(1, 1, 255);
  let rawExtensions: Buffer = Buffer.alloc(0);
  if (r.remaining > 0) {
    rawExtensions = r.vector(2);
    r.expectEnd('ClientHello');
  }
  const hello: {
    -readonly [K in keyof ClientHello]: ClientHello[K];
  } = {
    clientVersion,
    random,
    sessionId,
    cookie,
    cipherSuites,
    compressionMethods,
    rawExtensions,
    extendedMasterSecret: false,
    encryptThenMac: false,
    secureRenegotiation: cipherSuites.includes(TLS_EMPTY_RENEGOTIATION_INFO_SCSV),
  };
  const seen = new Set<number>();
  const er = new ByteReader(rawExtensions);
  while (er.remaining > 0) {
    const type = er.u16();
    const data = er.vector(2);
    // RFC 5246 §7.4.1.4: at most one extension of each type.
    if (seen.has(type)) throw decodeError(`duplicate extension ${type}`);
    seen.add(type);
    const x = new ByteReader(data);
    switch (type) {
      case ExtensionType.extendedMasterSecret:
        x.expectEnd('extended_master_secret');
        hello.extendedMasterSecret = true;
        break;
      case ExtensionType.encryptThenMac:
        x.expectEnd('encrypt_then_mac');
        hello.encryptThenMac = true;
        break;
      case ExtensionType.renegotiationInfo: {
        // RFC 5746 §3.4: an initial ClientHello carries an empty renegotiated_connection.
        const rc = x.vector(1);
        x.expectEnd('renegotiation_info');
        if (rc.length !== 0) throw decodeError('non-empty renegotiation_info in initial handshake');
        hello.secureRenegotiation = true;
        break;
      }
      case ExtensionType.supportedGroups:
        hello.supportedGroups = u16List(x.vector(2, 2));
        x.expectEnd('supported_groups');
        break;
      case ExtensionType.signatureAlgorithms:
        hello.signatureAlgorithms = u16List(x.vector(2, 2));
        x.expectEnd('signature_algorithms');
        break;
      case ExtensionType.ecPointFormats:
        hello.ecPointFormats = x.vector(1, 1);
        x.expectEnd('ec_point_formats');
        break;
      case ExtensionType.clientCertificateType:
        hello.clientCertificateTypes = [...x.vector(1, 1)];
        x.expectEnd('client_certificate_type');
        break;
      case ExtensionType.serverCertificateType:
        hello.serverCertificateTypes = [...x.vector(1, 1)];
        x.expectEnd('server_certificate_type');
        break;
      case ExtensionType.connectionId:
        hello.connectionId = Buffer.from(x.vector(1, 0, 255));
        x.expectEnd('connection_id');
        break;
      default:
        break;
    }
  }
  return hello;
}

function u16List(b: Buffer): number[] {
  if (b.length % 2 !== 0) throw decodeError('odd u16 list length');
  const out: number[] = [];
  for (let i = 0; i < b.length; i += 2) out.push(b.readUInt16BE(i));
  return out;
}

/** The certificate type both sides accept, given the client's list (absent = X.509 only). */
export function chooseCertificateType(offered: readonly number[] | undefined, supported: readonly number[]): number | undefined {
  const list = offered ?? [CertificateType.x509];
  return list.find((t) => supported.includes(t));
}
