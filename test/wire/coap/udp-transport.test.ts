import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import type { Peer } from '../../../src/net/datagram.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function rawSocket(): Promise<Socket> {
  const s = createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', () => resolve()));
  cleanups.push(() => new Promise<void>((resolve) => s.close(() => resolve())));
  return s;
}

async function transport(options?: Parameters<typeof UdpTransport.bind>[2]): Promise<UdpTransport> {
  const t = await UdpTransport.bind('127.0.0.1', 0, options);
  cleanups.push(() => t.close());
  return t;
}

function nextDatagram(t: UdpTransport): Promise<{ peer: Peer; data: Buffer }> {
  return new Promise((resolve) => t.onDatagram((peer, data) => resolve({ peer, data })));
}

describe('UdpTransport on 127.0.0.1', () => {
  it('binds port 0, delivers datagrams with a stable Peer per address:port, and replies to it', async () => {
    const t = await transport();
    expect(t.localPort()).toBeGreaterThan(0);
    expect(t.secure).toBe(false);
    const a = await rawSocket();
    const b = await rawSocket();

    let got = nextDatagram(t);
    a.send(Buffer.from('one'), t.localPort(), '127.0.0.1');
    const first = await got;
    got = nextDatagram(t);
    a.send(Buffer.from('two'), t.localPort(), '127.0.0.1');
    const second = await got;
    got = nextDatagram(t);
    b.send(Buffer.from('three'), t.localPort(), '127.0.0.1');
    const third = await got;

    expect(first.data.toString()).toBe('one');
    expect(second.peer).toBe(first.peer);
    expect(third.peer).not.toBe(first.peer);
    expect(first.peer.port).toBe(a.address().port);
    expect(first.peer.address).toBe('127.0.0.1');
    expect(first.peer.secure).toBe(false);
    expect(t.peer('127.0.0.1', a.address().port)).toBe(first.peer);

    const reply = new Promise<Buffer>((resolve) => a.once('message', (m) => resolve(m)));
    t.send(first.peer, Buffer.from('back'));
    expect((await reply).toString()).toBe('back');
  });

  it('never throws on send errors and counts them', async () => {
    const errors: Error[] = [];
    const t = await transport({ onError: (e) => errors.push(e) });
    const bad: Peer = { key: 'x', address: '127.0.0.1', port: 70_000, secure: false };
    expect(() => t.send(bad, Buffer.from('x'))).not.toThrow();
    expect(t.counters.sendErrors).toBe(1);
    expect(errors).toHaveLength(1);
    await t.close();
    expect(() => t.send(bad, Buffer.from('x'))).not.toThrow();
  });

  it('bounds the peer cache, evicting the least recently seen', async () => {
    const t = await transport({ maxPeers: 3 });
    const p1 = t.peer('127.0.0.1', 1001);
    t.peer('127.0.0.1', 1002);
    t.peer('127.0.0.1', 1003);
    t.peer('127.0.0.1', 1004);
    expect(t.peerCount).toBe(3);
    expect(t.counters.peersEvicted).toBe(1);
    expect(t.peer('127.0.0.1', 1001)).not.toBe(p1);
  });

  it('keeps serving when the handler throws', async () => {
    const errors: Error[] = [];
    const t = await transport({ onError: (e) => errors.push(e) });
    const a = await rawSocket();
    let calls = 0;
    const second = new Promise<void>((resolve) =>
      t.onDatagram(() => {
        calls++;
        if (calls === 1) throw new Error('handler bug');
        resolve();
      }),
    );
    a.send(Buffer.from('1'), t.localPort(), '127.0.0.1');
    a.send(Buffer.from('2'), t.localPort(), '127.0.0.1');
    await second;
    expect(calls).toBe(2);
    expect(errors.map((e) => e.message)).toEqual(['handler bug']);
  });
});
