// Issue 3 item 9 with the real transport PROCESS: librdkafka's mock broker (kcat), a real
// ZooKeeper and the core emulator (shared schema) on one side, a simulated LwM2M device on the
// other, and `src/main.ts` started as a child with TB_QUEUE_TYPE=kafka in between. Nothing of the
// transport runs in the test's process: every step is observed on the wire (Kafka records,
// CoAP requests the device receives, ZooKeeper nodes).
import zookeeper, { type Client } from 'node-zookeeper-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { CoreEmulator, halvesUuid, uuidHalves, type Obj, type SeenRecord } from '../../support/core-emulator.js';
import { DEVICE_ID, addNoSecDevice, answerAttributeReads, deviceProfileProto, seedEmulator } from '../../support/core-emulator-fixtures.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { lwm2mProfileData } from '../../support/standalone-fixtures.js';
import { startZookeeper, type ZookeeperServer } from '../../support/zookeeper-server.js';
import { LOOPBACK_ENV, runApp, startedPorts, waitUntil, type AppProcess, type Ports } from '../app/app-process.js';

const SID = 'tb-lwm2m-process-e2e';
const PREFIX = 'pe2e';
const ENDPOINT = 'process-dev';
const ZK_DIR = '/thingsboard';
const STOP_BOUND_MS = 5000;
// The device profile (ThingsBoard's LwM2M transport configuration): observe the battery level as
// telemetry, keep the timezone as a (shared-attribute writable) attribute.
const OBSERVE_ATTR = {
  keyName: { '/3_1.1/0/9': 'batteryLevel', '/3_1.1/0/15': 'timezone' },
  observe: ['/3_1.1/0/9'],
  attribute: ['/3_1.1/0/15'],
  telemetry: ['/3_1.1/0/9'],
  attributeLwm2m: {},
};

let broker: MockBroker;
let zk: ZookeeperServer;
let emu: CoreEmulator;
let observer: Client;
let app: AppProcess | undefined;
let ports: Ports;
let device: SimulatedDevice | undefined;
let stopAnswering = (): void => undefined;

const actor = (r: SeenRecord): Obj | undefined => r.msg['toDeviceActorMsg'] as Obj | undefined;
const infoOf = (r: SeenRecord): Obj => (actor(r)?.['sessionInfo'] as Obj | undefined) ?? {};
const sessionIdOf = (r: SeenRecord): string => halvesUuid(infoOf(r)['sessionIdMSB'], infoOf(r)['sessionIdLSB']);
const deviceIdOf = (r: SeenRecord): string => halvesUuid(infoOf(r)['deviceIdMSB'], infoOf(r)['deviceIdLSB']);
/** proto3 leaves the default enum value (OPEN = 0) out of the decoded object. */
const sessionEvent = (r: SeenRecord): string | undefined => {
  const e = actor(r)?.['sessionEvent'] as Obj | undefined;
  return e === undefined ? undefined : String(e['event'] ?? 'OPEN');
};
const zkChildren = (): Promise<string[]> =>
  new Promise((resolve) => observer.getChildren(`${ZK_DIR}/nodes`, (err, children) => resolve(err ? [] : children)));
const zkData = (child: string): Promise<Buffer | undefined> =>
  new Promise((resolve) => observer.getData(`${ZK_DIR}/nodes/${child}`, undefined, (err: Error | null, data: Buffer) => resolve(err ? undefined : data)));

beforeAll(async () => {
  [broker, zk] = await Promise.all([startMockBroker(), startZookeeper()]);
  observer = zookeeper.createClient(zk.connectString, { sessionTimeout: 5000, spinDelay: 200, retries: 100 });
  await new Promise<void>((resolve) => {
    observer.once('connected', () => resolve());
    observer.connect();
  });
  emu = new CoreEmulator({ brokers: [broker.bootstrap], prefix: PREFIX });
  seedEmulator(emu);
  const profile = deviceProfileProto('lwm2m-process-e2e', { deviceProfileData: Buffer.from(JSON.stringify(lwm2mProfileData(OBSERVE_ATTR))) });
  addNoSecDevice(emu, ENDPOINT, DEVICE_ID, profile);
  await emu.start();
  stopAnswering = answerAttributeReads(emu, SID, 50);
  app = runApp({
    ...LOOPBACK_ENV,
    TB_QUEUE_TYPE: 'kafka',
    TB_KAFKA_SERVERS: broker.bootstrap,
    TB_SERVICE_ID: SID,
    TB_QUEUE_PREFIX: PREFIX,
    CACHE_TYPE: 'caffeine',
    ZOOKEEPER_ENABLED: 'true',
    ZOOKEEPER_URL: zk.connectString,
    ZOOKEEPER_NODES_DIR: ZK_DIR,
    TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT: '5000',
    LWM2M_TIMEOUT: '5000',
    LWM2M_SHUTDOWN_TIMEOUT_MS: String(STOP_BOUND_MS),
  });
  ports = await startedPorts(app, 60_000);
}, 120_000);

afterAll(async () => {
  stopAnswering();
  await device?.stop().catch(() => undefined);
  if (app) {
    // Normally already gone (the last test stops it with SIGTERM); by pid otherwise.
    app.kill();
    await Promise.race([app.exited, new Promise((r) => setTimeout(r, 5000))]);
  }
  observer?.close();
  await emu?.stop();
  await Promise.all([broker?.stop(), zk?.stop()]);
}, 30_000);

describe('real transport process ↔ Kafka wire ↔ core emulator (TB_QUEUE_TYPE=kafka)', () => {
  let sessionId = '';

  it('registers itself in ZooKeeper as a TB_TRANSPORT serving LWM2M', async () => {
    const children = await waitUntil(async () => {
      const c = await zkChildren();
      return c.length === 1 ? c : undefined;
    }, 'the ZooKeeper node');
    const data = await zkData(children[0] ?? '');
    expect(data).toBeDefined();
    const info = emu.T.serviceInfo.toObject(emu.T.serviceInfo.decode(data ?? Buffer.alloc(0)), { enums: String }) as Obj;
    expect(info['serviceId']).toBe(SID);
    expect(info['serviceTypes']).toEqual(['TB_TRANSPORT']);
    expect(info['transports']).toEqual(['LWM2M']);
  });

  it('register → credentials validated over the API topics → session OPEN on tb_core', async () => {
    device = new SimulatedDevice({ endpoint: ENDPOINT, serverUrl: `coap://127.0.0.1:${ports.coap}`, requestTimeoutMs: 5000, values: { '/3/0/9': 75, '/3/0/15': 'Etc/UTC' } });
    await device.start();
    const validation = await emu.waitFor(
      () => emu.requests.find((r) => (r.msg['validateDeviceLwM2MCredentialsRequestMsg'] as Obj | undefined)?.['credentialsId'] === ENDPOINT),
      20_000,
      'credential validation request',
    );
    // §1.7: the request carries where and until when the answer is wanted.
    expect(validation.headers['responseTopic']?.toString()).toBe(`${PREFIX}.tb_transport.api.responses.${SID}`);
    expect(validation.headers['requestId']).toHaveLength(16);
    const open = await emu.waitFor(() => emu.core.find((r) => sessionEvent(r) === 'OPEN' && deviceIdOf(r) === DEVICE_ID), 20_000, 'session OPEN');
    expect(open.topic).toMatch(new RegExp(`^${PREFIX}\\.tb_core\\.\\d+$`));
    expect(open.key).toBe(DEVICE_ID);
    expect(infoOf(open)['nodeId']).toBe(SID);
    sessionId = sessionIdOf(open);
    // The subscriptions that come with an open session.
    await emu.waitFor(() => emu.core.find((r) => actor(r)?.['subscribeToRPC'] !== undefined && sessionIdOf(r) === sessionId), 20_000, 'RPC subscription');
    await emu.waitFor(() => emu.core.find((r) => actor(r)?.['subscribeToAttributes'] !== undefined && sessionIdOf(r) === sessionId), 20_000, 'attribute subscription');
  }, 60_000);

  it('an observed value arrives as telemetry on the rule-engine topic and decodes with the shared schema', async () => {
    const d = device as SimulatedDevice;
    // Wait until the transport's Observe on /3/0/9 is in place before changing the value.
    await waitUntil(() => d.requests.some((r) => r.method === 'GET' && r.path === '/3/0/9'), 'Observe /3/0/9', 20_000);
    d.set('/3/0/9', 42);
    const rec = await emu.waitFor(
      () => emu.ruleEngine.find((r) => String((r.msg['tbMsgProto'] as Obj | undefined)?.['data'] ?? '').includes('"batteryLevel":42')),
      20_000,
      'telemetry 42',
    );
    expect(rec.topic).toMatch(new RegExp(`^${PREFIX}\\.tb_rule_engine\\.main\\.\\d+$`));
    // `rec.msg` is the record decoded by the emulator with Root.fromJSON of the SHARED schema
    // (test/support/core-emulator-schema.ts), not with the project's generated code.
    const tb = rec.msg['tbMsgProto'] as Obj;
    // Wire spec App. A step 4: the record key is the TbMsg id; the originator is the device.
    expect(rec.key).toBe(tb['id']);
    expect(halvesUuid(tb['entityIdMSB'], tb['entityIdLSB'])).toBe(DEVICE_ID);
    expect(tb['entityType']).toBe('DEVICE');
    expect(tb['type']).toBe('POST_TELEMETRY_REQUEST');
    expect(JSON.parse(String(tb['data']))).toEqual({ batteryLevel: 42 });
  }, 30_000);

  it('a shared-attribute update from the core becomes a Write on the device', async () => {
    const d = device as SimulatedDevice;
    const s = uuidHalves(sessionId);
    await emu.notify(SID, {
      sessionIdMSB: s.msb,
      sessionIdLSB: s.lsb,
      attributeUpdateNotification: { sharedUpdated: [{ ts: String(Date.now()), kv: { key: 'timezone', type: 'STRING_V', string_v: 'Europe/Kyiv' } }] },
    });
    await emu.waitFor(() => (d.get('/3/0/15') === 'Europe/Kyiv' ? true : undefined), 20_000, 'Write /3/0/15');
    expect(d.requests.some((r) => r.method === 'PUT' && r.path === '/3/0/15')).toBe(true);
  }, 30_000);

  it('an RPC Read goes down to the device and its response comes back on tb_core', async () => {
    const d = device as SimulatedDevice;
    const s = uuidHalves(sessionId);
    const rpc = uuidHalves('e2e2e2e2-2222-4222-8333-777777777777');
    const readsBefore = d.requests.filter((r) => r.method === 'GET' && r.path === '/3/0/9').length;
    await emu.notify(SID, {
      sessionIdMSB: s.msb,
      sessionIdLSB: s.lsb,
      toDeviceRequest: { requestId: 7, methodName: 'Read', params: '{"id":"/3/0/9"}', expirationTime: String(Date.now() + 30_000), requestIdMSB: rpc.msb, requestIdLSB: rpc.lsb },
    });
    const resp = await emu.waitFor(
      () => emu.core.find((r) => (actor(r)?.['toDeviceRPCCallResponse'] as Obj | undefined)?.['requestId'] === 7),
      20_000,
      'RPC response',
    );
    expect(d.requests.filter((r) => r.method === 'GET' && r.path === '/3/0/9').length).toBeGreaterThan(readsBefore);
    expect(sessionIdOf(resp)).toBe(sessionId);
    const body = JSON.parse(String((actor(resp)?.['toDeviceRPCCallResponse'] as Obj)['payload'])) as Obj;
    expect(body['result']).toBe('CONTENT');
    expect(String(body['value'])).toContain('value=42');
  }, 30_000);

  it('de-register closes the session on tb_core', async () => {
    await (device as SimulatedDevice).stop({ deregister: true });
    device = undefined;
    await emu.waitFor(() => emu.core.find((r) => sessionEvent(r) === 'CLOSED' && sessionIdOf(r) === sessionId), 20_000, 'session CLOSED');
    expect(await zkChildren()).toHaveLength(1); // still running, still registered
  }, 30_000);

  it('SIGTERM stops the process within the bound and removes the ZooKeeper node', async () => {
    const a = app as AppProcess;
    a.child.kill('SIGTERM');
    const { code } = await a.exited;
    expect(code).toBe(0);
    // The node was ephemeral and the process closed its ZooKeeper session on the way out.
    expect(await zkChildren()).toEqual([]);
  }, STOP_BOUND_MS + 15_000);
});
