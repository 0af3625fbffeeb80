/**
 * Per-direction record protection for one epoch: AES-128-CCM_8 / AES-128-GCM (RFC 5246
 * §6.2.3.3, RFC 6655 §3) and AES-128-CBC + HMAC-SHA256 MAC-then-encrypt (RFC 5246 §6.2.3.2),
 * with the RFC 9146 §5 tls12_cid layout for AEAD records. `open` returns undefined for any
 * record that does not authenticate; it never throws on bad input.
 */
import { type CipherGCM, createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Ccm8 } from './ccm8.js';
import type { CipherSuite } from './cipher-suites.js';
import { ContentType, DTLS_1_2, MAX_PLAINTEXT_LENGTH } from './constants.js';
import type { DtlsRecord } from './record.js';
import { seqNum64 } from './record.js';

export interface SealedRecord {
  readonly type: number;
  readonly fragment: Buffer;
}

export interface OpenedRecord {
  readonly type: number;
  readonly content: Buffer;
}

const EXPLICIT_NONCE_LENGTH = 8;
const SHA256_LENGTH = 32;
const AES_BLOCK = 16;

export class RecordProtection {
  private readonly tagLength: number;
  /** CCM_8 on long-lived AES objects (ccm8.ts): no cipher construction per record. */
  private readonly ccm8: Ccm8 | undefined;
  private readonly nonceScratch: Buffer;

  constructor(
    private readonly suite: CipherSuite,
    private readonly key: Buffer,
    private readonly fixedIv: Buffer,
    private readonly macKey: Buffer,
    /** RFC 7366 Encrypt-then-MAC for CBC suites (negotiated per session). */
    private readonly encryptThenMac = false,
  ) {
    this.tagLength = suite.cipher === 'ccm8' ? 8 : 16;
    this.ccm8 = suite.cipher === 'ccm8' ? new Ccm8(key) : undefined;
    this.nonceScratch = Buffer.alloc(fixedIv.length + EXPLICIT_NONCE_LENGTH);
    fixedIv.copy(this.nonceScratch, 0);
  }

  /**
   * Protects one record's content. With a non-empty `cid` (the CID the peer asked to receive)
   * the record becomes tls12_cid and the real type moves inside (RFC 9146 §4).
   */
  seal(type: number, epoch: number, sequence: number, content: Buffer, cid?: Buffer): SealedRecord {
    if (this.suite.cipher === 'cbc') {
      const fragment = this.encryptThenMac ? this.sealEtm(type, epoch, sequence, content) : this.sealCbc(type, epoch, sequence, content);
      return { type, fragment };
    }
    const useCid = cid !== undefined && cid.length > 0;
    const plaintext = useCid ? Buffer.concat([content, Buffer.from([type])]) : content;
    const outerType = useCid ? ContentType.tls12Cid : type;
    if (this.ccm8 !== undefined) {
      // One buffer for explicit nonce || ciphertext || tag; the nonce is built in scratch.
      const fragment = Buffer.allocUnsafe(EXPLICIT_NONCE_LENGTH + plaintext.length + this.tagLength);
      fragment.writeUInt16BE(epoch, 0);
      fragment.writeUIntBE(sequence, 2, 6);
      const seq = fragment.subarray(0, EXPLICIT_NONCE_LENGTH);
      const nonce = this.nonce(seq);
      const aad = useCid ? cidAad(DTLS_1_2, epoch, sequence, cid, plaintext.length) : aeadAad(seq, type, DTLS_1_2, plaintext.length);
      this.ccm8.sealInto(nonce, aad, plaintext, fragment, EXPLICIT_NONCE_LENGTH);
      return { type: outerType, fragment };
    }
    const seq = seqNum64(epoch, sequence);
    const nonce = Buffer.concat([this.fixedIv, seq]);
    const aad = useCid ? cidAad(DTLS_1_2, epoch, sequence, cid, plaintext.length) : aeadAad(seq, type, DTLS_1_2, plaintext.length);
    const cipher = this.aeadCipher(nonce);
    cipher.setAAD(aad, { plaintextLength: plaintext.length });
    const ct = Buffer.concat([cipher.update(plaintext), cipher.final(), cipher.getAuthTag()]);
    return { type: outerType, fragment: Buffer.concat([seq, ct]) };
  }

  open(record: DtlsRecord): OpenedRecord | undefined {
    try {
      if (this.suite.cipher !== 'cbc') return this.openAead(record);
      return this.encryptThenMac ? this.openEtm(record) : this.openCbc(record);
    } catch {
      // node:crypto throws on a bad tag; that is an invalid record, silently dropped.
      return undefined;
    }
  }

  /**
   * RFC 5288 §3 / RFC 6655 §3: nonce = fixed IV (4 bytes) || explicit nonce (8 bytes), built in
   * a per-direction scratch buffer (used synchronously by Ccm8 and never handed out).
   */
  private nonce(explicit: Buffer): Buffer {
    explicit.copy(this.nonceScratch, this.fixedIv.length);
    return this.nonceScratch;
  }

  private aeadCipher(nonce: Buffer): CipherGCM {
    return createCipheriv('aes-128-gcm', this.key, nonce, { authTagLength: 16 });
  }

  /** Throws on a bad tag (caught by `open`). */
  private openGcm(nonce: Buffer, aad: Buffer, ct: Buffer, tag: Buffer): Buffer {
    const decipher = createDecipheriv('aes-128-gcm', this.key, nonce, { authTagLength: 16 });
    decipher.setAuthTag(tag);
    decipher.setAAD(aad, { plaintextLength: ct.length });
    return Buffer.concat([decipher.update(ct), decipher.final()]);
  }

  private openAead(record: DtlsRecord): OpenedRecord | undefined {
    const f = record.fragment;
    const ctLen = f.length - EXPLICIT_NONCE_LENGTH - this.tagLength;
    if (ctLen < 0 || ctLen > MAX_PLAINTEXT_LENGTH + 256) return undefined;
    const explicit = f.subarray(0, EXPLICIT_NONCE_LENGTH);
    // The CCM_8 path consumes the nonce synchronously, so it can live in scratch; GCM keeps its own.
    const nonce = this.ccm8 !== undefined ? this.nonce(explicit) : Buffer.concat([this.fixedIv, explicit]);
    const ct = f.subarray(EXPLICIT_NONCE_LENGTH, EXPLICIT_NONCE_LENGTH + ctLen);
    const tag = f.subarray(EXPLICIT_NONCE_LENGTH + ctLen);
    const isCid = record.type === ContentType.tls12Cid;
    const aad = isCid
      ? cidAad(record.version, record.epoch, record.sequence, record.cid ?? Buffer.alloc(0), ctLen)
      : aeadAad(seqNum64(record.epoch, record.sequence), record.type, record.version, ctLen);
    const pt = this.ccm8 !== undefined ? this.ccm8.open(nonce, aad, ct, tag) : this.openGcm(nonce, aad, ct, tag);
    if (pt === undefined) return undefined;
    if (!isCid) return { type: record.type, content: pt };
    // RFC 9146 §4: DTLSInnerPlaintext = content || real_type || zeros; strip the zero padding.
    let i = pt.length - 1;
    while (i >= 0 && pt[i] === 0) i--;
    if (i < 0) return undefined;
    return { type: pt[i]!, content: pt.subarray(0, i) };
  }

  private sealCbc(type: number, epoch: number, sequence: number, content: Buffer): Buffer {
    const mac = createHmac('sha256', this.macKey)
      .update(seqNum64(epoch, sequence))
      .update(Buffer.from([type, DTLS_1_2 >> 8, DTLS_1_2 & 0xff, content.length >> 8, content.length & 0xff]))
      .update(content)
      .digest();
    const unpadded = content.length + mac.length + 1;
    const padLen = (AES_BLOCK - (unpadded % AES_BLOCK)) % AES_BLOCK;
    const padding = Buffer.alloc(padLen + 1, padLen);
    const iv = randomBytes(AES_BLOCK);
    const cipher = createCipheriv('aes-128-cbc', this.key, iv);
    cipher.setAutoPadding(false);
    return Buffer.concat([iv, cipher.update(Buffer.concat([content, mac, padding])), cipher.final()]);
  }

  /** RFC 7366 §3: IV + ENC(content + padding), then HMAC over header fields, IV and ciphertext. */
  private sealEtm(type: number, epoch: number, sequence: number, content: Buffer): Buffer {
    const padLen = (AES_BLOCK - ((content.length + 1) % AES_BLOCK)) % AES_BLOCK;
    const iv = randomBytes(AES_BLOCK);
    const cipher = createCipheriv('aes-128-cbc', this.key, iv);
    cipher.setAutoPadding(false);
    const body = Buffer.concat([iv, cipher.update(Buffer.concat([content, Buffer.alloc(padLen + 1, padLen)])), cipher.final()]);
    return Buffer.concat([body, this.etmMac(type, DTLS_1_2, epoch, sequence, body)]);
  }

  /**
   * RFC 7366 open: the MAC over the ciphertext is checked first (timing-safe), so nothing about
   * the plaintext is computed for a forged record and no padding oracle exists.
   */
  private openEtm(record: DtlsRecord): OpenedRecord | undefined {
    const f = record.fragment;
    const bodyLen = f.length - SHA256_LENGTH;
    if (record.type === ContentType.tls12Cid || bodyLen < 2 * AES_BLOCK || bodyLen % AES_BLOCK !== 0) return undefined;
    const body = f.subarray(0, bodyLen);
    const expected = this.etmMac(record.type, record.version, record.epoch, record.sequence, body);
    if (!timingSafeEqual(f.subarray(bodyLen), expected)) return undefined;
    const decipher = createDecipheriv('aes-128-cbc', this.key, body.subarray(0, AES_BLOCK));
    decipher.setAutoPadding(false);
    const pt = Buffer.concat([decipher.update(body.subarray(AES_BLOCK)), decipher.final()]);
    const padLen = pt[pt.length - 1]!;
    if (padLen + 1 > pt.length) return undefined;
    for (let i = pt.length - 1 - padLen; i < pt.length; i++) if (pt[i] !== padLen) return undefined;
    return { type: record.type, content: pt.subarray(0, pt.length - 1 - padLen) };
  }

  private etmMac(type: number, version: number, epoch: number, sequence: number, body: Buffer): Buffer {
    return createHmac('sha256', this.macKey)
      .update(seqNum64(epoch, sequence))
      .update(Buffer.from([type, version >> 8, version & 0xff, body.length >> 8, body.length & 0xff]))
      .update(body)
      .digest();
  }

  /**
   * MAC-then-encrypt open. The padding check and the MAC computation run whatever the padding
   * says (a bad padding is treated as zero-length), and both results are combined at the end,
   * to avoid a padding oracle (RFC 5246 §6.2.3.2 implementation note; "constant-ish" only:
   * the HMAC length still depends on the claimed padding, cf. Lucky Thirteen).
   */
  private openCbc(record: DtlsRecord): OpenedRecord | undefined {
    const f = record.fragment;
    const minLen = AES_BLOCK + Math.ceil((SHA256_LENGTH + 1) / AES_BLOCK) * AES_BLOCK;
    if (f.length < minLen || f.length % AES_BLOCK !== 0 || record.type === ContentType.tls12Cid) return undefined;
    const decipher = createDecipheriv('aes-128-cbc', this.key, f.subarray(0, AES_BLOCK));
    decipher.setAutoPadding(false);
    const pt = Buffer.concat([decipher.update(f.subarray(AES_BLOCK)), decipher.final()]);
    const claimedPad = pt[pt.length - 1]!;
    const maxPad = pt.length - SHA256_LENGTH - 1;
    let bad = claimedPad > maxPad ? 1 : 0;
    const padLen = bad ? 0 : claimedPad;
    // Check 256 bytes worth of positions regardless of padLen; only those within padLen count.
    for (let i = 1; i <= 255; i++) {
      const idx = pt.length - 1 - i;
      const inPad = i <= padLen ? 1 : 0;
      const byte = idx >= 0 ? pt[idx]! : 0;
      bad |= inPad & (byte !== padLen ? 1 : 0);
    }
    const contentLen = pt.length - SHA256_LENGTH - 1 - padLen;
    const content = pt.subarray(0, contentLen);
    const mac = pt.subarray(contentLen, contentLen + SHA256_LENGTH);
    const expected = createHmac('sha256', this.macKey)
      .update(seqNum64(record.epoch, record.sequence))
      .update(Buffer.from([record.type, record.version >> 8, record.version & 0xff, contentLen >> 8, contentLen & 0xff]))
      .update(content)
      .digest();
    const macOk = timingSafeEqual(mac, expected);
    if (bad !== 0 || !macOk) return undefined;
    return { type: record.type, content };
  }
}

/** RFC 5246 §6.2.3.3: additional_data = seq_num + type + version + length. */
function aeadAad(seq: Buffer, type: number, version: number, length: number): Buffer {
  const aad = Buffer.allocUnsafe(13);
  seq.copy(aad, 0);
  aad[8] = type;
  aad.writeUInt16BE(version, 9);
  aad.writeUInt16BE(length, 11);
  return aad;
}

/**
 * RFC 9146 §5: seq_num_placeholder (8 x 0xff) || tls12_cid || cid_length || tls12_cid ||
 * version || epoch || sequence_number || cid || length_of_DTLSInnerPlaintext.
 */
function cidAad(version: number, epoch: number, sequence: number, cid: Buffer, innerLength: number): Buffer {
  const aad = Buffer.allocUnsafe(8 + 3 + 2 + 2 + 6 + cid.length + 2);
  aad.fill(0xff, 0, 8);
  aad[8] = ContentType.tls12Cid;
  aad[9] = cid.length;
  aad[10] = ContentType.tls12Cid;
  aad.writeUInt16BE(version, 11);
  aad.writeUInt16BE(epoch, 13);
  aad.writeUIntBE(sequence, 15, 6);
  cid.copy(aad, 21);
  aad.writeUInt16BE(innerLength, 21 + cid.length);
  return aad;
}
