import { describe, expect, it } from 'vitest';
import { checkBootstrapConfig, SecurityMode } from '../../../src/lwm2m/bootstrap/bootstrap-config.js';
import { bootstrapWriteFormat, parseBootstrapQuery } from '../../../src/lwm2m/bootstrap/bootstrap-request.js';
import { discoveredAccounts, planFromDiscovery } from '../../../src/lwm2m/bootstrap/bootstrap-plan.js';
import { parseLinkFormat } from '../../../src/lwm2m/codec/link-format.js';
import { buildBootstrapConfig, MODE_MISMATCH_LINE, serverUri } from '../../../src/thingsboard/bootstrap/bootstrap-config-builder.js';
import { bootstrapLogLines } from '../../../src/thingsboard/bootstrap/bootstrap-log-text.js';
import { parseLwm2mCredentials } from '../../../src/thingsboard/credentials-config.js';
import { parseProfileTransport } from '../../../src/thingsboard/profile-config.js';
import { testPeer } from '../../support/inbound-request.js';

const KEY_HEX = '000102030405060708090a0b0c0d0e0f';

function credentials(bsMode = 'NO_SEC', dmMode = 'PSK') {
  const part = (mode: string) =>
    mode === 'PSK' ? { securityMode: 'PSK', clientPublicKeyOrId: 'dev-id', clientSecretKey: KEY_HEX } : mode === 'RPK'
      ? { securityMode: 'RPK', clientPublicKeyOrId: Buffer.from('pub').toString('base64'), clientSecretKey: Buffer.from('priv').toString('base64') }
      : { securityMode: mode };
  const r = parseLwm2mCredentials({
    client: { securityConfigClientMode: 'NO_SEC', endpoint: 'dev' },
    bootstrap: { bootstrapServer: part(bsMode), lwm2mServer: part(dmMode) },
  });
  if (!r.ok) throw new Error(r.problems.join());
  return r.value;
}

function profile(update: boolean, dmMode = 'PSK', extra: Record<string, unknown> = {}) {
  const r = parseProfileTransport({
    type: 'LWM2M',
    bootstrapServerUpdateEnable: update,
    bootstrap: [
      { securityMode: 'NO_SEC', bootstrapServerIs: true, host: '0.0.0.0', port: 5687, shortServerId: null, clientHoldOffTime: 2 },
      { securityMode: dmMode, bootstrapServerIs: false, host: 'tb.example', port: 5686, shortServerId: 123, lifetime: 600, binding: 'UQ', serverPublicKey: Buffer.from('spk').toString('base64'), ...extra },
    ],
  });
  if (!r.ok) throw new Error(r.problems.join());
  return r.value;
}

describe('ThingsBoard bootstrap configuration (features doc #62)', () => {
  it('builds the LwM2M server account from the profile entry and the credentials PSK part', () => {
    const built = buildBootstrapConfig(profile(false), credentials());
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.config.bootstrap).toBeUndefined(); // bootstrapServerUpdateEnable=false drops it
    const [entry] = built.config.servers;
    expect(entry?.security).toMatchObject({ uri: 'coaps://tb.example:5686', bootstrapServer: false, securityMode: SecurityMode.PSK, shortServerId: 123 });
    expect(entry?.security.publicKeyOrId.toString('utf8')).toBe('dev-id');
    expect(entry?.security.secretKey.toString('hex')).toBe(KEY_HEX);
    expect(entry?.security.serverPublicKey.toString('utf8')).toBe('spk');
    expect(entry?.server).toEqual({ shortServerId: 123, lifetime: 600, defaultMinPeriod: 1, notificationStoring: true, binding: 'UQ' });
    expect(checkBootstrapConfig(built.config)).toEqual([]);
  });

  it('adds the bootstrap account (localhost for 0.0.0.0, coap:// for NoSec) when updates are enabled', () => {
    const built = buildBootstrapConfig(profile(true), credentials());
    if (!built.ok) throw new Error('expected a config');
    expect(built.config.bootstrap).toMatchObject({ uri: 'coap://localhost:5687', bootstrapServer: true, securityMode: SecurityMode.NO_SEC, clientHoldOffTime: 2 });
    expect(built.config.bootstrap?.shortServerId).toBeUndefined();
  });

  it('decodes RPK key material from Base64', () => {
    const built = buildBootstrapConfig(profile(false, 'RPK'), credentials('NO_SEC', 'RPK'));
    if (!built.ok) throw new Error('expected a config');
    expect(built.config.servers[0]?.security.publicKeyOrId.toString()).toBe('pub');
    expect(built.config.servers[0]?.security.secretKey.toString()).toBe('priv');
  });

  it('gives no configuration and ThingsBoard\'s log line when a mode differs from the credentials', () => {
    expect(buildBootstrapConfig(profile(false, 'PSK'), credentials('NO_SEC', 'RPK'))).toEqual({ ok: false, logLine: MODE_MISMATCH_LINE });
    expect(buildBootstrapConfig(profile(false), credentials('PSK', 'PSK'))).toEqual({ ok: false, logLine: MODE_MISMATCH_LINE });
  });

  it('refuses a server entry without a short server id', () => {
    const built = buildBootstrapConfig(profile(false, 'PSK', { shortServerId: null }), credentials());
    expect(built.ok).toBe(false);
  });

  it('formats URIs with IPv6 hosts in brackets', () => {
    expect(serverUri({ securityMode: 'PSK', host: '::1', port: 5686 })).toBe('coaps://[::1]:5686');
  });
});

describe('bootstrap protocol helpers', () => {
  it('parses the Bootstrap-Request query defensively', () => {
    expect(parseBootstrapQuery(['ep=dev', 'pct=112'])).toEqual({ ok: true, value: { endpoint: 'dev', preferredFormat: 112 } });
    expect(parseBootstrapQuery(['pct=112']).ok).toBe(false);
    expect(parseBootstrapQuery(['ep=a', 'ep=b']).ok).toBe(false);
    expect(parseBootstrapQuery(['ep=a', 'pct=-1']).ok).toBe(false);
    expect(parseBootstrapQuery([`ep=${'x'.repeat(300)}`]).ok).toBe(false);
  });

  it('uses the preferred format only when it can carry instances', () => {
    expect(bootstrapWriteFormat(112, () => true)).toBe(112);
    expect(bootstrapWriteFormat(0, () => true)).toBe(11542);
    expect(bootstrapWriteFormat(undefined, () => true)).toBe(11542);
  });

  it('plans ids above the highest in use, never the bootstrap account id', () => {
    const found = discoveredAccounts(parseLinkFormat('</>;lwm2m=1.1,</0/4>,</0/1>;ssid=5,</1/0>;ssid=5,</3/0>,</0/x>'));
    expect([...found.security]).toEqual([[4, undefined], [1, 5]]);
    const sec = (ssid: number) => ({ uri: 'coap://h:1', bootstrapServer: false, securityMode: SecurityMode.NO_SEC, publicKeyOrId: Buffer.alloc(0), serverPublicKey: Buffer.alloc(0), secretKey: Buffer.alloc(0), shortServerId: ssid });
    const srv = (ssid: number) => ({ shortServerId: ssid, lifetime: 60, notificationStoring: true, binding: 'U' });
    const plan = planFromDiscovery({ servers: [{ security: sec(9), server: srv(9) }, { security: sec(5), server: srv(5) }] }, found);
    expect(plan.deletes).toEqual(['/0/1', '/1/0']);
    expect(plan.writes.map((w) => w.path)).toEqual(['/0/5', '/1/1', '/0/1', '/1/0']);
  });

  it('reports configuration problems', () => {
    const sec = { uri: 'coap://h:1', bootstrapServer: false, securityMode: SecurityMode.EST, publicKeyOrId: Buffer.alloc(0), serverPublicKey: Buffer.alloc(0), secretKey: Buffer.alloc(0), shortServerId: 65535 };
    const problems = checkBootstrapConfig({ servers: [{ security: sec, server: { shortServerId: 65535, lifetime: 60, notificationStoring: true, binding: 'U' } }] });
    expect(problems.join('\n')).toMatch(/not in 1\.\.65534/);
    expect(problems.join('\n')).toMatch(/EST/);
  });
});

describe('bootstrap transportLog lines (features doc #64)', () => {
  it('renders each event as ThingsBoard does', () => {
    const ep = 'dev';
    expect(bootstrapLogLines({ type: 'started', endpoint: ep, peer: testPeer(5000) })).toEqual(['info: Bootstrap session started... /127.0.0.1:5000']);
    expect(bootstrapLogLines({ type: 'response', endpoint: ep, operation: 'Bootstrap-Write', path: '/0/1', code: '2.04', success: true })).toEqual([
      'info: receives success response for: BootstrapWriteRequest /0/1 BootstrapWriteResponse [code=CHANGED]',
    ]);
    expect(bootstrapLogLines({ type: 'response', endpoint: ep, operation: 'Bootstrap-Delete', path: '/1/0', code: '4.04', success: false })).toEqual([
      'info: BootstrapDeleteRequest /1/0 receives error response BootstrapDeleteResponse [code=NOT_FOUND]',
    ]);
    expect(bootstrapLogLines({ type: 'response', endpoint: ep, operation: 'Bootstrap-Finish', path: '/bs', code: '2.04', success: true })).toEqual([
      'info: receives success response for bootstrap finish.',
    ]);
    expect(bootstrapLogLines({ type: 'request-failed', endpoint: ep, operation: 'Bootstrap-Write', path: '/0/1', cause: 'timeout' })).toEqual([
      'error: BootstrapWriteRequest /0/1 failed because of timeout',
    ]);
    expect(bootstrapLogLines({ type: 'finished', endpoint: ep })).toEqual(['info: Bootstrap session finished.']);
    expect(bootstrapLogLines({ type: 'failed', endpoint: ep, cause: 'x' })).toEqual(['error: Bootstrap session failed because of x']);
  });
});
