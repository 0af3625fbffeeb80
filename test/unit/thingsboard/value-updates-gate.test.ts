import { describe, expect, it } from 'vitest';
import type { CorePort, CoreSessionInfo } from '../../../src/core/index.js';
import { fail, ok } from '../../../src/core/index.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import type { Peer } from '../../../src/net/datagram.js';
import { Lwm2mClient } from '../../../src/thingsboard/lwm2m-client.js';
import { parseProfileTransport } from '../../../src/thingsboard/profile-config.js';
import { compileMapping } from '../../../src/thingsboard/profile-mapping.js';
import { credentialsLookup, validateRegistration } from '../../../src/thingsboard/registration-gate.js';
import { TransportLog } from '../../../src/thingsboard/transport-log.js';
import { applyEntries, applyNode } from '../../../src/thingsboard/value-updates.js';

const PEER: Peer = { key: 'udp:127.0.0.1:5683', address: '127.0.0.1', port: 5683, secure: false };

const REG: Registration = {
  id: 'r1', endpoint: 'ep', peer: PEER, lifetimeSec: 300, lwm2mVersion: '1.1', binding: 'U', queueMode: false,
  registeredAt: 0, updatedAt: 0, expiresAt: 0, lastSeenAt: 0, rootPath: '',
  objects: [{ id: 3, version: '1.1', instances: [0] }],
};

function client(): Lwm2mClient {
  const r = parseProfileTransport({
    type: 'LWM2M',
    observeAttr: { keyName: { '/3_1.1/0/7': 'voltages', '/3_1.1/0/9': 'battery', '/3_1.1/0/0': 'maker' }, telemetry: ['/3_1.1/0/7', '/3_1.1/0/9'], attribute: ['/3_1.1/0/0'] },
  });
  if (!r.ok) throw new Error('profile');
  const session: CoreSessionInfo = { sessionId: 's', device: { tenantId: 't', deviceId: 'd', deviceName: 'n', deviceType: 'x', deviceProfileId: 'p', isGateway: false } };
  return new Lwm2mClient(REG, session, r.value, compileMapping(r.value, REG), { powerMode: 'DRX' }, new TransportLog({ enabled: false, maxLength: 10 }, () => 0, () => undefined));
}

describe('values to uplink', () => {
  it('maps an instance to attributes and one telemetry batch at the given time', () => {
    const c = client();
    const up = applyNode(c, parsePath('/3/0'), {
      kind: 'instance',
      id: 0,
      resources: new Map([
        [0, { kind: 'resource', id: 0, type: 'string', value: 'ACME' }],
        [9, { kind: 'resource', id: 9, type: 'integer', value: 80 }],
        [1, { kind: 'resource', id: 1, type: 'string', value: 'unmapped' }],
      ]),
    }, 1000);
    expect(up).toEqual({ attributes: [{ key: 'maker', type: 'string', value: 'ACME' }], telemetry: [{ ts: 1000, values: [{ key: 'battery', type: 'long', value: 80 }] }] });
    expect(c.values.get('/3/0/1')).toMatchObject({ value: 'unmapped' });
  });

  it('merges a resource-instance notification into the cached multi-instance resource', () => {
    const c = client();
    applyNode(c, parsePath('/3/0/7'), { kind: 'multiResource', id: 7, type: 'integer', instances: new Map([[0, 3800], [1, 5000]]) }, 1);
    const up = applyNode(c, parsePath('/3/0/7/1'), { kind: 'resourceInstance', id: 1, type: 'integer', value: 4900 }, 2);
    expect(up.telemetry).toEqual([{ ts: 2, values: [{ key: 'voltages', type: 'json', value: '{"0":3800,"1":4900}' }] }]);
  });

  it('groups timestamped entries (Send) into one batch per device time, server time for the rest', () => {
    const c = client();
    const up = applyEntries(c, [
      { path: parsePath('/3/0/9'), type: 'integer', value: 70, time: 5000 },
      { path: parsePath('/3/0/9'), type: 'integer', value: 71, time: 6000 },
      { path: parsePath('/3/0/7/0'), type: 'integer', value: 3700, time: 6000 },
      { path: parsePath('/3/0/0'), type: 'string', value: 'ACME' },
    ], 9000);
    expect(up.telemetry).toEqual([
      { ts: 5000, values: [{ key: 'battery', type: 'long', value: 70 }] },
      { ts: 6000, values: [{ key: 'battery', type: 'long', value: 71 }, { key: 'voltages', type: 'json', value: '{"0":3700}' }] },
    ]);
    expect(up.attributes).toEqual([{ key: 'maker', type: 'string', value: 'ACME' }]);
  });
});

describe('registration gate', () => {
  const body = (mode: string, endpoint: string, extra: Record<string, string> = {}): string =>
    JSON.stringify({ client: { securityConfigClientMode: mode, endpoint, ...extra } });
  const coreAnswering = (credentialsBody: string | undefined): CorePort =>
    ({
      validateCredentials: async () =>
        credentialsBody === undefined
          ? fail('not-found', 'unknown')
          : ok({ device: { tenantId: 't', deviceId: 'd', deviceName: 'n', deviceType: 'x', deviceProfileId: 'p', isGateway: false }, credentialsBody }),
    }) as unknown as CorePort;

  it('looks devices up by the identity they proved, else by endpoint', () => {
    expect(credentialsLookup(PEER, 'ep')).toEqual({ kind: 'endpoint', endpoint: 'ep' });
    expect(credentialsLookup({ ...PEER, identity: { kind: 'psk', identity: 'id-1' } }, 'ep')).toEqual({ kind: 'psk', identity: 'id-1' });
    const cert = Buffer.from([1, 2]);
    expect(credentialsLookup({ ...PEER, identity: { kind: 'x509', certificate: cert, commonName: 'cn' } }, 'ep')).toEqual({ kind: 'x509', certificateDer: cert, trustedCommonName: 'cn' });
  });

  it('binds the credentials to the registering endpoint and refuses secure devices on plain CoAP', async () => {
    expect((await validateRegistration(coreAnswering(body('NO_SEC', 'ep')), PEER, 'ep')).ok).toBe(true);
    const other = await validateRegistration(coreAnswering(body('NO_SEC', 'someone-else')), PEER, 'ep');
    expect(other).toEqual({ ok: false, reason: 'credentials belong to endpoint someone-else, not ep' });
    const psk = body('PSK', 'ep', { identity: 'ep', key: '00'.repeat(16) });
    expect(await validateRegistration(coreAnswering(psk), PEER, 'ep')).toEqual({ ok: false, reason: 'endpoint ep must connect with PSK' });
    expect((await validateRegistration(coreAnswering(psk), { ...PEER, identity: { kind: 'psk', identity: 'ep' } }, 'ep')).ok).toBe(true);
    expect((await validateRegistration(coreAnswering(undefined), PEER, 'ep')).ok).toBe(false);
    expect((await validateRegistration(coreAnswering('{oops'), PEER, 'ep')).ok).toBe(false);
  });
});
