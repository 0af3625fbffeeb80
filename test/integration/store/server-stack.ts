/**
 * The LwM2M server stack the restart tests run (in this process or in a child): UdpTransport,
 * CoapEndpoint and Lwm2mServer on 127.0.0.1, with an optional state store. Restored UDP
 * registrations get the transport's own cached Peer for their address and port.
 */
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Lwm2mStateStore } from '../../../src/lwm2m/registration/state-store.js';
import { Lwm2mServer, type RestoreSummary } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';

export interface ServerStack {
  readonly transport: UdpTransport;
  readonly endpoint: CoapEndpoint;
  readonly server: Lwm2mServer;
  readonly port: number;
  readonly restored: RestoreSummary;
  stop(): Promise<void>;
}

export async function startServerStack(port: number, store?: Lwm2mStateStore): Promise<ServerStack> {
  const transport = await UdpTransport.bind('127.0.0.1', port);
  const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
  const server = new Lwm2mServer({
    endpoint,
    models: await loadTestModels(),
    requestTimeoutMs: 4000,
    ...(store === undefined
      ? {}
      : { state: { store, resolvePeer: (p) => (p.secure ? undefined : transport.peer(p.address, p.port)) } }),
  });
  const restored = await server.restore();
  server.start();
  return {
    transport,
    endpoint,
    server,
    port: transport.localPort(),
    restored,
    stop: async () => {
      server.stop();
      await endpoint.close();
    },
  };
}
