/**
 * DTLS record framing (RFC 6347 §4.1, RFC 9146 §4). A datagram may hold several records; a
 * record whose header or length does not fit ends parsing of that datagram (the rest is
 * dropped), which is what §4.1.2.7 asks for invalid records.
 */
import { ContentType, MAX_CIPHERTEXT_LENGTH, RECORD_HEADER_LENGTH } from './constants.js';

export interface DtlsRecord {
  readonly type: number;
  readonly version: number;
  readonly epoch: number;
  /** 48-bit sequence number; fits a JS number exactly (2^48 < 2^53). */
  readonly sequence: number;
  /** Present only on tls12_cid records (RFC 9146). */
  readonly cid?: Buffer;
  readonly fragment: Buffer;
}

const KNOWN_TYPES = new Set<number>([
  ContentType.changeCipherSpec,
  ContentType.alert,
  ContentType.handshake,
  ContentType.applicationData,
  ContentType.tls12Cid,
]);

/**
 * Splits a datagram into records. `cidLength` is the length of the CIDs this server issues:
 * tls12_cid records carry no CID length on the wire, so the receiver must know it (§4).
 * Records of unknown type or with a bad major version are skipped; a truncated record stops.
 */
export function parseRecords(datagram: Buffer, cidLength: number): DtlsRecord[] {
  const out: DtlsRecord[] = [];
  let pos = 0;
  while (pos < datagram.length) {
    const type = datagram[pos]!;
    const cidLen = type === ContentType.tls12Cid ? cidLength : 0;
    const headerLen = RECORD_HEADER_LENGTH + cidLen;
    if (datagram.length - pos < headerLen) break;
    const version = datagram.readUInt16BE(pos + 1);
    const epoch = datagram.readUInt16BE(pos + 3);
    const sequence = datagram.readUIntBE(pos + 5, 6);
    const cid = cidLen > 0 ? datagram.subarray(pos + 11, pos + 11 + cidLen) : undefined;
    const length = datagram.readUInt16BE(pos + 11 + cidLen);
    const start = pos + headerLen;
    if (length > MAX_CIPHERTEXT_LENGTH || start + length > datagram.length) break;
    const fragment = datagram.subarray(start, start + length);
    pos = start + length;
    if (!KNOWN_TYPES.has(type) || version >> 8 !== 0xfe) continue;
    if (type === ContentType.tls12Cid && cidLength === 0) continue;
    out.push(cid ? { type, version, epoch, sequence, cid, fragment } : { type, version, epoch, sequence, fragment });
  }
  return out;
}

export function encodeRecord(
  type: number,
  version: number,
  epoch: number,
  sequence: number,
  fragment: Buffer,
  cid?: Buffer,
): Buffer {
  const cidLen = cid?.length ?? 0;
  const out = Buffer.allocUnsafe(RECORD_HEADER_LENGTH + cidLen + fragment.length);
  out[0] = type;
  out.writeUInt16BE(version, 1);
  out.writeUInt16BE(epoch, 3);
  out.writeUIntBE(sequence, 5, 6);
  if (cid && cidLen > 0) cid.copy(out, 11);
  out.writeUInt16BE(fragment.length, 11 + cidLen);
  fragment.copy(out, RECORD_HEADER_LENGTH + cidLen);
  return out;
}

/** epoch(2) || sequence(6): the 64-bit seq_num of RFC 6347 §4.1.2.1 MAC/AAD input. */
export function seqNum64(epoch: number, sequence: number): Buffer {
  const b = Buffer.allocUnsafe(8);
  b.writeUInt16BE(epoch, 0);
  b.writeUIntBE(sequence, 2, 6);
  return b;
}

export const MAX_SEQUENCE = 2 ** 48 - 1;
