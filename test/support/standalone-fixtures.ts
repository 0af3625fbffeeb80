import { parseStandaloneConfig, type StandaloneConfig } from '../../src/standalone/standalone-config.js';

/** Test devices and a profile for the embedded core, in ThingsBoard's JSON shapes. */

export const PROFILE_ID = '5b0c2a40-0000-4000-8000-0000000000a1';
export const NOSEC_DEVICE_ID = '5b0c2a40-0000-4000-8000-0000000000d1';
export const PSK_DEVICE_ID = '5b0c2a40-0000-4000-8000-0000000000d2';

const BOOT = { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } };

export function noSecCredentials(endpoint: string): string {
  return JSON.stringify({ client: { securityConfigClientMode: 'NO_SEC', endpoint }, bootstrap: BOOT });
}

export function lwm2mProfileData(observeAttr: Record<string, unknown>, settings: Record<string, unknown> = {}): unknown {
  return {
    transportConfiguration: {
      type: 'LWM2M',
      observeAttr,
      bootstrap: [],
      clientLwM2mSettings: { powerMode: 'DRX', ...settings },
    },
  };
}

export interface TestDevice {
  readonly id: string;
  readonly endpoint: string;
  readonly credentials?: string;
}

export function standaloneConfig(profileData: unknown, devices: readonly TestDevice[], extra: Partial<StandaloneConfig> = {}): StandaloneConfig {
  return parseStandaloneConfig({
    profiles: [{ id: { entityType: 'DEVICE_PROFILE', id: PROFILE_ID }, name: 'lwm2m-test', profileData }],
    devices: devices.map((d) => ({
      id: { entityType: 'DEVICE', id: d.id },
      name: `device ${d.endpoint}`,
      deviceProfileId: { entityType: 'DEVICE_PROFILE', id: PROFILE_ID },
      credentials: { credentialsType: 'LWM2M_CREDENTIALS', credentialsValue: d.credentials ?? noSecCredentials(d.endpoint) },
    })),
    ...extra,
  });
}
