import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import type { SimulatedDeviceOptions } from '../../../tools/simulator/types.js';
import { fwAttributes, OtaHarness, packageOf, until } from './ota-harness.js';

const swAttributes = (title: string, version: string, extra: Partial<Record<'tag' | 'url', string>> = {}) => fwAttributes(title, version, extra, 'sw');

/**
 * Software update end to end (issue 7 items 3, 4, 8) through Object 9 of a simulated device:
 * the sw_state sequence ThingsBoard's own test expects (DOWNLOADING x3, DOWNLOADED, VERIFIED,
 * UPDATED), automatic Install, Uninstall-for-update first when a package is installed, and the
 * URL strategy.
 */
describe('software update against the simulator', () => {
  let h: OtaHarness;

  const device = (opts: Partial<SimulatedDeviceOptions> & { endpoint: string }): Promise<SimulatedDevice> => h.device(opts);

  beforeAll(async () => {
    h = await OtaHarness.start();
  });
  afterEach(async () => {
    await h.reset();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('writes the binary to /9/0/2, installs it and reports the documented sequence', async () => {
    h.packages.set('SOFTWARE', packageOf('SOFTWARE', 'sw-bin', 50_000, '2.0.0'));
    const d = await device({ endpoint: 'sw-bin' });
    await h.assign('sw-bin', swAttributes('app', '2.0.0'));
    await until(() => h.statusesOf('software').includes('UPDATED'), 10_000);
    expect(h.statusesOf('software')).toEqual(['DOWNLOADING', 'DOWNLOADING', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATED']);
    expect(h.statuses.map((s) => s.line)).toEqual([
      'Firmware Update State: DOWNLOAD_STARTED',
      'Software Update Result: DOWNLOADING',
      'Firmware Update State: DOWNLOADED',
      'Firmware Update State: DELIVERED',
      'Software Update Result: SUCCESSFULLY_DOWNLOADED_VERIFIED',
      'Software Update Result: SUCCESSFULLY_INSTALLED',
    ]);
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/9/0/2')).toHaveLength(1);
    expect(d.requests.some((r) => r.method === 'POST' && r.path === '/9/0/4')).toBe(true);
    expect(d.get('/9/0/7')).toBe(4);
  });

  it('uninstalls an installed package "for update" before writing the new one', async () => {
    h.packages.set('SOFTWARE', packageOf('SOFTWARE', 'sw-up', 2000, '3.0.0'));
    const d = await device({ endpoint: 'sw-up', values: { '/9/0/7': 4, '/9/0/9': 2 } });
    await h.assign('sw-up', swAttributes('app', '3.0.0'));
    await until(() => h.statusesOf('software').includes('UPDATED'), 10_000);
    const order = d.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);
    expect(order.slice(0, 2)).toEqual(['POST /9/0/6', 'PUT /9/0/2']);
    expect(d.requests.find((r) => r.path === '/9/0/6')?.payload.toString()).toBe('1');
  });

  it('writes the transport\'s /tbsw URL to /9/0/3 for the URL strategy and an external URL as is', async () => {
    h.settings = { fwStrategy: 1, swStrategy: 2, swBaseUrl: 'coap://tb.example:5685', useObject19ForOtaInfo: false };
    h.packages.set('SOFTWARE', packageOf('SOFTWARE', 'sw-url', 2000, '4.0.0'));
    const d = await device({ endpoint: 'sw-url' });
    await h.assign('sw-url', swAttributes('app', '4.0.0'));
    await until(() => h.statusesOf('software').includes('UPDATED'), 10_000);
    expect(d.get('/9/0/3')).toBe('coap://tb.example:5685/tbsw/sw-url');

    h.statuses.length = 0;
    const e = await device({ endpoint: 'sw-ext' });
    await h.assign('sw-ext', swAttributes('app', '5.0.0', { url: 'http://files.example.com/app-5' }));
    await until(() => h.statusesOf('software').includes('UPDATED'), 10_000);
    expect(e.get('/9/0/3')).toBe('http://files.example.com/app-5');
  });
});
