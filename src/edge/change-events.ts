/**
 * Mirror changes → the core events the behaviour layer already handles for the Kafka link
 * (src/core/core-events.ts). Per-device changes go to every open session of the device. Pure.
 */
import type { CoreEvent, Uuid } from '../core/index.js';
import type { MirrorChange } from './edge-mirror.js';

export function changeEvents(c: MirrorChange, sessionsOf: (deviceId: Uuid) => Iterable<Uuid>): CoreEvent[] {
  switch (c.kind) {
    case 'device-upserted':
      return c.previous ? [{ type: 'device-updated', device: c.device }] : [];
    case 'device-removed':
      return [{ type: 'device-deleted', deviceId: c.deviceId, tenantId: c.tenantId }];
    case 'credentials-changed':
      // A first copy (sync of a new device) changes nobody's identity; a replaced one does (§5.3 of the wire doc).
      if (!c.previous) return [];
      return [...sessionsOf(c.deviceId)].map((sessionId) => ({
        type: 'credentials-updated' as const,
        sessionId,
        credentialsIds: [c.credentials.credentialsId],
        credentialsValues: [c.credentials.credentialsValue],
      }));
    case 'profile-upserted':
      return [{ type: 'device-profile-updated', profile: c.profile }];
    case 'profile-removed':
      return [{ type: 'device-profile-deleted', profileId: c.profileId, tenantId: c.tenantId }];
    case 'model-upserted':
      return [{ type: 'model-updated', tenantId: c.tenantId, key: c.key }];
    case 'model-removed':
      return [{ type: 'model-deleted', tenantId: c.tenantId, key: c.key }];
    case 'shared-attributes':
      return [...sessionsOf(c.deviceId)].map((sessionId) => ({ type: 'shared-attributes-updated' as const, sessionId, updated: c.updated, deleted: c.deleted }));
    case 'tenant-updated':
      return [{ type: 'tenant-updated', tenantId: c.tenantId, tenantProfileId: c.tenantProfileId }];
    case 'tenant-profile-updated':
      return [{ type: 'tenant-profile-updated', profile: c.profile }];
    case 'ota-upserted':
    case 'ota-removed':
      return [];
  }
}
