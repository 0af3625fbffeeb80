import coap from 'coap';
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { createPackageDownloadHandler } from '../../../src/lwm2m/ota/package-download-resource.js';
import { bufferPackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

/**
 * `/tbfw/{id}` through the LwM2M server's fallback route on the project's CoAP endpoint,
 * fetched by node-coap (which drives Block2 itself): the assigned client gets the whole image,
 * another client 4.03, an unknown id 4.04.
 */
describe('package download over CoAP with Block2', () => {
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let port: number;
  const sockets: dgram.Socket[] = [];
  const image = Buffer.alloc(150_000);
  for (let i = 0; i < image.length; i++) image[i] = (i * 131) & 0xff;
  let allowedPort = -1;
  let maxRead = 0;

  beforeAll(async () => {
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    port = transport.localPort();
    endpoint = new CoapEndpoint(transport);
    const source = bufferPackageSource(image);
    server = new Lwm2mServer({
      endpoint,
      models: createBuiltinRegistry(),
      fallback: createPackageDownloadHandler({
        resources: ['tbfw', 'tbsw'],
        lookup: async (_r, id, peer) => {
          if (id !== 'fw-1') return { kind: 'not-found' };
          if (peer.port !== allowedPort) return { kind: 'forbidden' };
          return {
            kind: 'ok',
            source: {
              size: source.size,
              read: (o, l) => {
                maxRead = Math.max(maxRead, l);
                return source.read(o, l);
              },
            },
          };
        },
      }),
    });
    server.start();
  });
  afterAll(async () => {
    server.stop();
    await endpoint.close();
    await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
  });

  async function client(): Promise<{ agent: coap.Agent; port: number }> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
    sockets.push(socket);
    return { agent: new coap.Agent({ socket }), port: (socket.address() as AddressInfo).port };
  }

  function get(agent: coap.Agent, path: string): Promise<{ code: string; payload: Buffer }> {
    return new Promise((resolve, reject) => {
      const req = agent.request({ hostname: '127.0.0.1', port, pathname: path, method: 'GET', confirmable: true });
      const t = setTimeout(() => reject(new Error('no answer')), 10_000);
      req.on('response', (res: coap.IncomingMessage) => {
        clearTimeout(t);
        resolve({ code: res.code, payload: res.payload });
      });
      req.on('error', (e: Error) => {
        clearTimeout(t);
        reject(e);
      });
      req.end();
    });
  }

  it('delivers the whole image block by block to the assigned client', async () => {
    const c = await client();
    allowedPort = c.port;
    const res = await get(c.agent, '/tbfw/fw-1');
    expect(res.code).toBe('2.05');
    expect(res.payload.length).toBe(image.length);
    expect(res.payload.equals(image)).toBe(true);
    expect(maxRead).toBeLessThanOrEqual(1024);
    c.agent.close();
  });

  it('answers 4.03 to another client and 4.04 to an unknown id', async () => {
    const c = await client();
    allowedPort = -1;
    expect((await get(c.agent, '/tbfw/fw-1')).code).toBe('4.03');
    expect((await get(c.agent, '/tbsw/unknown')).code).toBe('4.04');
    c.agent.close();
  });
});
