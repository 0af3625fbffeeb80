import { generate, parse } from 'coap-packet';
import dgram from 'node:dgram';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBlock } from '../../../src/coap/block-option.js';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { createPackageDownloadHandler } from '../../../src/lwm2m/ota/package-download-resource.js';
import { bufferPackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

/**
 * A duplicate of a Block2 GET (same message ID, e.g. after a lost ACK) is answered again with
 * the same block, by processing it again (RFC 7252 §4.5 allows that for idempotent requests):
 * the endpoint keeps no copy of each served block for EXCHANGE_LIFETIME.
 */
describe('duplicate block requests', () => {
  let endpoint: CoapEndpoint;
  let port: number;
  let socket: dgram.Socket;
  let reads = 0;

  beforeAll(async () => {
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    port = transport.localPort();
    endpoint = new CoapEndpoint(transport);
    const image = Buffer.alloc(4096, 0x5a);
    const source = bufferPackageSource(image);
    endpoint.setRequestHandler(
      createPackageDownloadHandler({
        resources: ['tbfw'],
        lookup: async () => ({ kind: 'ok', source: { size: source.size, read: (o, l) => ((reads += 1), source.read(o, l)) } }),
      }),
    );
    socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    await endpoint.close();
    await new Promise<void>((r) => socket.close(() => r()));
  });

  const exchange = (datagram: Buffer): Promise<Buffer> =>
    new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no answer')), 2000);
      socket.once('message', (m) => {
        clearTimeout(t);
        resolve(m);
      });
      socket.send(datagram, port, '127.0.0.1');
    });

  it('answers the duplicate with the same block, read again from the source', async () => {
    const request = generate({
      messageId: 4242,
      token: Buffer.from([1, 2, 3, 4]),
      code: '0.01',
      confirmable: true,
      options: [
        { name: 'Uri-Path', value: Buffer.from('tbfw') },
        { name: 'Uri-Path', value: Buffer.from('pkg') },
        { name: 'Block2', value: encodeBlock(2, false, 6) },
      ],
    });
    const first = parse(await exchange(request));
    const second = parse(await exchange(request));
    expect(first.code).toBe('2.05');
    expect(first.messageId).toBe(4242);
    expect(second.messageId).toBe(4242);
    expect(second.payload.equals(first.payload)).toBe(true);
    expect(first.payload).toHaveLength(1024);
    expect(reads).toBe(2);
  });
});
