/**
 * Consumer of `{px}tb_transport.notifications.<sid>` (thingsboard-transport-wire.md §2.6):
 * decodes ToTransportMsg, updates caches, sessions and queue routing, and turns everything into
 * typed CoreEvents. Per-session parts go out in ThingsBoard's order 4 → 5 → 3 → 11 → 6 → 7.
 * A malformed or foreign record is counted, logged and skipped; it never throws.
 */
import type { Logger } from 'pino';
import { transport } from '../gen/wire.js';
import { NULL_UUID, type Uuid } from '../core/core-types.js';
import type { CoreEvent } from '../core/core-events.js';
import type { CoreApi } from './core-api.js';
import { queueRouteFromProto } from './core-api.js';
import type { InRecord } from './kafka-link.js';
import type { QueueRouting } from './queue-routing.js';
import type { SessionManager } from './session-manager.js';
import { halvesToUuid, isZeroHalves } from '../tbwire/uuid-codec.js';
import {
  apiStateOf,
  closeReasonOf,
  deviceInfoFromDeviceProto,
  deviceProfileFromProto,
  tenantProfileFromProto,
  toNumber,
  tsKvFromProto,
} from './wire-mapping.js';

export interface NotificationDeps {
  sessions: SessionManager;
  api: CoreApi;
  routing: QueueRouting;
  onAttributesResponse: (sessionId: Uuid, msg: transport.IGetAttributeResponseMsg) => void;
  emit: (e: CoreEvent) => void;
  log: Logger;
}

export class NotificationHandler {
  readonly stats = { handled: 0, malformed: 0, unknownSession: 0, empty: 0 };

  constructor(private readonly d: NotificationDeps) {}

  handle(rec: InRecord): void {
    let msg: transport.ToTransportMsg;
    try {
      if (!rec.value || rec.value.length === 0) throw new Error('empty value');
      msg = transport.ToTransportMsg.decode(rec.value);
    } catch (e) {
      this.stats.malformed += 1;
      this.d.log.warn({ err: e, topic: rec.topic, offset: rec.offset, key: rec.key }, 'malformed record on the notifications topic; skipped');
      return;
    }
    this.stats.handled += 1;
    const hasSessionId = !isZeroHalves(msg.sessionIdMSB, msg.sessionIdLSB);
    const sessionId = hasSessionId ? halvesToUuid(msg.sessionIdMSB, msg.sessionIdLSB) : undefined;
    const session = sessionId ? this.d.sessions.get(sessionId) : undefined;
    if (session && sessionId) {
      this.perSession(sessionId, msg);
      return;
    }
    if (this.broadcast(msg)) return;
    if (sessionId) {
      this.stats.unknownSession += 1;
      this.d.log.debug({ sessionId }, 'notification for a session this transport does not have; ignored');
    } else {
      this.stats.empty += 1;
      this.d.log.warn({ offset: rec.offset }, 'notification with nothing this transport handles; skipped');
    }
  }

  private perSession(sessionId: Uuid, m: transport.ToTransportMsg): void {
    if (m.getAttributesResponse) this.d.onAttributesResponse(sessionId, m.getAttributesResponse);
    if (m.attributeUpdateNotification) {
      const n = m.attributeUpdateNotification;
      this.d.emit({ type: 'shared-attributes-updated', sessionId, updated: (n.sharedUpdated ?? []).map(tsKvFromProto), deleted: [...(n.sharedDeleted ?? [])] });
    }
    if (m.sessionCloseNotification) {
      const reason = closeReasonOf(m.sessionCloseNotification.reason);
      this.d.sessions.markClosedByCore(sessionId);
      this.d.emit({ type: 'session-closed', sessionId, reason, message: m.sessionCloseNotification.message ?? '' });
    }
    if (m.toTransportUpdateCredentialsNotification) {
      const c = m.toTransportUpdateCredentialsNotification;
      this.d.emit({ type: 'credentials-updated', sessionId, credentialsIds: [...(c.credentialsId ?? [])], credentialsValues: [...(c.credentialsValue ?? [])] });
    }
    if (m.toDeviceRequest) {
      const r = m.toDeviceRequest;
      this.d.emit({
        type: 'rpc-request',
        sessionId,
        rpc: {
          // Absent on the wire means 0 (proto3 default), a valid first id (App. C).
          requestId: r.requestId ?? 0,
          rpcId: halvesToUuid(r.requestIdMSB, r.requestIdLSB),
          method: r.methodName ?? '',
          params: r.params ?? '',
          expirationTime: toNumber(r.expirationTime),
          oneway: r.oneway === true,
          persisted: r.persisted === true,
          retries: r.retries ?? undefined,
          additionalInfo: r.additionalInfo ?? undefined,
        },
      });
    }
    if (m.toServerResponse) {
      const r = m.toServerResponse;
      this.d.emit({ type: 'server-rpc-response', sessionId, requestId: r.requestId ?? 0, payload: r.payload ?? '', error: r.error ?? '' });
    }
  }

  /** Broadcast parts; true when at least one was present. */
  private broadcast(m: transport.ToTransportMsg): boolean {
    let handled = false;
    const u = m.entityUpdateMsg;
    if (u) {
      handled = true;
      if (u.deviceProfile) {
        const profile = deviceProfileFromProto(u.deviceProfile);
        this.d.api.putDeviceProfile(profile);
        this.d.sessions.applyProfileName(profile.id, profile.name);
        this.d.emit({ type: 'device-profile-updated', profile });
      } else if (u.device) {
        const device = deviceInfoFromDeviceProto(u.device);
        this.d.sessions.updateDevice(device.deviceId, {
          deviceName: device.deviceName,
          deviceType: device.deviceType,
          deviceProfileId: device.deviceProfileId,
          powerMode: device.powerMode,
          edrxCycle: device.edrxCycle,
          psmActivityTimer: device.psmActivityTimer,
          pagingTransmissionWindow: device.pagingTransmissionWindow,
        });
        this.d.emit({ type: 'device-updated', device });
      } else if (u.tenantProfile) {
        const profile = tenantProfileFromProto(u.tenantProfile);
        this.d.api.putTenantProfile(profile);
        this.d.emit({ type: 'tenant-profile-updated', profile });
      } else if (u.tenant) {
        const tenantId = halvesToUuid(u.tenant.tenantIdMSB, u.tenant.tenantIdLSB);
        const tenantProfileId = halvesToUuid(u.tenant.tenantProfileIdMSB, u.tenant.tenantProfileIdLSB);
        this.d.api.onTenantUpdated(tenantId, tenantProfileId);
        this.d.emit({ type: 'tenant-updated', tenantId, tenantProfileId });
      } else if (u.apiUsageState) {
        const tenantId = halvesToUuid(u.apiUsageState.entityIdMSB, u.apiUsageState.entityIdLSB);
        const transportState = apiStateOf(u.apiUsageState.transportState);
        this.d.api.setApiState(tenantId, transportState);
        this.d.emit({ type: 'api-state-updated', tenantId, transportState });
      }
    }
    const del = m.entityDeleteMsg;
    if (del) {
      handled = true;
      const id = halvesToUuid(del.entityIdMSB, del.entityIdLSB);
      switch (del.entityType) {
        case 'DEVICE':
          this.d.emit({ type: 'device-deleted', deviceId: id, tenantId: this.d.sessions.sessionsOfDevice(id)[0]?.device.tenantId ?? NULL_UUID });
          break;
        case 'DEVICE_PROFILE': {
          const cached = this.d.api.cachedDeviceProfile(id);
          this.d.api.evictDeviceProfile(id);
          this.d.emit({ type: 'device-profile-deleted', profileId: id, tenantId: cached?.tenantId ?? NULL_UUID });
          break;
        }
        case 'TENANT_PROFILE':
          this.d.api.evictTenantProfile(id);
          this.d.emit({ type: 'tenant-profile-deleted', profileId: id });
          break;
        case 'TENANT':
          this.d.api.evictTenant(id);
          this.d.routing.removeTenant(id);
          this.d.emit({ type: 'tenant-deleted', tenantId: id });
          break;
        default:
          this.d.log.debug({ entityType: del.entityType }, 'entity delete of a type the transport does not track');
      }
    }
    for (const [r, deleted] of [[m.resourceUpdateMsg, false], [m.resourceDeleteMsg, true]] as const) {
      if (!r) continue;
      handled = true;
      if (r.resourceType !== 'LWM2M_MODEL') continue;
      const tenantId = halvesToUuid(r.tenantIdMSB, r.tenantIdLSB);
      const key = r.resourceKey ?? '';
      this.d.api.evictModel(tenantId, key, tenantId === NULL_UUID);
      this.d.emit({ type: deleted ? 'model-deleted' : 'model-updated', tenantId, key });
    }
    if (m.queueUpdateMsgs.length > 0) {
      handled = true;
      this.d.routing.update(m.queueUpdateMsgs.map(queueRouteFromProto));
    }
    for (const q of m.queueDeleteMsgs) {
      handled = true;
      this.d.routing.remove(halvesToUuid(q.tenantIdMSB, q.tenantIdLSB), q.queueName ?? '');
    }
    return handled;
  }
}
