import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { TEST_PSK, TEST_PSK_IDENTITY, testCredentialStore, type TestCredentialLog } from '../../support/dtls-test-server.js';
import { loadTestModels } from '../../support/models.js';
import { until } from './test-lwm2m-server.js';

/**
 * A simulated device over DTLS 1.2 PSK (node-dtls-client) against the project's DTLS endpoint
 * and LwM2M server: the PSK identity is looked up, the device registers, answers a read and
 * notifies; a wrong key never gets a session.
 */
describe('simulated device over coaps:// with a PSK', () => {
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let url: string;
  const log: TestCredentialLog = { rpk: [], chains: [], pskLookups: [] };
  const devices: SimulatedDevice[] = [];

  beforeAll(async () => {
    const transport = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: { credentials: testCredentialStore(undefined, log), retransmissionTimeoutMs: 1000 },
    });
    endpoint = new CoapEndpoint(transport);
    server = new Lwm2mServer({ endpoint, models: await loadTestModels(), requestTimeoutMs: 4000 });
    server.start();
    url = `coaps://127.0.0.1:${transport.localPort()}`;
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    server?.stop();
    await endpoint?.close();
  });

  it('registers, answers a read and notifies over the DTLS session', async () => {
    const d = new SimulatedDevice({ endpoint: 'psk-sim', serverUrl: url, psk: { identity: TEST_PSK_IDENTITY, key: TEST_PSK } });
    devices.push(d);
    const registered = new Promise<Registration>((resolve) => server.once('registered', resolve));
    await d.start();
    const reg = await registered;
    expect(reg.endpoint).toBe('psk-sim');
    expect(log.pskLookups).toContain(TEST_PSK_IDENTITY);
    const r = await server.read(reg, '/3/0/9');
    expect(r.code).toBe('2.05');
    expect(r.node).toMatchObject({ value: 95 });
    const seen: Notification[] = [];
    expect((await server.observe(reg, '/3/0/9', (n) => seen.push(n))).code).toBe('2.05');
    d.set('/3/0/9', 17);
    await until(() => seen.length > 0);
    expect(seen.at(-1)?.node).toMatchObject({ value: 17 });
    expect(d.get('/0/0/2')).toBe(0); // Security mode PSK
  });

  it('fails start() with a wrong key, and refuses coaps:// without a PSK', async () => {
    const bad = new SimulatedDevice({
      endpoint: 'psk-bad',
      serverUrl: url,
      psk: { identity: TEST_PSK_IDENTITY, key: Buffer.from('wrong-key-0123456') },
      requestTimeoutMs: 2000,
    });
    devices.push(bad);
    await expect(bad.start()).rejects.toThrow(/DTLS/);
    const none = new SimulatedDevice({ endpoint: 'psk-none', serverUrl: url });
    devices.push(none);
    await expect(none.start()).rejects.toThrow(/psk/);
  });
});
