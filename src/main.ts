/**
 * Composition root. Reads the configuration from the environment, binds the LwM2M endpoints
 * and runs until SIGINT/SIGTERM. (Interim: the LwM2M server alone, logging what devices do;
 * the ThingsBoard core links are wired in as they land.)
 */
import { pino } from 'pino';
import { CoapEndpoint } from './coap/endpoint.js';
import { ConfigError } from './config/env.js';
import { readLwm2mConfig } from './config/lwm2m-config.js';
import { formatPath } from './lwm2m/path.js';
import { ModelRegistry } from './lwm2m/model/model-registry.js';
import { Lwm2mServer } from './lwm2m/server/lwm2m-server.js';
import { UdpTransport } from './net/udp-transport.js';

async function main(): Promise<void> {
  const log = pino({ level: process.env.LOG_LEVEL ?? 'info' });
  let config;
  try {
    config = readLwm2mConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(`invalid configuration: ${e.message}`);
      process.exit(2);
    }
    throw e;
  }
  const models = config.modelsDir ? await ModelRegistry.fromDirectory(config.modelsDir) : new ModelRegistry();
  const transport = await UdpTransport.bind(config.bindAddress, config.bindPort, {
    onError: (err) => log.warn({ err }, 'udp error'),
  });
  const endpoint = new CoapEndpoint(transport, { logger: log.child({ room: 'coap' }) });
  const server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: config.timeoutMs });
  server.on('registered', (r) =>
    log.info({ endpoint: r.endpoint, lwm2m: r.lwm2mVersion, address: `${r.peer.address}:${r.peer.port}`, objects: r.objects.map((o) => o.id) }, 'registered'),
  );
  server.on('updated', (r) => log.info({ endpoint: r.endpoint }, 'registration updated'));
  server.on('deregistered', (r) => log.info({ endpoint: r.endpoint }, 'deregistered'));
  server.on('expired', (r) => log.info({ endpoint: r.endpoint }, 'registration expired'));
  server.on('send', (r, entries) =>
    log.info({ endpoint: r.endpoint, values: entries.map((e) => [formatPath(e.path), String(e.value)]) }, 'send'),
  );
  server.start();
  log.info({ coap: `${config.bindAddress}:${transport.localPort()}` }, 'LwM2M server listening');

  let stopping = false;
  const stop = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping');
    server.stop();
    await endpoint.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
