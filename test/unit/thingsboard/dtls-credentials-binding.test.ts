import { describe, expect, it } from 'vitest';
import { fail, ok, type CredentialsLookup } from '../../../src/core/index.js';
import type { Peer } from '../../../src/net/datagram.js';
import { CoreDtlsCredentials } from '../../../src/thingsboard/dtls-credentials.js';
import { credentialsLookup, identityMismatch, validateRegistration } from '../../../src/thingsboard/registration-gate.js';
import { parseLwm2mClientCredential, type Lwm2mClientCredential } from '../../../src/thingsboard/credentials-config.js';

const DEVICE = { tenantId: 't', deviceId: 'd', deviceName: 'n', deviceType: 'x', deviceProfileId: 'p', isGateway: false };
const SPKI = Buffer.from('3059301306072a8648ce3d020106082a8648ce3d03010703420004' + 'ab'.repeat(64), 'hex');

function client(c: Record<string, unknown>): Lwm2mClientCredential {
  const r = parseLwm2mClientCredential({ client: c });
  if (!r.ok) throw new Error(r.problems.join());
  return r.value;
}

const securePeer = (identity: Peer['identity']): Peer => ({ key: 'dtls:127.0.0.1:1', address: '127.0.0.1', port: 1, secure: true, ...(identity ? { identity } : {}) });

describe('identityMismatch (issue 5 item 4)', () => {
  it('PSK: the credentials must be PSK with the proven identity', () => {
    const c = client({ securityConfigClientMode: 'PSK', endpoint: 'ep', identity: 'id-1', key: 'ab'.repeat(16) });
    expect(identityMismatch({ kind: 'psk', identity: 'id-1' }, c, 'ep')).toBeUndefined();
    expect(identityMismatch({ kind: 'psk', identity: 'id-2' }, c, 'ep')).toMatch(/id-2/);
    expect(identityMismatch({ kind: 'psk', identity: 'ep' }, client({ securityConfigClientMode: 'NO_SEC', endpoint: 'ep' }), 'ep')).toBeDefined();
  });

  it('RPK: the handshake key must equal the stored SubjectPublicKeyInfo', () => {
    const c = client({ securityConfigClientMode: 'RPK', endpoint: 'ep', key: SPKI.toString('base64') });
    expect(identityMismatch({ kind: 'rpk', publicKey: SPKI }, c, 'ep')).toBeUndefined();
    const other = Buffer.from(SPKI);
    other[other.length - 1] ^= 1;
    expect(identityMismatch({ kind: 'rpk', publicKey: other }, c, 'ep')).toMatch(/raw public key/);
  });

  it('X.509: an X.509 device whose endpoint is the certificate CN', () => {
    const c = client({ securityConfigClientMode: 'X509', endpoint: 'ep', cert: '' });
    const cert = Buffer.from([1, 2, 3]);
    expect(identityMismatch({ kind: 'x509', certificate: cert, commonName: 'ep' }, c, 'ep')).toBeUndefined();
    expect(identityMismatch({ kind: 'x509', certificate: cert, commonName: 'other' }, c, 'ep')).toMatch(/CN other/);
    expect(identityMismatch({ kind: 'x509', certificate: cert, commonName: 'ep' }, client({ securityConfigClientMode: 'NO_SEC', endpoint: 'ep' }), 'ep')).toBeDefined();
  });
});

describe('validateRegistration with the DTLS store as validator', () => {
  it('refuses an RPK device presenting another key although the core finds the endpoint', async () => {
    // The core looks RPK devices up by endpoint only (features doc item 55): the key check is ours.
    const body = JSON.stringify({ client: { securityConfigClientMode: 'RPK', endpoint: 'ep', key: SPKI.toString('base64') } });
    const store = new CoreDtlsCredentials({ validateCredentials: async () => ok({ device: DEVICE, credentialsBody: body }) });
    expect((await validateRegistration(store, securePeer({ kind: 'rpk', publicKey: SPKI }), 'ep')).ok).toBe(true);
    const r = await validateRegistration(store, securePeer({ kind: 'rpk', publicKey: Buffer.from([0x30, 0]) }), 'ep');
    expect(r).toEqual({ ok: false, reason: 'raw public key is not the key of ep' });
  });

  it('never looks an untrusted certificate up by its CN at Register', async () => {
    const seen: CredentialsLookup[] = [];
    const store = new CoreDtlsCredentials({
      validateCredentials: async (l) => {
        seen.push(l);
        return fail('not-found', 'unknown');
      },
    });
    const r = await validateRegistration(store, securePeer({ kind: 'x509', certificate: Buffer.from([9]), commonName: 'ep' }), 'ep');
    expect(r.ok).toBe(false);
    expect(seen).toEqual([{ kind: 'x509', certificateDer: Buffer.from([9]) }]);
  });

  it('uses the CN for the lookup only when the handshake found the chain trusted', () => {
    const cert = Buffer.from([7]);
    const x509 = (trusted: boolean): Peer => securePeer({ kind: 'x509', certificate: cert, commonName: 'ep', trusted });
    expect(credentialsLookup(x509(true), 'ep')).toEqual({ kind: 'x509', certificateDer: cert, trustedCommonName: 'ep' });
    expect(credentialsLookup(x509(false), 'ep')).toEqual({ kind: 'x509', certificateDer: cert });
  });
});
