import zookeeper, { type Client } from 'node-zookeeper-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { CoreEmulator, halvesUuid, type Obj, type SeenRecord } from '../../support/core-emulator.js';
import { DEVICE_ID, seedEmulator } from '../../support/core-emulator-fixtures.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { startZookeeper, type ZookeeperServer } from '../../support/zookeeper-server.js';
import { httpJson, LOOPBACK_ENV, runApp, startedPorts, waitUntil, type AppProcess, type Ports } from './app-process.js';

/**
 * Cluster mode as a process: TB_QUEUE_TYPE=kafka against librdkafka's mock broker with the core
 * emulator playing ThingsBoard, and a real ZooKeeper. A device's session is opened on tb_core;
 * SIGTERM closes it (CLOSED seen by the emulator), removes the ZooKeeper node and ends the
 * process within the bound.
 */

const SID = 'tb-lwm2m-app-it';
const PREFIX = 'appit';
const STOP_BOUND_MS = 5000;
let broker: MockBroker;
let emu: CoreEmulator;
let zk: ZookeeperServer;
let observer: Client;
let app: AppProcess;
let ports: Ports;
let device: SimulatedDevice | undefined;

const actorMsg = (r: SeenRecord): Obj | undefined => r.msg['toDeviceActorMsg'] as Obj | undefined;
const sessionEventOf = (r: SeenRecord, event: 'OPEN' | 'CLOSED'): boolean => {
  const e = actorMsg(r)?.['sessionEvent'] as Obj | undefined;
  if (e === undefined) return false;
  const info = actorMsg(r)?.['sessionInfo'] as Obj;
  // proto3 leaves the default enum value (OPEN = 0) out of the decoded object.
  return (e['event'] ?? 'OPEN') === event && halvesUuid(info['deviceIdMSB'], info['deviceIdLSB']) === DEVICE_ID;
};

function zkChildren(path: string): Promise<string[]> {
  return new Promise((resolve) => observer.getChildren(path, (err, children) => resolve(err ? [] : children)));
}

beforeAll(async () => {
  broker = await startMockBroker();
  emu = new CoreEmulator({ brokers: [broker.bootstrap], prefix: PREFIX });
  seedEmulator(emu);
  await emu.start();
  zk = await startZookeeper();
  observer = zookeeper.createClient(zk.connectString, { sessionTimeout: 5000, spinDelay: 200, retries: 100 });
  await new Promise<void>((resolve) => {
    observer.once('connected', () => resolve());
    observer.connect();
  });
  app = runApp({
    ...LOOPBACK_ENV,
    TB_QUEUE_TYPE: 'kafka',
    TB_KAFKA_SERVERS: broker.bootstrap,
    TB_SERVICE_ID: SID,
    TB_QUEUE_PREFIX: PREFIX,
    CACHE_TYPE: 'caffeine',
    ZOOKEEPER_ENABLED: 'true',
    ZOOKEEPER_URL: zk.connectString,
    TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT: '5000',
    LWM2M_TIMEOUT: '5000',
    LWM2M_SHUTDOWN_TIMEOUT_MS: String(STOP_BOUND_MS),
  });
  ports = await startedPorts(app, 60_000);
}, 120_000);

afterAll(async () => {
  await device?.stop().catch(() => undefined);
  app?.kill();
  observer?.close();
  await zk?.stop();
  await emu?.stop();
  await broker?.stop();
}, 30_000);

describe('cluster mode (TB_QUEUE_TYPE=kafka)', () => {
  it('is ready with the Kafka link up and registers in ZooKeeper', async () => {
    const health = await httpJson(ports.http, 'GET', '/health');
    expect(health.status).toBe(200);
    expect((health.json as { checks: Array<{ name: string; ok: boolean }> }).checks).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'kafka', ok: true }), expect.objectContaining({ name: 'lwm2m-sockets', ok: true })]),
    );
    await waitUntil(async () => (await zkChildren('/thingsboard/nodes')).length === 1, 'the ZooKeeper node');
    // The embedded core's API is not part of cluster mode.
    expect((await httpJson(ports.http, 'GET', '/api/devices')).status).toBe(404);
  });

  it('opens a session on tb_core for a registered device', async () => {
    device = new SimulatedDevice({ endpoint: 'ep-nosec', serverUrl: `coap://127.0.0.1:${ports.coap}`, requestTimeoutMs: 5000 });
    await device.start();
    await emu.waitFor(() => emu.core.find((r) => sessionEventOf(r, 'OPEN')), 20_000, 'session OPEN');
    // The acknowledged session-open record is in the produce-latency histogram.
    const metrics = (await httpJson(ports.http, 'GET', '/metrics')).text;
    expect(Number(/^kafka_produce_latency_seconds_count (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(1);
    expect(metrics).toMatch(/^kafka_producer_buffer_records \d+$/m);
  }, 30_000);

  it('SIGTERM closes the session on tb_core, removes the ZooKeeper node and exits within the bound', async () => {
    const t0 = Date.now();
    app.child.kill('SIGTERM');
    const { code } = await app.exited;
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(STOP_BOUND_MS + 5000);
    await emu.waitFor(() => emu.core.find((r) => sessionEventOf(r, 'CLOSED')), 10_000, 'session CLOSED');
    expect(await zkChildren('/thingsboard/nodes')).toEqual([]);
  }, 30_000);
});
