import { afterEach, describe, expect, it } from 'vitest';
import type { RequestLogEntry } from '../../../tools/simulator/index.js';
import { lwm2mProfileData, NOSEC_DEVICE_ID, standaloneConfig, tenMappedResources } from '../../support/standalone-fixtures.js';
import { StandaloneHarness, waitFor } from '../../support/standalone-harness.js';

/**
 * Registration-time round trips (issue item 10) and each observe strategy, counted as the
 * CoAP requests the simulated device received.
 */

// The simulator runs Device 1.1, Connectivity Monitoring 1.2 and Location 1.0.
const TEN = tenMappedResources({ 3: '1.1', 4: '1.2', 6: '1.0' });

let h: StandaloneHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const line = (r: RequestLogEntry): string => `${r.method} ${r.path}${r.observe === 0 ? ' obs' : ''}`;

async function register(strategy: string, version: '1.0' | '1.1' | '1.2' = '1.1', observeAttr: Record<string, unknown> = TEN) {
  h = await StandaloneHarness.start(
    standaloneConfig(lwm2mProfileData({ ...observeAttr, observeStrategy: strategy }), [{ id: NOSEC_DEVICE_ID, endpoint: `obs-${strategy}` }]),
  );
  const d = await h.device({ endpoint: `obs-${strategy}`, version });
  return { h, d };
}

function expectAllMapped(harness: StandaloneHarness): void {
  const tel = harness.core.uplink.latestTelemetry(NOSEC_DEVICE_ID);
  const attrs = harness.core.uplink.latestAttributes(NOSEC_DEVICE_ID);
  for (const k of ['battery', 'rssi', 'linkQuality', 'cellId', 'latitude', 'longitude', 'altitude']) expect(tel.has(k), k).toBe(true);
  for (const k of ['manufacturer', 'model', 'serial']) expect(attrs.has(k), k).toBe(true);
  expect(tel.get('rssi')?.value).toBe(-87);
  expect(tel.get('latitude')?.value).toBe(48.8583);
}

describe('registration round trips for 10 mapped resources in objects 3, 4, 6', () => {
  it('SINGLE: 4 observes, one Read per instance with unobserved resources, 1 Write-Attributes', async () => {
    const { h, d } = await register('SINGLE');
    expect(d.requests.map(line)).toEqual(['GET /3/0/9 obs', 'GET /4/0/2 obs', 'GET /6/0/0 obs', 'GET /6/0/1 obs', 'GET /3/0', 'GET /4/0', 'GET /6/0/2', 'PUT /3/0/9']);
    expectAllMapped(h);
  });

  it('COMPOSITE_BY_OBJECT: one Observe-Composite per object', async () => {
    const { h, d } = await register('COMPOSITE_BY_OBJECT');
    expect(d.requests.map(line)).toEqual(['FETCH / obs', 'FETCH / obs', 'FETCH / obs', 'GET /3/0', 'GET /4/0', 'GET /6/0/2', 'PUT /3/0/9']);
    const reg = h.server.registrations.getByEndpoint('obs-COMPOSITE_BY_OBJECT');
    expect(reg && h.server.observationsOf(reg).map((o) => o.paths.length)).toEqual([1, 1, 2]);
    expectAllMapped(h);
  });

  it('COMPOSITE_ALL: one Observe-Composite in all, and notifications reach telemetry', async () => {
    const { h, d } = await register('COMPOSITE_ALL');
    expect(d.requests.map(line)).toEqual(['FETCH / obs', 'GET /3/0', 'GET /4/0', 'GET /6/0/2', 'PUT /3/0/9']);
    expectAllMapped(h);
    d.set('/4/0/2', -70);
    await waitFor(() => h.core.uplink.latestTelemetry(NOSEC_DEVICE_ID).get('rssi')?.value === -70, 'composite notification');
  });

  it('a LwM2M 1.0 device falls back to single observes and transportLog says so', async () => {
    // A 1.0 device announces every object at version 1.0.
    const v10 = JSON.parse(JSON.stringify(TEN).replace(/_1\.[0-9]/g, '_1.0')) as Record<string, unknown>;
    const { h, d } = await register('COMPOSITE_ALL', '1.0', v10);
    expect(d.requests.filter((r) => r.observe === 0).map(line)).toEqual(['GET /3/0/9 obs', 'GET /4/0/2 obs', 'GET /6/0/0 obs', 'GET /6/0/1 obs']);
    const log = h.core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'transportLog').map((v) => String(v.value));
    expect(log).toContain('warn: LwM2M 1.0 client has no composite operations: observe strategy COMPOSITE_ALL falls back to single observes');
    expect(log[0]).toMatch(/LwM2mVersion: \[1\.0\]/);
  });

  it('a LwM2M 1.2 device is initialised like 1.1', async () => {
    const { h, d } = await register('COMPOSITE_BY_OBJECT', '1.2');
    expect(d.requests.filter((r) => r.observe === 0)).toHaveLength(3);
    expectAllMapped(h);
  });

  it('an object version mismatch skips that object and says so', async () => {
    const wrong = JSON.parse(JSON.stringify(TEN).replace(/\/6_1\.0/g, '/6_1.1')) as Record<string, unknown>;
    const { h, d } = await register('SINGLE', '1.1', wrong);
    expect(d.requests.some((r) => r.path.startsWith('/6'))).toBe(false);
    const log = h.core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'transportLog').map((v) => String(v.value));
    expect(log).toContain('warn: Profile path /6_1.1/0/0 skipped: the client has this object in version 1.0');
  });
});
