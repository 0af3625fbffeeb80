import type { CorePort, CredentialsLookup, ValidatedDevice } from '../core/index.js';
import type { AcceptDecision, AcceptHook, RegistrationCandidate } from '../lwm2m/registration/registration-handler.js';
import type { Peer, PeerIdentity } from '../net/datagram.js';
import { parseLwm2mClientCredential, type Lwm2mClientCredential } from './credentials-config.js';
import type { Logger } from './logger.js';

/**
 * Decides on each Register (thingsboard-transport-wire.md §5.1): the core must know the
 * device by the identity it proved (PSK identity, RPK key, certificate) or, over plain CoAP,
 * by its endpoint name; and the credentials' endpoint must be the one registering, so a DTLS
 * identity cannot register under another device's name. The answer is kept for the
 * `registered` event that follows.
 */

export function credentialsLookup(peer: Peer, endpoint: string): CredentialsLookup {
  const id = peer.identity;
  if (id === undefined) return { kind: 'endpoint', endpoint };
  switch (id.kind) {
    case 'psk':
      return { kind: 'psk', identity: id.identity };
    case 'rpk':
      return { kind: 'rpk', endpoint, publicKeyDer: id.publicKey };
    case 'x509':
      // features doc item 56: the CN identifies the device only for a chain the trust store verified.
      return { kind: 'x509', certificateDer: id.certificate, ...(id.trusted === false ? {} : { trustedCommonName: id.commonName }) };
  }
}

export type ValidationOutcome = { ok: true; device: ValidatedDevice } | { ok: false; reason: string };

/**
 * Why the identity a DTLS handshake proved does not belong to the device registering as
 * `endpoint`, or undefined when it does (issue 5 item 4; features doc items 54-56: the
 * credentials must be of the same kind, an RPK must equal the stored key, and an X.509
 * certificate's CN must be the endpoint, as Leshan's SecurityChecker requires).
 */
export function identityMismatch(identity: PeerIdentity, client: Lwm2mClientCredential, endpoint: string): string | undefined {
  const mode = client.securityConfigClientMode;
  switch (identity.kind) {
    case 'psk':
      if (mode !== 'PSK' || client.identity !== identity.identity) return `PSK identity ${identity.identity} is not the identity of ${endpoint}`;
      return undefined;
    case 'rpk':
      if (mode !== 'RPK' || !Buffer.from(client.key, 'base64').equals(identity.publicKey)) return `raw public key is not the key of ${endpoint}`;
      return undefined;
    case 'x509':
      if (mode !== 'X509') return `endpoint ${endpoint} is not an X.509 device`;
      if (identity.commonName !== endpoint) return `certificate CN ${identity.commonName} is not ${endpoint}`;
      return undefined;
  }
}

export async function validateRegistration(core: Pick<CorePort, 'validateCredentials'>, peer: Peer, endpoint: string): Promise<ValidationOutcome> {
  const r = await core.validateCredentials(credentialsLookup(peer, endpoint));
  if (!r.ok) return { ok: false, reason: `device ${endpoint} not found (${r.error.kind}: ${r.error.message})` };
  const creds = parseLwm2mClientCredential(r.value.credentialsBody);
  if (!creds.ok) return { ok: false, reason: `invalid LwM2M credentials: ${creds.problems.join('; ')}` };
  const client = creds.value;
  if (client.endpoint !== endpoint) return { ok: false, reason: `credentials belong to endpoint ${client.endpoint}, not ${endpoint}` };
  if (peer.identity === undefined && client.securityConfigClientMode !== 'NO_SEC') {
    return { ok: false, reason: `endpoint ${endpoint} must connect with ${client.securityConfigClientMode}` };
  }
  const mismatch = peer.identity === undefined ? undefined : identityMismatch(peer.identity, client, endpoint);
  if (mismatch !== undefined) return { ok: false, reason: mismatch };
  return { ok: true, device: r.value };
}

export class RegistrationGate {
  private readonly validated = new Map<string, ValidatedDevice>();

  constructor(
    private readonly core: CorePort,
    private readonly logger: Logger,
    /** Where credentials are validated; pass the DTLS credential store to reuse its handshake answers. */
    private readonly validator: Pick<CorePort, 'validateCredentials'> = core,
  ) {}

  readonly accept: AcceptHook = async (candidate: RegistrationCandidate): Promise<AcceptDecision> => {
    const outcome = await validateRegistration(this.validator, candidate.peer, candidate.endpoint);
    if (!outcome.ok) {
      this.logger.warn({ endpoint: candidate.endpoint, reason: outcome.reason }, 'Client registration failed');
      return { accept: false, code: '4.03', reason: outcome.reason };
    }
    this.validated.set(candidate.endpoint, outcome.device);
    return { accept: true };
  };

  /** The validation the accept hook made for this endpoint, once. */
  take(endpoint: string): ValidatedDevice | undefined {
    const v = this.validated.get(endpoint);
    this.validated.delete(endpoint);
    return v;
  }
}
