/**
 * The notification load generator's own record protection for an established PSK session with
 * TLS_PSK_WITH_AES_128_CCM_8 (no CID, no Encrypt-then-MAC): the same bytes the test client
 * would put on the wire, sealed in one buffer per record with the per-direction nonce and AAD
 * prepared once, and the server's empty ACKs recognised by their fixed size, authenticated, and
 * matched without a general record parse. Anything else goes back to the test client.
 * Bench only: the test client keeps its general (and checked) path for tests.
 */
import { Ccm8 } from '../../src/dtls/ccm8.js';
import { ContentType, DTLS_1_2, RECORD_HEADER_LENGTH } from '../../src/dtls/constants.js';
import type { TestClientRecordKeys } from '../../test/support/dtls-test-client.js';

const TLS_PSK_WITH_AES_128_CCM_8 = 0xc0a8;
const EXPLICIT_NONCE = 8;
const TAG = 8;
/** RFC 7252 §3: an empty ACK is 4 bytes. */
const EMPTY_ACK = 4;
/** RFC 6347 §4.1 header (13) + explicit nonce + 4-byte ACK + CCM_8 tag. */
const ACK_RECORD = RECORD_HEADER_LENGTH + EXPLICIT_NONCE + EMPTY_ACK + TAG;
/** RFC 5246 §6.2.3.3: seq_num(8) + type + version + length. */
const AAD = 13;

export class FastCcm8Records {
  private readonly seal: Ccm8;
  private readonly open: Ccm8;
  private readonly sealNonce: Buffer;
  private readonly openNonce: Buffer;
  private readonly sealAad = Buffer.alloc(AAD);
  private readonly openAad = Buffer.alloc(AAD);

  private constructor(
    keys: TestClientRecordKeys,
    private readonly epoch: number,
  ) {
    this.seal = new Ccm8(keys.write.key);
    this.open = new Ccm8(keys.read.key);
    // RFC 6655 §3: nonce = 4-byte fixed IV || 8-byte explicit nonce (epoch || sequence).
    this.sealNonce = Buffer.concat([keys.write.iv, Buffer.alloc(EXPLICIT_NONCE)]);
    this.openNonce = Buffer.concat([keys.read.iv, Buffer.alloc(EXPLICIT_NONCE)]);
    this.sealAad[8] = ContentType.applicationData;
    this.sealAad.writeUInt16BE(DTLS_1_2, 9);
    this.openAad[8] = ContentType.applicationData;
    this.openAad.writeUInt16BE(DTLS_1_2, 9);
    this.openAad.writeUInt16BE(EMPTY_ACK, 11);
  }

  /** Undefined unless the session is the one suite and layout this fast path handles. */
  static of(keys: TestClientRecordKeys | undefined, epoch = 1): FastCcm8Records | undefined {
    return keys !== undefined && keys.suite === TLS_PSK_WITH_AES_128_CCM_8 && keys.write.iv.length === 4 ? new FastCcm8Records(keys, epoch) : undefined;
  }

  /** One application_data record (RFC 6347 §4.1) carrying `content`, with sequence `sequence`. */
  applicationRecord(content: Buffer, sequence: number): Buffer {
    const fragment = EXPLICIT_NONCE + content.length + TAG;
    const out = Buffer.allocUnsafe(RECORD_HEADER_LENGTH + fragment);
    out[0] = ContentType.applicationData;
    out.writeUInt16BE(DTLS_1_2, 1);
    out.writeUInt16BE(this.epoch, 3);
    out.writeUIntBE(sequence, 5, 6);
    out.writeUInt16BE(fragment, 11);
    // Explicit nonce = the record's epoch || sequence (bytes 3..10 of the header).
    out.copy(out, RECORD_HEADER_LENGTH, 3, 11);
    out.copy(this.sealNonce, 4, 3, 11);
    out.copy(this.sealAad, 0, 3, 11);
    this.sealAad.writeUInt16BE(content.length, 11);
    this.seal.sealInto(this.sealNonce, this.sealAad, content, out, RECORD_HEADER_LENGTH + EXPLICIT_NONCE);
    return out;
  }

  /**
   * The message id of an empty CoAP ACK when `datagram` is exactly one authentic
   * application_data record of this epoch carrying one; -1 for anything else (the caller hands
   * it to the test client). The tag is verified before anything of the plaintext is used.
   */
  emptyAckMessageId(datagram: Buffer): number {
    if (datagram.length !== ACK_RECORD || datagram[0] !== ContentType.applicationData) return -1;
    if (datagram.readUInt16BE(1) !== DTLS_1_2 || datagram.readUInt16BE(3) !== this.epoch) return -1;
    if (datagram.readUInt16BE(11) !== ACK_RECORD - RECORD_HEADER_LENGTH) return -1;
    datagram.copy(this.openNonce, 4, RECORD_HEADER_LENGTH, RECORD_HEADER_LENGTH + EXPLICIT_NONCE);
    datagram.copy(this.openAad, 0, 3, 11);
    const ctAt = RECORD_HEADER_LENGTH + EXPLICIT_NONCE;
    const pt = this.open.open(this.openNonce, this.openAad, datagram.subarray(ctAt, ctAt + EMPTY_ACK), datagram.subarray(ctAt + EMPTY_ACK));
    // RFC 7252 §3: version 1, type ACK (2), TKL 0, code 0.00.
    if (pt === undefined || pt[0] !== 0x60 || pt[1] !== 0) return -1;
    return pt.readUInt16BE(2);
  }
}
