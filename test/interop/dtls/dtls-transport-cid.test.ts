/**
 * DtlsTransport over real UDP sockets on 127.0.0.1: Connection ID (RFC 9146) keeps a device's
 * session, and its Peer object, when its source port changes mid-session (NAT rebinding), and
 * the next server-initiated message (a notification) reaches the device at its new port.
 */
import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { Peer } from '../../../src/net/datagram.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { TestDtlsClient } from '../../support/dtls-test-client.js';

const PSK = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const cleanups: Array<() => Promise<void> | void> = [];

afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function socket(): Promise<Socket> {
  const s = createSocket('udp4');
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise<void>((r) => s.close(() => r())));
  return s;
}

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function setup(connectionIdLength: number | null) {
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port: 0,
    dtls: {
      credentials: { pskKey: async (id) => (id === 'mover' ? PSK : undefined), verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false },
      connectionIdLength,
      retransmissionTimeoutMs: 500,
    },
  });
  cleanups.push(() => transport.close());
  const inbound: Array<{ peer: Peer; text: string }> = [];
  transport.onDatagram((peer, d) => inbound.push({ peer, text: d.toString() }));
  const a = await socket();
  const b = await socket();
  let current = a;
  const client = new TestDtlsClient({
    identity: 'mover',
    psk: PSK,
    connectionId: Buffer.alloc(0),
    send: (d) => current.send(d, transport.localPort(), '127.0.0.1'),
  });
  for (const s of [a, b]) s.on('message', (m) => client.receive(m));
  client.start();
  await until(() => client.established);
  return { transport, inbound, client, a, b, switchTo: (s: Socket) => (current = s) };
}

describe('DtlsTransport with Connection ID over UDP', () => {
  it('a device that changes source port keeps its session and Peer; the next notification reaches the new port', async () => {
    const { transport, inbound, client, b, switchTo } = await setup(8);
    expect(client.serverCid?.length).toBe(8);
    client.sendApplicationData(Buffer.from('register'));
    await until(() => inbound.length === 1);
    const peer = inbound[0]!.peer;
    expect(peer.secure).toBe(true);
    expect(peer.identity).toEqual({ kind: 'psk', identity: 'mover' });
    const oldPort = peer.port;

    switchTo(b);
    client.sendApplicationData(Buffer.from('update from new port'));
    await until(() => inbound.length === 2);
    expect(inbound[1]!.peer).toBe(peer);
    expect(peer.port).toBe(b.address().port);
    expect(peer.port).not.toBe(oldPort);

    transport.send(peer, Buffer.from('notification'));
    await until(() => client.received.length === 1);
    expect(client.received[0]!.toString()).toBe('notification');
  });

  it('without Connection ID, records from a new port reach no session', async () => {
    const { inbound, client, b, switchTo } = await setup(null);
    expect(client.serverCid).toBeUndefined();
    client.sendApplicationData(Buffer.from('first'));
    await until(() => inbound.length === 1);
    switchTo(b);
    client.sendApplicationData(Buffer.from('lost'));
    client.sendApplicationData(Buffer.from('lost too'));
    await new Promise((r) => setTimeout(r, 100));
    expect(inbound.map((i) => i.text)).toEqual(['first']);
  });
});
