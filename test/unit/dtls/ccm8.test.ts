import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Ccm8 } from '../../../src/dtls/ccm8.js';

/** node:crypto's AES-128-CCM (OpenSSL) as the reference: ciphertext || 8-byte tag. */
function reference(key: Buffer, nonce: Buffer, aad: Buffer, pt: Buffer): Buffer {
  const c = createCipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  c.setAAD(aad, { plaintextLength: pt.length });
  return Buffer.concat([c.update(pt), c.final(), c.getAuthTag()]);
}

function referenceOpen(key: Buffer, nonce: Buffer, aad: Buffer, sealed: Buffer): Buffer {
  const d = createDecipheriv('aes-128-ccm', key, nonce, { authTagLength: 8 });
  d.setAuthTag(sealed.subarray(sealed.length - 8));
  d.setAAD(aad, { plaintextLength: sealed.length - 8 });
  return Buffer.concat([d.update(sealed.subarray(0, sealed.length - 8)), d.final()]);
}

describe('Ccm8 (RFC 6655 CCM_8 on long-lived AES objects)', () => {
  it('matches OpenSSL AES-128-CCM for random keys, nonces, AAD and lengths, interleaved on one key', () => {
    const key = randomBytes(16);
    const ccm = new Ccm8(key);
    // Many records on the same object: the CBC chaining value must be reset for each.
    for (let i = 0; i < 400; i++) {
      const nonce = randomBytes(12);
      const aad = randomBytes(i % 3 === 0 ? 13 : i % 60);
      // OpenSSL's CCM cannot seal an empty message this way: lengths start at 1 (empty: below).
      const pt = randomBytes(i < 40 ? i + 1 : 1 + Math.floor(Math.random() * 1500));
      const sealed = ccm.seal(nonce, aad, pt);
      expect(sealed.equals(reference(key, nonce, aad, pt))).toBe(true);
      expect(referenceOpen(key, nonce, aad, sealed).equals(pt)).toBe(true);
      const opened = ccm.open(nonce, aad, sealed.subarray(0, pt.length), sealed.subarray(pt.length));
      expect(opened?.equals(pt)).toBe(true);
    }
  });

  it('opens what OpenSSL sealed and refuses any flipped bit in ciphertext, tag, AAD or nonce', () => {
    const key = randomBytes(16);
    const ccm = new Ccm8(key);
    const nonce = randomBytes(12);
    const aad = randomBytes(13);
    const pt = Buffer.from('a CoAP notification payload');
    const sealed = reference(key, nonce, aad, pt);
    const ct = sealed.subarray(0, pt.length);
    const tag = sealed.subarray(pt.length);
    expect(ccm.open(nonce, aad, ct, tag)?.toString()).toBe(pt.toString());
    const flip = (b: Buffer, i: number): Buffer => {
      const c = Buffer.from(b);
      c[i]! ^= 1;
      return c;
    };
    for (let i = 0; i < ct.length; i++) expect(ccm.open(nonce, aad, flip(ct, i), tag)).toBeUndefined();
    for (let i = 0; i < tag.length; i++) expect(ccm.open(nonce, aad, ct, flip(tag, i))).toBeUndefined();
    expect(ccm.open(nonce, flip(aad, 0), ct, tag)).toBeUndefined();
    expect(ccm.open(flip(nonce, 11), aad, ct, tag)).toBeUndefined();
    expect(ccm.open(nonce, aad, ct, tag.subarray(0, 7))).toBeUndefined();
    // An empty message (an empty application_data record) round-trips and is authenticated.
    const empty = ccm.seal(nonce, aad, Buffer.alloc(0));
    expect(empty.length).toBe(8);
    expect(ccm.open(nonce, aad, Buffer.alloc(0), empty)?.length).toBe(0);
    expect(ccm.open(nonce, flip(aad, 3), Buffer.alloc(0), empty)).toBeUndefined();
    // And a good record still opens after the refusals.
    expect(ccm.open(nonce, aad, ct, tag)?.equals(pt)).toBe(true);
  });
});
