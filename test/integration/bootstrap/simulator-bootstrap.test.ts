import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { CorePort } from '../../../src/core/core-port.js';
import { fail, ok, type DeviceInfo } from '../../../src/core/core-types.js';
import type { BootstrapServer } from '../../../src/lwm2m/bootstrap/bootstrap-server.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { startThingsboardBootstrap } from '../../../src/thingsboard/bootstrap/bootstrap-service.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';

/**
 * The simulator bootstraps (issue 7 item 8): Bootstrap-Request to ThingsBoard's Bootstrap
 * Server on a plain CoAP port, the accounts built from the profile and credentials land in its
 * Security/Server objects, and it then registers with the LwM2M server account it received:
 * a NoSec account over CoAP, a PSK account over DTLS with the identity and key it was given.
 */
const KEY_HEX = '73656372657450534b30313233343536';

function device(ep: string): DeviceInfo {
  return { tenantId: 't', deviceId: `d-${ep}`, deviceName: ep, deviceType: 'x', deviceProfileId: `p-${ep}`, isGateway: false };
}

describe('simulator bootstrap', () => {
  let bsEndpoint: CoapEndpoint;
  let dmEndpoint: CoapEndpoint;
  let bs: BootstrapServer;
  let dm: Lwm2mServer;
  let bsPort: number;
  let dmPort: number;
  let dtlsEndpoint: CoapEndpoint;
  let dtlsServer: Lwm2mServer;
  let dtlsPort: number;
  const devices: SimulatedDevice[] = [];
  const logs: string[] = [];

  const profiles: Record<string, () => unknown> = {
    'sim-bs-nosec': () => ({ securityMode: 'NO_SEC', bootstrapServerIs: false, host: '127.0.0.1', port: dmPort, shortServerId: 111, lifetime: 90 }),
    'sim-bs-psk': () => ({ securityMode: 'PSK', bootstrapServerIs: false, host: '127.0.0.1', port: dtlsPort, shortServerId: 222 }),
  };

  const core: Pick<CorePort, 'validateCredentials' | 'getDeviceProfile'> = {
    validateCredentials: async (lookup) => {
      if (lookup.kind !== 'endpoint' || profiles[lookup.endpoint] === undefined) return fail('not-found', 'unknown');
      const psk = lookup.endpoint === 'sim-bs-psk';
      return ok({
        device: device(lookup.endpoint),
        credentialsBody: JSON.stringify({
          client: { securityConfigClientMode: 'NO_SEC', endpoint: lookup.endpoint },
          bootstrap: {
            bootstrapServer: { securityMode: 'NO_SEC' },
            lwm2mServer: psk ? { securityMode: 'PSK', clientPublicKeyOrId: 'sim-identity', clientSecretKey: KEY_HEX } : { securityMode: 'NO_SEC' },
          },
        }),
      });
    },
    getDeviceProfile: async (id) => {
      const ep = id.slice(2);
      const entry = profiles[ep];
      if (entry === undefined) return fail('not-found', 'none');
      return ok({
        id,
        tenantId: 't',
        name: 'p',
        type: 'DEFAULT',
        transportType: 'LWM2M',
        provisionType: 'DISABLED',
        isDefault: false,
        profileData: { transportConfiguration: { type: 'LWM2M', bootstrap: [entry()] } },
      });
    },
  };

  beforeAll(async () => {
    const bsUdp = await UdpTransport.bind('127.0.0.1', 0);
    bsPort = bsUdp.localPort();
    bsEndpoint = new CoapEndpoint(bsUdp, { timing: { ackTimeoutMs: 300, maxRetransmit: 2 } });
    bs = startThingsboardBootstrap({ core, endpoint: bsEndpoint, models: createBuiltinRegistry(), log: (_d, line) => logs.push(line), requestTimeoutMs: 3000 });
    const dmUdp = await UdpTransport.bind('127.0.0.1', 0);
    dmPort = dmUdp.localPort();
    dmEndpoint = new CoapEndpoint(dmUdp);
    dm = new Lwm2mServer({ endpoint: dmEndpoint, models: createBuiltinRegistry() });
    dm.start();
    // The LwM2M server's DTLS side (the 5686 role): the PSK of an identity comes from the same core.
    const dtls = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: {
        credentials: { pskKey: async (id) => (id === 'sim-identity' ? Buffer.from(KEY_HEX, 'hex') : undefined), verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false },
        retransmissionTimeoutMs: 1000,
      },
    });
    dtlsPort = dtls.localPort();
    dtlsEndpoint = new CoapEndpoint(dtls);
    dtlsServer = new Lwm2mServer({ endpoint: dtlsEndpoint, models: createBuiltinRegistry() });
    dtlsServer.start();
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    bs.stop();
    dm.stop();
    dtlsServer.stop();
    await dtlsEndpoint.close();
    await bsEndpoint.close();
    await dmEndpoint.close();
  });

  it('receives a NoSec server account and registers with it', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-bs-nosec', serverUrl: 'coap://127.0.0.1:9' });
    devices.push(d);
    const accounts = await d.bootstrap(`coap://127.0.0.1:${bsPort}`);
    // The simulator starts with a DM account (ssid 123, /0/0 + /1/0) and the bootstrap account (/0/1):
    // the new server 111 is written beside them, at the next free ids.
    const account = accounts.find((a) => a.shortServerId === 111);
    expect(account).toEqual({ uri: `coap://127.0.0.1:${dmPort}`, securityMode: 3, identity: Buffer.alloc(0), key: Buffer.alloc(0), shortServerId: 111 });
    expect(d.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /', 'PUT /0/2', 'PUT /1/1', 'POST /bs']);
    expect(d.get('/1/1/1')).toBe(90);
    expect(d.get('/0/1/1')).toBe(true); // the bootstrap account is kept
    // The server logs the end once the Finish answer reached it, just after the device moved on.
    for (let i = 0; i < 200 && !logs.includes('info: Bootstrap session finished.'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(logs).toContain('info: Bootstrap session finished.');

    const registered = new Promise<Registration>((resolve) => dm.once('registered', resolve));
    const again = new SimulatedDevice({ endpoint: 'sim-bs-nosec', serverUrl: account?.uri ?? '' });
    devices.push(again);
    await again.start();
    const reg = await registered;
    expect(reg.endpoint).toBe('sim-bs-nosec');
  });

  it('receives a PSK server account and registers over DTLS with that identity and key', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-bs-psk', serverUrl: 'coap://127.0.0.1:9' });
    devices.push(d);
    const accounts = await d.bootstrap(`coap://127.0.0.1:${bsPort}`);
    const psk = accounts.find((a) => a.shortServerId === 222);
    expect(psk?.uri).toBe(`coaps://127.0.0.1:${dtlsPort}`);
    expect(psk?.securityMode).toBe(0);
    expect(psk?.identity.toString('utf8')).toBe('sim-identity');
    expect(psk?.key.toString('hex')).toBe(KEY_HEX);

    const registered = new Promise<Registration>((resolve) => dtlsServer.once('registered', resolve));
    const again = new SimulatedDevice({
      endpoint: 'sim-bs-psk',
      serverUrl: psk?.uri ?? '',
      psk: { identity: psk?.identity.toString('utf8') ?? '', key: psk?.key ?? Buffer.alloc(0) },
    });
    devices.push(again);
    await again.start();
    const reg = await registered;
    expect(reg.endpoint).toBe('sim-bs-psk');
    expect(reg.peer.identity).toEqual({ kind: 'psk', identity: 'sim-identity' });
  });

  it('bootstraps again when the server executes the Bootstrap-Request Trigger /1/0/9 (features doc #65)', async () => {
    const registered = new Promise<Registration>((resolve) => dm.once('registered', resolve));
    const d = new SimulatedDevice({ endpoint: 'sim-bs-nosec', serverUrl: `coap://127.0.0.1:${dmPort}`, values: { '/0/1/0': `coap://127.0.0.1:${bsPort}` } });
    devices.push(d);
    await d.start();
    const reg = await registered;
    const finishedBefore = logs.filter((l) => l === 'info: Bootstrap session finished.').length;
    const r = await dm.execute(reg, '/1/0/9');
    expect(r.code).toBe('2.04');
    for (let i = 0; i < 300 && logs.filter((l) => l === 'info: Bootstrap session finished.').length === finishedBefore; i++) {
      await new Promise((res) => setTimeout(res, 10));
    }
    expect(logs.filter((l) => l === 'info: Bootstrap session finished.').length).toBe(finishedBefore + 1);
    expect(d.requests.map((q) => `${q.method} ${q.path}`)).toContain('POST /bs');
  });

  it('fails a bootstrap the server refuses', async () => {
    const d = new SimulatedDevice({ endpoint: 'sim-bs-unknown', serverUrl: 'coap://127.0.0.1:9' });
    devices.push(d);
    await expect(d.bootstrap(`coap://127.0.0.1:${bsPort}`)).rejects.toThrow(/4\.00/);
  });
});
