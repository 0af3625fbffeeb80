import type { CorePort } from '../../core/core-port.js';
import type { CredentialsLookup, DeviceInfo, SecurityMode as TbSecurityMode } from '../../core/core-types.js';
import type { BootstrapAuthorization, BootstrapRequestInfo } from '../../lwm2m/bootstrap/bootstrap-server.js';
import type { BootstrapEvent } from '../../lwm2m/bootstrap/bootstrap-session.js';
import type { Peer } from '../../net/datagram.js';
import { parseLwm2mCredentials } from '../credentials-config.js';
import { parseProfileTransport } from '../profile-config.js';
import { buildBootstrapConfig } from './bootstrap-config-builder.js';
import { bootstrapLogLines } from './bootstrap-log-text.js';

/**
 * ThingsBoard's side of the Bootstrap Server: who may bootstrap (features doc #61) and with
 * which configuration (#62), and the transportLog lines of each session (#64). The protocol
 * itself is src/lwm2m/bootstrap; this only answers its `authorize` and listens to its events.
 */

/** Where bootstrap transportLog lines go (thingsboard-transport-wire.md §5.4: a local-only session of the device). */
export type BootstrapLogSink = (device: DeviceInfo, line: string) => void;

export interface ThingsboardBootstrapOptions {
  readonly core: Pick<CorePort, 'validateCredentials' | 'getDeviceProfile'>;
  readonly log: BootstrapLogSink;
}

/** The credentials lookup for a Bootstrap-Request: the DTLS identity when there is one, else the endpoint. */
export function bootstrapLookup(endpoint: string, peer: Peer): CredentialsLookup {
  const id = peer.identity;
  if (id === undefined) return { kind: 'endpoint', endpoint };
  if (id.kind === 'psk') return { kind: 'psk', identity: id.identity };
  if (id.kind === 'rpk') return { kind: 'rpk', endpoint, publicKeyDer: id.publicKey };
  // Only a chain the trust store verified may be looked up by its CN (features #56).
  return { kind: 'x509', certificateDer: id.certificate, ...(id.trusted === false ? {} : { trustedCommonName: id.commonName }) };
}

function peerMode(peer: Peer): TbSecurityMode {
  const id = peer.identity;
  if (id === undefined) return 'NO_SEC';
  return id.kind === 'psk' ? 'PSK' : id.kind === 'rpk' ? 'RPK' : 'X509';
}

const refuse = (reason: string): BootstrapAuthorization => ({ ok: false, reason });

export class ThingsboardBootstrap {
  /** Devices of running sessions, by endpoint name (for the log lines of their events). */
  private readonly devices = new Map<string, DeviceInfo>();

  constructor(private readonly options: ThingsboardBootstrapOptions) {}

  /** For BootstrapServerOptions.authorize. Never throws. */
  async authorize(req: BootstrapRequestInfo): Promise<BootstrapAuthorization> {
    const validated = await this.options.core.validateCredentials(bootstrapLookup(req.endpoint, req.peer));
    if (!validated.ok) return refuse(`unknown endpoint ${req.endpoint}`);
    const { device } = validated.value;
    const creds = parseLwm2mCredentials(validated.value.credentials ?? validated.value.credentialsBody);
    if (!creds.ok) return refuse('invalid LwM2M credentials');
    // #61: the DTLS identity (PSK identity, certificate CN) is bound to the endpoint name.
    if (creds.value.client.endpoint !== req.endpoint) return { ok: false, code: '4.03', reason: 'endpoint does not match the credentials' };
    // The connection must use the security the credentials give the bootstrap server.
    const parts = creds.value.bootstrap as typeof creds.value.bootstrap | undefined;
    if (parts === undefined) return refuse('the credentials have no bootstrap part');
    if (parts.bootstrapServer.securityMode !== peerMode(req.peer)) {
      return { ok: false, code: '4.03', reason: 'security mode does not match the bootstrap credentials' };
    }
    let profileData = validated.value.deviceProfile?.profileData;
    if (validated.value.deviceProfile === undefined) {
      const p = await this.options.core.getDeviceProfile(device.deviceProfileId);
      if (!p.ok) return refuse('device profile unavailable');
      profileData = p.value.profileData;
    }
    const profile = parseProfileTransport(profileData);
    if (!profile.ok) return refuse('invalid LwM2M device profile');
    const built = buildBootstrapConfig(profile.value, creds.value);
    if (!built.ok) {
      this.safeLog(device, built.logLine);
      return refuse('no bootstrap configuration');
    }
    this.devices.set(req.endpoint, device);
    return { ok: true, config: built.config };
  }

  /** For BootstrapServerOptions.onEvent: posts the #64 lines to the device's transportLog. */
  onEvent(e: BootstrapEvent): void {
    const device = this.devices.get(e.endpoint);
    if (device === undefined) return;
    for (const line of bootstrapLogLines(e)) this.safeLog(device, line);
    if (e.type === 'finished' || e.type === 'failed') this.devices.delete(e.endpoint);
  }

  private safeLog(device: DeviceInfo, line: string): void {
    try {
      this.options.log(device, line);
    } catch {
      // Logging must never break a bootstrap.
    }
  }
}
