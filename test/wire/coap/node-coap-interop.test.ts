import { Agent, createServer, request as coapRequest, type IncomingMessage, type OutgoingMessage, type Server } from 'coap';
import { afterEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { InboundRequest, InboundResponse } from '../../../src/coap/types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

/**
 * Our endpoint over real UDP on 127.0.0.1 against node-coap (`coap`), an independent CoAP stack,
 * in both directions.
 */

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function ourEndpoint(): Promise<{ ep: CoapEndpoint; transport: UdpTransport; port: number }> {
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  const ep = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 300, maxRetransmit: 2, separateResponseDelayMs: 100 } });
  cleanups.push(() => ep.close());
  return { ep, transport, port: transport.localPort() };
}

function newAgent(): Agent {
  const agent = new Agent({ type: 'udp4' });
  // node-coap closes an agent's socket by itself once its requests are done (then close()'s
  // callback never fires): close() here covers the other case, without waiting on it.
  cleanups.push(async () => {
    agent.close();
  });
  return agent;
}

function send(req: OutgoingMessage, payload?: Buffer): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('node-coap got no response')), 5000);
    req.on('response', (res: IncomingMessage) => {
      clearTimeout(timer);
      resolve(res);
    });
    req.on('error', (err: Error) => {
      clearTimeout(timer);
      reject(err);
    });
    req.end(payload);
  });
}

async function nodeCoapServer(handler: (req: IncomingMessage, res: OutgoingMessage) => void): Promise<{ server: Server; port: number }> {
  const server = createServer({ type: 'udp4' }, handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = (server as unknown as { _sock: { address(): { port: number } } })._sock.address();
  return { server, port: address.port };
}

describe('over UDP with node-coap as the peer', () => {
  it('answers a node-coap request (our endpoint as server)', async () => {
    const { ep, port } = await ourEndpoint();
    const seen: InboundRequest[] = [];
    ep.setRequestHandler((req) => {
      seen.push(req);
      return { code: '2.01', locationPath: ['rd', 'abc'], payload: Buffer.from('ok') };
    });
    const agent = newAgent();
    const res = await send(
      coapRequest({ hostname: '127.0.0.1', port, method: 'POST', pathname: '/rd', query: 'ep=dev1&lt=300', agent }),
      Buffer.from('</1/0>,</3/0>'),
    );
    expect(res.code).toBe('2.01');
    expect(res.payload.toString()).toBe('ok');
    // Repeated options collapse in node-coap's headers; the raw packet keeps them all.
    const loc = (res._packet.options ?? []).filter((o) => o.name === 'Location-Path').map((o) => String(o.value));
    expect(loc).toEqual(['rd', 'abc']);
    expect(seen[0]?.uriPath).toEqual(['rd']);
    expect(seen[0]?.uriQuery).toEqual(['ep=dev1', 'lt=300']);
    expect(seen[0]?.payload.toString()).toBe('</1/0>,</3/0>');
    expect(seen[0]?.peer.address).toBe('127.0.0.1');
  });

  it('serves a large response block by block to node-coap, and takes a Block1 upload from it', async () => {
    const { ep, port } = await ourEndpoint();
    const big = Buffer.alloc(3000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 13) & 0xff;
    let uploaded: Buffer | undefined;
    ep.setRequestHandler((req) => {
      if (req.method === 'GET') return { code: '2.05', contentFormat: 42, payload: big };
      uploaded = req.payload;
      return { code: '2.04' };
    });
    const agent = newAgent();
    const res = await send(coapRequest({ hostname: '127.0.0.1', port, method: 'GET', pathname: '/5/0/0', agent }));
    expect(res.code).toBe('2.05');
    expect(Buffer.from(res.payload).equals(big)).toBe(true);

    const put = coapRequest({ hostname: '127.0.0.1', port, method: 'PUT', pathname: '/5/0/0', agent });
    put.setOption('Block1', Buffer.of(2)); // szx 2: 64-byte blocks
    const res2 = await send(put, big);
    expect(res2.code).toBe('2.04');
    expect(uploaded?.equals(big)).toBe(true);
  });

  it('sends a slow handler answer as a separate response node-coap accepts', async () => {
    const { ep, port } = await ourEndpoint();
    ep.setRequestHandler(() => new Promise((resolve) => setTimeout(() => resolve({ code: '2.05', payload: Buffer.from('late') }), 300)));
    const agent = newAgent();
    const res = await send(coapRequest({ hostname: '127.0.0.1', port, method: 'GET', pathname: '/slow', agent }));
    expect(res.code).toBe('2.05');
    expect(res.payload.toString()).toBe('late');
    expect(ep.counters.separateResponses).toBe(1);
  });

  it('sends GET and observe to a node-coap server from its own socket (our endpoint as client)', async () => {
    const { ep, transport } = await ourEndpoint();
    const seenPorts = new Set<number>();
    let notify: ((n: number) => void) | undefined;
    const { port } = await nodeCoapServer((req, res) => {
      seenPorts.add(req.rsinfo.port);
      if (req.headers['Observe'] === 0) {
        res.code = '2.05';
        notify = (n) => res.write(Buffer.from(`v${n}`));
        notify(0);
        return;
      }
      res.code = '2.05';
      res.end(Buffer.from(`hello ${req.url}`));
    });
    const device = transport.peer('127.0.0.1', port);
    const r = await ep.request(device, { method: 'GET', uriPath: ['3', '0', '0'] }, { timeoutMs: 5000 });
    expect(r.code).toBe('2.05');
    expect(r.payload.toString()).toBe('hello /3/0/0');

    const notes: InboundResponse[] = [];
    const { response, observation } = await ep.observe(device, { method: 'GET', uriPath: ['3', '0', '13'] }, (n) => notes.push(n), { timeoutMs: 5000 });
    expect(response.payload.toString()).toBe('v0');
    expect(observation).toBeDefined();
    for (let i = 1; i <= 3; i++) notify?.(i);
    const deadline = Date.now() + 5000;
    while (notes.length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(notes.map((n) => n.payload.toString())).toEqual(['v1', 'v2', 'v3']);
    // All of our datagrams left from the endpoint's one socket.
    expect([...seenPorts]).toEqual([transport.localPort()]);
    observation?.forget();
  });
});
