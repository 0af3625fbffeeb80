/**
 * DtlsTransport as a DatagramTransport over real UDP on 127.0.0.1: Peer per session with the
 * proven identity, close_notify both ways with the peer-closed callback, a new handshake from
 * the same port being a new Peer, and idempotent close.
 */
import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { Peer } from '../../../src/net/datagram.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { TestDtlsClient } from '../../support/dtls-test-client.js';

const PSK = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

async function start() {
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    dtls: { credentials: { pskKey: async (id) => (id === 'd' ? PSK : undefined), verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false } },
  });
  cleanups.push(() => transport.close());
  const inbound: Array<{ peer: Peer; text: string }> = [];
  const closed: Array<{ peer: Peer; reason: string }> = [];
  transport.onDatagram((peer, d) => inbound.push({ peer, text: d.toString() }));
  transport.onPeerClosed((peer, reason) => closed.push({ peer, reason }));
  const sock: Socket = createSocket('udp4');
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise<void>((r) => sock.close(() => r())));
  const connect = async (): Promise<TestDtlsClient> => {
    const c = new TestDtlsClient({ identity: 'd', psk: PSK, send: (d) => sock.send(d, transport.localPort(), '127.0.0.1') });
    sock.removeAllListeners('message');
    sock.on('message', (m) => c.receive(m));
    c.start();
    await until(() => c.established);
    return c;
  };
  return { transport, inbound, closed, connect };
}

describe('DtlsTransport', () => {
  it('binds port 0, delivers decrypted data from a secure Peer with the PSK identity, and sends back', async () => {
    const { transport, inbound, connect } = await start();
    expect(transport.secure).toBe(true);
    expect(transport.localPort()).toBeGreaterThan(0);
    const c = await connect();
    c.sendApplicationData(Buffer.from('up'));
    await until(() => inbound.length === 1);
    const peer = inbound[0]!.peer;
    expect(peer).toMatchObject({ secure: true, address: '127.0.0.1', identity: { kind: 'psk', identity: 'd' } });
    expect(peer.key).toMatch(/^dtls:/);
    transport.send(peer, Buffer.from('down'));
    await until(() => c.received.length === 1);
    expect(c.received[0]!.toString()).toBe('down');
  });

  it('closePeer sends close_notify and reports the peer closed; a new handshake is a new Peer', async () => {
    const { transport, inbound, closed, connect } = await start();
    const c1 = await connect();
    c1.sendApplicationData(Buffer.from('one'));
    await until(() => inbound.length === 1);
    const p1 = inbound[0]!.peer;
    transport.closePeer(p1);
    await until(() => c1.alerts.length === 1);
    expect(c1.alerts[0]).toEqual([1, 0]);
    expect(closed.map((c) => c.peer)).toEqual([p1]);
    const c2 = await connect();
    c2.sendApplicationData(Buffer.from('two'));
    await until(() => inbound.length === 2);
    expect(inbound[1]!.peer).not.toBe(p1);
    expect(inbound[1]!.peer.key).not.toBe(p1.key);
  });

  it('a client close_notify closes the Peer; close() is idempotent', async () => {
    const { transport, closed, connect } = await start();
    const c = await connect();
    c.closeNotify();
    await until(() => closed.length === 1);
    expect(closed[0]!.reason).toBe('peer close_notify');
    expect(transport.server.stats().sessions).toBe(0);
    await transport.close();
    await transport.close();
  });
});
