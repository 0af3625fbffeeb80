/**
 * DTLS server configuration. Defaults follow ThingsBoard's tb-lwm2m-transport.yml where it has
 * a value (retransmission 9000 ms, CID length 8); the rest are resource bounds.
 */
import type { X509Certificate } from 'node:crypto';
import { CIPHER_SUITES, type CipherSuite, type CipherSuiteName, suiteByName } from './cipher-suites.js';
import type { DtlsCredentialStore, DtlsServerIdentity } from './credentials.js';
import { DtlsConfigError } from './server-identity.js';
import type { DtlsSessionStore } from './session-cache.js';

export interface DtlsClock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: DtlsClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    t.unref();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

export interface DtlsServerConfig {
  credentials: DtlsCredentialStore;
  /** Server ECDSA identity (LWM2M_SERVER_CREDENTIALS_*). Without it only PSK suites are offered. */
  serverIdentity?: DtlsServerIdentity;
  /** Trust anchors for client X.509 chains (LWM2M_TRUST_CREDENTIALS_*). */
  trustStore?: readonly X509Certificate[];
  /** Suites enabled, in server preference order. Default: all five. */
  cipherSuites?: readonly CipherSuiteName[];
  /** Initial flight retransmission timeout (LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS), default 9000. */
  retransmissionTimeoutMs?: number;
  /** Retransmissions of one flight before the handshake is abandoned. Default 4. */
  maxRetransmissions?: number;
  /**
   * LWM2M_DTLS_CONNECTION_ID_LENGTH: undefined = Connection ID off; 0 = accept the client's
   * CID but issue none; 1..32 = issue CIDs of that length. Default 8.
   */
  connectionIdLength?: number | null;
  /** Handshakes in progress at once (after a valid cookie). Default 1000. */
  maxConcurrentHandshakes?: number;
  /** Established sessions kept at once. Default 200000. */
  maxSessions?: number;
  /** At maxSessions, a session quiet for this long may be evicted for a new one. Default 600000. */
  staleSessionMs?: number;
  /** Resumable sessions cached by session id. Default 10000; 0 disables resumption. */
  sessionCacheSize?: number;
  /**
   * Second level of the resumption cache (e.g. Redis), consulted when the in-memory cache
   * misses and written through, so sessions outlive the process. Read once at construction.
   */
  sessionStore?: DtlsSessionStore;
  /** TB_LWM2M_SERVER_SECURITY_SKIP_VALIDITY_CHECK_FOR_CLIENT_CERT */
  skipCertificateValidityCheck?: boolean;
  /** Refuse clients without RFC 7627 extended master secret. Default false. */
  requireExtendedMasterSecret?: boolean;
  /** Largest datagram this server sends. Default 1400. */
  maxDatagramSize?: number;
  /** Close sessions idle for this long; 0 = never. Default 0. */
  sessionIdleTimeoutMs?: number;
  /** A credential callback slower than this fails the handshake. Default 30000. */
  credentialLookupTimeoutMs?: number;
  clock?: DtlsClock;
}

export interface ResolvedDtlsConfig {
  readonly credentials: DtlsCredentialStore;
  readonly serverIdentity: DtlsServerIdentity | undefined;
  readonly trustStore: readonly X509Certificate[];
  readonly suites: readonly CipherSuite[];
  readonly retransmissionTimeoutMs: number;
  readonly maxRetransmissions: number;
  readonly connectionIdLength: number | undefined;
  readonly maxConcurrentHandshakes: number;
  readonly maxSessions: number;
  readonly staleSessionMs: number;
  readonly sessionCacheSize: number;
  readonly skipCertificateValidityCheck: boolean;
  readonly requireExtendedMasterSecret: boolean;
  readonly maxDatagramSize: number;
  readonly sessionIdleTimeoutMs: number;
  readonly credentialLookupTimeoutMs: number;
  readonly clock: DtlsClock;
}

export function resolveConfig(c: DtlsServerConfig): ResolvedDtlsConfig {
  const names = c.cipherSuites ?? CIPHER_SUITES.map((s) => s.name);
  const suites: CipherSuite[] = [];
  for (const n of names) {
    const s = suiteByName(n);
    if (!s) throw new DtlsConfigError(`unknown cipher suite ${n}`);
    // ThingsBoard rule (features item 57): without server credentials only PSK suites.
    if (s.keyExchange === 'ecdhe_ecdsa' && !c.serverIdentity) continue;
    suites.push(s);
  }
  if (suites.length === 0) throw new DtlsConfigError('no usable cipher suite enabled');
  const cid = c.connectionIdLength === undefined ? 8 : c.connectionIdLength === null ? undefined : c.connectionIdLength;
  if (cid !== undefined && (!Number.isInteger(cid) || cid < 0 || cid > 32)) {
    throw new DtlsConfigError(`connection id length ${cid} outside 0..32`);
  }
  return {
    credentials: c.credentials,
    serverIdentity: c.serverIdentity,
    trustStore: c.trustStore ?? [],
    suites,
    retransmissionTimeoutMs: positive(c.retransmissionTimeoutMs, 9000, 'retransmissionTimeoutMs'),
    maxRetransmissions: positive(c.maxRetransmissions, 4, 'maxRetransmissions'),
    connectionIdLength: cid,
    maxConcurrentHandshakes: positive(c.maxConcurrentHandshakes, 1000, 'maxConcurrentHandshakes'),
    maxSessions: positive(c.maxSessions, 200_000, 'maxSessions'),
    staleSessionMs: positive(c.staleSessionMs, 600_000, 'staleSessionMs'),
    sessionCacheSize: c.sessionCacheSize ?? 10_000,
    skipCertificateValidityCheck: c.skipCertificateValidityCheck ?? false,
    requireExtendedMasterSecret: c.requireExtendedMasterSecret ?? false,
    maxDatagramSize: Math.max(256, c.maxDatagramSize ?? 1400),
    sessionIdleTimeoutMs: c.sessionIdleTimeoutMs ?? 0,
    credentialLookupTimeoutMs: positive(c.credentialLookupTimeoutMs, 30_000, 'credentialLookupTimeoutMs'),
    clock: c.clock ?? systemClock,
  };
}

function positive(v: number | undefined, dflt: number, name: string): number {
  if (v === undefined) return dflt;
  if (!Number.isFinite(v) || v <= 0) throw new DtlsConfigError(`${name} must be positive, got ${v}`);
  return v;
}
