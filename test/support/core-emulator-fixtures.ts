// Test data for the core emulator: one tenant, one LwM2M device profile, devices by credentials id.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CoreEmulator, uuidHalves, type Obj, type SeenRecord } from './core-emulator.js';
import { repoRoot } from './core-emulator-schema.js';

export const TENANT_ID = 'c1d2e3f4-0000-4000-8000-000000000001';
export const TENANT_PROFILE_ID = 'c1d2e3f4-0000-4000-8000-0000000000aa';
export const PROFILE_ID = 'a0a0a0a0-1111-4222-8333-444444444444';
export const RULE_CHAIN_ID = 'b0b0b0b0-1111-4222-8333-555555555555';
export const DEVICE_ID = '784f394c-42b6-435a-983c-b7beff2784f9';
export const CUSTOMER_ID = 'd0d0d0d0-1111-4222-8333-666666666666';

const id = (prefix: string, uuid: string): Obj => {
  const h = uuidHalves(uuid);
  return { [`${prefix}MSB`]: h.msb, [`${prefix}LSB`]: h.lsb };
};

export function deviceProfileProto(name = 'lwm2m-profile', extra: Obj = {}): Obj {
  return {
    ...id('tenantId', TENANT_ID),
    ...id('deviceProfileId', PROFILE_ID),
    createdTime: '1700000000000',
    name,
    isDefault: false,
    type: 'DEFAULT',
    transportType: 'LWM2M',
    provisionType: 'DISABLED',
    ...id('defaultRuleChainId', RULE_CHAIN_ID),
    deviceProfileData: Buffer.from(JSON.stringify({ transportConfiguration: { type: 'LWM2M', observeAttr: { telemetry: ['/3_1.2/0/9'] } } })),
    ...extra,
  };
}

export function deviceInfoProto(deviceId: string, name: string, customer = true): Obj {
  return {
    ...id('tenantId', TENANT_ID),
    ...id('deviceId', deviceId),
    deviceName: name,
    deviceType: 'lwm2m-profile',
    additionalInfo: '{}',
    ...id('deviceProfileId', PROFILE_ID),
    ...(customer ? id('customerId', CUSTOMER_ID) : { customerIdMSB: '0', customerIdLSB: '0' }),
    powerMode: 'DRX',
  };
}

export function seedEmulator(core: CoreEmulator): void {
  core.devices.set('ep-nosec', {
    credentialsId: 'ep-nosec',
    deviceInfo: deviceInfoProto(DEVICE_ID, 'ep-nosec'),
    credentialsBody: JSON.stringify({ client: { securityConfigClientMode: 'NO_SEC', endpoint: 'ep-nosec' }, bootstrap: {} }),
    deviceProfile: deviceProfileProto(),
  });
  core.devices.set('psk-identity-1', {
    credentialsId: 'psk-identity-1',
    deviceInfo: deviceInfoProto('11111111-2222-4333-8444-555555555555', 'ep-psk', false),
    credentialsBody: JSON.stringify({ client: { securityConfigClientMode: 'PSK', endpoint: 'ep-psk', identity: 'psk-identity-1', key: '00112233' } }),
  });
  core.deviceProfiles.set(`${uuidHalves(PROFILE_ID).msb}/${uuidHalves(PROFILE_ID).lsb}`, deviceProfileProto());
  core.tenants.set(`${uuidHalves(TENANT_ID).msb}/${uuidHalves(TENANT_ID).lsb}`, {
    tenantProfile: { ...id('tenantProfileId', TENANT_PROFILE_ID), name: 'Default', isDefault: true, isolatedTbRuleEngine: false, profileData: Buffer.from('{"configuration":{}}') },
    apiState: { ...id('tenantProfileId', TENANT_ID), ...id('entityId', TENANT_ID), transportState: 'ENABLED' },
  });
  const xml = readFileSync(path.join(repoRoot, '..', 'shared', 'lwm2m-models', modelFile()), 'utf8');
  core.models.set('3_1.2', { ...id('tenantId', TENANT_ID), title: 'Device', resourceType: 'LWM2M_MODEL', resourceKey: '3_1.2', data: Buffer.from(xml) });
}

/** Any shipped model file for object 3 (the test only needs real DDF bytes). */
function modelFile(): string {
  return '3.xml';
}

/** A NoSec device with its own profile (stored under PROFILE_ID), as validateCredentials finds it. */
export function addNoSecDevice(core: CoreEmulator, endpoint: string, deviceId: string, profile: Obj): void {
  core.devices.set(endpoint, {
    credentialsId: endpoint,
    deviceInfo: deviceInfoProto(deviceId, endpoint),
    credentialsBody: JSON.stringify({ client: { securityConfigClientMode: 'NO_SEC', endpoint }, bootstrap: {} }),
    deviceProfile: profile,
  });
  const p = uuidHalves(PROFILE_ID);
  core.deviceProfiles.set(`${p.msb}/${p.lsb}`, profile);
}

/**
 * Plays the core's side of the shared-attribute reads a transport makes when a session opens
 * (none stored): every GetAttributes seen on tb_core is answered on the service's notification
 * topic, every `everyMs`. Returns the function that stops answering.
 */
export function answerAttributeReads(core: CoreEmulator, serviceId: string, everyMs: number): () => void {
  let seen = 0;
  const timer = setInterval(() => {
    for (; seen < core.core.length; seen++) {
      const actor = (core.core[seen] as SeenRecord).msg['toDeviceActorMsg'] as Obj | undefined;
      const ga = actor?.['getAttributes'] as Obj | undefined;
      if (ga === undefined) continue;
      const info = actor?.['sessionInfo'] as Obj;
      void core.notify(serviceId, { sessionIdMSB: info['sessionIdMSB'], sessionIdLSB: info['sessionIdLSB'], getAttributesResponse: { requestId: ga['requestId'], sharedAttributeList: [] } });
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
