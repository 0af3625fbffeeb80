// The Kafka core built from the environment with ZooKeeper enabled: its ServiceInfo node is
// present while it runs and gone after stop; broadcasts reach it on its notifications topic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zookeeper, { type Client } from 'node-zookeeper-client';
import pino from 'pino';
import type { CoreEvent } from '../../../src/core/core-events.js';
import { createKafkaCore, type KafkaCore } from '../../../src/kafka/create-kafka-core.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { CoreEmulator, uuidHalves } from '../../support/core-emulator.js';
import { TENANT_ID, seedEmulator } from '../../support/core-emulator-fixtures.js';
import { startZookeeper, type ZookeeperServer } from '../../support/zookeeper-server.js';
import { loadSharedRoot } from '../../support/core-emulator-schema.js';

let broker: MockBroker;
let zk: ZookeeperServer;
let core: CoreEmulator;
let kc: KafkaCore;
let observer: Client;
const events: CoreEvent[] = [];

function children(): Promise<string[]> {
  return new Promise((res) => observer.getChildren('/tb-it/nodes', (e, c) => res(e ? [] : c)));
}

beforeAll(async () => {
  [broker, zk] = await Promise.all([startMockBroker(), startZookeeper()]);
  observer = zookeeper.createClient(zk.connectString, { sessionTimeout: 5000, spinDelay: 200, retries: 50 });
  await new Promise<void>((r) => { observer.once('connected', () => r()); observer.connect(); });
  core = new CoreEmulator({ brokers: [broker.bootstrap] });
  seedEmulator(core);
  await core.start();
  kc = createKafkaCore({
    TB_KAFKA_SERVERS: broker.bootstrap, TB_SERVICE_ID: 'tb-lwm2m-zk-it', ZOOKEEPER_ENABLED: 'true', ZOOKEEPER_URL: zk.connectString,
    ZOOKEEPER_NODES_DIR: '/tb-it', CACHE_TYPE: 'caffeine',
  }, pino({ level: 'silent' }));
  kc.adapter.onEvent((e) => events.push(e));
}, 60_000);

afterAll(async () => {
  await kc?.adapter.stop();
  observer?.close();
  await core?.stop();
  await Promise.all([broker?.stop(), zk?.stop()]);
}, 30_000);

describe('Kafka core with ZooKeeper discovery', () => {
  it('registers while running, receives a model broadcast, and unregisters on stop', async () => {
    await kc.adapter.start();
    const names = await children();
    expect(names).toHaveLength(1);
    const data = await new Promise<Buffer>((res, rej) => observer.getData(`/tb-it/nodes/${names[0]}`, undefined, (e, d) => (e ? rej(e) : res(d))));
    const T = loadSharedRoot().lookupType('transport.ServiceInfo');
    expect(T.toObject(T.decode(data))).toMatchObject({ serviceId: 'tb-lwm2m-zk-it', serviceTypes: ['TB_TRANSPORT'], transports: ['LWM2M'] });
    // The core sends LwM2M model broadcasts only to services advertising "LWM2M".
    const t = uuidHalves(TENANT_ID);
    await core.notify('tb-lwm2m-zk-it', { resourceDeleteMsg: { tenantIdMSB: t.msb, tenantIdLSB: t.lsb, resourceType: 'LWM2M_MODEL', resourceKey: '3_1.2' } }, '7d7d7d7d-0000-4000-8000-000000000001');
    await core.waitFor(() => events.find((e) => e.type === 'model-deleted' && e.key === '3_1.2'), 20_000, 'model-deleted event');
    await kc.adapter.stop();
    expect(await children()).toEqual([]);
  }, 60_000);
});
