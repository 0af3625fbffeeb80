import { afterEach, describe, expect, it } from 'vitest';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import type { RequestLogEntry } from '../../../tools/simulator/index.js';
import { lwm2mProfileData, noSecCredentials, NOSEC_DEVICE_ID, PROFILE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { StandaloneHarness, waitFor } from '../../support/standalone-harness.js';

/** Live profile changes, shared attributes, queue mode, Send, device deletion and credential changes. */

let h: StandaloneHarness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

const BASE = {
  keyName: { '/3_1.1/0/9': 'batteryLevel', '/3_1.1/0/15': 'timezone', '/3_1.1/0/14': 'utcOffset', '/3_1.1/0/0': 'manufacturer' },
  observe: ['/3_1.1/0/9'],
  attribute: ['/3_1.1/0/15', '/3_1.1/0/14'],
  telemetry: ['/3_1.1/0/9'],
  attributeLwm2m: {},
};

const line = (r: RequestLogEntry): string => `${r.method} ${r.path}${r.observe === 0 ? ' obs' : r.observe === 1 ? ' cancel' : ''}${r.query.length > 0 ? '?' + r.query.join('&') : ''}`;
const transportLog = (harness: StandaloneHarness): string[] =>
  harness.core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'transportLog').map((v) => String(v.value));

describe('live profile change (features doc #78)', () => {
  it('observes new paths, cancels removed ones, reads new keys and writes new attributes at once', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'live-dev' }]));
    const d = await h.device({ endpoint: 'live-dev' });
    const before = d.requests.length;
    h.core.updateProfile(
      PROFILE_ID,
      lwm2mProfileData({
        ...BASE,
        observe: ['/3_1.1/0/15'],
        attribute: ['/3_1.1/0/15', '/3_1.1/0/0'],
        attributeLwm2m: { '/3_1.1/0/15': { pmax: 30 } },
      }),
    );
    await h.settled('live-dev');
    expect(d.requests.slice(before).map(line).sort()).toEqual(['GET /3/0/0', 'GET /3/0/15 obs', 'GET /3/0/9 cancel', 'PUT /3/0/15?pmax=30'].sort());
    expect(h.core.uplink.latestAttributes(NOSEC_DEVICE_ID).get('manufacturer')?.value).toBe('Simulated Devices Ltd');
    const reg = h.server.registrations.getByEndpoint('live-dev');
    expect(reg && h.server.observationsOf(reg).map((o) => o.paths.map((p) => `/${p.objectId}/${p.instanceId}/${p.resourceId}`))).toEqual([['/3/0/15']]);
  });

  it('a device moved to another profile gets the new profile applied', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'mover' }]));
    const d = await h.device({ endpoint: 'mover' });
    const before = d.requests.length;
    const other = '5b0c2a40-0000-4000-8000-0000000000a2';
    h.core.addProfile({ id: other, name: 'other', type: 'DEFAULT', transportType: 'LWM2M', profileData: lwm2mProfileData({ ...BASE, observe: ['/3_1.1/0/9', '/3_1.1/0/13'] }) });
    h.core.updateDevice(NOSEC_DEVICE_ID, { deviceProfileId: other });
    await h.settled('mover');
    expect(d.requests.slice(before).map(line)).toEqual(['GET /3/0/13 obs']);
    expect(h.transport.client('mover')?.session.device.deviceProfileId).toBe(other);
  });

  it('an invalid profile is reported to transportLog, not thrown, and the old one stays', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'bad-profile' }]));
    const d = await h.device({ endpoint: 'bad-profile' });
    const before = d.requests.length;
    h.core.updateProfile(PROFILE_ID, lwm2mProfileData({ observe: 'everything' }));
    await h.settled('bad-profile');
    expect(d.requests.length).toBe(before);
    expect(transportLog(h).some((l) => l.startsWith('error: Invalid LwM2M device profile: transportConfiguration.observeAttr.observe') || l.startsWith('error: Invalid LwM2M device profile: observeAttr.observe'))).toBe(true);
  });
});

describe('shared attributes → Write (features doc #46, #47)', () => {
  it('writes a changed mapped key, warns when unchanged, skips older updates, syncs at registration', async () => {
    h = await StandaloneHarness.start(
      standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'attr-dev' }], {
        sharedAttributes: { [NOSEC_DEVICE_ID]: { utcOffset: '+01:00' } },
      }),
    );
    const d = await h.device({ endpoint: 'attr-dev' });
    // Registration sync wrote the stored shared value.
    expect(d.get('/3/0/14')).toBe('+01:00');
    h.core.updateSharedAttributes(NOSEC_DEVICE_ID, { timezone: 'Europe/Kyiv' });
    await h.settled('attr-dev');
    expect(d.get('/3/0/15')).toBe('Europe/Kyiv');
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/3/0/15')).toHaveLength(1);
    h.core.updateSharedAttributes(NOSEC_DEVICE_ID, { timezone: 'Europe/Kyiv' });
    await h.settled('attr-dev');
    expect(d.requests.filter((r) => r.method === 'PUT' && r.path === '/3/0/15')).toHaveLength(1);
    expect(transportLog(h)).toContain("warn: Didn't update the versionedId resource - /3_1.1/0/15 value - Europe/Kyiv. Value is not changed");
    h.core.updateSharedAttributes(NOSEC_DEVICE_ID, { notMapped: 1 });
    await h.settled('attr-dev');
    expect(transportLog(h)).toContain('error: Failed update resource onAttributesUpdate notMapped is not configured in the device profile!.');
    // batteryLevel is mapped as telemetry only: ThingsBoard's documentation writes attributes only.
    h.core.updateSharedAttributes(NOSEC_DEVICE_ID, { batteryLevel: 5 });
    await h.settled('attr-dev');
    expect(transportLog(h)).toContain('error: Failed update resource onAttributesUpdate batteryLevel is not marked as an attribute in the device profile.');
    expect(d.requests.some((r) => r.method === 'PUT' && r.path === '/3/0/9' && r.query.length === 0)).toBe(false);
    // An update stamped before the last write is ignored.
    h.transport.client('attr-dev')?.lastWriteTs.set('/3/0/14', Date.now() + 60_000);
    h.core.updateSharedAttributes(NOSEC_DEVICE_ID, { utcOffset: '+09:00' });
    await h.settled('attr-dev');
    expect(d.get('/3/0/14')).toBe('+01:00');
  });
});

describe('queue mode (features doc #76)', () => {
  it('an RPC to a sleeping device waits until it wakes, within the RPC expiry', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'sleepy' }]), { queueAwakeMs: 300 });
    const d = await h.device({ endpoint: 'sleepy', queueMode: true, queueAwakeMs: 300, values: { '/3/0/9': 42 } });
    d.sleep();
    await new Promise((r) => setTimeout(r, 400));
    const harness = h;
    const reg = harness.server.registrations.getByEndpoint('sleepy');
    expect(reg && harness.server.isAwake(reg)).toBe(false);
    const pending = harness.core.sendRpc(NOSEC_DEVICE_ID, 'Read', { id: '/3/0/9' }, { timeoutMs: 8000 });
    await waitFor(() => reg !== undefined && harness.server.queuedRequests(reg) === 1, 'queued request');
    await d.wake();
    const out = await pending;
    expect(out.kind === 'response' && JSON.parse(out.payload ?? '')).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=42, type=INTEGER]' });
    await harness.settled('sleepy');
    const log = transportLog(harness);
    expect(log.indexOf('Info : Client is sleeping!')).toBeGreaterThan(0);
    expect(log.indexOf('Info : Client is awake!')).toBeGreaterThan(log.indexOf('Info : Client is sleeping!'));
  });
});

describe('profile change for a sleeping device', () => {
  it('waits for the next Update, then sends the diff', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'napper' }]), { queueAwakeMs: 300 });
    const d = await h.device({ endpoint: 'napper', queueMode: true, queueAwakeMs: 300 });
    d.sleep();
    await new Promise((r) => setTimeout(r, 400));
    const before = d.requests.length;
    h.core.updateProfile(PROFILE_ID, lwm2mProfileData({ ...BASE, observe: ['/3_1.1/0/9', '/3_1.1/0/0'] }));
    await h.settled('napper');
    expect(d.requests.length).toBe(before);
    await d.update();
    await h.settled('napper');
    expect(d.requests.slice(before).map(line)).toEqual(['GET /3/0/0 obs']);
  });
});

describe('Send and sessions', () => {
  it('maps Send values with the device timestamp', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData({ ...BASE, observe: [] }), [{ id: NOSEC_DEVICE_ID, endpoint: 'sender' }]));
    const d = await h.device({ endpoint: 'sender', values: { '/3/0/9': 33 } });
    const when = new Date(Date.UTC(2026, 5, 1, 12, 0, 0));
    expect(await d.send(['/3/0/9'], ContentFormat.SENML_CBOR, when)).toBe('2.04');
    const harness = h;
    // The registration-time Read posted at server time; the Send's value carries the device's time.
    const sent = await waitFor(() => harness.core.uplink.telemetryHistory(NOSEC_DEVICE_ID, 'batteryLevel').find((v) => v.ts === when.getTime()), 'send telemetry');
    expect(sent.value).toBe(33);
  });

  it('device deletion closes the session and drops the registration; a credential change too', async () => {
    const OTHER = '5b0c2a40-0000-4000-8000-0000000000d9';
    h = await StandaloneHarness.start(
      standaloneConfig(lwm2mProfileData(BASE), [
        { id: NOSEC_DEVICE_ID, endpoint: 'doomed' },
        { id: OTHER, endpoint: 'rekeyed' },
      ]),
    );
    await h.device({ endpoint: 'doomed' });
    await h.device({ endpoint: 'rekeyed' });
    expect(h.core.sessionOf(NOSEC_DEVICE_ID)).toBeDefined();
    h.core.deleteDevice(NOSEC_DEVICE_ID);
    await h.settled();
    expect(h.core.sessionOf(NOSEC_DEVICE_ID)).toBeUndefined();
    expect(h.server.registrations.getByEndpoint('doomed')).toBeUndefined();
    expect(h.transport.client('doomed')).toBeUndefined();
    h.core.updateCredentials(OTHER, noSecCredentials('rekeyed-2'));
    await h.settled();
    expect(h.core.sessionOf(OTHER)).toBeUndefined();
    expect(h.server.registrations.getByEndpoint('rekeyed')).toBeUndefined();
  });

  it('an unknown endpoint is refused at registration', async () => {
    h = await StandaloneHarness.start(standaloneConfig(lwm2mProfileData(BASE), [{ id: NOSEC_DEVICE_ID, endpoint: 'known' }]));
    await expect(h.device({ endpoint: 'stranger' })).rejects.toThrow();
    expect(h.server.registrations.getByEndpoint('stranger')).toBeUndefined();
  });
});
