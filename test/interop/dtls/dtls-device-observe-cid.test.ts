/**
 * End to end over DTLS PSK with Connection ID: a device built on node-coap (an independent CoAP
 * stack) over the test DTLS client registers with the real LwM2M layer, is observed, then
 * changes its source port mid-session (NAT rebinding); its next notification still reaches the
 * observation, from the same Peer and registration (issue 5: "A test moves a simulated device
 * to a new source port mid-session and its next notification still arrives").
 */
import { Agent, createServer, request, type IncomingMessage, type OutgoingMessage } from 'coap';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { DtlsDeviceSocket } from '../../support/dtls-device-socket.js';
import { loadTestModels } from '../../support/models.js';

const PSK = Buffer.from('c0ffee00c0ffee00c0ffee00c0ffee00', 'hex');
let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let device: DtlsDeviceSocket;
let port: number;

beforeAll(async () => {
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port: 0,
    dtls: {
      credentials: { pskKey: async (id) => (id === 'sim-psk' ? PSK : undefined), verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false },
      connectionIdLength: 8,
      retransmissionTimeoutMs: 1000,
    },
  });
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  server = new Lwm2mServer({ endpoint, models: await loadTestModels() });
  server.start();
});

afterAll(async () => {
  server?.stop();
  await endpoint?.close();
  await device?.close();
});

async function until<T>(get: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('node-coap device over DTLS PSK + CID', () => {
  it('registers, is observed, moves to a new port, and its next notification arrives', async () => {
    device = await DtlsDeviceSocket.connect(port, 'sim-psk', PSK, Buffer.alloc(0));
    expect(device.client.serverCid?.length).toBe(8);

    // The device's CoAP server: /3/0/0 (Manufacturer) is observable; we keep the response.
    let observer: OutgoingMessage | undefined;
    const seenUrls: string[] = [];
    const coapServer = createServer({ piggybackReplyMs: 10 });
    coapServer.on('request', (req: IncomingMessage, res: OutgoingMessage) => {
      seenUrls.push(`${req.method} ${req.url} obs=${String(req.headers['Observe'])}`);
      if (req.url.startsWith('/3/0/0') && req.headers['Observe'] === 0) {
        res.setOption('Content-Format', 'text/plain');
        res.write('maker-1');
        observer = res;
        return;
      }
      if (req.url.startsWith('/3/0/0')) {
        res.setOption('Content-Format', 'text/plain');
        res.end('maker-read');
        return;
      }
      res.code = '4.04';
      res.end();
    });
    coapServer.listen(device.gate);
    const agent = new Agent({ socket: device.gate });

    const created = await new Promise<string>((resolve, reject) => {
      const req = request({ hostname: '127.0.0.1', port, method: 'POST', pathname: '/rd', query: 'ep=sim-dtls&lt=300&lwm2m=1.1', agent, confirmable: true });
      req.setOption('Content-Format', 'application/link-format');
      req.on('response', (res: IncomingMessage) => resolve(res.code));
      req.on('error', reject);
      req.end('</3/0>');
    });
    expect(created).toBe('2.01');
    const reg = server.registrations.getByEndpoint('sim-dtls');
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: 'sim-psk' });

    const notes: Notification[] = [];
    const first = await server.observe(reg!, '/3/0/0', (n) => notes.push(n));
    expect(seenUrls).toEqual(['GET /3/0/0 obs=0']);
    expect(first.code).toBe('2.05');
    expect(first.payload?.toString()).toBe('maker-1');
    const peer = reg!.peer;
    const portBefore = peer.port;

    observer!.write('maker-2');
    await until(() => notes.find((n) => n.payload?.toString() === 'maker-2'));

    await device.movePort();
    expect(device.port).not.toBe(portBefore);
    observer!.write('maker-3');
    const moved = await until(() => notes.find((n) => n.payload?.toString() === 'maker-3'));
    expect(moved.code).toBe('2.05');
    // Same registration, same Peer object, now at the device's new port.
    expect(server.registrations.getByEndpoint('sim-dtls')).toBe(reg);
    expect(peer.port).toBe(device.port);

    // And the server still reaches the device at its new port (a Read is answered).
    const read = await server.read(reg!, '/3/0/0', { timeoutMs: 3000 });
    expect(read.code).toBe('2.05');
    expect(read.payload?.toString()).toBe('maker-read');
    observer!.end();
    agent.close?.();
    await new Promise<void>((r) => coapServer.close(() => r()));
  });
});
