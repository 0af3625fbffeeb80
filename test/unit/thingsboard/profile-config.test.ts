import { describe, expect, it } from 'vitest';
import { parseLwm2mClientCredential, parseLwm2mCredentials } from '../../../src/thingsboard/credentials-config.js';
import { effectivePowerSettings, parseDeviceTransport, parseProfileTransport } from '../../../src/thingsboard/profile-config.js';

// The realistic profile of features doc §2.1 (trimmed to the fields under test).
const PROFILE = {
  transportConfiguration: {
    type: 'LWM2M',
    observeAttr: {
      keyName: { '/3_1.2/0/9': 'batteryLevel', '/3_1.2/0/0': 'manufacturer' },
      observe: ['/3_1.2/0/9'],
      attribute: ['/3_1.2/0/0'],
      telemetry: ['/3_1.2/0/9'],
      attributeLwm2m: { '/3_1.2/0/9': { pmin: 10, pmax: 60, st: 5 }, '/4_1.3/0': { pmax: 300 } },
      initAttrTelAsObsStrategy: false,
      observeStrategy: 'SINGLE',
    },
    bootstrapServerUpdateEnable: true,
    bootstrap: [
      { securityMode: 'NO_SEC', shortServerId: null, bootstrapServerIs: true, host: 'lwm2m.example.com', port: 5687, lifetime: 300, binding: 'U' },
    ],
    clientLwM2mSettings: { fwUpdateStrategy: 2, fwUpdateResource: 'coap://lwm2m.example.com:5685', powerMode: 'PSM', psmActivityTimer: 20000, unknownField: 1 },
  },
};

describe('profile transport configuration', () => {
  it('parses the documented example with its defaults filled in', () => {
    const r = parseProfileTransport(PROFILE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.observeAttr.keyName['/3_1.2/0/9']).toBe('batteryLevel');
    expect(r.value.observeAttr.attributeLwm2m['/3_1.2/0/9']).toMatchObject({ pmin: 10, pmax: 60, st: 5 });
    expect(r.value.clientLwM2mSettings).toMatchObject({
      fwUpdateStrategy: 2,
      swUpdateStrategy: 1,
      powerMode: 'PSM',
      psmActivityTimer: 20000,
      defaultObjectIDVer: '1.0',
      useObject19ForOtaInfo: false,
    });
    expect(r.value.bootstrap[0]).toMatchObject({ securityMode: 'NO_SEC', port: 5687, notifIfDisabled: true, defaultMinPeriod: 1 });
  });

  it('accepts the observe strategy as its ordinal, as Jackson does', () => {
    const r = parseProfileTransport({ type: 'LWM2M', observeAttr: { observeStrategy: 2 } });
    expect(r.ok && r.value.observeAttr.observeStrategy).toBe('COMPOSITE_BY_OBJECT');
  });

  it('reports an invalid profile instead of throwing, naming the field', () => {
    const r = parseProfileTransport({ type: 'LWM2M', observeAttr: { observe: 'not-a-list', observeStrategy: 'SOMETIMES' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/observeAttr\.observe/);
    expect(r.problems.join('\n')).toMatch(/observeAttr\.observeStrategy/);
    expect(parseProfileTransport({ type: 'MQTT' }).ok).toBe(false);
    expect(parseProfileTransport(null).ok).toBe(false);
  });

  it('device power mode overrides the profile; profile timers only with the profile mode', () => {
    const settings = parseProfileTransport(PROFILE);
    if (!settings.ok) throw new Error('profile');
    const s = settings.value.clientLwM2mSettings;
    expect(effectivePowerSettings({}, s)).toMatchObject({ powerMode: 'PSM', psmActivityTimerMs: 20000 });
    // Device mode without timers: ThingsBoard's YML default (10 s), not the profile's 20 s.
    expect(effectivePowerSettings({ powerMode: 'E_DRX', edrxCycle: 81000 }, s)).toMatchObject({
      powerMode: 'E_DRX',
      psmActivityTimerMs: 10000,
      edrxCycleMs: 81000,
      pagingTransmissionWindowMs: 10000,
    });
    const dev = parseDeviceTransport({ transportConfiguration: { type: 'LWM2M', powerMode: 'DRX', extra: true } });
    expect(dev.ok && dev.value.powerMode).toBe('DRX');
    expect(parseDeviceTransport({ transportConfiguration: { powerMode: 'NAP' } }).ok).toBe(false);
  });
});

describe('LwM2M credentials', () => {
  const boot = { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } };

  it('parses each client mode of features doc §2.3', () => {
    const psk = parseLwm2mCredentials(
      JSON.stringify({ client: { securityConfigClientMode: 'PSK', endpoint: 'meter-1', identity: 'meter-1', key: '0123456789ABCDEF0123456789ABCDEF' }, bootstrap: boot }),
    );
    expect(psk.ok && psk.value.client).toMatchObject({ securityConfigClientMode: 'PSK', identity: 'meter-1' });
    const x509 = parseLwm2mCredentials({ client: { securityConfigClientMode: 'X509', endpoint: 'dev-cn', cert: '' }, bootstrap: boot });
    expect(x509.ok && x509.value.client).toMatchObject({ securityConfigClientMode: 'X509', cert: '' });
    const rpk = parseLwm2mCredentials({
      client: { securityConfigClientMode: 'RPK', endpoint: 'r', key: '-----BEGIN PUBLIC KEY-----\nMFkwEwYH\n-----END PUBLIC KEY-----' },
      bootstrap: boot,
    });
    expect(rpk.ok && rpk.value.client).toMatchObject({ key: 'MFkwEwYH' });
  });

  it('refuses bad PSK keys, the NO_SEC identity, blank endpoints and non-JSON', () => {
    const psk = (key: string, identity = 'id'): boolean =>
      parseLwm2mCredentials({ client: { securityConfigClientMode: 'PSK', endpoint: 'e', identity, key }, bootstrap: boot }).ok;
    expect(psk('00'.repeat(16))).toBe(true);
    expect(psk('00'.repeat(48))).toBe(true); // 96 hex chars: accepted by ThingsBoard's validator
    expect(psk('00'.repeat(15))).toBe(false);
    expect(psk('zz'.repeat(16))).toBe(false);
    expect(psk('00'.repeat(80))).toBe(false);
    expect(psk('00'.repeat(16), 'NO_SEC')).toBe(false);
    expect(parseLwm2mCredentials({ client: { securityConfigClientMode: 'NO_SEC', endpoint: '  ' }, bootstrap: boot }).ok).toBe(false);
    expect(parseLwm2mCredentials('{not json').ok).toBe(false);
    expect(parseLwm2mCredentials({ client: { securityConfigClientMode: 'NO_SEC', endpoint: 'e' } }).ok).toBe(false);
    // Registration needs the client part only.
    const clientOnly = parseLwm2mClientCredential({ client: { securityConfigClientMode: 'NO_SEC', endpoint: 'e' } });
    expect(clientOnly.ok && clientOnly.value.endpoint).toBe('e');
    expect(parseLwm2mClientCredential({ client: { securityConfigClientMode: 'PSK', endpoint: 'e' } }).ok).toBe(false);
  });
});
