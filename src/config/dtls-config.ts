/**
 * DTLS and credential variables (thingsboard-transport-wire.md §7.2; features doc item 57): same
 * names and defaults as ThingsBoard's tb-lwm2m-transport.yml, and the step that turns them into
 * a DtlsServerConfig for the LwM2M (5686) or bootstrap (5688) endpoint by reading PEM files.
 */
import { z } from 'zod';
import { CIPHER_SUITES, type CipherSuiteName } from '../dtls/cipher-suites.js';
import type { DtlsCredentialStore } from '../dtls/credentials.js';
import type { DtlsServerConfig } from '../dtls/config.js';
import { keystoreUnsupported, loadServerIdentityFromPem, parsePemCertificates } from '../dtls/server-identity.js';
import { bool, ConfigError, int, oneOf, readSection, str, type Env, type SectionValue, type VarSpec } from './env.js';

/** Connection ID length used when the variable says `on` or is unset (ThingsBoard's default). */
export const DEFAULT_CID_LENGTH = 8;
// RFC 9146 §3: a CID is at most 255 bytes; the server core bounds what it issues to 32.
const MAX_CID_LENGTH = 32;

/**
 * LWM2M_DTLS_CONNECTION_ID_LENGTH: `off` (or `null`) = no Connection ID; `on` = the default
 * length; 0 = accept the client's CID without issuing one; 1..32 = issue CIDs of that length.
 */
export function cidLength(variable: string, def: number | null): VarSpec<number | null> {
  const schema = z
    .string()
    .trim()
    .toLowerCase()
    .transform((v, ctx): number | null => {
      if (v === 'off' || v === 'null') return null;
      if (v === 'on') return DEFAULT_CID_LENGTH;
      if (/^\d+$/.test(v) && Number(v) <= MAX_CID_LENGTH) return Number(v);
      ctx.addIssue({ code: 'custom', message: 'bad connection id length' });
      return z.NEVER;
    });
  return { variable, expected: `off, on or an integer from 0 to ${MAX_CID_LENGTH}`, schema: schema as unknown as z.ZodType<number | null>, default: def };
}

const CREDENTIAL_TYPES = ['PEM', 'KEYSTORE'] as const;

export const dtlsSpec = {
  serverCredentialsEnabled: bool('LWM2M_SERVER_CREDENTIALS_ENABLED', false),
  serverCredentialsType: oneOf('LWM2M_SERVER_CREDENTIALS_TYPE', CREDENTIAL_TYPES, 'PEM', true),
  serverPemCert: str('LWM2M_SERVER_PEM_CERT', 'lwm2mserver.pem'),
  serverPemKey: str('LWM2M_SERVER_PEM_KEY', 'lwm2mserver_key.pem'),
  serverPemKeyPassword: str('LWM2M_SERVER_PEM_KEY_PASSWORD', 'server_key_password'),
  // KEYSTORE variables are read so that a ThingsBoard environment validates; the type is refused at start-up.
  serverKeyStoreType: str('LWM2M_SERVER_KEY_STORE_TYPE', 'JKS'),
  serverKeyStore: str('LWM2M_SERVER_KEY_STORE', 'lwm2mserver.jks'),
  serverKeyStorePassword: str('LWM2M_SERVER_KEY_STORE_PASSWORD', 'server_ks_password'),
  serverKeyAlias: str('LWM2M_SERVER_KEY_ALIAS', 'server'),
  serverKeyPassword: str('LWM2M_SERVER_KEY_PASSWORD', 'server_ks_password'),
  skipValidityCheckForClientCert: bool('TB_LWM2M_SERVER_SECURITY_SKIP_VALIDITY_CHECK_FOR_CLIENT_CERT', false),

  bsCredentialsEnabled: bool('LWM2M_BS_CREDENTIALS_ENABLED', false),
  bsCredentialsType: oneOf('LWM2M_BS_CREDENTIALS_TYPE', CREDENTIAL_TYPES, 'PEM', true),
  bsPemCert: str('LWM2M_BS_PEM_CERT', 'lwm2mserver.pem'),
  bsPemKey: str('LWM2M_BS_PEM_KEY', 'lwm2mserver_key.pem'),
  bsPemKeyPassword: str('LWM2M_BS_PEM_KEY_PASSWORD', 'server_key_password'),
  bsKeyStoreType: str('LWM2M_BS_KEY_STORE_TYPE', 'JKS'),
  bsKeyStore: str('LWM2M_BS_KEY_STORE', 'lwm2mserver.jks'),
  bsKeyStorePassword: str('LWM2M_BS_KEY_STORE_PASSWORD', 'server_ks_password'),
  bsKeyAlias: str('LWM2M_BS_KEY_ALIAS', 'bootstrap'),
  bsKeyPassword: str('LWM2M_BS_KEY_PASSWORD', 'server_ks_password'),

  trustCredentialsEnabled: bool('LWM2M_TRUST_CREDENTIALS_ENABLED', false),
  trustCredentialsType: oneOf('LWM2M_TRUST_CREDENTIALS_TYPE', CREDENTIAL_TYPES, 'PEM', true),
  trustPemCert: str('LWM2M_TRUST_PEM_CERT', 'lwm2mtruststorechain.pem'),
  trustKeyStoreType: str('LWM2M_TRUST_KEY_STORE_TYPE', 'JKS'),
  trustKeyStore: str('LWM2M_TRUST_KEY_STORE', 'lwm2mtruststorechain.jks'),
  trustKeyStorePassword: str('LWM2M_TRUST_KEY_STORE_PASSWORD', 'server_ks_password'),

  recommendedCiphers: bool('LWM2M_RECOMMENDED_CIPHERS', false),
  recommendedSupportedGroups: bool('LWM2M_RECOMMENDED_SUPPORTED_GROUPS', true),
  retransmissionTimeoutMs: int('LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS', 9000, { min: 1 }),
  connectionIdLength: cidLength('LWM2M_DTLS_CONNECTION_ID_LENGTH', DEFAULT_CID_LENGTH),
};

export type DtlsConfig = SectionValue<typeof dtlsSpec>;

export function readDtlsConfig(env: Env): DtlsConfig {
  return readSection(env, dtlsSpec);
}

/** Reads a file's text; the composition root passes fs.readFileSync (resolving its own base directory). */
export type ReadTextFile = (path: string) => string | Buffer;

export type DtlsRole = 'server' | 'bootstrap';

/**
 * Cipher suites offered (features doc item 57): all five by default; with
 * LWM2M_RECOMMENDED_CIPHERS only the AEAD ones (CBC is not among the recommended suites, as in
 * Californium). The DTLS core drops the ECDHE ones itself when there is no server identity.
 */
export function offeredSuites(cfg: Pick<DtlsConfig, 'recommendedCiphers'>): CipherSuiteName[] {
  return CIPHER_SUITES.filter((s) => !cfg.recommendedCiphers || s.cipher !== 'cbc').map((s) => s.name);
}

function readPem(readFile: ReadTextFile, variable: string, path: string): string {
  try {
    return readFile(path).toString();
  } catch (e) {
    throw new ConfigError([{ variable, value: path, expected: `a readable PEM file (${e instanceof Error ? e.message : String(e)})` }]);
  }
}

/** Runs a PEM loader, turning its error into a ConfigError naming the variable. */
function loadOrExplain<T>(variable: string, path: string, load: () => T): T {
  try {
    return load();
  } catch (e) {
    if (!(e instanceof Error)) throw e;
    throw new ConfigError([{ variable, value: path, expected: `usable PEM content (${e.message})` }]);
  }
}

interface RoleVariables {
  readonly enabled: boolean;
  readonly type: (typeof CREDENTIAL_TYPES)[number];
  readonly typeVariable: string;
  readonly cert: [variable: string, path: string];
  readonly key: [variable: string, path: string];
  readonly password: string;
}

function roleVariables(cfg: DtlsConfig, role: DtlsRole): RoleVariables {
  return role === 'server'
    ? {
        enabled: cfg.serverCredentialsEnabled,
        type: cfg.serverCredentialsType,
        typeVariable: 'LWM2M_SERVER_CREDENTIALS_TYPE',
        cert: ['LWM2M_SERVER_PEM_CERT', cfg.serverPemCert],
        key: ['LWM2M_SERVER_PEM_KEY', cfg.serverPemKey],
        password: cfg.serverPemKeyPassword,
      }
    : {
        enabled: cfg.bsCredentialsEnabled,
        type: cfg.bsCredentialsType,
        typeVariable: 'LWM2M_BS_CREDENTIALS_TYPE',
        cert: ['LWM2M_BS_PEM_CERT', cfg.bsPemCert],
        key: ['LWM2M_BS_PEM_KEY', cfg.bsPemKey],
        password: cfg.bsPemKeyPassword,
      };
}

/**
 * The DtlsServerConfig of one endpoint: server identity from PEM when its credentials are
 * enabled (else PSK suites only), trust store when enabled, the shared DTLS settings. A file
 * that cannot be read or parsed stops start-up with a ConfigError naming its variable; a
 * KEYSTORE type stops it with the "convert to PEM" error.
 */
export function buildDtlsServerConfig(cfg: DtlsConfig, credentials: DtlsCredentialStore, readFile: ReadTextFile, role: DtlsRole = 'server'): DtlsServerConfig {
  const out: DtlsServerConfig = {
    credentials,
    cipherSuites: offeredSuites(cfg),
    retransmissionTimeoutMs: cfg.retransmissionTimeoutMs,
    connectionIdLength: cfg.connectionIdLength,
    skipCertificateValidityCheck: cfg.skipValidityCheckForClientCert,
  };
  const r = roleVariables(cfg, role);
  if (r.enabled) {
    if (r.type === 'KEYSTORE') throw keystoreUnsupported(r.typeVariable);
    const [certVar, certPath] = r.cert;
    const [keyVar, keyPath] = r.key;
    const certPem = readPem(readFile, certVar, certPath);
    const keyPem = readPem(readFile, keyVar, keyPath);
    if (parsePemCertificates(certPem).length === 0) {
      throw new ConfigError([{ variable: certVar, value: certPath, expected: 'a PEM file with at least one CERTIFICATE block' }]);
    }
    // An unencrypted key ignores the password (ThingsBoard always has a default one).
    out.serverIdentity = loadOrExplain(keyVar, keyPath, () => loadServerIdentityFromPem(certPem, keyPem, r.password));
  }
  if (cfg.trustCredentialsEnabled) {
    if (cfg.trustCredentialsType === 'KEYSTORE') throw keystoreUnsupported('LWM2M_TRUST_CREDENTIALS_TYPE');
    const pem = readPem(readFile, 'LWM2M_TRUST_PEM_CERT', cfg.trustPemCert);
    const trustStore = loadOrExplain('LWM2M_TRUST_PEM_CERT', cfg.trustPemCert, () => parsePemCertificates(pem));
    if (trustStore.length === 0) {
      throw new ConfigError([{ variable: 'LWM2M_TRUST_PEM_CERT', value: cfg.trustPemCert, expected: 'a PEM file with at least one CERTIFICATE block' }]);
    }
    out.trustStore = trustStore;
  }
  return out;
}
