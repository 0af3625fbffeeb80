import {
  SecurityMode,
  type BootstrapConfig,
  type SecurityAccount,
  type SecurityModeNumber,
  type ServerEntry,
} from '../../lwm2m/bootstrap/bootstrap-config.js';
import type { Lwm2mCredentials } from '../credentials-config.js';
import type { BootstrapServerEntry, Lwm2mProfileConfig } from '../profile-config.js';

/**
 * ThingsBoard's bootstrap configuration (features doc #62): the profile's `bootstrap[]`
 * server entries give addresses and Server-object settings, the device credentials'
 * `bootstrap.bootstrapServer` / `bootstrap.lwm2mServer` parts give the client's key material.
 * Pure: the result is either a configuration or the transportLog line that explains why not.
 */

export type BuiltBootstrapConfig = { ok: true; config: BootstrapConfig } | { ok: false; logLine: string };

type CredentialPart = NonNullable<Lwm2mCredentials['bootstrap']>['bootstrapServer'];
type ModeName = BootstrapServerEntry['securityMode'];

// ThingsBoard's message, verbatim (features doc #62).
export const MODE_MISMATCH_LINE = 'error: Different values SecurityMode between of client and profile.';

const MODE_NUMBERS: Readonly<Record<ModeName, SecurityModeNumber>> = {
  PSK: SecurityMode.PSK,
  RPK: SecurityMode.RPK,
  X509: SecurityMode.X509,
  NO_SEC: SecurityMode.NO_SEC,
};

function base64(s: string | undefined): Buffer {
  return s === undefined || s === '' ? Buffer.alloc(0) : Buffer.from(s.replace(/-----[A-Z ]+-----/g, '').replace(/\s+/g, ''), 'base64');
}

function stringField(part: CredentialPart, key: 'clientPublicKeyOrId' | 'clientSecretKey'): string | undefined {
  const v = (part as Record<string, unknown>)[key];
  return typeof v === 'string' ? v : undefined;
}

/** Resource 3 and 5: PSK identity as UTF-8 and key as hex; RPK/X.509 keys and certificates Base64. */
function keyMaterial(part: CredentialPart): { publicKeyOrId: Buffer; secretKey: Buffer } {
  const id = stringField(part, 'clientPublicKeyOrId');
  const secret = stringField(part, 'clientSecretKey');
  if (part.securityMode === 'NO_SEC') return { publicKeyOrId: Buffer.alloc(0), secretKey: Buffer.alloc(0) };
  if (part.securityMode === 'PSK') return { publicKeyOrId: Buffer.from(id ?? '', 'utf8'), secretKey: Buffer.from(secret ?? '', 'hex') };
  return { publicKeyOrId: base64(id), secretKey: base64(secret) };
}

/** `coap://` for NoSec, `coaps://` otherwise; the wildcard bind address becomes `localhost`. */
export function serverUri(entry: Pick<BootstrapServerEntry, 'securityMode' | 'host' | 'port'>): string {
  const host = entry.host === '0.0.0.0' || entry.host === '' ? 'localhost' : entry.host;
  const h = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `${entry.securityMode === 'NO_SEC' ? 'coap' : 'coaps'}://${h}:${entry.port}`;
}

function securityAccount(entry: BootstrapServerEntry, part: CredentialPart): SecurityAccount {
  const base = {
    uri: serverUri(entry),
    bootstrapServer: entry.bootstrapServerIs,
    securityMode: MODE_NUMBERS[entry.securityMode],
    ...keyMaterial(part),
    serverPublicKey: base64(entry.serverPublicKey),
  };
  if (entry.bootstrapServerIs) {
    // Written for the bootstrap account (LwM2M Core 1.1 §E.1 res. 11/12); ThingsBoard's code drops them (features doc §4 item 17).
    return {
      ...base,
      clientHoldOffTime: entry.clientHoldOffTime,
      ...(entry.bootstrapServerAccountTimeout > 0 ? { bootstrapServerAccountTimeout: entry.bootstrapServerAccountTimeout } : {}),
    };
  }
  return entry.shortServerId === undefined || entry.shortServerId === null ? base : { ...base, shortServerId: entry.shortServerId };
}

function serverEntry(entry: BootstrapServerEntry, part: CredentialPart): ServerEntry | string {
  const ssid = entry.shortServerId;
  if (ssid === undefined || ssid === null) return `LwM2M server entry ${serverUri(entry)} has no shortServerId`;
  return {
    security: securityAccount(entry, part),
    server: {
      shortServerId: ssid,
      lifetime: entry.lifetime,
      defaultMinPeriod: entry.defaultMinPeriod,
      notificationStoring: entry.notifIfDisabled,
      binding: entry.binding,
    },
  };
}

/**
 * Builds the configuration. Mode match (#62): every entry's security mode must equal the mode
 * of the credentials part it uses, otherwise no configuration at all. The bootstrap-server
 * entry is left out unless the profile sets `bootstrapServerUpdateEnable`.
 */
export function buildBootstrapConfig(profile: Lwm2mProfileConfig, credentials: Lwm2mCredentials): BuiltBootstrapConfig {
  let bootstrap: SecurityAccount | undefined;
  const servers: ServerEntry[] = [];
  const parts = credentials.bootstrap as Lwm2mCredentials['bootstrap'] | undefined;
  if (parts === undefined) return { ok: false, logLine: 'error: Bootstrap configuration is invalid: the credentials have no bootstrap part' };
  for (const entry of profile.bootstrap) {
    const part = entry.bootstrapServerIs ? parts.bootstrapServer : parts.lwm2mServer;
    if (part.securityMode !== entry.securityMode) return { ok: false, logLine: MODE_MISMATCH_LINE };
    if (entry.bootstrapServerIs) {
      if (profile.bootstrapServerUpdateEnable) bootstrap = securityAccount(entry, part);
      continue;
    }
    const built = serverEntry(entry, part);
    if (typeof built === 'string') return { ok: false, logLine: `error: Bootstrap configuration is invalid: ${built}` };
    servers.push(built);
  }
  return { ok: true, config: bootstrap === undefined ? { servers } : { bootstrap, servers } };
}
