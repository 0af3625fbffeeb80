import { createSocket, type Socket } from 'node:dgram';
import { afterEach, describe, expect, it } from 'vitest';
import { UdpTransport } from '../../../src/net/udp-transport.js';

describe('UdpTransport send path', () => {
  let transport: UdpTransport | undefined;
  let receiver: Socket | undefined;

  afterEach(async () => {
    await transport?.close();
    await new Promise<void>((r) => (receiver ? receiver.close(() => r()) : r()));
    transport = undefined;
    receiver = undefined;
  });

  async function bindReceiver(): Promise<{ port: number; got: Buffer[]; wait: (n: number) => Promise<void> }> {
    const sock = createSocket('udp4');
    receiver = sock;
    const got: Buffer[] = [];
    sock.on('message', (m) => got.push(m));
    await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
    const wait = async (n: number): Promise<void> => {
      for (let i = 0; i < 200 && got.length < n; i++) await new Promise((r) => setTimeout(r, 5));
    };
    return { port: sock.address().port, got, wait };
  }

  it('delivers datagrams to a numeric peer address in order, byte for byte', async () => {
    const rx = await bindReceiver();
    transport = await UdpTransport.bind('127.0.0.1', 0);
    const peer = transport.peer('127.0.0.1', rx.port);
    const sent = [Buffer.from([0x60, 0x45, 0x12, 0x34]), Buffer.from([0x60, 0x00, 0xab, 0xcd]), Buffer.alloc(0)];
    for (const d of sent) transport.send(peer, d);
    await rx.wait(3);
    expect(rx.got).toEqual(sent);
    expect(transport.counters.sent).toBe(3);
    expect(transport.counters.sendErrors).toBe(0);
  });

  it('still resolves a host name for a peer created by name', async () => {
    const rx = await bindReceiver();
    transport = await UdpTransport.bind('127.0.0.1', 0);
    transport.send(transport.peer('localhost', rx.port), Buffer.from('hi'));
    await rx.wait(1);
    // localhost may resolve to ::1 first on some hosts; then the udp4 socket reports an error instead.
    expect(rx.got.length + transport.counters.socketErrors).toBeGreaterThanOrEqual(1);
  });

  it('counts a bad port as a send error instead of throwing', async () => {
    transport = await UdpTransport.bind('127.0.0.1', 0);
    expect(() => transport!.send(transport!.peer('127.0.0.1', 70_000), Buffer.from('x'))).not.toThrow();
    expect(transport.counters.sendErrors).toBe(1);
  });
});
