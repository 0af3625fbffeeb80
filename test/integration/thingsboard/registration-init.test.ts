import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lwm2mProfileData, NOSEC_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { StandaloneHarness, waitFor } from '../../support/standalone-harness.js';

let h: StandaloneHarness;

const OBSERVE_ATTR = {
  keyName: { '/3_1.1/0/0': 'manufacturer', '/3_1.1/0/9': 'batteryLevel', '/3_1.1/0/2': 'serialNumber' },
  observe: ['/3_1.1/0/9'],
  attribute: ['/3_1.1/0/0', '/3_1.1/0/2'],
  telemetry: ['/3_1.1/0/9'],
  attributeLwm2m: { '/3_1.1/0/9': { pmin: 1, pmax: 60 } },
};

beforeAll(async () => {
  h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(OBSERVE_ATTR), [{ id: NOSEC_DEVICE_ID, endpoint: 'init-dev' }]));
});
afterAll(async () => {
  await h?.stop();
});

describe('registration through the embedded core', () => {
  it('observes, then reads, then writes attributes, and posts the mapped keys', async () => {
    const d = await h.device({ endpoint: 'init-dev', values: { '/3/0/9': 77 } });
    const seen = d.requests.map((r) => `${r.method} ${r.path}${r.observe === 0 ? ' obs' : ''}`);
    expect(seen).toEqual(['GET /3/0/9 obs', 'GET /3/0', 'PUT /3/0/9']);
    const tel = h.core.uplink.latestTelemetry(NOSEC_DEVICE_ID);
    expect(tel.get('batteryLevel')?.value).toBe(77);
    const attrs = h.core.uplink.latestAttributes(NOSEC_DEVICE_ID);
    expect(attrs.get('manufacturer')?.value).toBe('Simulated Devices Ltd');
    expect(attrs.get('serialNumber')?.value).toBe('SN-init-dev');
    expect(String(tel.get('transportLog')?.value)).toMatch(/^\[info\]: WriteAttributesRequest/);
    const log = h.core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'transportLog').map((v) => String(v.value));
    expect(log[0]).toMatch(/^info: Endpoint \[init-dev\] Client registered with registration id: \[\S+\] LwM2mVersion: \[1\.1\], SupportedObjectIdVer \[\{1=/);
    d.set('/3/0/9', 55);
    await waitFor(() => h.core.uplink.latestTelemetry(NOSEC_DEVICE_ID).get('batteryLevel')?.value === 55, 'notification');
  });
});
