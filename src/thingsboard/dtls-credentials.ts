/**
 * The DTLS server's credential callback answered by the core port (thingsboard-lwm2m-features.md
 * items 52-56): a PSK identity is looked up on the core and its hex key returned; an X.509 chain
 * is accepted when the core knows the device by the CN of a trusted chain or by the certificate
 * itself; a raw public key is accepted at the handshake (ThingsBoard trusts any RPK there) and
 * compared with the device's stored key at Register, where the endpoint name is known.
 *
 * The same object answers `validateCredentials` for the RegistrationGate: the answer the
 * handshake obtained is kept for a short while, so the Register that follows does not ask the
 * core a second time, and the trust decision on a certificate is remembered so that an
 * untrusted certificate's CN is never used for a lookup.
 */
import { createHash, type X509Certificate } from 'node:crypto';
import { fail, type CorePort, type CoreResult, type CredentialsLookup, type ValidatedDevice } from '../core/index.js';
import { commonNameOf, type DtlsCredentialStore } from '../dtls/credentials.js';
import { parseLwm2mClientCredential } from './credentials-config.js';

export type CredentialValidator = Pick<CorePort, 'validateCredentials'>;

export interface DtlsCredentialCacheOptions {
  /** How long a handshake's answer serves the following Register (ms). */
  readonly ttlMs?: number;
  /** Bound on cached answers and remembered certificate trust decisions. */
  readonly maxEntries?: number;
  /** Injected clock (ms). */
  readonly now?: () => number;
}

const DEFAULT_TTL_MS = 30_000;
const DEFAULT_MAX_ENTRIES = 10_000;
// features doc item 54 / §2.3: a PSK key is 32..128 hex characters, i.e. 16..64 bytes.
const PSK_MIN_BYTES = 16;
const PSK_MAX_BYTES = 64;

interface CacheEntry {
  readonly expiresAt: number;
  readonly result: CoreResult<ValidatedDevice>;
}

function certKey(der: Uint8Array): string {
  return createHash('sha256').update(der).digest('hex');
}

function cacheKey(lookup: CredentialsLookup): string {
  switch (lookup.kind) {
    case 'endpoint':
      return `ep:${lookup.endpoint}`;
    case 'psk':
      return `psk:${lookup.identity}`;
    case 'rpk':
      return `rpk:${lookup.endpoint}:${Buffer.from(lookup.publicKeyDer).toString('base64')}`;
    case 'x509':
      return `x509:${certKey(lookup.certificateDer)}`;
  }
}

/** Evicts the oldest entries (insertion order) beyond `max`. */
function bound<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const first = map.keys().next();
    if (first.done === true) return;
    map.delete(first.value);
  }
}

/** A PSK key from a credentials body, when the body is a PSK credential for this identity. */
export function pskKeyOf(device: ValidatedDevice, identity: string): Buffer | undefined {
  const c = parseLwm2mClientCredential(device.credentialsBody);
  if (!c.ok || c.value.securityConfigClientMode !== 'PSK' || c.value.identity !== identity) return undefined;
  const hex = c.value.key;
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(hex)) return undefined;
  const key = Buffer.from(hex, 'hex');
  return key.length >= PSK_MIN_BYTES && key.length <= PSK_MAX_BYTES ? key : undefined;
}

/** Whether a credentials body is an X.509 credential that this leaf certificate may use (item 56). */
export function certificateAllowed(device: ValidatedDevice, leafDer: Uint8Array, trusted: boolean): boolean {
  const c = parseLwm2mClientCredential(device.credentialsBody);
  if (!c.ok || c.value.securityConfigClientMode !== 'X509') return false;
  // A blank `cert` means "any certificate of a trusted chain whose CN is the endpoint".
  if (c.value.cert === '') return trusted;
  return Buffer.from(c.value.cert, 'base64').equals(Buffer.from(leafDer));
}

export class CoreDtlsCredentials implements DtlsCredentialStore, CredentialValidator {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly inflight = new Map<string, Promise<CoreResult<ValidatedDevice>>>();
  /** sha256(cert) → whether its chain verified against the trust store at the handshake. */
  private readonly trust = new Map<string, boolean>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(
    private readonly core: CredentialValidator,
    options: DtlsCredentialCacheOptions = {},
  ) {
    this.ttlMs = options.ttlMs ?? DEFAULT_TTL_MS;
    this.maxEntries = options.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.now = options.now ?? Date.now;
  }

  async pskKey(identity: string): Promise<Buffer | undefined> {
    const r = await this.lookup({ kind: 'psk', identity });
    return r.ok ? pskKeyOf(r.value, identity) : undefined;
  }

  /** features doc item 55: any key is accepted here; RegistrationGate compares it with the stored key. */
  async verifyRawPublicKey(spkiDer: Buffer): Promise<boolean> {
    return spkiDer.length > 0;
  }

  async verifyCertificateChain(chain: readonly X509Certificate[], trustedByStore: boolean): Promise<boolean> {
    const leaf = chain[0];
    if (leaf === undefined) return false;
    const key = certKey(leaf.raw);
    this.trust.delete(key);
    this.trust.set(key, trustedByStore);
    bound(this.trust, this.maxEntries);
    const r = await this.lookup({
      kind: 'x509',
      certificateDer: leaf.raw,
      ...(trustedByStore ? { trustedCommonName: commonNameOf(leaf) } : {}),
    });
    return r.ok && certificateAllowed(r.value, leaf.raw, trustedByStore);
  }

  /**
   * The core's answer for this lookup, from the cache when the handshake just asked the same.
   * An X.509 lookup carrying a CN is stripped of it unless the handshake found the chain trusted.
   */
  validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    if (lookup.kind === 'x509' && lookup.trustedCommonName !== undefined && this.trust.get(certKey(lookup.certificateDer)) !== true) {
      return this.lookup({ kind: 'x509', certificateDer: lookup.certificateDer });
    }
    return this.lookup(lookup);
  }

  private lookup(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    const key = cacheKey(lookup);
    const now = this.now();
    const hit = this.cache.get(key);
    if (hit !== undefined) {
      if (hit.expiresAt > now) return Promise.resolve(hit.result);
      this.cache.delete(key);
    }
    const pending = this.inflight.get(key);
    if (pending !== undefined) return pending;
    const p = this.core
      .validateCredentials(lookup)
      .then((result) => {
        // Only answers are kept: a timeout or an unknown identity is asked again next time.
        if (result.ok) {
          this.cache.set(key, { expiresAt: this.now() + this.ttlMs, result });
          bound(this.cache, this.maxEntries);
        }
        return result;
      })
      // A throwing port must not abort a handshake with an exception: it is an unavailable core.
      .catch((e: unknown): CoreResult<ValidatedDevice> => fail('unavailable', e instanceof Error ? e.message : String(e)))
      .finally(() => this.inflight.delete(key));
    this.inflight.set(key, p);
    return p;
  }
}

/** The DTLS credential store (and Register-time validator) backed by the core port. */
export function coreDtlsCredentials(core: CredentialValidator, options?: DtlsCredentialCacheOptions): CoreDtlsCredentials {
  return new CoreDtlsCredentials(core, options);
}
