/**
 * Issue 6 item 5 end to end over real redis-server: a PSK device registers over DTLS; the
 * server stack (DtlsTransport, CoAP endpoint, Lwm2mServer) is discarded and a new one over the
 * same Redis restores; the device resumes its DTLS session by id (abbreviated handshake, no PSK
 * lookup) and its Update is answered 2.04 on the restored registration.
 */
import { createSocket, type Socket } from 'node:dgram';
import { generate, parse, type ParsedPacket } from 'coap-packet';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { detachedPeer } from '../../../src/lwm2m/registration/stored-registration.js';
import { Lwm2mServer, type RestoreSummary } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { RedisDtlsSessionStore } from '../../../src/store/redis-dtls-session-store.js';
import { RedisStateStore } from '../../../src/store/redis-state-store.js';
import { TestDtlsClient } from '../../support/dtls-test-client.js';
import { loadTestModels } from '../../support/models.js';
import { connectRedis, startRedis, type RedisServer } from '../../support/redis-server.js';

const PSK = Buffer.from('0102030405060708090a0b0c0d0e0f10', 'hex');
let redisServer: RedisServer;
let redis: Redis;
const cleanup: Array<() => Promise<void>> = [];

beforeAll(async () => {
  redisServer = await startRedis();
  redis = await connectRedis(redisServer);
});
afterAll(async () => {
  await redis?.quit().catch(() => undefined);
  await redisServer?.stop();
});
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => undefined);
});

async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 5));
  }
}

interface Stack {
  server: Lwm2mServer;
  port: number;
  restored: RestoreSummary;
  pskLookups: string[];
  state: RedisStateStore;
  stop(): Promise<void>;
}

async function stack(port: number): Promise<Stack> {
  const pskLookups: string[] = [];
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port,
    dtls: {
      sessionStore: new RedisDtlsSessionStore(redis, { keyPrefix: 'e:' }),
      credentials: {
        pskKey: async (id) => {
          pskLookups.push(id);
          return id === 'dev-r' ? PSK : undefined;
        },
        verifyRawPublicKey: async () => false,
        verifyCertificateChain: async () => false,
      },
    },
  });
  const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 1 } });
  const state = new RedisStateStore(redis, { keyPrefix: 'e:', ownsClient: false });
  const server = new Lwm2mServer({ endpoint, models: await loadTestModels(), state: { store: state, resolvePeer: (p, ep) => (p.secure ? detachedPeer(p, ep) : undefined) } });
  const restored = await server.restore();
  server.start();
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    server.stop();
    await endpoint.close();
  };
  cleanup.push(stop);
  return { server, port: transport.localPort(), restored, pskLookups, state, stop };
}

async function clientSocket(): Promise<Socket> {
  const sock = createSocket('udp4');
  await new Promise<void>((r) => sock.bind(0, '127.0.0.1', () => r()));
  cleanup.push(() => new Promise<void>((r) => sock.close(() => r())));
  return sock;
}

async function connect(sock: Socket, port: number, resume?: { id: Buffer; master: Buffer }): Promise<TestDtlsClient> {
  const c = new TestDtlsClient({ identity: 'dev-r', psk: PSK, send: (d) => sock.send(d, port, '127.0.0.1'), ...(resume ? { resume } : {}) });
  sock.removeAllListeners('message');
  sock.on('message', (m) => c.receive(m));
  c.start();
  await until(() => c.established);
  return c;
}

async function request(c: TestDtlsClient, packet: Parameters<typeof generate>[0]): Promise<ParsedPacket> {
  const before = c.received.length;
  c.sendApplicationData(generate(packet));
  await until(() => c.received.length > before);
  return parse(c.received[before]!);
}

const register: Parameters<typeof generate>[0] = {
  confirmable: true,
  code: 'POST',
  messageId: 21,
  token: Buffer.from('a1', 'hex'),
  options: [
    { name: 'Uri-Path', value: Buffer.from('rd') },
    { name: 'Content-Format', value: Buffer.of(40) },
    { name: 'Uri-Query', value: Buffer.from('ep=dtls-resume') },
    { name: 'Uri-Query', value: Buffer.from('lt=300') },
  ],
  payload: Buffer.from('</1/0>,</3/0>'),
};

function update(id: string): Parameters<typeof generate>[0] {
  return { confirmable: true, code: 'POST', messageId: 22, token: Buffer.from('b2', 'hex'), options: [{ name: 'Uri-Path', value: Buffer.from('rd') }, { name: 'Uri-Path', value: Buffer.from(id) }] };
}

describe('DTLS device across a restart with Redis', () => {
  it('resumes its session with the new server and its Update reaches the restored registration', async () => {
    await redis.flushdb();
    const first = await stack(0);
    const sock = await clientSocket();
    const c1 = await connect(sock, first.port);
    expect((await request(c1, register)).code).toBe('2.01');
    const id = first.server.registrations.getByEndpoint('dtls-resume')!.id;
    await first.state.flush();
    const sessionKey = `e:dtls:${c1.sessionId.toString('hex')}`;
    const end = Date.now() + 3000;
    while ((await redis.exists(sessionKey)) === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 10));
    await first.stop();

    const second = await stack(first.port);
    expect(second.restored).toEqual({ registrations: 1, observations: 0, dropped: 0 });
    const c2 = await connect(sock, second.port, { id: c1.sessionId, master: c1.master! });
    expect(c2.resumed).toBe(true);
    expect(second.pskLookups).toEqual([]);
    expect((await request(c2, update(id))).code).toBe('2.04');
    const reg = second.server.registrations.get(id);
    expect(reg?.endpoint).toBe('dtls-resume');
    expect(reg?.peer.key).not.toBe('detached:dtls-resume');
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: 'dev-r' });
  });
});
