/**
 * AES-128-CCM with an 8-byte tag and a 12-byte nonce (RFC 6655 §3: CCM_8 as used by TLS/DTLS;
 * RFC 3610 with M = 8, L = 3) built on two long-lived AES objects per key instead of one new
 * node:crypto cipher per record: creating a cipher is most of the cost of a small record.
 *
 * - CBC-MAC (RFC 3610 §2.2) is the last block of AES-CBC over B0 || AAD blocks || message
 *   blocks with a zero IV. A persistent CBC cipher continues from its previous output block C,
 *   so the first block is fed as B0 XOR C, which makes the chain start from a zero IV again.
 * - Encryption (RFC 3610 §2.3) XORs the message with the ECB encryption of the counter blocks
 *   A1..An, and the tag with the first bytes of E(A0).
 * Messages up to 2^24-1 bytes (L = 3) and AAD shorter than 0xFF00 bytes (2-byte length form;
 * DTLS AAD is 13 bytes, or a little more with a Connection ID).
 */
import { type Cipher, createCipheriv, timingSafeEqual } from 'node:crypto';

const BLOCK = 16;
const TAG = 8;
const NONCE = 12;
// RFC 3610 §2.2: Flags = 64*Adata + 8*((M-2)/2) + (L-1) with M = 8, L = 3.
const B0_FLAGS = (((TAG - 2) / 2) << 3) | 2;
const ADATA = 0x40;
// RFC 3610 §2.3: counter block Flags = L-1.
const A_FLAGS = 2;

const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

export class Ccm8 {
  private readonly cbc: Cipher;
  private readonly ecb: Cipher;
  /** The CBC cipher's last output block (its chaining value). */
  private readonly chain = Buffer.alloc(BLOCK);

  constructor(key: Buffer) {
    this.cbc = createCipheriv('aes-128-cbc', key, Buffer.alloc(BLOCK));
    this.cbc.setAutoPadding(false);
    this.ecb = createCipheriv('aes-128-ecb', key, null);
    this.ecb.setAutoPadding(false);
  }

  /** ciphertext || 8-byte tag. */
  seal(nonce: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
    const t = this.mac(nonce, aad, plaintext);
    const s = this.keystream(nonce, plaintext.length);
    const out = Buffer.allocUnsafe(plaintext.length + TAG);
    for (let i = 0; i < plaintext.length; i++) out[i] = plaintext[i]! ^ s[BLOCK + i]!;
    for (let i = 0; i < TAG; i++) out[plaintext.length + i] = t[i]! ^ s[i]!;
    return out;
  }

  /** The plaintext, or undefined when the tag does not verify. */
  open(nonce: Buffer, aad: Buffer, ciphertext: Buffer, tag: Buffer): Buffer | undefined {
    if (tag.length !== TAG || nonce.length !== NONCE) return undefined;
    const s = this.keystream(nonce, ciphertext.length);
    const pt = Buffer.allocUnsafe(ciphertext.length);
    for (let i = 0; i < ciphertext.length; i++) pt[i] = ciphertext[i]! ^ s[BLOCK + i]!;
    const t = this.mac(nonce, aad, pt);
    const expected = Buffer.allocUnsafe(TAG);
    for (let i = 0; i < TAG; i++) expected[i] = t[i]! ^ s[i]!;
    return timingSafeEqual(expected, tag) ? pt : undefined;
  }

  /** E(A0) || E(A1) || ... covering `length` message bytes. */
  private keystream(nonce: Buffer, length: number): Buffer {
    const blocks = 1 + Math.ceil(length / BLOCK);
    const a = Buffer.alloc(blocks * BLOCK);
    for (let i = 0; i < blocks; i++) {
      const o = i * BLOCK;
      a[o] = A_FLAGS;
      nonce.copy(a, o + 1);
      a[o + 13] = (i >> 16) & 0xff;
      a[o + 14] = (i >> 8) & 0xff;
      a[o + 15] = i & 0xff;
    }
    return this.ecb.update(a);
  }

  /** The unencrypted CBC-MAC T (first 8 bytes are used). */
  private mac(nonce: Buffer, aad: Buffer, message: Buffer): Buffer {
    // RFC 3610 §2.2: no AAD means no length field and the Adata flag clear.
    const aadLen = aad.length === 0 ? 0 : padded(2 + aad.length);
    const b = Buffer.alloc(BLOCK + aadLen + padded(message.length));
    b[0] = aad.length === 0 ? B0_FLAGS : B0_FLAGS | ADATA;
    nonce.copy(b, 1);
    b[13] = (message.length >> 16) & 0xff;
    b[14] = (message.length >> 8) & 0xff;
    b[15] = message.length & 0xff;
    if (aad.length > 0) {
      b.writeUInt16BE(aad.length, BLOCK);
      aad.copy(b, BLOCK + 2);
    }
    message.copy(b, BLOCK + aadLen);
    for (let i = 0; i < BLOCK; i++) b[i] = b[i]! ^ this.chain[i]!;
    const out = this.cbc.update(b);
    out.copy(this.chain, 0, out.length - BLOCK);
    return out.subarray(out.length - BLOCK);
  }
}
