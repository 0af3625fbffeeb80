import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { Clock } from '../../../src/coap/types.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { QueueModeOptions } from '../../../src/lwm2m/server/queue-mode.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { loadTestModels } from '../../support/models.js';

/** The project's LwM2M server on a real UDP socket bound to 127.0.0.1:0, for interop tests. */
export interface ServerUnderTest {
  readonly server: Lwm2mServer;
  readonly endpoint: CoapEndpoint;
  readonly port: number;
  readonly url: string;
  /** Resolves with the next registration of `endpointName` (install before the device registers). */
  nextRegistration(endpointName: string, timeoutMs?: number): Promise<Registration>;
  stop(): Promise<void>;
}

export async function startServerUnderTest(
  opts: { queue?: Partial<QueueModeOptions>; clock?: Clock; requestTimeoutMs?: number } = {},
): Promise<ServerUnderTest> {
  const models = await loadTestModels();
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  // Loopback: a short ACK timeout keeps a lost datagram from stalling a test for seconds.
  const endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 3 } });
  const server = new Lwm2mServer({
    endpoint,
    models,
    requestTimeoutMs: opts.requestTimeoutMs ?? 5000,
    ...(opts.queue === undefined ? {} : { queue: opts.queue }),
    ...(opts.clock === undefined ? {} : { clock: opts.clock }),
  });
  server.start();
  const port = transport.localPort();
  return {
    server,
    endpoint,
    port,
    url: `coap://127.0.0.1:${port}`,
    nextRegistration(endpointName, timeoutMs = 5000) {
      return new Promise<Registration>((resolve, reject) => {
        const timer = setTimeout(() => {
          server.off('registered', on);
          reject(new Error(`no registration of ${endpointName} within ${timeoutMs} ms`));
        }, timeoutMs);
        const on = (r: Registration): void => {
          if (r.endpoint !== endpointName) return;
          clearTimeout(timer);
          server.off('registered', on);
          resolve(r);
        };
        server.on('registered', on);
      });
    },
    async stop() {
      server.stop();
      await endpoint.close();
    },
  };
}

/** Polls `check` every 10 ms until it holds; rejects after `timeoutMs` (bounded in count and time). */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const rounds = Math.ceil(timeoutMs / 10);
  for (let i = 0; i < rounds; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
