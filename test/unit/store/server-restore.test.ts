import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/coap/clock.js';
import type { CoapEndpointApi, NotificationHandler, Observation, OutboundRequest } from '../../../src/coap/types.js';
import { makeTestRegistry } from '../../support/models.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Peer } from '../../../src/net/datagram.js';
import { MemoryStateStore } from '../../../src/store/memory-state-store.js';
import { sampleObservation, sampleRegistration } from './samples.js';

/** Lwm2mServer.restore() against a CoAP endpoint double: what is restored, what is dropped. */

interface Restored {
  peer: Peer;
  req: OutboundRequest;
  token: Buffer;
  lastObserve: number;
  handler: NotificationHandler;
}

function endpointDouble(canRestore: boolean): { api: CoapEndpointApi; restored: Restored[] } {
  const restored: Restored[] = [];
  const api: CoapEndpointApi = {
    setRequestHandler: () => undefined,
    request: () => Promise.reject(new Error('not used')),
    observe: () => Promise.reject(new Error('not used')),
    close: async () => undefined,
  };
  if (!canRestore) return { api, restored };
  const withRestore: CoapEndpointApi = {
    ...api,
    restoreObservation: (peer, req, token, lastObserve, handler): Observation => {
      restored.push({ peer, req, token, lastObserve, handler });
      return { token, peer, cancel: async () => undefined, forget: () => undefined };
    },
  };
  return { api: withRestore, restored };
}

const NOW = 1_700_000_200_000;
const udp = { address: '127.0.0.1', port: 40123, secure: false } as const;

function setup(canRestore = true) {
  const store = new MemoryStateStore();
  const { api, restored } = endpointDouble(canRestore);
  const clock = new FakeClock(NOW);
  const peers = new Map<string, Peer>();
  const server = new Lwm2mServer({
    endpoint: api,
    models: makeTestRegistry(3, [[9, 'integer']], '1.1'),
    clock,
    state: {
      store,
      resolvePeer: (p) => {
        if (p.secure) return undefined;
        const key = `udp:${p.address}:${p.port}`;
        let peer = peers.get(key);
        if (peer === undefined) peers.set(key, (peer = { key, address: p.address, port: p.port, secure: false }));
        return peer;
      },
    },
  });
  return { store, server, restored, peers };
}

describe('Lwm2mServer.restore', () => {
  it('restores a registration with the resolved peer and its observation request rebuilt from the stored facts', async () => {
    const { store, server, restored, peers } = setup();
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    store.saveObservation(sampleObservation);
    const events: string[] = [];
    server.on('restored', (r) => events.push(r.endpoint));
    expect(await server.restore()).toEqual({ registrations: 1, observations: 1, dropped: 0 });
    const reg = server.registrations.get(sampleRegistration.id);
    expect(reg?.peer).toBe(peers.get('udp:127.0.0.1:40123'));
    expect(reg?.lastSeenAt).toBe(NOW);
    expect(events).toEqual([sampleRegistration.endpoint]);
    expect(restored).toHaveLength(1);
    expect(restored[0]?.token.toString('hex')).toBe(sampleObservation.token);
    expect(restored[0]?.lastObserve).toBe(7);
    expect(restored[0]?.req).toEqual({ method: 'GET', uriPath: ['3', '0', '9'], accept: 112 });
    expect(server.observationsOf(reg!).map((o) => o.token.toString('hex'))).toEqual([sampleObservation.token]);
  });

  it('a composite observation comes back as FETCH on the root with the encoded path list', async () => {
    const { store, server, restored } = setup();
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    store.saveObservation({ ...sampleObservation, composite: true, paths: ['/3/0/9', '/3/0/1'], format: 112 });
    expect((await server.restore()).observations).toBe(1);
    expect(restored[0]?.req).toMatchObject({ method: 'FETCH', contentFormat: 112, accept: 112 });
    expect(restored[0]?.req.payload?.length).toBeGreaterThan(0);
  });

  it('drops (and deletes) unusable observations: bad path, two paths on a single observe, unknown registration', async () => {
    const { store, server, restored } = setup();
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    store.saveObservation({ ...sampleObservation, token: '01', paths: ['/not/a/path'] });
    store.saveObservation({ ...sampleObservation, token: '02', paths: ['/3/0/9', '/3/0/1'] });
    store.saveObservation({ ...sampleObservation, registrationId: 'gone', token: '03' });
    expect(await server.restore()).toEqual({ registrations: 1, observations: 0, dropped: 0 });
    expect(restored).toHaveLength(0);
    expect(store.observationCount).toBe(0);
  });

  it('without restoreObservation on the endpoint the registrations come back but not the observations', async () => {
    const { store, server } = setup(false);
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    store.saveObservation(sampleObservation);
    expect(await server.restore()).toEqual({ registrations: 1, observations: 0, dropped: 0 });
    expect(store.observationCount).toBe(0);
  });

  it('a registration for an endpoint already present is not restored over it', async () => {
    const { store, server } = setup();
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    store.saveRegistration({ ...sampleRegistration, id: 'second', peer: udp });
    const summary = await server.restore();
    expect(summary.registrations).toBe(1);
    expect(summary.dropped).toBe(1);
    expect(server.registrations.size).toBe(1);
  });

  it('Update, expiry and removal after the restore are written to the store; markSeen is not', async () => {
    const { store, server } = setup();
    store.saveRegistration({ ...sampleRegistration, peer: udp });
    await server.restore();
    const reg = server.registrations.get(sampleRegistration.id)!;
    server.registrations.update(reg.id, { lifetimeSec: 900 });
    expect((await store.load()).registrations[0]?.lifetimeSec).toBe(900);
    let saved = 0;
    const original = store.saveRegistration.bind(store);
    store.saveRegistration = (r) => {
      saved++;
      original(r);
    };
    server.registrations.markSeen(reg, NOW + 5);
    expect(saved).toBe(0);
    server.registrations.update(reg.id, { lifetimeSec: 901 });
    expect(saved).toBe(1);
    server.registrations.remove(reg.id);
    expect(store.registrationCount).toBe(0);
  });
});
