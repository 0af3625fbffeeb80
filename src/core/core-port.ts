/**
 * The port between the ThingsBoard behaviour (src/thingsboard) and any ThingsBoard core.
 * Adapters: src/kafka (ThingsBoard's own transport wire) and src/standalone (in-process core).
 * No protocol room (coap, net, dtls, lwm2m) imports this file.
 *
 * Conventions:
 *  - Calls that ask the core something return a CoreResult: never throw for "not found", timeouts or a down link.
 *  - Uplink calls resolve when the core's queue has the message (Kafka: broker ack), or with an
 *    `unavailable` error when the bounded outage buffer overflowed (the drop is counted and logged).
 *  - A session id is a UUID the port creates in `openSession`; per-session events carry it.
 */
import type { CoreEventListener } from './core-events.js';
import type {
  AttributesRequest,
  AttributesSnapshot,
  CoreResult,
  CredentialsLookup,
  DeviceInfo,
  DeviceProfile,
  KvEntry,
  ModelResource,
  OtaPackageInfo,
  OtaPackageType,
  RpcResponse,
  RpcStatus,
  TelemetryBatch,
  TenantInfo,
  Uuid,
  ValidatedDevice,
} from './core-types.js';

export interface CoreSessionInfo {
  sessionId: Uuid;
  device: DeviceInfo;
}

export interface CorePort {
  /** Connects, fetches what the link needs at start-up (e.g. queue routing), starts consuming pushes. */
  start(): Promise<void>;
  /** Closes every open session on the core (CLOSED), flushes what can be flushed, disconnects. */
  stop(): Promise<void>;

  // ---- Transport API (request / response) ----
  /** Credential lookup; `not-found` means "not authorised". */
  validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>>;
  /** Cached; refreshed by the core's profile broadcasts. */
  getDeviceProfile(profileId: Uuid): Promise<CoreResult<DeviceProfile>>;
  /** Cached; refreshed by tenant, tenant-profile and API-state broadcasts. */
  getTenant(tenantId: Uuid): Promise<CoreResult<TenantInfo>>;
  /** LwM2M object model by key "<objectId>_<version>" (e.g. "3_1.2"); cached, misses too. */
  getModel(tenantId: Uuid, key: string): Promise<CoreResult<ModelResource>>;
  /** OTA package assigned to a device (or its profile). `not-found` if none; `invalid-response` if URL-only. */
  getOtaPackage(tenantId: Uuid, deviceId: Uuid, type: OtaPackageType): Promise<CoreResult<OtaPackageInfo>>;
  /** OTA package bytes (whole, or `length` bytes from `offset`). */
  readOtaPackageData(packageId: Uuid, offset?: number, length?: number): Promise<CoreResult<Uint8Array>>;

  // ---- Sessions ----
  /** Opens a session (OPEN + attribute and RPC subscriptions) and tracks its activity until closed. */
  openSession(device: DeviceInfo): Promise<CoreResult<CoreSessionInfo>>;
  /** CLOSED to the core, then forgets the session. Unknown ids are ignored. */
  closeSession(sessionId: Uuid): Promise<void>;
  /** Records device activity; the port reports it on ThingsBoard's interval and strategy. */
  recordActivity(sessionId: Uuid): void;
  /** Current view of an open session (device fields follow device/profile updates), or undefined. */
  getSession(sessionId: Uuid): CoreSessionInfo | undefined;

  // ---- Uplink ----
  postTelemetry(sessionId: Uuid, batches: TelemetryBatch[]): Promise<CoreResult<void>>;
  /** Client-scope attributes. */
  postAttributes(sessionId: Uuid, values: KvEntry[]): Promise<CoreResult<void>>;
  /** Reads client and/or shared attributes; both lists empty asks for all. */
  requestAttributes(sessionId: Uuid, request: AttributesRequest): Promise<CoreResult<AttributesSnapshot>>;
  sendRpcResponse(sessionId: Uuid, response: RpcResponse): Promise<CoreResult<void>>;
  sendRpcStatus(sessionId: Uuid, rpcId: Uuid, requestId: number, status: RpcStatus): Promise<CoreResult<void>>;
  /** Device woke up (PSM/eDRX): ask the core to re-send queued RPCs. */
  sendPendingRpc(sessionId: Uuid): Promise<CoreResult<void>>;

  // ---- Downlink ----
  /** Subscribes to core events; returns the unsubscribe function. */
  onEvent(listener: CoreEventListener): () => void;
}
