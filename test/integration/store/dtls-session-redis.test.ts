/**
 * DTLS session resumption across a discarded server (issue 6 item 5): a PSK client does a full
 * handshake with a DtlsTransport whose session cache writes through to a real redis-server;
 * the transport is closed and a new one (new DtlsServer, empty in-memory cache, same Redis)
 * takes over; the client's abbreviated handshake with the old session id succeeds.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Peer } from '../../../src/net/datagram.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { RedisDtlsSessionStore } from '../../../src/store/redis-dtls-session-store.js';
import { TestDtlsClient } from '../../support/dtls-test-client.js';
import { connectRedis, startRedis, type RedisServer } from '../../support/redis-server.js';

const PSK = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
let redisServer: RedisServer;
let redis: Redis;
const cleanups: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  redisServer = await startRedis();
  redis = await connectRedis(redisServer);
});
afterAll(async () => {
  await redis?.quit().catch(() => undefined);
  await redisServer?.stop();
});
beforeEach(async () => {
  await redis.flushdb();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** One "process": a DtlsTransport with its own session cache over the shared Redis. */
async function startServer(pskKey: (id: string) => Promise<Buffer | undefined> = async (id) => (id === 'dev' ? PSK : undefined)) {
  const store = new RedisDtlsSessionStore(redis, { keyPrefix: 't:', ttlSeconds: 60 });
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    dtls: { sessionStore: store, credentials: { pskKey, verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false } },
  });
  const inbound: Array<{ peer: Peer; text: string }> = [];
  transport.onDatagram((peer, d) => inbound.push({ peer, text: d.toString() }));
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await transport.close();
  };
  cleanups.push(close);
  return { transport, inbound, close };
}

async function clientSocket(): Promise<Socket> {
  const sock = createSocket('udp4');
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  cleanups.push(() => new Promise<void>((r) => sock.close(() => r())));
  return sock;
}

async function handshake(sock: Socket, port: number, resume?: { id: Buffer; master: Buffer }): Promise<TestDtlsClient> {
  const c = new TestDtlsClient({ identity: 'dev', psk: PSK, send: (d) => sock.send(d, port, '127.0.0.1'), ...(resume ? { resume } : {}) });
  sock.removeAllListeners('message');
  sock.on('message', (m) => c.receive(m));
  c.start();
  await until(() => c.established);
  return c;
}

describe('DTLS sessions in Redis', () => {
  it('a client resumes its session (abbreviated handshake) with a new server that shares the Redis', async () => {
    const first = await startServer();
    const sock = await clientSocket();
    const full = await handshake(sock, first.transport.localPort());
    expect(full.resumed).toBe(false);
    expect(full.sessionId.length).toBe(32);
    const key = `t:dtls:${full.sessionId.toString('hex')}`;
    // The write-through is not awaited by the handshake: wait until Redis has it.
    const end = Date.now() + 3000;
    while ((await redis.exists(key)) === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    expect(await redis.exists(key)).toBe(1);
    const ttl = await redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60);
    // The value carries exactly the negotiated master secret (base64).
    expect(JSON.parse((await redis.get(key))!).master).toBe(full.master!.toString('base64'));
    await first.close();

    // A new process: empty memory cache, its PSK lookup must not even be asked.
    let pskAsked = 0;
    const second = await startServer(async (id) => {
      pskAsked++;
      return id === 'dev' ? PSK : undefined;
    });
    const again = await handshake(sock, second.transport.localPort(), { id: full.sessionId, master: full.master! });
    expect(again.resumed).toBe(true);
    expect(again.sessionId.equals(full.sessionId)).toBe(true);
    expect(pskAsked).toBe(0);
    again.sendApplicationData(Buffer.from('after restart'));
    await until(() => second.inbound.length === 1);
    expect(second.inbound[0]!.text).toBe('after restart');
    expect(second.inbound[0]!.peer.identity).toEqual({ kind: 'psk', identity: 'dev' });
  });

  it('an unreadable stored record means a full handshake, and the record is deleted', async () => {
    const id = Buffer.alloc(32, 7);
    await redis.set(`t:dtls:${id.toString('hex')}`, '{"v":1,"id":"zz","master":"not base64!"}');
    const server = await startServer();
    const sock = await clientSocket();
    const c = await handshake(sock, server.transport.localPort(), { id, master: Buffer.alloc(48, 1) });
    expect(c.resumed).toBe(false);
    expect(c.sessionId.equals(id)).toBe(false);
    expect(await redis.exists(`t:dtls:${id.toString('hex')}`)).toBe(0);
  });
});
