import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { createPackageDownloadHandler } from '../../../src/lwm2m/ota/package-download-resource.js';
import { bufferPackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { coapClient } from '../../support/dtls-peers.js';

/**
 * `/tbfw/<id>` on the CoAPs port (5686's role): libcoap's coap-client-gnutls (an independent
 * CoAP and DTLS stack) fetches a 100 KB package over DTLS PSK, driving Block2 itself.
 */
const ID = 'dl-psk';
const KEY = Buffer.from('downloadKey01234');

describe('package download over DTLS', () => {
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let port: number;
  const image = Buffer.alloc(100_000);
  for (let i = 0; i < image.length; i++) image[i] = 0x41 + (i % 26); // printable: compared via stdout

  beforeAll(async () => {
    const transport = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: {
        credentials: {
          pskKey: async (identity) => (identity === ID ? KEY : undefined),
          verifyRawPublicKey: async () => false,
          verifyCertificateChain: async () => false,
        },
        retransmissionTimeoutMs: 1000,
      },
    });
    port = transport.localPort();
    endpoint = new CoapEndpoint(transport);
    server = new Lwm2mServer({
      endpoint,
      models: createBuiltinRegistry(),
      fallback: createPackageDownloadHandler({
        resources: ['tbfw'],
        // Here the DTLS identity decides (coap-client opens a new session per run, so it never registers).
        lookup: async (_r, id, peer) =>
          id !== 'pkg' ? { kind: 'not-found' } : peer.identity?.kind === 'psk' && peer.identity.identity === ID ? { kind: 'ok', source: bufferPackageSource(image) } : { kind: 'forbidden' },
      }),
    });
    server.start();
  });
  afterAll(async () => {
    server.stop();
    await endpoint.close();
  });

  it('delivers the whole package block by block', async () => {
    const run = await coapClient('gnutls', ['-u', ID, '-k', KEY.toString('utf8'), '-m', 'get', `coaps://127.0.0.1:${port}/tbfw/pkg`], 30_000);
    expect(run.code).toBe(0);
    expect(run.stdoutBytes.subarray(0, image.length).equals(image)).toBe(true);
    expect(run.stdoutBytes.toString('latin1').trim().length).toBe(image.length);
  });

  it('answers 4.04 for an unknown id', async () => {
    const run = await coapClient('gnutls', ['-u', ID, '-k', KEY.toString('utf8'), '-m', 'get', `coaps://127.0.0.1:${port}/tbfw/other`]);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/4\.04/);
  });
});
