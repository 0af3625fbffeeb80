import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { CorePort } from '../../../src/core/core-port.js';
import { fail, ok, type CredentialsLookup, type DeviceInfo, type DeviceProfile, type ValidatedDevice } from '../../../src/core/core-types.js';
import { BootstrapServer } from '../../../src/lwm2m/bootstrap/bootstrap-server.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { ThingsboardBootstrap } from '../../../src/thingsboard/bootstrap/bootstrap-authorizer.js';
import { coapClient } from '../../support/dtls-peers.js';
import { BootstrapTestClient, valueOf } from './bootstrap-test-client.js';

/**
 * Item 8 of issue 7: a device bootstraps on the plain bootstrap port with the configuration
 * ThingsBoard's profile and credentials give, receives a PSK account for the LwM2M server, and
 * then registers over DTLS with exactly the identity and key it was given (coap-client-gnutls
 * plays the device's DTLS stack for the second step).
 */

const ENDPOINT = 'bs-psk-dev';
const PSK_IDENTITY = 'bs-psk-id';
// ASCII bytes, so libcoap's -k (key as text) can present it.
const PSK_KEY = Buffer.from('secretPSK0123456');

const device: DeviceInfo = {
  tenantId: '11111111-1111-1111-1111-111111111111',
  deviceId: '22222222-2222-2222-2222-222222222222',
  deviceName: ENDPOINT,
  deviceType: 'lwm2m',
  deviceProfileId: '33333333-3333-3333-3333-333333333333',
  isGateway: false,
};

describe('ThingsBoard bootstrap, then Register over DTLS with the account it wrote', () => {
  let bsEndpoint: CoapEndpoint;
  let dmEndpoint: CoapEndpoint;
  let bsServer: BootstrapServer;
  let dmServer: Lwm2mServer;
  let bsPort: number;
  let dmPort: number;
  const logLines: string[] = [];
  const lookups: CredentialsLookup[] = [];
  let client: BootstrapTestClient | undefined;

  const credentialsBody = () =>
    JSON.stringify({
      client: { securityConfigClientMode: 'PSK', endpoint: ENDPOINT, identity: PSK_IDENTITY, key: PSK_KEY.toString('hex') },
      bootstrap: {
        bootstrapServer: { securityMode: 'NO_SEC' },
        lwm2mServer: { securityMode: 'PSK', clientPublicKeyOrId: PSK_IDENTITY, clientSecretKey: PSK_KEY.toString('hex') },
      },
    });
  const profile = (): DeviceProfile => ({
    id: device.deviceProfileId,
    tenantId: device.tenantId,
    name: 'lwm2m',
    type: 'DEFAULT',
    transportType: 'LWM2M',
    provisionType: 'DISABLED',
    isDefault: false,
    profileData: {
      transportConfiguration: {
        type: 'LWM2M',
        bootstrapServerUpdateEnable: false,
        bootstrap: [
          { securityMode: 'NO_SEC', bootstrapServerIs: true, host: '127.0.0.1', port: bsPort, shortServerId: null },
          { securityMode: 'PSK', bootstrapServerIs: false, host: '127.0.0.1', port: dmPort, shortServerId: 123, lifetime: 120, binding: 'U' },
        ],
      },
    },
  });

  const core: Pick<CorePort, 'validateCredentials' | 'getDeviceProfile'> = {
    validateCredentials: async (lookup) => {
      lookups.push(lookup);
      const known = (lookup.kind === 'endpoint' && lookup.endpoint === ENDPOINT) || (lookup.kind === 'psk' && lookup.identity === PSK_IDENTITY);
      if (!known) return fail('not-found', 'unknown');
      const v: ValidatedDevice = { device, credentialsBody: credentialsBody(), securityMode: 'PSK' };
      return ok(v);
    },
    getDeviceProfile: async (id) => (id === device.deviceProfileId ? ok(profile()) : fail('not-found', 'no profile')),
  };

  beforeAll(async () => {
    const bsTransport = await UdpTransport.bind('127.0.0.1', 0);
    bsPort = bsTransport.localPort();
    bsEndpoint = new CoapEndpoint(bsTransport, { timing: { ackTimeoutMs: 300, maxRetransmit: 1 } });
    const tb = new ThingsboardBootstrap({ core, log: (_d, line) => logLines.push(line) });
    bsServer = new BootstrapServer({
      endpoint: bsEndpoint,
      models: createBuiltinRegistry(),
      authorize: (r) => tb.authorize(r),
      onEvent: (e) => tb.onEvent(e),
      requestTimeoutMs: 2000,
    });
    bsServer.start();

    // The LwM2M server's DTLS side asks the same core for the PSK of an identity.
    const dmTransport = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: {
        credentials: {
          pskKey: async (identity) => {
            const r = await core.validateCredentials({ kind: 'psk', identity });
            if (!r.ok) return undefined;
            const body = JSON.parse(r.value.credentialsBody) as { client: { key: string } };
            return Buffer.from(body.client.key, 'hex');
          },
          verifyRawPublicKey: async () => false,
          verifyCertificateChain: async () => false,
        },
        retransmissionTimeoutMs: 1000,
      },
    });
    dmPort = dmTransport.localPort();
    dmEndpoint = new CoapEndpoint(dmTransport);
    dmServer = new Lwm2mServer({
      endpoint: dmEndpoint,
      models: createBuiltinRegistry(),
      acceptRegistration: (c) =>
        c.peer.identity?.kind === 'psk' && c.peer.identity.identity === PSK_IDENTITY && c.endpoint === ENDPOINT
          ? { accept: true }
          : { accept: false, code: '4.03' },
    });
    dmServer.start();
  });
  afterAll(async () => {
    await client?.stop();
    bsServer.stop();
    dmServer.stop();
    await bsEndpoint.close();
    await dmEndpoint.close();
  });

  it('bootstraps on the CoAP bootstrap port and registers on the DTLS port with the PSK it received', async () => {
    client = await BootstrapTestClient.start(ENDPOINT, (i) => {
      i.security.set(0, {
        kind: 'instance',
        id: 0,
        resources: new Map([
          [0, { kind: 'resource', id: 0, type: 'string', value: `coap://127.0.0.1:${bsPort}` }],
          [1, { kind: 'resource', id: 1, type: 'boolean', value: true }],
          [2, { kind: 'resource', id: 2, type: 'integer', value: 3 }],
        ]),
      });
    });
    expect((await client.bootstrapRequest(bsPort)).code).toBe('2.04');
    expect(await bsServer.outcome(ENDPOINT)).toEqual({ ok: true });
    expect(lookups[0]).toEqual({ kind: 'endpoint', endpoint: ENDPOINT });

    const account = [...client.instances.security.values()].find((n) => valueOf(n, 1) === false);
    const uri = String(valueOf(account, 0));
    const identity = (valueOf(account, 3) as Buffer).toString('utf8');
    const key = valueOf(account, 5) as Buffer;
    expect(uri).toBe(`coaps://127.0.0.1:${dmPort}`);
    expect(valueOf(account, 2)).toBe(0); // PSK
    expect(identity).toBe(PSK_IDENTITY);
    expect(key.equals(PSK_KEY)).toBe(true);
    expect(valueOf(client.instances.server.get(0), 0)).toBe(123);

    expect(logLines[0]).toMatch(/^info: Bootstrap session started\.\.\. \/127\.0\.0\.1:\d+$/);
    expect(logLines).toContain('info: receives success response for bootstrap finish.');
    expect(logLines.at(-1)).toBe('info: Bootstrap session finished.');

    const registered = new Promise((resolve) => dmServer.once('registered', resolve));
    const run = await coapClient('gnutls', [
      '-u', identity,
      '-k', key.toString('utf8'),
      '-m', 'post',
      '-t', '40',
      '-e', '</1/0>,</3/0>',
      `${uri}/rd?ep=${ENDPOINT}&lt=120&lwm2m=1.1`,
    ]);
    expect(run.code).toBe(0);
    await registered;
    const reg = dmServer.registrations.getByEndpoint(ENDPOINT);
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: PSK_IDENTITY });
  });

  it('answers 4.00 to an endpoint the core does not know', async () => {
    const other = await BootstrapTestClient.start('nobody');
    try {
      expect((await other.bootstrapRequest(bsPort)).code).toBe('4.00');
    } finally {
      await other.stop();
    }
  });
});
