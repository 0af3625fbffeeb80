import { generate, parse, type ParsedPacket } from 'coap-packet';
import { afterEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { StoredPeer } from '../../../src/lwm2m/registration/state-store.js';
import { detachedPeer } from '../../../src/lwm2m/registration/stored-registration.js';
import { Lwm2mServer, type RestoreSummary } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Peer } from '../../../src/net/datagram.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { MemoryStateStore } from '../../../src/store/memory-state-store.js';
import { nodeDtlsClientExchange } from '../../support/dtls-peers.js';
import { TEST_PSK, TEST_PSK_IDENTITY, testCredentialStore } from '../../support/dtls-test-server.js';
import { loadTestModels } from '../../support/models.js';

/**
 * A DTLS session does not survive a restart. A restored registration of a DTLS client waits on
 * a detached peer carrying the stored identity; the client's Update from a new session (new
 * handshake, same PSK identity) takes it over: 2.04, no new Register. Without that resolver the
 * registration is dropped and the Update gets 4.04.
 */

interface DtlsStack {
  server: Lwm2mServer;
  port: number;
  restored: RestoreSummary;
  stop(): Promise<void>;
}

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f().catch(() => undefined);
});

async function dtlsStack(port: number, store: MemoryStateStore, resolvePeer: (p: StoredPeer, ep: string) => Peer | undefined): Promise<DtlsStack> {
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port,
    dtls: { credentials: testCredentialStore(undefined, { rpk: [], chains: [], pskLookups: [] }), retransmissionTimeoutMs: 1000 },
  });
  const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 1 } });
  const server = new Lwm2mServer({ endpoint, models: await loadTestModels(), state: { store, resolvePeer } });
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
  return { server, port: transport.localPort(), restored, stop };
}

async function exchange(port: number, packet: Parameters<typeof generate>[0]): Promise<ParsedPacket> {
  const reply = await nodeDtlsClientExchange({ port, identity: TEST_PSK_IDENTITY, psk: TEST_PSK, datagram: generate(packet) });
  return parse(reply);
}

function registerPacket(ep: string): Parameters<typeof generate>[0] {
  return {
    confirmable: true,
    code: 'POST',
    messageId: 10,
    token: Buffer.from('aa', 'hex'),
    options: [
      { name: 'Uri-Path', value: Buffer.from('rd') },
      { name: 'Content-Format', value: Buffer.of(40) },
      { name: 'Uri-Query', value: Buffer.from(`ep=${ep}`) },
      { name: 'Uri-Query', value: Buffer.from('lt=300') },
    ],
    payload: Buffer.from('</1/0>,</3/0>'),
  };
}

function updatePacket(id: string): Parameters<typeof generate>[0] {
  return {
    confirmable: true,
    code: 'POST',
    messageId: 11,
    token: Buffer.from('bb', 'hex'),
    options: [
      { name: 'Uri-Path', value: Buffer.from('rd') },
      { name: 'Uri-Path', value: Buffer.from(id) },
    ],
  };
}

async function registerThenRestart(ep: string, resolvePeer: (p: StoredPeer, e: string) => Peer | undefined): Promise<{ id: string; second: DtlsStack; store: MemoryStateStore }> {
  const store = new MemoryStateStore();
  const first = await dtlsStack(0, store, () => undefined);
  const res = await exchange(first.port, registerPacket(ep));
  expect(res.code).toBe('2.01');
  const id = first.server.registrations.getByEndpoint(ep)?.id as string;
  expect(store.registrationCount).toBe(1);
  await first.stop();
  const second = await dtlsStack(first.port, store, resolvePeer);
  return { id, second, store };
}

describe('DTLS client after a restart', () => {
  it('with a detached peer: the Update from a new session (same PSK identity) takes the registration over', async () => {
    const { id, second } = await registerThenRestart('dtls-restart', (p, ep) => detachedPeer(p, ep));
    expect(second.restored).toEqual({ registrations: 1, observations: 0, dropped: 0 });
    expect(second.server.registrations.get(id)?.peer.key).toBe('detached:dtls-restart');

    const res = await exchange(second.port, updatePacket(id));
    expect(res.code).toBe('2.04');
    const reg = second.server.registrations.get(id);
    expect(reg?.endpoint).toBe('dtls-restart');
    expect(reg?.peer.key).not.toBe('detached:dtls-restart');
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
  });

  it('without one: the registration is dropped and the Update gets 4.04', async () => {
    const { id, second, store } = await registerThenRestart('dtls-dropped', () => undefined);
    expect(second.restored).toEqual({ registrations: 0, observations: 0, dropped: 1 });
    expect(store.registrationCount).toBe(0);
    expect((await exchange(second.port, updatePacket(id))).code).toBe('4.04');
  });
});
