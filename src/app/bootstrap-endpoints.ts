/**
 * The LwM2M Bootstrap Server endpoints (5687 CoAP, 5688 CoAPs): the protocol from
 * src/lwm2m/bootstrap, authorised and configured by ThingsBoard's rules from the core port
 * (device credentials' bootstrap part and the profile's bootstrap servers).
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { buildDtlsServerConfig, type DtlsConfig } from '../config/dtls-config.js';
import { CoapEndpoint } from '../coap/endpoint.js';
import type { CorePort } from '../core/index.js';
import { BootstrapServer } from '../lwm2m/bootstrap/bootstrap-server.js';
import type { ModelRegistry } from '../lwm2m/model/model-registry.js';
import { DtlsTransport } from '../net/dtls-transport.js';
import { UdpTransport } from '../net/udp-transport.js';
import { ThingsboardBootstrap } from '../thingsboard/bootstrap/bootstrap-authorizer.js';
import { coreDtlsCredentials } from '../thingsboard/dtls-credentials.js';

export type BootstrapKind = 'bootstrap' | 'bootstrapSecure';

export interface BootstrapEndpoint {
  readonly kind: BootstrapKind;
  readonly port: number;
  readonly coap: CoapEndpoint;
  readonly dtls: DtlsTransport | undefined;
  stop(): Promise<void>;
}

export async function startBootstrapEndpoint(
  kind: BootstrapKind,
  address: string,
  port: number,
  deps: { core: CorePort; models: ModelRegistry; log: Logger; requestTimeoutMs: number; dtls: DtlsConfig },
): Promise<BootstrapEndpoint> {
  const socket =
    kind === 'bootstrap'
      ? await UdpTransport.bind(address, port, { onError: (err) => deps.log.debug({ err, endpoint: kind }, 'UDP send error') })
      : await DtlsTransport.bind({ address, port, dtls: buildDtlsServerConfig(deps.dtls, coreDtlsCredentials(deps.core), readFileSync, 'bootstrap') });
  const log = deps.log.child({ endpoint: kind });
  const coap = new CoapEndpoint(socket, { logger: log });
  // Bootstrap transportLog lines go to the process log: a bootstrapping device has no core session.
  const tb = new ThingsboardBootstrap({ core: deps.core, log: (device, line) => log.info({ device: device.deviceName }, line) });
  const server = new BootstrapServer({
    endpoint: coap,
    models: deps.models,
    authorize: (r) => tb.authorize(r),
    onEvent: (e) => tb.onEvent(e),
    requestTimeoutMs: deps.requestTimeoutMs,
  });
  server.start();
  let stopping: Promise<void> | undefined;
  return {
    kind,
    port: socket.localPort(),
    coap,
    dtls: socket instanceof DtlsTransport ? socket : undefined,
    stop: () =>
      (stopping ??= (async () => {
        server.stop();
        await coap.close();
      })()),
  };
}
