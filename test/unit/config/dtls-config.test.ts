import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDtlsServerConfig, offeredSuites, readDtlsConfig, type DtlsConfig } from '../../../src/config/dtls-config.js';
import { ConfigError } from '../../../src/config/env.js';
import { DtlsConfigError, resolveConfig, type DtlsCredentialStore } from '../../../src/dtls/index.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';

const STORE: DtlsCredentialStore = {
  pskKey: async () => undefined,
  verifyRawPublicKey: async () => false,
  verifyCertificateChain: async () => false,
};

function problemsOf(f: () => unknown): ConfigError {
  try {
    f();
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('readDtlsConfig', () => {
  it("has ThingsBoard's defaults", () => {
    const c = readDtlsConfig({});
    expect(c).toMatchObject({
      serverCredentialsEnabled: false,
      serverCredentialsType: 'PEM',
      serverPemCert: 'lwm2mserver.pem',
      serverPemKey: 'lwm2mserver_key.pem',
      serverKeyAlias: 'server',
      bsKeyAlias: 'bootstrap',
      trustPemCert: 'lwm2mtruststorechain.pem',
      recommendedCiphers: false,
      recommendedSupportedGroups: true,
      retransmissionTimeoutMs: 9000,
      connectionIdLength: 8,
      skipValidityCheckForClientCert: false,
    });
  });

  it('reads the Connection ID length as off / on / a number', () => {
    const cid = (v: string): number | null => readDtlsConfig({ LWM2M_DTLS_CONNECTION_ID_LENGTH: v }).connectionIdLength;
    expect(cid('off')).toBeNull();
    expect(cid('OFF')).toBeNull();
    expect(cid('null')).toBeNull();
    expect(cid('on')).toBe(8);
    expect(cid('0')).toBe(0);
    expect(cid('4')).toBe(4);
    expect(cid('16')).toBe(16);
    expect(cid('')).toBe(8);
    for (const bad of ['33', '-1', 'yes', '1.5']) {
      expect(problemsOf(() => cid(bad)).problems[0]?.variable).toBe('LWM2M_DTLS_CONNECTION_ID_LENGTH');
    }
  });

  it('names every bad variable', () => {
    const e = problemsOf(() =>
      readDtlsConfig({ LWM2M_SERVER_CREDENTIALS_TYPE: 'P12', LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS: '0', LWM2M_TRUST_CREDENTIALS_ENABLED: 'yes' }),
    );
    expect(e.problems.map((p) => p.variable).sort()).toEqual(['LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS', 'LWM2M_SERVER_CREDENTIALS_TYPE', 'LWM2M_TRUST_CREDENTIALS_ENABLED']);
    expect(readDtlsConfig({ LWM2M_SERVER_CREDENTIALS_TYPE: 'keystore' }).serverCredentialsType).toBe('KEYSTORE');
  });

  it('offers all five suites, or only the AEAD ones with LWM2M_RECOMMENDED_CIPHERS', () => {
    expect(offeredSuites({ recommendedCiphers: false })).toHaveLength(5);
    expect(offeredSuites({ recommendedCiphers: true })).toEqual(['TLS_PSK_WITH_AES_128_CCM_8', 'TLS_ECDHE_ECDSA_WITH_AES_128_CCM_8', 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256']);
  });
});

describe('buildDtlsServerConfig', () => {
  let pki: DtlsTestPki;
  let readFile: (p: string) => string;
  beforeAll(() => {
    pki = makeDtlsTestPki();
    readFile = (p) => readFileSync(join(pki.dir, p), 'utf8');
  });
  afterAll(() => pki.cleanup());

  const env = (e: Record<string, string>): DtlsConfig => readDtlsConfig(e);

  it('without server credentials: no identity, PSK suites only once resolved, settings carried over', () => {
    const c = buildDtlsServerConfig(env({ LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS: '1500', LWM2M_DTLS_CONNECTION_ID_LENGTH: 'off' }), STORE, () => {
      throw new Error('no file should be read');
    });
    expect(c.serverIdentity).toBeUndefined();
    expect(c.trustStore).toBeUndefined();
    expect(c.retransmissionTimeoutMs).toBe(1500);
    expect(c.connectionIdLength).toBeNull();
    const resolved = resolveConfig(c);
    expect(resolved.suites.map((s) => s.keyExchange)).toEqual(['psk', 'psk']);
    expect(resolved.connectionIdLength).toBeUndefined();
  });

  it('loads the server identity and trust store from PEM files', () => {
    const c = buildDtlsServerConfig(
      env({
        LWM2M_SERVER_CREDENTIALS_ENABLED: 'true',
        LWM2M_SERVER_PEM_CERT: 'server.pem',
        LWM2M_SERVER_PEM_KEY: 'server.p8.pem',
        LWM2M_TRUST_CREDENTIALS_ENABLED: 'true',
        LWM2M_TRUST_PEM_CERT: 'ca.pem',
        TB_LWM2M_SERVER_SECURITY_SKIP_VALIDITY_CHECK_FOR_CLIENT_CERT: 'true',
      }),
      STORE,
      readFile,
    );
    expect(c.serverIdentity?.certificateChain).toHaveLength(1);
    expect(c.trustStore?.map((t) => t.subject)).toEqual(['CN=dtls-test-ca']);
    expect(c.skipCertificateValidityCheck).toBe(true);
    expect(resolveConfig(c).suites).toHaveLength(5);
  });

  it('uses the bootstrap variables for the bootstrap endpoint', () => {
    const e = env({ LWM2M_BS_CREDENTIALS_ENABLED: 'true', LWM2M_BS_PEM_CERT: 'server.pem', LWM2M_BS_PEM_KEY: 'server.p8.pem' });
    expect(buildDtlsServerConfig(e, STORE, readFile, 'bootstrap').serverIdentity).toBeDefined();
    expect(buildDtlsServerConfig(e, STORE, readFile, 'server').serverIdentity).toBeUndefined();
  });

  it('names the variable of a missing or unusable file', () => {
    const on = { LWM2M_SERVER_CREDENTIALS_ENABLED: 'true', LWM2M_SERVER_PEM_CERT: 'server.pem', LWM2M_SERVER_PEM_KEY: 'server.p8.pem' };
    const missingCert = problemsOf(() => buildDtlsServerConfig(env({ ...on, LWM2M_SERVER_PEM_CERT: 'nope.pem' }), STORE, readFile));
    expect(missingCert.problems[0]).toMatchObject({ variable: 'LWM2M_SERVER_PEM_CERT', value: 'nope.pem' });
    expect(missingCert.message).toMatch(/LWM2M_SERVER_PEM_CERT/);
    const missingKey = problemsOf(() => buildDtlsServerConfig(env({ ...on, LWM2M_SERVER_PEM_KEY: 'nope.pem' }), STORE, readFile));
    expect(missingKey.problems[0]?.variable).toBe('LWM2M_SERVER_PEM_KEY');
    // A key that is not the certificate's (the client key) is refused by name, too.
    const wrongKey = problemsOf(() => buildDtlsServerConfig(env({ ...on, LWM2M_SERVER_PEM_KEY: 'client.p8.pem' }), STORE, readFile));
    expect(wrongKey.problems[0]?.variable).toBe('LWM2M_SERVER_PEM_KEY');
    const keyAsCert = problemsOf(() => buildDtlsServerConfig(env({ ...on, LWM2M_SERVER_PEM_CERT: 'server.p8.pem' }), STORE, readFile));
    expect(keyAsCert.problems[0]?.variable).toBe('LWM2M_SERVER_PEM_CERT');
    const trust = problemsOf(() => buildDtlsServerConfig(env({ LWM2M_TRUST_CREDENTIALS_ENABLED: 'true' }), STORE, readFile));
    expect(trust.problems[0]).toMatchObject({ variable: 'LWM2M_TRUST_PEM_CERT', value: 'lwm2mtruststorechain.pem' });
  });

  it('refuses KEYSTORE with the "convert to PEM" start-up error', () => {
    const ks = (e: Record<string, string>): unknown => buildDtlsServerConfig(env(e), STORE, readFile);
    expect(() => ks({ LWM2M_SERVER_CREDENTIALS_ENABLED: 'true', LWM2M_SERVER_CREDENTIALS_TYPE: 'KEYSTORE' })).toThrow(DtlsConfigError);
    expect(() => ks({ LWM2M_SERVER_CREDENTIALS_ENABLED: 'true', LWM2M_SERVER_CREDENTIALS_TYPE: 'KEYSTORE' })).toThrow(/LWM2M_SERVER_CREDENTIALS_TYPE.*PEM/);
    expect(() => ks({ LWM2M_TRUST_CREDENTIALS_ENABLED: 'true', LWM2M_TRUST_CREDENTIALS_TYPE: 'KEYSTORE' })).toThrow(/LWM2M_TRUST_CREDENTIALS_TYPE/);
    // A keystore type on a disabled credential is harmless.
    expect(() => ks({ LWM2M_SERVER_CREDENTIALS_TYPE: 'KEYSTORE' })).not.toThrow();
  });
});
