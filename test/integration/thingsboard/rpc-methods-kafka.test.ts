import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe } from 'vitest';
import { readCoreLinkConfig } from '../../../src/config/core-link-config.js';
import { KafkaCoreAdapter } from '../../../src/kafka/kafka-core-adapter.js';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { CoreEmulator, halvesUuid, uuidHalves, type Obj, type SeenRecord } from '../../support/core-emulator.js';
import { DEVICE_ID, answerAttributeReads, deviceInfoProto, deviceProfileProto, PROFILE_ID, seedEmulator } from '../../support/core-emulator-fixtures.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { ChainHarness } from '../../support/standalone-harness.js';
import { RPC_ENDPOINT_VALUES, RPC_PROFILE, rpcScenarios, type RpcResult } from './rpc-scenarios.js';

/**
 * The same RPC scenarios through the Kafka adapter: the core emulator plays ThingsBoard on a
 * mock broker, pushes ToDeviceRpcRequestMsg and reads the response and status from tb_core.
 */

const SID = 'tb-lwm2m-rpc-it';
const PREFIX = 'rpcit';
const ENDPOINT = 'kafka-rpc-dev';
let broker: MockBroker;
let emu: CoreEmulator;
let adapter: KafkaCoreAdapter;
let chain: ChainHarness<KafkaCoreAdapter>;
let device: SimulatedDevice;
let session: { msb: string; lsb: string };
let stopAnswering = (): void => undefined;
let requestSeq = 1;

const actorMsg = (r: SeenRecord): Obj | undefined => r.msg['toDeviceActorMsg'] as Obj | undefined;

beforeAll(async () => {
  broker = await startMockBroker();
  emu = new CoreEmulator({ brokers: [broker.bootstrap], prefix: PREFIX });
  seedEmulator(emu);
  const profile = deviceProfileProto('lwm2m-rpc', { deviceProfileData: Buffer.from(JSON.stringify(RPC_PROFILE)) });
  emu.devices.set(ENDPOINT, {
    credentialsId: ENDPOINT,
    deviceInfo: deviceInfoProto(DEVICE_ID, ENDPOINT),
    credentialsBody: JSON.stringify({ client: { securityConfigClientMode: 'NO_SEC', endpoint: ENDPOINT }, bootstrap: { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } } }),
    deviceProfile: profile,
  });
  const p = uuidHalves(PROFILE_ID);
  emu.deviceProfiles.set(`${p.msb}/${p.lsb}`, profile);
  await emu.start();
  // The core answers the transport's shared-attribute reads with "none".
  stopAnswering = answerAttributeReads(emu, SID, 50);
  const config = readCoreLinkConfig({
    TB_KAFKA_SERVERS: broker.bootstrap,
    TB_SERVICE_ID: SID,
    TB_QUEUE_PREFIX: PREFIX,
    TB_QUEUE_TRANSPORT_MAX_REQUEST_TIMEOUT: '4000',
    TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT: '600000',
  });
  adapter = new KafkaCoreAdapter({ config, serviceId: SID, log: pino({ level: 'silent' }), routingAttempts: 3, routingRetryMs: 500 });
  await adapter.start();
  chain = await ChainHarness.on(adapter);
  device = await chain.device({ endpoint: ENDPOINT, values: RPC_ENDPOINT_VALUES });
  const open = await emu.waitFor(
    () => emu.core.find((r) => actorMsg(r)?.['sessionEvent'] !== undefined && halvesUuid((actorMsg(r)?.['sessionInfo'] as Obj)['deviceIdMSB'], (actorMsg(r)?.['sessionInfo'] as Obj)['deviceIdLSB']) === DEVICE_ID),
    15_000,
    'session OPEN',
  );
  const info = actorMsg(open)?.['sessionInfo'] as Obj;
  session = { msb: String(info['sessionIdMSB']), lsb: String(info['sessionIdLSB']) };
}, 60_000);

afterAll(async () => {
  stopAnswering();
  await chain?.stopChain();
  await adapter?.stop();
  await emu?.stop();
  await broker?.stop();
}, 30_000);

async function kafkaRpc(method: string, params: unknown, timeoutMs: number): Promise<RpcResult> {
  const requestId = requestSeq++;
  const id = uuidHalves(randomUUID());
  await emu.notify(SID, {
    sessionIdMSB: session.msb,
    sessionIdLSB: session.lsb,
    toDeviceRequest: { requestId, methodName: method, params: JSON.stringify(params ?? {}), expirationTime: String(Date.now() + timeoutMs), requestIdMSB: id.msb, requestIdLSB: id.lsb, oneway: false },
  });
  const rec = await emu.waitFor(
    () =>
      emu.core.find((r) => {
        const m = actorMsg(r);
        const resp = m?.['toDeviceRPCCallResponse'] as Obj | undefined;
        const st = m?.['rpcResponseStatusMsg'] as Obj | undefined;
        return (resp !== undefined && Number(resp['requestId'] ?? 0) === requestId) || (st !== undefined && st['status'] === 'TIMEOUT' && Number(st['requestId'] ?? 0) === requestId);
      }),
    timeoutMs + 10_000,
    `answer to ${method}`,
  );
  const m = actorMsg(rec) as Obj;
  const resp = m['toDeviceRPCCallResponse'] as Obj | undefined;
  if (resp === undefined) return { kind: 'status', status: 'TIMEOUT' };
  return { kind: 'response', body: JSON.parse(String(resp['payload'] ?? resp['error'])) as unknown };
}

describe('RPC methods end to end over the Kafka wire (core emulator)', () => {
  rpcScenarios(() => ({ device, rpc: (method, params, timeoutMs = 5000) => kafkaRpc(method, params, timeoutMs) }));
});
