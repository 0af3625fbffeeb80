/**
 * Plain data types of the core port (src/core/core-port.ts). They carry ThingsBoard concepts
 * (tenant, device, profile, credentials JSON) but no wire types: no protobuf, no Kafka, no Long.
 * UUIDs are canonical lower-case 36-character strings.
 */

export type Uuid = string;

/** ThingsBoard's "null" entity id (also the SYS tenant id). */
export const NULL_UUID: Uuid = '13814000-1dd2-11b2-8080-808080808080';

/** Why a call to the core produced no value. Every adapter maps its failures onto these. */
export type CoreError =
  /** The core answered "unknown" (credentials, profile, tenant, model, OTA package), or never answers for it. */
  | { kind: 'not-found'; message: string }
  /** No answer in time (the Kafka wire cannot tell "unknown" from "lost": see thingsboard-transport-wire.md App. C). */
  | { kind: 'timeout'; message: string }
  /** Too many calls in flight (bounded pending map): refuse instead of queueing without bound. */
  | { kind: 'overloaded'; message: string }
  /** The link is down or stopped, or the uplink buffer overflowed. */
  | { kind: 'unavailable'; message: string }
  /** The core answered, but the answer cannot be used (malformed JSON, missing field, refused). */
  | { kind: 'invalid-response'; message: string };

export type CoreResult<T> = { ok: true; value: T } | { ok: false; error: CoreError };

export function ok<T>(value: T): CoreResult<T> {
  return { ok: true, value };
}
export function fail<T = never>(kind: CoreError['kind'], message: string): CoreResult<T> {
  return { ok: false, error: { kind, message } };
}

/** Device power modes ThingsBoard stores on LwM2M/CoAP devices. */
export type PowerMode = 'PSM' | 'DRX' | 'E_DRX';

export interface DeviceInfo {
  tenantId: Uuid;
  deviceId: Uuid;
  deviceName: string;
  /** Device type; becomes the profile name after a profile update. */
  deviceType: string;
  deviceProfileId: Uuid;
  /** Undefined when the device has no customer (0/0 or the null UUID on the wire). */
  customerId?: Uuid | undefined;
  /** JSON text. */
  additionalInfo?: string | undefined;
  powerMode?: PowerMode | undefined;
  edrxCycle?: number | undefined;
  psmActivityTimer?: number | undefined;
  pagingTransmissionWindow?: number | undefined;
  isGateway: boolean;
}

export interface DeviceProfile {
  id: Uuid;
  tenantId: Uuid;
  name: string;
  /** e.g. "DEFAULT". */
  type: string;
  /** e.g. "LWM2M". */
  transportType: string;
  provisionType: string;
  isDefault: boolean;
  defaultRuleChainId?: Uuid | undefined;
  /** Rule-engine queue name; undefined means "Main". */
  defaultQueueName?: string | undefined;
  firmwareId?: Uuid | undefined;
  softwareId?: Uuid | undefined;
  /** Parsed `DeviceProfileData` JSON (holds the LwM2M transportConfiguration); undefined if absent or not JSON. */
  profileData?: unknown;
  version?: number | undefined;
}

export interface TenantProfile {
  id: Uuid;
  name: string;
  isDefault: boolean;
  /** The tenant's rule-engine messages go to its own isolated queues. */
  isolatedTbRuleEngine: boolean;
  /** Parsed profile JSON (rate-limit strings live in `configuration`). */
  profileData?: unknown;
}

export type ApiState = 'ENABLED' | 'WARNING' | 'DISABLED';

export interface TenantInfo {
  tenantId: Uuid;
  profile: TenantProfile;
  /** Transport API state of the tenant: DISABLED means uplink must be refused. */
  transportState: ApiState;
}

/** What identifies a device during a DTLS handshake or a NoSec registration (LwM2M Core 1.1 §7.1). */
export type CredentialsLookup =
  | { kind: 'endpoint'; endpoint: string }
  | { kind: 'psk'; identity: string }
  /** RPK (RFC 7250): ThingsBoard looks the device up by endpoint; the key is checked against the credentials body. */
  | { kind: 'rpk'; endpoint: string; publicKeyDer: Uint8Array }
  /** X.509: by CN when the chain was trusted, else by SHA3-256 of the certificate (see the adapter). */
  | { kind: 'x509'; certificateDer: Uint8Array; trustedCommonName?: string | undefined };

export type SecurityMode = 'NO_SEC' | 'PSK' | 'RPK' | 'X509';

export interface ValidatedDevice {
  device: DeviceInfo;
  /** Raw `LwM2MClientCredentials` JSON text as stored on the core. */
  credentialsBody: string;
  /** Parsed credentials body (undefined if the body is not JSON). */
  credentials?: unknown;
  /** `client.securityConfigClientMode` of the credentials, when present and known. */
  securityMode?: SecurityMode | undefined;
  /** The device profile, when the core sent it with the answer. */
  deviceProfile?: DeviceProfile | undefined;
}

/** An LwM2M object model stored on the core, key "<objectId>_<version>" e.g. "3_1.2". */
export interface ModelResource {
  tenantId: Uuid;
  key: string;
  title: string;
  /** DDF XML bytes. */
  data: Uint8Array;
}

export type OtaPackageType = 'FIRMWARE' | 'SOFTWARE';

export interface OtaPackageInfo {
  packageId: Uuid;
  type: OtaPackageType;
  title: string;
  version: string;
  contentType: string;
  fileName: string;
}

/** A typed attribute/telemetry value, as ThingsBoard's KeyValueProto distinguishes them. */
export type KvEntry =
  | { key: string; type: 'boolean'; value: boolean }
  | { key: string; type: 'long'; value: number }
  | { key: string; type: 'double'; value: number }
  | { key: string; type: 'string'; value: string }
  /** JSON text. */
  | { key: string; type: 'json'; value: string };

/** A value with the time the core recorded it. */
export type TsKvEntry = KvEntry & { ts: number };

/** Telemetry values that share one timestamp (device time when LwM2M gives one, e.g. SenML `bt`+`t`). */
export interface TelemetryBatch {
  ts: number;
  values: KvEntry[];
}

export interface AttributesRequest {
  clientKeys: string[];
  sharedKeys: string[];
  onlyShared?: boolean;
}

export interface AttributesSnapshot {
  client: TsKvEntry[];
  shared: TsKvEntry[];
}

export interface RpcRequest {
  /** Per-session sequence number the response must echo (0 is valid). */
  requestId: number;
  /** Persistent RPC id. */
  rpcId: Uuid;
  method: string;
  /** JSON text. */
  params: string;
  expirationTime: number;
  oneway: boolean;
  persisted: boolean;
  retries?: number | undefined;
  additionalInfo?: string | undefined;
}

export interface RpcResponse {
  requestId: number;
  /** JSON text of the result, or undefined when `error` is set. */
  payload?: string | undefined;
  error?: string | undefined;
}

export type RpcStatus = 'QUEUED' | 'SENT' | 'DELIVERED' | 'SUCCESSFUL' | 'TIMEOUT' | 'EXPIRED' | 'FAILED' | 'DELETED';

export type SessionCloseReason =
  | 'UNKNOWN_REASON'
  | 'CREDENTIALS_UPDATED'
  | 'MAX_CONCURRENT_SESSIONS_LIMIT_REACHED'
  | 'SESSION_TIMEOUT'
  | 'RPC_DELIVERY_TIMEOUT';
