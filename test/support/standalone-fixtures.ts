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

/**
 * Ten mapped resources in objects 3, 4 and 6 (issue 4 item 10): 3 attributes, 7 telemetry keys,
 * 4 observed, one Write-Attributes; object versions as the client under test announces them.
 */
export function tenMappedResources(v: { readonly 3: string; readonly 4: string; readonly 6: string }): Record<string, unknown> {
  const d = `/3_${v[3]}/0`;
  const c = `/4_${v[4]}/0`;
  const l = `/6_${v[6]}/0`;
  return {
    keyName: {
      [`${d}/0`]: 'manufacturer', [`${d}/1`]: 'model', [`${d}/2`]: 'serial', [`${d}/9`]: 'battery',
      [`${c}/2`]: 'rssi', [`${c}/3`]: 'linkQuality', [`${c}/8`]: 'cellId',
      [`${l}/0`]: 'latitude', [`${l}/1`]: 'longitude', [`${l}/2`]: 'altitude',
    },
    attribute: [`${d}/0`, `${d}/1`, `${d}/2`],
    telemetry: [`${d}/9`, `${c}/2`, `${c}/3`, `${c}/8`, `${l}/0`, `${l}/1`, `${l}/2`],
    observe: [`${d}/9`, `${c}/2`, `${l}/0`, `${l}/1`],
    attributeLwm2m: { [`${d}/9`]: { pmax: 60 } },
  };
}
