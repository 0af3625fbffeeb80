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
import { type Cipher, createCipheriv } from 'node:crypto';

const BLOCK = 16;
const TAG = 8;
const NONCE = 12;
// RFC 3610 §2.2: Flags = 64*Adata + 8*((M-2)/2) + (L-1) with M = 8, L = 3.
const B0_FLAGS = (((TAG - 2) / 2) << 3) | 2;
const ADATA = 0x40;
// RFC 3610 §2.3: counter block Flags = L-1.
const A_FLAGS = 2;

const padded = (n: number): number => Math.ceil(n / BLOCK) * BLOCK;

/**
 * Messages up to this many bytes (a CoAP notification or ACK is far below it) build their
 * cipher inputs in per-instance scratch buffers instead of new ones: all of it runs
 * synchronously and no scratch reference escapes, so reuse is safe.
 */
const SCRATCH_MESSAGE = 512;
/** B0 + AAD blocks (a CID AAD of a 255-byte CID still fits) + message blocks. */
const SCRATCH_MAC = BLOCK + padded(2 + 8 + 3 + 2 + 2 + 6 + 255 + 2) + SCRATCH_MESSAGE;
const SCRATCH_CTR = BLOCK + SCRATCH_MESSAGE;

export class Ccm8 {
  private readonly cbc: Cipher;
  private readonly ecb: Cipher;
  /** The CBC cipher's last output block (its chaining value). */
  private readonly chain = Buffer.alloc(BLOCK);
  private readonly macInput = Buffer.alloc(SCRATCH_MAC);
  private readonly ctrInput = Buffer.alloc(SCRATCH_CTR);

  constructor(key: Buffer) {
    this.cbc = createCipheriv('aes-128-cbc', key, Buffer.alloc(BLOCK));
    this.cbc.setAutoPadding(false);
    this.ecb = createCipheriv('aes-128-ecb', key, null);
    this.ecb.setAutoPadding(false);
  }

  /** ciphertext || 8-byte tag. */
  seal(nonce: Buffer, aad: Buffer, plaintext: Buffer): Buffer {
    const out = Buffer.allocUnsafe(plaintext.length + TAG);
    this.sealInto(nonce, aad, plaintext, out, 0);
    return out;
  }

  /** Writes ciphertext || 8-byte tag into `out` at `offset` (room for plaintext.length + 8). */
  sealInto(nonce: Buffer, aad: Buffer, plaintext: Buffer, out: Buffer, offset: number): void {
    const t = this.mac(nonce, aad, plaintext);
    const s = this.keystream(nonce, plaintext.length);
    const n = plaintext.length;
    for (let i = 0; i < n; i++) out[offset + i] = plaintext[i]! ^ s[BLOCK + i]!;
    for (let i = 0; i < TAG; i++) out[offset + n + i] = t[i]! ^ s[i]!;
  }

  /** The plaintext, or undefined when the tag does not verify. */
  open(nonce: Buffer, aad: Buffer, ciphertext: Buffer, tag: Buffer): Buffer | undefined {
    if (tag.length !== TAG || nonce.length !== NONCE) return undefined;
    const s = this.keystream(nonce, ciphertext.length);
    const pt = Buffer.allocUnsafe(ciphertext.length);
    for (let i = 0; i < ciphertext.length; i++) pt[i] = ciphertext[i]! ^ s[BLOCK + i]!;
    const t = this.mac(nonce, aad, pt);
    // Constant-time tag comparison (RFC 3610 §2.5 leaves it to the implementation).
    let diff = 0;
    for (let i = 0; i < TAG; i++) diff |= (t[i]! ^ s[i]!) ^ tag[i]!;
    return diff === 0 ? pt : undefined;
  }

  /** E(A0) || E(A1) || ... covering `length` message bytes. */
  private keystream(nonce: Buffer, length: number): Buffer {
    const blocks = 1 + Math.ceil(length / BLOCK);
    const size = blocks * BLOCK;
    const a = size <= SCRATCH_CTR ? this.ctrInput.subarray(0, size) : Buffer.alloc(size);
    for (let i = 0; i < blocks; i++) {
      const o = i * BLOCK;
      a[o] = A_FLAGS;
      nonce.copy(a, o + 1, 0, NONCE);
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
    const size = BLOCK + aadLen + padded(message.length);
    // Zero padding of the AAD and message blocks is part of the MAC input (RFC 3610 §2.2).
    const b = size <= SCRATCH_MAC ? this.macInput.subarray(0, size).fill(0) : Buffer.alloc(size);
    b[0] = aad.length === 0 ? B0_FLAGS : B0_FLAGS | ADATA;
    nonce.copy(b, 1, 0, NONCE);
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
