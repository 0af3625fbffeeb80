import type { CoapEndpointApi } from '../../coap/types.js';
import type { CorePort } from '../../core/core-port.js';
import { BootstrapServer } from '../../lwm2m/bootstrap/bootstrap-server.js';
import type { BootstrapEventListener } from '../../lwm2m/bootstrap/bootstrap-session.js';
import type { ModelLookup } from '../../lwm2m/model/types.js';
import { ThingsboardBootstrap, type BootstrapLogSink } from './bootstrap-authorizer.js';

/**
 * ThingsBoard's Bootstrap Server on one endpoint: call it once for the CoAP endpoint (5687,
 * LWM2M_BS_BIND_PORT) and once for the DTLS endpoint (5688, LWM2M_BS_SECURITY_BIND_PORT, with
 * `coreDtlsCredentials(core)` as its credential store: the client PSK answers the handshake, #61).
 */
export interface BootstrapServiceOptions {
  readonly core: Pick<CorePort, 'validateCredentials' | 'getDeviceProfile'>;
  readonly endpoint: CoapEndpointApi;
  readonly models: ModelLookup;
  /** transportLog lines of the sessions (#64). */
  readonly log: BootstrapLogSink;
  /** Deadline of one bootstrap request to the client (LWM2M_TIMEOUT). */
  readonly requestTimeoutMs?: number;
  /** Also told about every session event (metrics, logs). */
  readonly onEvent?: BootstrapEventListener;
}

export function startThingsboardBootstrap(options: BootstrapServiceOptions): BootstrapServer {
  const tb = new ThingsboardBootstrap({ core: options.core, log: options.log });
  const server = new BootstrapServer({
    endpoint: options.endpoint,
    models: options.models,
    authorize: (req) => tb.authorize(req),
    onEvent: (e) => {
      tb.onEvent(e);
      options.onEvent?.(e);
    },
    ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
  });
  server.start();
  return server;
}
