/**
 * Stateless HelloVerifyRequest cookies (RFC 6347 §4.2.1): an HMAC over the client's address
 * and the ClientHello parameters, keyed with a secret that rotates; the previous secret is
 * still accepted so a cookie issued just before rotation stays valid. No per-peer state.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ClientHello } from './client-hello.js';

export const COOKIE_LENGTH = 32;

export class CookieGenerator {
  private current = randomBytes(32);
  private previous = randomBytes(32);
  private rotatedAt: number;

  constructor(
    private readonly now: () => number,
    private readonly rotateEveryMs = 60_000,
  ) {
    this.rotatedAt = now();
  }

  generate(address: string, port: number, hello: ClientHello): Buffer {
    this.maybeRotate();
    return this.mac(this.current, address, port, hello);
  }

  verify(address: string, port: number, hello: ClientHello): boolean {
    this.maybeRotate();
    if (hello.cookie.length !== COOKIE_LENGTH) return false;
    return (
      timingSafeEqual(hello.cookie, this.mac(this.current, address, port, hello)) ||
      timingSafeEqual(hello.cookie, this.mac(this.previous, address, port, hello))
    );
  }

  private maybeRotate(): void {
    const t = this.now();
    if (t - this.rotatedAt >= this.rotateEveryMs) {
      this.previous = this.current;
      this.current = randomBytes(32);
      this.rotatedAt = t;
    }
  }

  /** The cookie binds everything the client must repeat (§4.2.1), except the cookie itself. */
  private mac(secret: Buffer, address: string, port: number, hello: ClientHello): Buffer {
    const h = createHmac('sha256', secret);
    h.update(`${address}|${port}|`);
    const v = Buffer.alloc(2);
    v.writeUInt16BE(hello.clientVersion);
    h.update(v).update(hello.random).update(Buffer.from([hello.sessionId.length])).update(hello.sessionId);
    const suites = Buffer.alloc(hello.cipherSuites.length * 2);
    hello.cipherSuites.forEach((s, i) => suites.writeUInt16BE(s, i * 2));
    h.update(suites).update(hello.compressionMethods).update(hello.rawExtensions);
    return h.digest();
  }
}
