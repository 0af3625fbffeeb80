/**
 * Server identity loading from PEM and client chain checks (ThingsBoard features item 56:
 * validity unless skipped, signatures in order, anchoring in the trust store).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonNameOf } from '../../../src/dtls/credentials.js';
import { DtlsAlertError } from '../../../src/dtls/errors.js';
import { DtlsConfigError, keystoreUnsupported, loadServerIdentityFromPem, parsePemCertificates } from '../../../src/dtls/server-identity.js';
import { checkClientChain } from '../../../src/dtls/x509-chain.js';
import { AlertDescription } from '../../../src/dtls/constants.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';

let pki: DtlsTestPki;
beforeAll(() => {
  pki = makeDtlsTestPki();
});
afterAll(() => pki?.cleanup());

const der = (pem: string): Buffer => parsePemCertificates(pem)[0]!.raw;

describe('server identity from PEM', () => {
  it('loads a P-256 key with its certificate and exposes chain and SPKI', () => {
    const id = loadServerIdentityFromPem(pki.serverCertPem + pki.caPem, pki.serverKeyPem);
    expect(id.certificateChain).toHaveLength(2);
    expect(id.publicKeySpki).toEqual(new X509Certificate(pki.serverCertPem).publicKey.export({ type: 'spki', format: 'der' }));
  });

  it('refuses a key that does not match the certificate', () => {
    expect(() => loadServerIdentityFromPem(pki.serverCertPem, pki.clientKeyPem)).toThrow(/does not match/);
  });

  it('refuses a non-P-256 key', () => {
    const p384 = execFileSync('openssl', ['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']).toString();
    expect(() => loadServerIdentityFromPem('', p384)).toThrow(DtlsConfigError);
  });

  it('reads an encrypted key with its password and names the failure without it', () => {
    const enc = execFileSync('openssl', ['pkcs8', '-topk8', '-in', pki.files.serverKey, '-passout', 'pass:server_key_password']).toString();
    expect(loadServerIdentityFromPem(pki.serverCertPem, enc, 'server_key_password').certificateChain).toHaveLength(1);
    expect(() => loadServerIdentityFromPem(pki.serverCertPem, enc)).toThrow(/private key cannot be read/);
  });

  it('KEYSTORE type gives a start-up error telling the operator to convert to PEM', () => {
    expect(keystoreUnsupported('LWM2M_SERVER_CREDENTIALS_TYPE').message).toMatch(/LWM2M_SERVER_CREDENTIALS_TYPE.*PEM/);
  });
});

describe('client chain checks', () => {
  const trust = (): X509Certificate[] => parsePemCertificates(pki.caPem);

  it('a CA-issued leaf is trusted, its CN is the endpoint', () => {
    const r = checkClientChain([der(pki.clientCertPem)], trust(), new Date(), false);
    expect(r.trustedByStore).toBe(true);
    expect(commonNameOf(r.chain[0]!)).toBe('client-ep');
  });

  it('a self-signed stranger is parsed but not trusted (ThingsBoard then looks it up by hash)', () => {
    const stranger = readFileSync(pki.files.strangerCert, 'utf8');
    expect(checkClientChain([der(stranger)], trust(), new Date(), false).trustedByStore).toBe(false);
  });

  it('an expired certificate fails with certificate_expired unless the validity check is skipped', () => {
    const later = new Date(Date.now() + 60 * 86_400_000);
    try {
      checkClientChain([der(pki.clientCertPem)], trust(), later, false);
      expect.unreachable();
    } catch (e) {
      expect((e as DtlsAlertError).description).toBe(AlertDescription.certificateExpired);
    }
    expect(checkClientChain([der(pki.clientCertPem)], trust(), later, true).trustedByStore).toBe(true);
  });

  it('a chain presented out of order, or garbage, is a bad certificate', () => {
    expect(() => checkClientChain([der(pki.caPem), der(pki.clientCertPem)], trust(), new Date(), false)).toThrow(DtlsAlertError);
    expect(() => checkClientChain([Buffer.from('not a certificate')], trust(), new Date(), false)).toThrow(DtlsAlertError);
    expect(() => checkClientChain([], trust(), new Date(), false)).toThrow(DtlsAlertError);
  });

  it('a leaf issued by a non-CA certificate does not chain', () => {
    // The server leaf (CA:FALSE) cannot act as issuer of the client leaf.
    expect(() => checkClientChain([der(pki.clientCertPem), der(pki.serverCertPem)], trust(), new Date(), false)).toThrow(DtlsAlertError);
  });

  it('a leaf under an intermediate CA is trusted with the intermediate in the chain, not without it', () => {
    const run = (args: string[]): void => {
      execFileSync('openssl', args, { cwd: pki.dir, stdio: 'pipe' });
    };
    run(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'int.key']);
    run(['req', '-new', '-key', 'int.key', '-subj', '/CN=intermediate', '-out', 'int.csr']);
    run(['x509', '-req', '-in', 'int.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-extfile', 'ca.ext', '-out', 'int.pem', '-days', '30']);
    run(['ecparam', '-name', 'prime256v1', '-genkey', '-noout', '-out', 'leaf2.key']);
    run(['req', '-new', '-key', 'leaf2.key', '-subj', '/CN=deep-ep', '-out', 'leaf2.csr']);
    run(['x509', '-req', '-in', 'leaf2.csr', '-CA', 'int.pem', '-CAkey', 'int.key', '-CAcreateserial', '-extfile', 'leaf.ext', '-out', 'leaf2.pem', '-days', '30']);
    const leaf = der(readFileSync(`${pki.dir}/leaf2.pem`, 'utf8'));
    const intermediate = der(readFileSync(`${pki.dir}/int.pem`, 'utf8'));
    const full = checkClientChain([leaf, intermediate], trust(), new Date(), false);
    expect(full.trustedByStore).toBe(true);
    expect(commonNameOf(full.chain[0]!)).toBe('deep-ep');
    expect(checkClientChain([leaf], trust(), new Date(), false).trustedByStore).toBe(false);
  });
});
