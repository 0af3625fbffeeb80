// Issue 3 item 9, in one process: simulated device ↔ our LwM2M server ↔ the ThingsBoard
// behaviour ↔ the Kafka adapter ↔ librdkafka's mock broker ↔ the core emulator (shared schema),
// with the adapter registered in a real ZooKeeper. (The separate-process variant needs main.ts
// to wire TB_QUEUE_TYPE=kafka; see the report.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zookeeper, { type Client } from 'node-zookeeper-client';
import pino from 'pino';
import { readCoreLinkConfig } from '../../../src/config/core-link-config.js';
import { KafkaCoreAdapter } from '../../../src/kafka/kafka-core-adapter.js';
import { ZkRegistration } from '../../../src/kafka/zk-registration.js';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { CoreEmulator, halvesUuid, uuidHalves, type Obj, type SeenRecord } from '../../support/core-emulator.js';
import { DEVICE_ID, addNoSecDevice, answerAttributeReads, deviceProfileProto, seedEmulator } from '../../support/core-emulator-fixtures.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { ChainHarness } from '../../support/standalone-harness.js';
import { lwm2mProfileData } from '../../support/standalone-fixtures.js';
import { startZookeeper, type ZookeeperServer } from '../../support/zookeeper-server.js';

const SID = 'tb-lwm2m-e2e';
const ENDPOINT = 'e2e-dev';
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
let adapter: KafkaCoreAdapter;
let chain: ChainHarness<KafkaCoreAdapter>;
let device: SimulatedDevice;
let observer: Client;
let stopAnswering = (): void => undefined;

const actor = (r: SeenRecord): Obj | undefined => r.msg['toDeviceActorMsg'] as Obj | undefined;
const sessionIdOf = (r: SeenRecord): string => {
  const i = actor(r)?.['sessionInfo'] as Obj;
  return halvesUuid(i['sessionIdMSB'], i['sessionIdLSB']);
};
const zkChildren = (): Promise<string[]> => new Promise((res) => observer.getChildren('/thingsboard/nodes', (e, c) => res(e ? [] : c)));

beforeAll(async () => {
  [broker, zk] = await Promise.all([startMockBroker(), startZookeeper()]);
  observer = zookeeper.createClient(zk.connectString, { sessionTimeout: 5000, spinDelay: 200, retries: 50 });
  await new Promise<void>((r) => { observer.once('connected', () => r()); observer.connect(); });
  emu = new CoreEmulator({ brokers: [broker.bootstrap] });
  seedEmulator(emu);
  const profile = deviceProfileProto('lwm2m-e2e', { deviceProfileData: Buffer.from(JSON.stringify(lwm2mProfileData(OBSERVE_ATTR))) });
  addNoSecDevice(emu, ENDPOINT, DEVICE_ID, profile);
  await emu.start();
  stopAnswering = answerAttributeReads(emu, SID, 50);
  const config = readCoreLinkConfig({ TB_KAFKA_SERVERS: broker.bootstrap, TB_SERVICE_ID: SID, TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT: '4000' });
  const log = pino({ level: process.env['TEST_LOG'] ?? 'silent' });
  const registration = new ZkRegistration({ servers: [zk.connectString], nodesDir: '/thingsboard', sessionTimeoutMs: 3000, connectionTimeoutMs: 5000, retryIntervalMs: 500, serviceId: SID }, log);
  adapter = new KafkaCoreAdapter({ config, serviceId: SID, log, registration, routingAttempts: 3, routingRetryMs: 500 });
  await adapter.start();
  chain = await ChainHarness.on(adapter);
}, 90_000);

afterAll(async () => {
  stopAnswering();
  await chain?.stopChain();
  await adapter?.stop();
  observer?.close();
  await emu?.stop();
  await Promise.all([broker?.stop(), zk?.stop()]);
}, 30_000);

describe('device ↔ transport ↔ Kafka wire ↔ core', () => {
  let sessionId = '';

  it('is registered in ZooKeeper while running', async () => {
    expect(await zkChildren()).toHaveLength(1);
  });

  it('register → credentials validated over the API topics → session OPEN on tb_core', async () => {
    device = await chain.device({ endpoint: ENDPOINT, values: { '/3/0/9': 75, '/3/0/15': 'Etc/UTC' } });
    expect(emu.requests.some((r) => (r.msg['validateDeviceLwM2MCredentialsRequestMsg'] as Obj | undefined)?.['credentialsId'] === ENDPOINT)).toBe(true);
    const open = await emu.waitFor(() => emu.core.find((r) => actor(r)?.['subscribeToRPC'] !== undefined), 15_000, 'OPEN');
    expect(open.topic).toBe('tb_core.8');
    expect((actor(open)?.['sessionInfo'] as Obj)['nodeId']).toBe(SID);
    sessionId = sessionIdOf(open);
  });

  it('an observed value arrives as telemetry on the rule-engine topic (decoded with the shared schema)', async () => {
    device.set('/3/0/9', 42);
    const rec = await emu.waitFor(() => emu.ruleEngine.find((r) => String((r.msg['tbMsgProto'] as Obj)['data']).includes('"batteryLevel":42')), 15_000, 'telemetry 42');
    expect(rec.topic).toBe('tb_rule_engine.main.8');
    const tb = rec.msg['tbMsgProto'] as Obj;
    expect(tb['type']).toBe('POST_TELEMETRY_REQUEST');
    expect(JSON.parse(String(tb['data']))).toEqual({ batteryLevel: 42 });
  });

  it('a shared-attribute update from the core becomes a Write on the device', async () => {
    const s = uuidHalves(sessionId);
    await emu.notify(SID, { sessionIdMSB: s.msb, sessionIdLSB: s.lsb, attributeUpdateNotification: {
      sharedUpdated: [{ ts: String(Date.now()), kv: { key: 'timezone', type: 'STRING_V', string_v: 'Europe/Kyiv' } }] } });
    await emu.waitFor(() => (device.get('/3/0/15') === 'Europe/Kyiv' ? true : undefined), 15_000, 'Write /3/0/15');
    expect(device.requests.some((r) => r.method === 'PUT' && r.path === '/3/0/15')).toBe(true);
  });

  it('an RPC Read goes down and its response comes back on tb_core', async () => {
    const s = uuidHalves(sessionId);
    const rpc = uuidHalves('e2e2e2e2-1111-4222-8333-777777777777');
    await emu.notify(SID, { sessionIdMSB: s.msb, sessionIdLSB: s.lsb, toDeviceRequest: {
      requestId: 5, methodName: 'Read', params: '{"id":"/3/0/9"}', expirationTime: String(Date.now() + 30_000), requestIdMSB: rpc.msb, requestIdLSB: rpc.lsb } });
    const resp = await emu.waitFor(() => emu.core.find((r) => (actor(r)?.['toDeviceRPCCallResponse'] as Obj | undefined)?.['requestId'] === 5), 15_000, 'RPC response');
    const body = JSON.parse(String((actor(resp)?.['toDeviceRPCCallResponse'] as Obj)['payload'])) as Obj;
    expect(body['result']).toBe('CONTENT');
    expect(String(body['value'])).toContain('value=42');
  });

  it('de-register closes the session; after stop the ZooKeeper node is gone', async () => {
    await device.stop({ deregister: true });
    await emu.waitFor(() => emu.core.find((r) => (actor(r)?.['sessionEvent'] as Obj | undefined)?.['event'] === 'CLOSED' && sessionIdOf(r) === sessionId), 15_000, 'CLOSED');
    await chain.stopChain();
    await adapter.stop();
    expect(await zkChildren()).toEqual([]);
  });
});
