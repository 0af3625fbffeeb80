import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import type { SimulatedDeviceOptions } from '../../../tools/simulator/types.js';
import { fwAttributes, OtaHarness, packageOf, until } from './ota-harness.js';

/**
 * Firmware update end to end (issue 7 items 2, 4, 8): the OTA state machine on the project's
 * LwM2M server drives a simulated device (node-coap) through Object 5, and the fw_state
 * sequence the transport posts is asserted (QUEUED and INITIATED are the core's).
 */
describe('firmware update against the simulator', () => {
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

  it('pushes a 2 MB image to /5/0/0 with Block1, executes /5/0/2 and reports the states up to UPDATED', async () => {
    const pkg = packageOf('FIRMWARE', 'fw-bin', 2 * 1024 * 1024, 'pkg-2097152');
    h.packages.set('FIRMWARE', pkg);
    const d = await device({ endpoint: 'fw-push' });
    await h.assign('fw-push', fwAttributes('firmware', 'pkg-2097152'));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 30_000);
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
    expect(h.statuses.map((s) => s.line)).toEqual([
      'Firmware Update State: DOWNLOADING',
      'Firmware Update State: DOWNLOADED',
      'Firmware Update State: UPDATING',
      'Firmware Update Result: UPDATE_SUCCESSFULLY',
    ]);
    const writes = d.requests.filter((r) => r.method === 'PUT' && r.path === '/5/0/0');
    expect(writes).toHaveLength(1);
    expect(writes[0]?.contentFormat).toBe(42);
    expect(d.requests.some((r) => r.method === 'POST' && r.path === '/5/0/2')).toBe(true);
    expect(d.get('/5/0/7')).toBe('pkg-2097152');
    // Now current: a repeated assignment starts nothing.
    await h.assign('fw-push', fwAttributes('firmware', 'pkg-2097152', { tag: 'x' }));
    await h.sessions.get('fw-push')?.idle();
    expect(d.requests.filter((r) => r.path === '/5/0/0')).toHaveLength(1);
  });

  it('retries after a lost connection during download (result 4) and then succeeds', async () => {
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'fw-retry', 4096, 'pkg-4096'));
    const d = await device({ endpoint: 'fw-retry', firmwareStepMs: 400 });
    await h.assign('fw-retry', fwAttributes('firmware', 'pkg-4096'));
    await until(() => h.statusesOf('firmware').includes('DOWNLOADING'));
    // The device loses its download: back to Idle with "connection lost" (LwM2M Core 1.1 §E.6).
    d.updates.stop();
    d.set('/5/0/3', 0);
    d.set('/5/0/5', 4);
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 15_000);
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'FAILED', 'FAILED', 'DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
    expect(h.statuses[2]?.line).toBe('Firmware Update Result: CONNECTION_LOST');
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/5/0/0')).toHaveLength(2);
  });

  it('fails without retry on "update failed" (8) and does not try the failed package again', async () => {
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'fw-bad', 2048, 'pkg-2048'));
    const d = await device({ endpoint: 'fw-fail' });
    d.updates.firmwareOutcome = 8;
    await h.assign('fw-fail', fwAttributes('firmware', 'pkg-2048'));
    await until(() => h.statusesOf('firmware').includes('FAILED'), 10_000);
    await h.sessions.get('fw-fail')?.idle();
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'DOWNLOADED', 'FAILED']);
    expect(h.statuses.at(-1)?.line).toBe('Firmware Update Result: UPDATE_FAILED');
    expect(d.requests.filter((r) => r.path === '/5/0/2')).toHaveLength(1);
    // The same target again (e.g. attributes re-sent): the failed package is not retried.
    await h.assign('fw-fail', fwAttributes('firmware', 'pkg-2048', { tag: 'again' }));
    await h.sessions.get('fw-fail')?.idle();
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/5/0/0')).toHaveLength(1);
  });

  it('resumes after the device reboots mid-update and registers again with its new state', async () => {
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'fw-reboot', 3000, 'pkg-3000'));
    const d = await device({ endpoint: 'fw-reboot', firmwareStepMs: 300 });
    await h.assign('fw-reboot', fwAttributes('firmware', 'pkg-3000'));
    await until(() => h.statusesOf('firmware').includes('UPDATING'), 10_000);
    // Reboot while updating: the device comes back with the new image installed.
    await d.stop();
    h.devices.splice(h.devices.indexOf(d), 1);
    h.inits.delete('fw-reboot');
    await device({
      endpoint: 'fw-reboot',
      values: { '/5/0/3': 0, '/5/0/5': 1, '/5/0/6': 'firmware', '/5/0/7': 'pkg-3000', '/3/0/3': 'pkg-3000' },
    });
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 10_000);
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
  });

  it('writes the transport\'s /tbfw URL to /5/0/1 for the temporary-URL strategy', async () => {
    h.settings = { fwStrategy: 2, swStrategy: 1, fwBaseUrl: h.url, useObject19ForOtaInfo: false };
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'v3', 1000, 'v3'));
    const d = await device({ endpoint: 'fw-url' });
    await h.assign('fw-url', fwAttributes('firmware', 'v3'));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 10_000);
    expect(d.get('/5/0/1')).toBe(`${h.url}/tbfw/v3`);
    expect(d.requests.some((r) => r.path === '/5/0/0')).toBe(false);
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
  });

  it('pushes the image into Object 19 as instance 0 of the Data resource for strategy 3', async () => {
    h.settings = { fwStrategy: 3, swStrategy: 1, useObject19ForOtaInfo: false };
    const pkg = packageOf('FIRMWARE', 'fw-19', 3000, 'v19');
    h.packages.set('FIRMWARE', pkg);
    const d = await device({ endpoint: 'fw-19' });
    await h.assign('fw-19', fwAttributes('firmware', 'v19'));
    await h.sessions.get('fw-19')?.idle();
    const write = d.requests.find((r) => r.method === 'PUT' && r.path === '/19/0/0');
    expect(write?.code).toBe('2.04');
    const stored = d.get('/19/0/0');
    const first = stored instanceof Map ? stored.get(0) : undefined;
    expect(Buffer.isBuffer(first) && first.equals(pkg.bytes)).toBe(true);
    expect(d.requests.some((r) => r.path === '/5/0/0')).toBe(false);
  });

  it('lets Delivery Method 0 (pull only) override a binary strategy', async () => {
    h.settings = { fwStrategy: 1, swStrategy: 1, fwBaseUrl: 'coap://tb.example:5685/', useObject19ForOtaInfo: false };
    h.packages.set('FIRMWARE', packageOf('FIRMWARE', 'v4', 1000, 'v4'));
    const d = await device({ endpoint: 'fw-pull', values: { '/5/0/9': 0 } });
    await h.assign('fw-pull', fwAttributes('firmware', 'v4'));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 10_000);
    expect(d.get('/5/0/1')).toBe('coap://tb.example:5685/tbfw/v4');
  });

  it('writes an external package URL as is, without asking for the package', async () => {
    const d = await device({ endpoint: 'fw-ext' });
    await h.assign('fw-ext', fwAttributes('firmware', 'ext-1', { url: 'https://files.example.com/ext-1' }));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 10_000);
    expect(d.get('/5/0/1')).toBe('https://files.example.com/ext-1');
    expect(h.statusesOf('firmware')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
  });

  it('reports "not supported" for a device without firmware information, and a missing package', async () => {
    await device({ endpoint: 'fw-none', objects: { 1: [0], 3: [0] }, values: { '/3/0/3': '' } });
    await h.assign('fw-none', fwAttributes('firmware', 'v9'));
    await h.sessions.get('fw-none')?.idle();
    expect(h.statuses).toEqual([{ kind: 'firmware', status: 'FAILED', line: 'Client does not support firmware update or profile misconfiguration!' }]);

    h.statuses.length = 0;
    await device({ endpoint: 'fw-nopkg' });
    await h.assign('fw-nopkg', fwAttributes('firmware', 'v9'));
    await h.sessions.get('fw-nopkg')?.idle();
    expect(h.statuses).toEqual([{ kind: 'firmware', status: 'FAILED', line: 'Failed to fetch OTA package: NOT_FOUND' }]);
  });

  it('writes the Object 19 metadata with the documented instance id and keys when the profile asks', async () => {
    h.settings = { fwStrategy: 1, swStrategy: 1, useObject19ForOtaInfo: true };
    const pkg = packageOf('FIRMWARE', 'fw-meta', 5000, 'pkg-5000');
    h.packages.set('FIRMWARE', pkg);
    const d = await device({ endpoint: 'fw-meta' });
    await h.assign('fw-meta', fwAttributes('firmware', 'pkg-5000'));
    await until(() => h.statusesOf('firmware').includes('UPDATED'), 10_000);
    const create = d.requests.find((r) => r.method === 'POST' && r.path === '/19');
    expect(create?.code).toBe('2.01');
    const stored = d.get('/19/65534/0');
    const first = stored instanceof Map ? stored.get(0) : undefined;
    expect(Buffer.isBuffer(first)).toBe(true);
    const json = JSON.parse((first as Buffer).toString('utf8')) as Record<string, unknown>;
    const { createHash } = await import('node:crypto');
    expect(json).toEqual({
      Checksum: createHash('sha256').update(pkg.bytes).digest('hex'),
      Title: 'firmware',
      Version: 'pkg-5000',
      'File Name': 'fw-meta.bin',
      'File Size': 5000,
    });
  });
});
