/**
 * TLS 1.2 PRF with SHA-256 (RFC 5246 §5) and the secrets derived from it. All suites here use
 * SHA-256 for the PRF (RFC 6655 §3, RFC 5289 §3.2, RFC 5487 §3.2, RFC 7251 §2).
 */
import { createHash, createHmac } from 'node:crypto';

export function prfSha256(secret: Buffer, label: string, seed: Buffer, length: number): Buffer {
  const labelSeed = Buffer.concat([Buffer.from(label, 'ascii'), seed]);
  const out: Buffer[] = [];
  let produced = 0;
  // P_hash: A(0) = seed, A(i) = HMAC(secret, A(i-1)); output HMAC(secret, A(i) || seed).
  let a = labelSeed;
  while (produced < length) {
    a = createHmac('sha256', secret).update(a).digest();
    const block = createHmac('sha256', secret).update(a).update(labelSeed).digest();
    out.push(block);
    produced += block.length;
  }
  return Buffer.concat(out).subarray(0, length);
}

/** RFC 4279 §2: premaster = uint16 N || N zero bytes || uint16 N || psk (plain PSK). */
export function pskPremaster(psk: Buffer): Buffer {
  const n = psk.length;
  const out = Buffer.alloc(4 + 2 * n);
  out.writeUInt16BE(n, 0);
  out.writeUInt16BE(n, 2 + n);
  psk.copy(out, 4 + n);
  return out;
}

/** RFC 5246 §8.1 (classic) or RFC 7627 §4 (extended, seeded with the session hash). */
export function masterSecret(
  premaster: Buffer,
  clientRandom: Buffer,
  serverRandom: Buffer,
  sessionHash: Buffer | undefined,
): Buffer {
  if (sessionHash) return prfSha256(premaster, 'extended master secret', sessionHash, 48);
  return prfSha256(premaster, 'master secret', Buffer.concat([clientRandom, serverRandom]), 48);
}

export interface KeyBlock {
  clientMacKey: Buffer;
  serverMacKey: Buffer;
  clientKey: Buffer;
  serverKey: Buffer;
  clientIv: Buffer;
  serverIv: Buffer;
}

/** RFC 5246 §6.3: key_block = PRF(master, "key expansion", server_random || client_random). */
export function keyBlock(
  master: Buffer,
  clientRandom: Buffer,
  serverRandom: Buffer,
  macLen: number,
  keyLen: number,
  ivLen: number,
): KeyBlock {
  const total = 2 * (macLen + keyLen + ivLen);
  const kb = prfSha256(master, 'key expansion', Buffer.concat([serverRandom, clientRandom]), total);
  let p = 0;
  const take = (n: number): Buffer => {
    const v = kb.subarray(p, p + n);
    p += n;
    return v;
  };
  return {
    clientMacKey: take(macLen),
    serverMacKey: take(macLen),
    clientKey: take(keyLen),
    serverKey: take(keyLen),
    clientIv: take(ivLen),
    serverIv: take(ivLen),
  };
}

/** RFC 5246 §7.4.9: verify_data = PRF(master, label, Hash(handshake_messages))[0..11]. */
export function finishedVerifyData(master: Buffer, label: 'client finished' | 'server finished', transcriptHash: Buffer): Buffer {
  return prfSha256(master, label, transcriptHash, 12);
}

export function sha256(...parts: Buffer[]): Buffer {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest();
}
