import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { RegistrationCandidate } from '../../../src/lwm2m/registration/registration-handler.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { coapClient } from '../../support/dtls-peers.js';
import { TEST_PSK, TEST_PSK_IDENTITY, testCredentialStore } from '../../support/dtls-test-server.js';
import { loadTestModels } from '../../support/models.js';

/**
 * Register over CoAP/DTLS with PSK from libcoap's coap-client-gnutls (an independent DTLS and
 * CoAP stack): the accept hook sees the proven PSK identity and can bind it to the endpoint.
 */

let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let port: number;
const candidates: RegistrationCandidate[] = [];

beforeAll(async () => {
  const models = await loadTestModels();
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port: 0,
    dtls: { credentials: testCredentialStore(undefined, { rpk: [], chains: [], pskLookups: [] }), retransmissionTimeoutMs: 1000 },
  });
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  server = new Lwm2mServer({
    endpoint,
    models,
    acceptRegistration: (c) => {
      candidates.push(c);
      // The layer above binds identities to endpoints; here: PSK identity "dev1" may only be "dtls-dev".
      const ok = c.peer.identity?.kind === 'psk' && c.peer.identity.identity === TEST_PSK_IDENTITY && c.endpoint === 'dtls-dev';
      return ok ? { accept: true } : { accept: false, code: '4.03' };
    },
  });
  server.start();
});

afterAll(async () => {
  server?.stop();
  await endpoint?.close();
});

function register(ep: string) {
  return coapClient('gnutls', [
    '-u', TEST_PSK_IDENTITY,
    '-k', TEST_PSK.toString(),
    '-m', 'post',
    '-t', '40',
    '-e', '</1/0>,</3/0>',
    `coaps://127.0.0.1:${port}/rd?ep=${ep}&lt=60&lwm2m=1.1`,
  ]);
}

describe('Register over DTLS (PSK)', () => {
  it('registers a PSK client and records its identity on the registration peer', async () => {
    const registered = new Promise((resolve) => server.once('registered', resolve));
    const run = await register('dtls-dev');
    expect(run.code).toBe(0);
    await registered;
    const reg = server.registrations.getByEndpoint('dtls-dev');
    expect(reg).toMatchObject({ lifetimeSec: 60, lwm2mVersion: '1.1' });
    expect(reg?.peer.secure).toBe(true);
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
    expect(reg?.objects.map((o) => o.id)).toEqual([1, 3]);
    expect(candidates.at(-1)?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
  });

  it('refuses an endpoint name the PSK identity is not bound to', async () => {
    const before = candidates.length;
    const run = await register('someone-else');
    expect(candidates.length).toBe(before + 1);
    expect(server.registrations.getByEndpoint('someone-else')).toBeUndefined();
    // libcoap reports the 4.03 on stderr (or stdout, by version); either way it names the code.
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/4\.03/);
  });
});
