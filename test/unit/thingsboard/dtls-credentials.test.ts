import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fail, ok, type CoreResult, type CredentialsLookup, type ValidatedDevice } from '../../../src/core/index.js';
import { CoreDtlsCredentials, type CredentialValidator } from '../../../src/thingsboard/dtls-credentials.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';

const DEVICE = { tenantId: 't', deviceId: 'd', deviceName: 'n', deviceType: 'x', deviceProfileId: 'p', isGateway: false };

function body(client: Record<string, unknown>): string {
  return JSON.stringify({ client });
}

/** A core that answers from a table keyed by credentialsId-like strings and records every call. */
class FakeCore implements CredentialValidator {
  readonly calls: CredentialsLookup[] = [];
  constructor(private readonly answer: (l: CredentialsLookup) => string | undefined) {}
  async validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    this.calls.push(lookup);
    const b = this.answer(lookup);
    return b === undefined ? fail('not-found', 'unknown') : ok({ device: DEVICE, credentialsBody: b });
  }
}

const pskBody = (identity: string, key: string): string => body({ securityConfigClientMode: 'PSK', endpoint: 'ep1', identity, key });

describe('CoreDtlsCredentials: PSK', () => {
  it('returns the hex-decoded key of a PSK credential for the identity', async () => {
    const key = '0123456789abcdef'.repeat(2);
    const core = new FakeCore((l) => (l.kind === 'psk' && l.identity === 'id-1' ? pskBody('id-1', key) : undefined));
    const store = new CoreDtlsCredentials(core);
    expect(await store.pskKey('id-1')).toEqual(Buffer.from(key, 'hex'));
    expect(await store.pskKey('id-2')).toBeUndefined();
  });

  it('refuses keys outside 16..64 bytes, non-hex keys, other modes and a mismatching identity', async () => {
    const bodies: Record<string, string> = {
      short: pskBody('short', 'ab'.repeat(15)),
      long: pskBody('long', 'ab'.repeat(65)),
      nothex: pskBody('nothex', 'zz'.repeat(16)),
      other: pskBody('someone-else', 'ab'.repeat(16)),
      nosec: body({ securityConfigClientMode: 'NO_SEC', endpoint: 'nosec' }),
      garbage: '{not json',
      max: pskBody('max', 'ab'.repeat(64)),
    };
    const store = new CoreDtlsCredentials(new FakeCore((l) => (l.kind === 'psk' ? bodies[l.identity] : undefined)));
    for (const id of ['short', 'long', 'nothex', 'other', 'nosec', 'garbage']) expect(await store.pskKey(id)).toBeUndefined();
    expect((await store.pskKey('max'))?.length).toBe(64);
  });

  it('asks the core once for a handshake and the Register that follows, again after the TTL', async () => {
    let t = 1000;
    const core = new FakeCore(() => pskBody('id-1', 'ab'.repeat(16)));
    const store = new CoreDtlsCredentials(core, { ttlMs: 5000, now: () => t });
    await store.pskKey('id-1');
    const atRegister = await store.validateCredentials({ kind: 'psk', identity: 'id-1' });
    expect(atRegister.ok).toBe(true);
    expect(core.calls).toHaveLength(1);
    t += 5001;
    await store.validateCredentials({ kind: 'psk', identity: 'id-1' });
    expect(core.calls).toHaveLength(2);
  });

  it('shares one core call between concurrent lookups and does not cache failures', async () => {
    let answer: string | undefined;
    const core = new FakeCore(() => answer);
    const store = new CoreDtlsCredentials(core);
    const [a, b] = await Promise.all([store.pskKey('id-1'), store.pskKey('id-1')]);
    expect(a).toBeUndefined();
    expect(b).toBeUndefined();
    expect(core.calls).toHaveLength(1);
    answer = pskBody('id-1', 'ab'.repeat(16));
    expect(await store.pskKey('id-1')).toBeDefined();
    expect(core.calls).toHaveLength(2);
  });

  it('turns a throwing core into "unknown" instead of an exception', async () => {
    const store = new CoreDtlsCredentials({ validateCredentials: () => Promise.reject(new Error('boom')) });
    expect(await store.pskKey('id-1')).toBeUndefined();
    const r = await store.validateCredentials({ kind: 'psk', identity: 'id-1' });
    expect(r).toEqual({ ok: false, error: { kind: 'unavailable', message: 'boom' } });
  });

  it('bounds the cache', async () => {
    const core = new FakeCore((l) => (l.kind === 'psk' ? pskBody(l.identity, 'ab'.repeat(16)) : undefined));
    const store = new CoreDtlsCredentials(core, { maxEntries: 2 });
    for (const id of ['a', 'b', 'c']) await store.pskKey(id);
    await store.pskKey('c');
    expect(core.calls).toHaveLength(3);
    await store.pskKey('a');
    expect(core.calls).toHaveLength(4);
  });
});

describe('CoreDtlsCredentials: RPK and X.509', () => {
  let pki: DtlsTestPki;
  let leaf: X509Certificate;
  let stranger: X509Certificate;
  beforeAll(() => {
    pki = makeDtlsTestPki('x509-ep');
    leaf = new X509Certificate(pki.clientCertPem);
    stranger = new X509Certificate(readFileSync(pki.files.strangerCert, 'utf8'));
  });
  afterAll(() => pki.cleanup());

  it('accepts a raw public key at the handshake (checked at Register)', async () => {
    const core = new FakeCore(() => undefined);
    const store = new CoreDtlsCredentials(core);
    expect(await store.verifyRawPublicKey(Buffer.from([0x30, 0x00]))).toBe(true);
    expect(await store.verifyRawPublicKey(Buffer.alloc(0))).toBe(false);
    expect(core.calls).toHaveLength(0);
  });

  it('trusted chain: looks the device up by CN and accepts a blank cert', async () => {
    const core = new FakeCore((l) => (l.kind === 'x509' && l.trustedCommonName === 'x509-ep' ? body({ securityConfigClientMode: 'X509', endpoint: 'x509-ep', cert: '' }) : undefined));
    const store = new CoreDtlsCredentials(core);
    expect(await store.verifyCertificateChain([leaf], true)).toBe(true);
    expect(core.calls[0]).toMatchObject({ kind: 'x509', trustedCommonName: 'x509-ep' });
  });

  it('untrusted chain: looks up by certificate only; the CN is never used, not even at Register', async () => {
    const byCn = body({ securityConfigClientMode: 'X509', endpoint: 'x509-ep', cert: '' });
    const core = new FakeCore((l) => (l.kind === 'x509' && l.trustedCommonName !== undefined ? byCn : undefined));
    const store = new CoreDtlsCredentials(core);
    expect(await store.verifyCertificateChain([leaf], false)).toBe(false);
    expect(core.calls[0]).toEqual({ kind: 'x509', certificateDer: leaf.raw });
    // The RegistrationGate's lookup carries the CN; the store drops it for an untrusted certificate.
    const atRegister = await store.validateCredentials({ kind: 'x509', certificateDer: leaf.raw, trustedCommonName: 'x509-ep' });
    expect(atRegister.ok).toBe(false);
    expect(core.calls.every((c) => c.kind === 'x509' && c.trustedCommonName === undefined)).toBe(true);
  });

  it('accepts a certificate stored on the device (by hash) and refuses a different one', async () => {
    const stored = body({ securityConfigClientMode: 'X509', endpoint: 'x509-ep', cert: leaf.raw.toString('base64') });
    const store = new CoreDtlsCredentials(new FakeCore(() => stored));
    expect(await store.verifyCertificateChain([leaf], false)).toBe(true);
    expect(await store.verifyCertificateChain([stranger], false)).toBe(false);
    expect(await store.verifyCertificateChain([], true)).toBe(false);
  });

  it('refuses an untrusted chain even when the core answers with a blank-cert device', async () => {
    const store = new CoreDtlsCredentials(new FakeCore(() => body({ securityConfigClientMode: 'X509', endpoint: 'x509-ep', cert: '' })));
    expect(await store.verifyCertificateChain([leaf], false)).toBe(false);
    expect(await store.verifyCertificateChain([leaf], true)).toBe(true);
  });

  it('refuses a certificate whose device is not an X.509 device', async () => {
    const store = new CoreDtlsCredentials(new FakeCore(() => pskBody('x509-ep', 'ab'.repeat(16))));
    expect(await store.verifyCertificateChain([leaf], true)).toBe(false);
  });
});
