/**
 * Issue 5 "Interop tests": every independent DTLS client available here completes a handshake
 * with the TypeScript DTLS server and registers with the real LwM2M layer (CoapEndpoint +
 * Lwm2mServer), which answers 2.01 Created. The accept hook stands in for the ThingsBoard
 * layer's identity binding: PSK identity, RPK key or certificate CN must own the endpoint.
 */
import { createPublicKey } from 'node:crypto';
import { generate, parse } from 'coap-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { loadServerIdentityFromPem, parsePemCertificates } from '../../../src/dtls/server-identity.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';
import { coapClient, nodeDtlsClientExchange, runPeer } from '../../support/dtls-peers.js';
import { TEST_PSK, TEST_PSK_IDENTITY, testCredentialStore } from '../../support/dtls-test-server.js';
import { loadTestModels } from '../../support/models.js';

let pki: DtlsTestPki;
let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let port: number;
let clientSpki: Buffer;

beforeAll(async () => {
  pki = makeDtlsTestPki();
  clientSpki = createPublicKey(pki.clientKeyPem).export({ type: 'spki', format: 'der' });
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port: 0,
    dtls: {
      credentials: testCredentialStore(pki, { rpk: [], chains: [], pskLookups: [] }),
      serverIdentity: loadServerIdentityFromPem(pki.serverCertPem, pki.serverKeyPem),
      trustStore: parsePemCertificates(pki.caPem),
      retransmissionTimeoutMs: 1000,
    },
  });
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  server = new Lwm2mServer({
    endpoint,
    models: await loadTestModels(),
    acceptRegistration: (c) => {
      const id = c.peer.identity;
      const owns =
        (id?.kind === 'psk' && id.identity === TEST_PSK_IDENTITY && c.endpoint.startsWith('psk-')) ||
        (id?.kind === 'rpk' && id.publicKey.equals(clientSpki) && c.endpoint === 'rpk-ep') ||
        (id?.kind === 'x509' && id.commonName === c.endpoint);
      return owns ? { accept: true } : { accept: false, code: '4.03' };
    },
  });
  server.start();
});

afterAll(async () => {
  server?.stop();
  await endpoint?.close();
  pki?.cleanup();
});

function registerDatagram(ep: string, mid: number): Buffer {
  return generate({
    code: 'POST',
    messageId: mid,
    token: Buffer.from([1, 2, 3, 4]),
    confirmable: true,
    options: [
      { name: 'Uri-Path', value: Buffer.from('rd') },
      { name: 'Content-Format', value: Buffer.from([40]) },
      { name: 'Uri-Query', value: Buffer.from(`ep=${ep}`) },
      { name: 'Uri-Query', value: Buffer.from('lt=300') },
      { name: 'Uri-Query', value: Buffer.from('lwm2m=1.1') },
    ],
    payload: Buffer.from('</1/0>,</3/0>'),
  });
}

const query = (ep: string): string => `coaps://127.0.0.1:${port}/rd?ep=${ep}&lt=300&lwm2m=1.1`;
const libcoapRegister = ['-m', 'post', '-t', '40', '-e', '</1/0>,</3/0>'];

describe('Register over DTLS with the real LwM2M layer', () => {
  it('openssl s_client, PSK: 2.01 and the registration carries the PSK identity', async () => {
    const run = await runPeer('openssl', ['s_client', '-dtls1_2', '-quiet', '-connect', `127.0.0.1:${port}`, '-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY], {
      stdin: registerDatagram('psk-openssl', 11),
      timeoutMs: 2500,
    });
    expect(parse(run.stdoutBytes).code).toBe('2.01');
    expect(server.registrations.getByEndpoint('psk-openssl')?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
  });

  it('openssl s_client, ECDSA certificate: 2.01 for the endpoint named by the CN', async () => {
    const run = await runPeer(
      'openssl',
      ['s_client', '-dtls1_2', '-quiet', '-connect', `127.0.0.1:${port}`, '-cert', pki.files.clientCert, '-key', pki.files.clientKey, '-CAfile', pki.files.ca],
      { stdin: registerDatagram('client-ep', 12), timeoutMs: 2500 },
    );
    expect(parse(run.stdoutBytes).code).toBe('2.01');
    expect(server.registrations.getByEndpoint('client-ep')?.peer.identity?.kind).toBe('x509');
  });

  it('coap-client-gnutls PSK, RPK and X.509 register', async () => {
    expect((await coapClient('gnutls', ['-u', TEST_PSK_IDENTITY, '-k', TEST_PSK.toString(), ...libcoapRegister, query('psk-gnutls')])).code).toBe(0);
    expect((await coapClient('gnutls', ['-M', pki.files.clientKeySec1, ...libcoapRegister, query('rpk-ep')])).code).toBe(0);
    expect(server.registrations.getByEndpoint('psk-gnutls')?.peer.identity?.kind).toBe('psk');
    expect(server.registrations.getByEndpoint('rpk-ep')?.peer.identity?.kind).toBe('rpk');
    const before = server.registrations.getByEndpoint('client-ep');
    expect((await coapClient('gnutls', ['-c', pki.files.clientCert, '-j', pki.files.clientKey, '-C', pki.files.ca, ...libcoapRegister, query('client-ep')])).code).toBe(0);
    const reg = server.registrations.getByEndpoint('client-ep');
    expect(reg).toBeDefined();
    expect(reg).not.toBe(before);
    expect(reg?.peer.identity?.kind).toBe('x509');
  });

  it('coap-client-openssl PSK and X.509 register', async () => {
    expect((await coapClient('openssl', ['-u', TEST_PSK_IDENTITY, '-k', TEST_PSK.toString(), ...libcoapRegister, query('psk-libcoap-openssl')])).code).toBe(0);
    expect(server.registrations.getByEndpoint('psk-libcoap-openssl')?.peer.secure).toBe(true);
    const before = server.registrations.getByEndpoint('client-ep');
    expect((await coapClient('openssl', ['-c', pki.files.clientCert, '-j', pki.files.clientKey, '-C', pki.files.ca, ...libcoapRegister, query('client-ep')])).code).toBe(0);
    expect(server.registrations.getByEndpoint('client-ep')).not.toBe(before);
  });

  it('node-dtls-client PSK registers', async () => {
    const reply = await nodeDtlsClientExchange({ port, identity: TEST_PSK_IDENTITY, psk: TEST_PSK, datagram: registerDatagram('psk-ndc', 13) });
    expect(parse(reply).code).toBe('2.01');
    expect(server.registrations.getByEndpoint('psk-ndc')?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
  });

  it('identity binding: a PSK identity registering an endpoint it does not own gets 4.03', async () => {
    const run = await runPeer('openssl', ['s_client', '-dtls1_2', '-quiet', '-connect', `127.0.0.1:${port}`, '-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY], {
      stdin: registerDatagram('client-ep-stolen', 14),
      timeoutMs: 2500,
    });
    expect(parse(run.stdoutBytes).code).toBe('4.03');
    expect(server.registrations.getByEndpoint('client-ep-stolen')).toBeUndefined();
  });
});
