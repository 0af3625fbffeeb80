/**
 * The system under test for the LwM2M sections: the project's real LwM2M server
 * (src/lwm2m/server over src/coap over src/net UdpTransport) on UDP 127.0.0.1:0, in its own
 * process so the load generator gets the other core. Run with --expose-gc so memory figures are
 * taken after a full collection.
 *
 * Operations (over IPC, see child.ts): `stats` (registrations, decoded notification values,
 * event-loop delay since the last `reset`), `reset`, `memory` (RSS and heap after gc).
 */
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import { fileURLToPath } from 'node:url';
import { CoapEndpoint } from '../../src/coap/endpoint.js';
import { ModelRegistry } from '../../src/lwm2m/model/model-registry.js';
import type { Lwm2mNode } from '../../src/lwm2m/node.js';
import type { Registration } from '../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../src/lwm2m/server/operation-types.js';
import { UdpTransport } from '../../src/net/udp-transport.js';
import { ready, serveParent } from './child.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// The OMA registry as ThingsBoard ships it (DESIGN.md: lwm2m-models/), beside the checkout.
const MODELS_DIR = process.env['LWM2M_MODELS_DIR'] ?? path.resolve(here, '../../../shared/lwm2m-models');
const observeOnRegister = process.argv.includes('--observe');

const models = await ModelRegistry.fromDirectory(MODELS_DIR);
const transport = await UdpTransport.bind('127.0.0.1', 0);
const endpoint = new CoapEndpoint(transport);
const server = new Lwm2mServer({ endpoint, models });
server.start();

let registrations = 0;
// CPU used since the last reset, as a share of one core: tells a saturated server from an idle one.
let cpuMark = process.cpuUsage();
let wallMark = process.hrtime.bigint();
let notifications = 0;
let values = 0;
let decodeErrors = 0;
let observeFailures = 0;
// monitorEventLoopDelay records the time between its timer's ticks, so every sample includes
// the resolution itself (an idle loop shows about 10 ms at a 10 ms resolution): subtract it.
const LAG_RESOLUTION_MS = 10;
const lag = monitorEventLoopDelay({ resolution: LAG_RESOLUTION_MS });
lag.enable();
const lagMs = (ns: number): number => Math.max(0, ns / 1e6 - LAG_RESOLUTION_MS);

/** Values a decoded notification carried: one per resource or resource instance. */
function countValues(node: Lwm2mNode | undefined): number {
  if (node === undefined) return 0;
  switch (node.kind) {
    case 'resource':
    case 'resourceInstance':
      return 1;
    case 'multiResource':
      return node.instances.size;
    case 'instance':
      return [...node.resources.values()].reduce((n, r) => n + countValues(r), 0);
    case 'object':
      return [...node.instances.values()].reduce((n, i) => n + countValues(i), 0);
  }
}

function onNotification(n: Notification): void {
  notifications++;
  if (n.error !== undefined) decodeErrors++;
  else values += countValues(n.node);
}

server.on('registered', (reg: Registration) => {
  registrations++;
  if (!observeOnRegister) return;
  server.observe(reg, '/3/0/9', onNotification).then(
    (r) => {
      if (r.observation !== undefined) return;
      observeFailures++;
      if (observeFailures === 1) console.error('observe not accepted:', r.code, r.error?.message);
    },
    (err: unknown) => {
      observeFailures++;
      if (observeFailures === 1) console.error('observe failed:', err);
    },
  );
});

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g === undefined) return;
  // Several passes: weak references and finalizers free more on the second round.
  for (let i = 0; i < 3; i++) g();
}

serveParent({
  port: () => transport.localPort(),
  reset: () => {
    notifications = 0;
    values = 0;
    decodeErrors = 0;
    lag.reset();
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
      stored: server.registrations.size,
      notifications,
      values,
      decodeErrors,
      observeFailures,
      lagMeanMs: lag.count > 0 ? lagMs(lag.mean) : 0,
      lagP99Ms: lag.count > 0 ? lagMs(lag.percentile(99)) : 0,
      lagMaxMs: lag.count > 0 ? lagMs(lag.max) : 0,
      observations: endpoint.observationCount,
      peers: transport.peerCount,
      coap: { ...endpoint.counters },
    };
  },
  memory: () => {
    gc();
    const m = process.memoryUsage();
    // Committed size per V8 space: tells retained objects from memory V8 keeps reserved.
    const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((sp) => [sp.space_name, sp.space_size]));
    return {
      rss: m.rss,
      heapUsed: m.heapUsed,
      heapTotal: m.heapTotal,
      external: m.external,
      arrayBuffers: m.arrayBuffers,
      spaces,
      gcExposed: typeof (globalThis as { gc?: unknown }).gc === 'function',
    };
  },
});
ready({ port: transport.localPort() });
