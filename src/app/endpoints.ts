/**
 * One LwM2M endpoint of the process: a bound socket (plain UDP or DTLS), the CoAP message layer
 * on it, an Lwm2mServer (one per socket: the server drives one CoAP endpoint) and the
 * ThingsBoard behaviour between that server and the shared core port.
 */
import { readFileSync } from 'node:fs';
import type { Logger } from 'pino';
import { buildDtlsServerConfig, type DtlsConfig } from '../config/dtls-config.js';
import { CoapEndpoint } from '../coap/endpoint.js';
import type { DtlsSessionStore } from '../dtls/session-cache.js';
import type { CorePort } from '../core/index.js';
import { bindLwm2mServerMetrics } from '../obs/lwm2m-metrics.js';
import type { TransportMetrics } from '../obs/transport-metrics.js';
import type { ModelRegistry } from '../lwm2m/model/model-registry.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import { Lwm2mServer } from '../lwm2m/server/lwm2m-server.js';
import type { DatagramTransport } from '../net/datagram.js';
import { DtlsTransport } from '../net/dtls-transport.js';
import { UdpTransport } from '../net/udp-transport.js';
import { coreDtlsCredentials, type CoreDtlsCredentials } from '../thingsboard/dtls-credentials.js';
import { OtaCoordinator } from '../thingsboard/ota/ota-coordinator.js';
import { OtaInfoStore } from '../thingsboard/ota/ota-ports.js';
import type { RequestHandler } from '../coap/types.js';
import { countDownlinks } from './downlink-metrics.js';
import type { StateStoreFactory } from './state-store.js';
import { createLwm2mTransport, type Lwm2mTransport } from '../thingsboard/lwm2m-transport.js';
import { RegistrationGate } from '../thingsboard/registration-gate.js';
import type { TransportLogConfig } from '../thingsboard/transport-log-config.js';

export type EndpointKind = 'coap' | 'coaps';

export interface EndpointDeps {
  readonly core: CorePort;
  readonly models: ModelRegistry;
  readonly log: Logger;
  readonly metrics: TransportMetrics;
  /** LWM2M_TIMEOUT: deadline of one request to a device. */
  readonly requestTimeoutMs: number;
  /** transportLog switch and length cap; ThingsBoard's defaults when absent. */
  readonly transportLog?: TransportLogConfig;
  /** The DTLS variables (server identity, trust store, suites, CID, retransmission). */
  readonly dtls: DtlsConfig;
  /** Registrations and observations kept across restarts (createStateStore); none when absent. */
  readonly state?: StateStoreFactory | undefined;
}

export interface Lwm2mEndpoint {
  readonly kind: EndpointKind;
  readonly address: string;
  readonly port: number;
  readonly socket: DatagramTransport;
  readonly coap: CoapEndpoint;
  readonly server: Lwm2mServer;
  readonly behaviour: Lwm2mTransport;
  /** The DTLS server's statistics (coaps only). */
  readonly dtls: DtlsTransport | undefined;
  /**
   * Stop order for one endpoint: the behaviour first (it closes the devices' core sessions while
   * the server can still be asked), then the server (fails requests held for sleeping devices),
   * then the socket.
   */
  stop(): Promise<void>;
}

async function bindSocket(
  kind: EndpointKind,
  address: string,
  port: number,
  deps: EndpointDeps,
  credentials: CoreDtlsCredentials,
  sessionStore: DtlsSessionStore | undefined,
): Promise<UdpTransport | DtlsTransport> {
  if (kind === 'coap') {
    return UdpTransport.bind(address, port, { onError: (err) => deps.log.debug({ err, endpoint: kind }, 'UDP send error') });
  }
  // PSK always; RPK/X.509 once LWM2M_SERVER_CREDENTIALS_* give the server an identity. Bad PEM
  // files throw a ConfigError naming the variable.
  const dtls = buildDtlsServerConfig(deps.dtls, credentials, readFileSync, 'server');
  return DtlsTransport.bind({ address, port, dtls: sessionStore === undefined ? dtls : { ...dtls, sessionStore } });
}

export async function startLwm2mEndpoint(kind: EndpointKind, address: string, port: number, deps: EndpointDeps): Promise<Lwm2mEndpoint> {
  // One credential cache for the DTLS handshake and the Register that follows it, so the core
  // is asked once per device.
  const credentials = coreDtlsCredentials(deps.core);
  // The coaps store exists before the socket: its DTLS sessions go to the same Redis.
  const keptDtls = kind === 'coaps' ? deps.state?.forEndpoint(kind, undefined) : undefined;
  let socket: UdpTransport | DtlsTransport;
  try {
    socket = await bindSocket(kind, address, port, deps, credentials, keptDtls?.dtlsSessions);
  } catch (err) {
    await keptDtls?.close();
    throw err;
  }
  const log = deps.log.child({ endpoint: kind });
  const coap = new CoapEndpoint(socket, { logger: log });
  const gate = kind === 'coaps' ? new RegistrationGate(deps.core, log, credentials) : new RegistrationGate(deps.core, log);
  // The OTA coordinator needs the server and serves the server's /tbfw and /tbsw downloads.
  let downloads: RequestHandler | undefined;
  const kept = keptDtls ?? deps.state?.forEndpoint(kind, socket instanceof UdpTransport ? socket : undefined);
  const server = new Lwm2mServer({
    ...(kept === undefined ? {} : { state: kept.state }),
    endpoint: coap,
    models: deps.models,
    requestTimeoutMs: deps.requestTimeoutMs,
    fallback: (req) => (downloads === undefined ? { code: '4.04' } : downloads(req)),
    acceptRegistration: async (candidate) => {
      const decision = await gate.accept(candidate);
      if (!decision.accept) deps.metrics.registrations.rejected.inc();
      return decision;
    },
  });
  const unbindMetrics = bindLwm2mServerMetrics(deps.metrics, server);
  const uncountDownlinks = countDownlinks(server, deps.metrics);
  const describe = (r: Registration): object => ({ ep: r.endpoint, lwm2m: r.lwm2mVersion, address: `${r.peer.address}:${r.peer.port}` });
  server.on('registered', (r) => log.info(describe(r), 'device registered'));
  server.on('deregistered', (r) => log.info(describe(r), 'device deregistered'));
  server.on('expired', (r) => log.info(describe(r), 'registration expired'));
  const otaStore = new OtaInfoStore(kept?.otaInfo === undefined ? {} : { persistence: kept.otaInfo });
  const ota = new OtaCoordinator({
    store: otaStore,
    core: deps.core,
    server,
    requestTimeoutMs: deps.requestTimeoutMs,
    onError: (err, ep) => log.warn({ err, ep }, 'OTA step failed'),
  });
  downloads = ota.downloadHandler();
  ota.start();
  const behaviour = createLwm2mTransport({
    core: deps.core,
    server,
    models: deps.models,
    gate,
    ota,
    ...(kept?.writeTimes === undefined ? {} : { writeTimes: kept.writeTimes }),
    logger: log,
    config: deps.transportLog === undefined ? { requestTimeoutMs: deps.requestTimeoutMs } : { requestTimeoutMs: deps.requestTimeoutMs, transportLog: deps.transportLog },
  });
  // After the behaviour subscribed (it opens sessions for `restored`), before requests are served.
  if (kept !== undefined) {
    try {
      // OTA state first: restored registrations attach OTA, which reads it.
      const otaRestored = await otaStore.restore();
      log.info({ ...(await server.restore()), otaRestored }, 'LwM2M state restored');
    } catch (err) {
      log.error({ err }, 'LwM2M state not restored: devices register again');
    }
  }
  server.start();
  const dtls = socket instanceof DtlsTransport ? socket : undefined;
  let stopping: Promise<void> | undefined;
  return {
    kind,
    address,
    port: socket.localPort(),
    socket,
    coap,
    server,
    behaviour,
    dtls,
    stop: () =>
      (stopping ??= (async () => {
        await behaviour.stop();
        ota.stop();
        server.stop();
        unbindMetrics();
        uncountDownlinks();
        await coap.close();
        await kept?.close();
      })()),
  };
}
