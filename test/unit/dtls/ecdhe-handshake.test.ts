/**
 * ECDHE_ECDSA handshakes driven in memory by the test client: RPK (RFC 7250) and X.509 client
 * authentication, the server's signature, CertificateVerify checks, validity checks with the
 * skip option, and the ThingsBoard rule that ECDHE suites need server credentials.
 */
import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlertDescription } from '../../../src/dtls/constants.js';
import type { DtlsServerConfig } from '../../../src/dtls/config.js';
import { loadServerIdentityFromPem, parsePemCertificates } from '../../../src/dtls/server-identity.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';
import { MemoryDtlsLink } from '../../support/dtls-memory-link.js';
import { testCredentialStore, type TestCredentialLog } from '../../support/dtls-test-server.js';
import type { TestClientEcdhe } from '../../support/dtls-test-client.js';

let pki: DtlsTestPki;
let clientKey: KeyObject;
let clientSpki: Buffer;
beforeAll(() => {
  pki = makeDtlsTestPki();
  clientKey = createPrivateKey(pki.clientKeyPem);
  clientSpki = createPublicKey(clientKey).export({ type: 'spki', format: 'der' });
});
afterAll(() => pki?.cleanup());

function link(extra: Partial<DtlsServerConfig> = {}): { link: MemoryDtlsLink; log: TestCredentialLog } {
  const log: TestCredentialLog = { rpk: [], chains: [], pskLookups: [] };
  const l = new MemoryDtlsLink({
    credentials: testCredentialStore(pki, log),
    serverIdentity: loadServerIdentityFromPem(pki.serverCertPem, pki.serverKeyPem),
    trustStore: parsePemCertificates(pki.caPem),
    ...extra,
  });
  return { link: l, log };
}

async function handshake(l: MemoryDtlsLink, ecdhe: TestClientEcdhe, suite?: number) {
  const c = l.client(5000, { identity: '', psk: Buffer.alloc(0), ecdhe, ...(suite ? { suite } : {}) });
  c.client.start();
  await l.pump([c]);
  return c;
}

const chain = (): Buffer[] => [parsePemCertificates(pki.clientCertPem)[0]!.raw];

describe('ECDHE_ECDSA handshakes', () => {
  it('RPK: both sides use raw keys; the client SPKI reaches the callback and becomes the identity', async () => {
    const { link: l, log } = link();
    const c = await handshake(l, { privateKey: clientKey });
    expect(c.client.established).toBe(true);
    expect(c.client.serverCertificate).toEqual({ kind: 'rpk', der: l.server.config.serverIdentity!.publicKeySpki });
    expect(log.rpk).toEqual([clientSpki]);
    c.client.sendApplicationData(Buffer.from('x'));
    await l.pump([c]);
    expect(l.data[0]!.conn.session?.identity).toEqual({ kind: 'rpk', publicKey: clientSpki });
  });

  it('RPK rejected by the credential store: access_denied, no session', async () => {
    const { link: l } = link({
      credentials: { pskKey: async () => undefined, verifyRawPublicKey: async () => false, verifyCertificateChain: async () => true },
    });
    const c = await handshake(l, { privateKey: clientKey });
    expect(c.client.established).toBe(false);
    expect(c.client.alerts).toContainEqual([2, AlertDescription.accessDenied]);
    expect(l.server.stats().sessions).toBe(0);
  });

  for (const [name, suite] of [['CCM_8', 0xc0ae], ['CBC_SHA256', 0xc023], ['GCM_SHA256', 0xc02b]] as const) {
    it(`X.509 ${name}: server chain sent, client chain trusted, CN is the identity`, async () => {
      const { link: l, log } = link();
      const c = await handshake(l, { privateKey: clientKey, certificateChain: chain() }, suite);
      expect(c.client.established).toBe(true);
      expect(c.client.serverCertificate?.kind).toBe('x509');
      expect(log.chains).toEqual([{ cn: 'client-ep', trusted: true }]);
    });
  }

  it('a forged CertificateVerify gets decrypt_error', async () => {
    const { link: l } = link();
    const c = await handshake(l, { privateKey: clientKey, corruptCertificateVerify: true });
    expect(c.client.established).toBe(false);
    expect(c.client.alerts).toContainEqual([2, AlertDescription.decryptError]);
  });

  it('a certificate proven with another key (stolen certificate) gets decrypt_error', async () => {
    const { link: l } = link();
    const other = createPrivateKey(pki.serverKeyPem);
    const c = await handshake(l, { privateKey: other, certificateChain: chain() });
    expect(c.client.established).toBe(false);
    expect(c.client.alerts).toContainEqual([2, AlertDescription.decryptError]);
  });

  it('an empty client Certificate is refused: ThingsBoard devices must authenticate', async () => {
    const { link: l } = link();
    const c = await handshake(l, { privateKey: clientKey, certificateChain: chain(), sendNoCertificate: true });
    expect(c.client.alerts).toContainEqual([2, AlertDescription.handshakeFailure]);
  });

  it('an expired client certificate gets certificate_expired unless the validity check is skipped', async () => {
    const { link: l } = link();
    l.clock.advance(60 * 86_400_000);
    const c = await handshake(l, { privateKey: clientKey, certificateChain: chain() });
    expect(c.client.alerts).toContainEqual([2, AlertDescription.certificateExpired]);
    const { link: skip } = link({ skipCertificateValidityCheck: true });
    skip.clock.advance(60 * 86_400_000);
    expect((await handshake(skip, { privateKey: clientKey, certificateChain: chain() })).client.established).toBe(true);
  });

  it('without server credentials only PSK suites are offered: an ECDHE-only client fails', async () => {
    const log: TestCredentialLog = { rpk: [], chains: [], pskLookups: [] };
    const l = new MemoryDtlsLink({ credentials: testCredentialStore(pki, log) });
    expect(l.server.config.suites.map((s) => s.keyExchange)).toEqual(['psk', 'psk']);
    const c = await handshake(l, { privateKey: clientKey });
    expect(c.client.alerts).toContainEqual([2, AlertDescription.handshakeFailure]);
  });

  it('updateCredentials (certificate hot-reload) enables ECDHE for new handshakes; PSK sessions continue', async () => {
    const log: TestCredentialLog = { rpk: [], chains: [], pskLookups: [] };
    const l = new MemoryDtlsLink({ credentials: testCredentialStore(pki, log) });
    const psk = l.client(6000, { identity: 'dev1', psk: Buffer.from('secretPSK0123456') });
    psk.client.start();
    await l.pump([psk]);
    expect(psk.client.established).toBe(true);
    expect((await handshake(l, { privateKey: clientKey })).client.established).toBe(false);
    l.server.updateCredentials({
      serverIdentity: loadServerIdentityFromPem(pki.serverCertPem, pki.serverKeyPem),
      trustStore: parsePemCertificates(pki.caPem),
    });
    expect((await handshake(l, { privateKey: clientKey, certificateChain: chain() })).client.established).toBe(true);
    psk.client.sendApplicationData(Buffer.from('still here'));
    await l.pump([psk]);
    expect(l.data.at(-1)?.data.toString()).toBe('still here');
  });
});
