/**
 * The system under test for the DTLS sections: the project's DTLS server (src/net DtlsTransport
 * over src/dtls) on UDP 127.0.0.1:0 with the real LwM2M server above it, in its own process.
 * Flags: --ecdhe (a P-256 server identity, so ECDHE_ECDSA suites are offered, RPK), --observe
 * (Observe /3/0/9 on every registration). Every PSK identity gets the same 16-byte key, every
 * raw public key is accepted: the figures measure the protocol, not a credential store.
 *
 * Operations (over IPC, see child.ts): `port`, `reset`, `stats`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoapEndpoint } from '../../src/coap/endpoint.js';
import type { DtlsServerConfig } from '../../src/dtls/index.js';
import { ModelRegistry } from '../../src/lwm2m/model/model-registry.js';
import type { Registration } from '../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../src/net/dtls-transport.js';
import { benchServerIdentity } from '../../test/support/dtls-bench-hooks.js';
import { ready, serveParent } from './child.js';
import { BENCH_PSK } from './dtls-bench-constants.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const MODELS_DIR = process.env['LWM2M_MODELS_DIR'] ?? path.resolve(here, '../../../shared/lwm2m-models');
const observeOnRegister = process.argv.includes('--observe');
const ecdhe = process.argv.includes('--ecdhe');

const dtls: DtlsServerConfig = {
  credentials: { pskKey: async () => BENCH_PSK, verifyRawPublicKey: async () => true, verifyCertificateChain: async () => false },
  // Bench load is many parallel handshakes from one host: allow them all (default is 1000).
  maxConcurrentHandshakes: 10_000,
  retransmissionTimeoutMs: 1000,
  ...(ecdhe ? { serverIdentity: benchServerIdentity() } : {}),
};

const models = await ModelRegistry.fromDirectory(MODELS_DIR);
const transport = await DtlsTransport.bind({ address: '127.0.0.1', port: 0, dtls });
const endpoint = new CoapEndpoint(transport);
const server = new Lwm2mServer({ endpoint, models });
server.start();

let registrations = 0;
let notifications = 0;
let observeFailures = 0;
let cpuMark = process.cpuUsage();
let wallMark = process.hrtime.bigint();

server.on('registered', (reg: Registration) => {
  registrations++;
  if (!observeOnRegister) return;
  server.observe(reg, '/3/0/9', () => notifications++).then(
    (r) => {
      if (r.observation === undefined) observeFailures++;
    },
    () => observeFailures++,
  );
});

serveParent({
  port: () => transport.localPort(),
  reset: () => {
    notifications = 0;
    cpuMark = process.cpuUsage();
    wallMark = process.hrtime.bigint();
    return 0;
  },
  stats: () => {
    const cpu = process.cpuUsage(cpuMark);
    const wallUs = Number(process.hrtime.bigint() - wallMark) / 1000;
    return {
      cpuPercent: wallUs > 0 ? ((cpu.user + cpu.system) / wallUs) * 100 : 0,
      cpuUs: cpu.user + cpu.system,
      registrations,
      notifications,
      observeFailures,
      dtls: transport.server.stats(),
    };
  },
});
ready({ port: transport.localPort() });
