/**
 * System under test of the OTA download benchmark: the project's LwM2M server on UDP with the
 * ThingsBoard `/tbfw` resource (the coordinator's access rule and the shared package cache) and
 * an in-memory "core" holding one package. A device that registers is assigned that package.
 * Operations: `port`, `memory` (RSS/heap after a full gc when `--expose-gc`), `peak` (highest
 * RSS sampled every 20 ms since the last `resetPeak`), `resetPeak`, `served` (blocks served).
 */
import v8 from 'node:v8';
import { CoapEndpoint } from '../src/coap/endpoint.js';
import { ok } from '../src/core/core-types.js';
import { createPackageDownloadHandler } from '../src/lwm2m/ota/package-download-resource.js';
import { createBuiltinRegistry } from '../src/lwm2m/model/builtin/index.js';
import { Lwm2mServer } from '../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../src/net/udp-transport.js';
import { otaDownloadLookup } from '../src/thingsboard/ota/core-ota-provider.js';
import { OtaInfoStore } from '../src/thingsboard/ota/ota-ports.js';
import { OtaPackageCache } from '../src/thingsboard/ota/package-cache.js';
import { ready, serveParent } from './lib/child.js';

const PACKAGE_ID = 'b0b0b0b0-0000-4000-8000-000000000001';
const size = Number(process.env['OTA_BENCH_BYTES'] ?? 1024 * 1024);

const store = new OtaInfoStore();
const cache = new OtaPackageCache({
  readOtaPackageData: async () => {
    const b = Buffer.alloc(size);
    for (let i = 0; i < size; i++) b[i] = (i * 13) & 0xff;
    return ok<Uint8Array>(b);
  },
});
const transport = await UdpTransport.bind('127.0.0.1', 0);
const endpoint = new CoapEndpoint(transport);
const downloads = createPackageDownloadHandler({
  resources: ['tbfw', 'tbsw'],
  lookup: otaDownloadLookup({ endpointOf: (peer) => server.registrations.getByPeer(peer)?.endpoint, store, cache }),
});
let served = 0;
const server: Lwm2mServer = new Lwm2mServer({
  endpoint,
  models: createBuiltinRegistry(),
  fallback: (req) => {
    served++;
    return downloads(req);
  },
});
server.on('registered', (reg) => {
  store.get('firmware', reg.endpoint).packageId = PACKAGE_ID;
});
server.start();

let peak = 0;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 20);
sampler.unref();

const gc = (globalThis as { gc?: () => void }).gc;

serveParent({
  port: () => transport.localPort(),
  packageId: () => PACKAGE_ID,
  memory: () => {
    gc?.();
    const m = process.memoryUsage();
    return { rss: m.rss, heapUsed: m.heapUsed, external: m.external, gcExposed: gc !== undefined, heapSpaces: v8.getHeapSpaceStatistics().length };
  },
  resetPeak: () => {
    peak = process.memoryUsage().rss;
    return peak;
  },
  peak: () => Math.max(peak, process.memoryUsage().rss),
  served: () => served,
});
ready({ port: transport.localPort() });
