/**
 * Device auto-creation over the edge link (thingsboard-edge-grpc.md §3.2): an unknown NoSec endpoint
 * becomes a device of the configured profile. The device (with an id chosen here, which the core keeps)
 * and its LwM2M credentials travel in ONE UplinkMsg, because the core saves devices before credentials
 * within a message; the core then assigns the device to this Edge. Only ENTITY_CREATED is ever sent:
 * an UPDATED would replace the whole device and a DELETED would delete it on the core. Pure.
 */
import type { DeviceProfile, Uuid } from '../core/index.js';
import { edge } from '../gen/edge.js';
import { uuidToHalves } from '../tbwire/uuid-codec.js';
import type { UplinkPayload } from './uplink-outbox.js';

export interface ProvisionedEntities {
  payload: UplinkPayload;
  deviceJson: string;
  credentialsJson: string;
}

export function noSecCredentialsValue(endpoint: string): string {
  return JSON.stringify({
    client: { securityConfigClientMode: 'NO_SEC', endpoint },
    bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } },
  });
}

export function provisioningUplink(tenantId: Uuid, profile: DeviceProfile, endpoint: string, deviceId: Uuid): ProvisionedEntities {
  const deviceJson = JSON.stringify({
    id: { entityType: 'DEVICE', id: deviceId },
    tenantId: { entityType: 'TENANT', id: tenantId },
    name: endpoint,
    type: profile.name,
    // With a profile id the core does not invent a non-LwM2M profile from `type` (§3.2).
    deviceProfileId: { entityType: 'DEVICE_PROFILE', id: profile.id },
    deviceData: { configuration: { type: 'DEFAULT' }, transportConfiguration: { type: 'LWM2M' } },
    additionalInfo: { description: 'created by the LwM2M transport' },
  });
  const credentialsJson = JSON.stringify({
    deviceId: { entityType: 'DEVICE', id: deviceId },
    credentialsType: 'LWM2M_CREDENTIALS',
    credentialsId: endpoint,
    credentialsValue: noSecCredentialsValue(endpoint),
  });
  const id = uuidToHalves(deviceId);
  return {
    deviceJson,
    credentialsJson,
    payload: {
      deviceUpdateMsg: [{ msgType: edge.UpdateMsgType.ENTITY_CREATED_RPC_MESSAGE, idMSB: id.msb, idLSB: id.lsb, entity: deviceJson }],
      deviceCredentialsUpdateMsg: [{ entity: credentialsJson }],
    },
  };
}
