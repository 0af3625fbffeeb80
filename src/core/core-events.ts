/**
 * Events the core pushes down to the transport, as plain typed values. Per-session events
 * carry the session id the port gave out in `openSession`; broadcasts carry entity ids.
 */
import type { DeviceInfo, DeviceProfile, RpcRequest, SessionCloseReason, TenantProfile, TsKvEntry, Uuid, ApiState } from './core-types.js';

export type CoreEvent =
  // ---- per session ----
  /** Shared attributes changed (also how OTA assignments arrive: fw_* / sw_* keys). */
  | { type: 'shared-attributes-updated'; sessionId: Uuid; updated: TsKvEntry[]; deleted: string[] }
  | { type: 'rpc-request'; sessionId: Uuid; rpc: RpcRequest }
  /** The core closed the session (e.g. another session of the same device). */
  | { type: 'session-closed'; sessionId: Uuid; reason: SessionCloseReason; message: string }
  /** The session's LwM2M credentials changed: the client must be de-registered (thingsboard-transport-wire.md §5.3). */
  | { type: 'credentials-updated'; sessionId: Uuid; credentialsIds: string[]; credentialsValues: string[] }
  /** Answer to a client-side RPC (LwM2M does not originate these; delivered for completeness). */
  | { type: 'server-rpc-response'; sessionId: Uuid; requestId: number; payload: string; error: string }
  // ---- broadcasts ----
  | { type: 'device-updated'; device: DeviceInfo }
  | { type: 'device-deleted'; deviceId: Uuid; tenantId: Uuid }
  | { type: 'device-profile-updated'; profile: DeviceProfile }
  | { type: 'device-profile-deleted'; profileId: Uuid; tenantId: Uuid }
  | { type: 'tenant-profile-updated'; profile: TenantProfile }
  | { type: 'tenant-profile-deleted'; profileId: Uuid }
  | { type: 'tenant-updated'; tenantId: Uuid; tenantProfileId: Uuid }
  | { type: 'tenant-deleted'; tenantId: Uuid }
  | { type: 'api-state-updated'; tenantId: Uuid; transportState: ApiState }
  /** An LwM2M object model was created or changed (key like "3_1.2"); cached copies are already dropped. */
  | { type: 'model-updated'; tenantId: Uuid; key: string }
  | { type: 'model-deleted'; tenantId: Uuid; key: string };

export type CoreEventType = CoreEvent['type'];

/** A helper for building events in adapters and tests without repeating the union. */
export type CoreEventOf<T extends CoreEventType> = Extract<CoreEvent, { type: T }>;

export type CoreEventListener = (event: CoreEvent) => void;
