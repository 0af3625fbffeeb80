import { createSocket, type Socket } from 'node:dgram';
import { generate, parse, type ParsedPacket } from 'coap-packet';
import { afterEach, describe, expect, it } from 'vitest';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import { startServerStack, type ServerStack } from './server-stack.js';

/**
 * A client whose address changes (NAT rebinding; or, after a restart, a new DTLS session) and
 * says so with an Update keeps its observations: notifications with the old token from the new
 * address are delivered, not answered with RST. Raw UDP sockets play the client so the test
 * controls its source port.
 */

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

async function socket(): Promise<Socket> {
  const s = createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', () => resolve()));
  cleanup.push(() => new Promise<void>((resolve) => s.close(() => resolve())));
  return s;
}

function next(s: Socket): Promise<ParsedPacket> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no datagram within 3 s')), 3000);
    s.once('message', (msg) => {
      clearTimeout(timer);
      resolve(parse(msg));
    });
  });
}

function send(s: Socket, port: number, packet: Parameters<typeof generate>[0]): void {
  s.send(generate(packet), port, '127.0.0.1');
}

describe('observations follow the client to a new address', () => {
  it('after an Update from a new port, a notification from there with the old token is delivered', async () => {
    const stack: ServerStack = await startServerStack(0);
    cleanup.push(() => stack.stop());
    const port = stack.port;
    const a = await socket();
    const b = await socket();

    const registered = new Promise<Registration>((resolve) => stack.server.once('registered', resolve));
    send(a, port, {
      confirmable: true,
      code: 'POST',
      messageId: 1,
      token: Buffer.from('01', 'hex'),
      options: [
        { name: 'Uri-Path', value: Buffer.from('rd') },
        { name: 'Content-Format', value: Buffer.of(40) },
        { name: 'Uri-Query', value: Buffer.from('ep=moving') },
        { name: 'Uri-Query', value: Buffer.from('lwm2m=1.1') },
      ],
      payload: Buffer.from('</3/0>'),
    });
    expect((await next(a)).code).toBe('2.01');
    const reg = await registered;

    // The server observes /3/0/9 in plain text; the client (socket a) accepts with Observe=1.
    const gotRequest = next(a);
    const observing = stack.server.observe(reg, '/3/0/9', undefined, { format: 0 });
    const get = await gotRequest;
    send(a, port, {
      ack: true,
      code: '2.05',
      messageId: get.messageId,
      token: get.token,
      options: [
        { name: 'Observe', value: Buffer.of(1) },
        { name: 'Content-Format', value: Buffer.alloc(0) },
      ],
      payload: Buffer.from('50'),
    });
    const result = await observing;
    expect(result.observation).toBeDefined();

    // The client's address changes: Update from socket b.
    const updated = new Promise<Registration>((resolve) => stack.server.once('updated', resolve));
    send(b, port, {
      confirmable: true,
      code: 'POST',
      messageId: 2,
      token: Buffer.from('02', 'hex'),
      options: [
        { name: 'Uri-Path', value: Buffer.from('rd') },
        { name: 'Uri-Path', value: Buffer.from(reg.id) },
      ],
    });
    expect((await next(b)).code).toBe('2.04');
    expect((await updated).peer.port).toBe(b.address().port);
    expect(stack.server.observationsOf(reg).map((o) => o.token.toString('hex'))).toEqual([get.token.toString('hex')]);

    const seen: Notification[] = [];
    stack.server.on('notification', (_r, n) => seen.push(n));
    const answer = next(b);
    send(b, port, {
      confirmable: true,
      code: '2.05',
      messageId: 3,
      token: get.token,
      options: [
        { name: 'Observe', value: Buffer.of(2) },
        { name: 'Content-Format', value: Buffer.alloc(0) },
      ],
      payload: Buffer.from('51'),
    });
    const ack = await answer;
    expect(ack.ack).toBe(true);
    expect(ack.reset).toBe(false);
    expect(seen.map((n) => n.node)).toMatchObject([{ value: 51 }]);
  });
});
