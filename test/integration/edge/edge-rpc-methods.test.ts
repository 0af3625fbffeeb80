// The shared RPC scenarios (every RPC method with its exact response JSON, written once for all core
// port adapters) run unchanged on the edge adapter: RPCs pushed as DeviceRpcCallMsg downlinks by the
// gRPC core emulator, answers read from the DeviceRpcCallMsg uplinks.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe } from 'vitest';
import type { EdgeCoreAdapter } from '../../../src/edge/edge-core-adapter.js';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { EdgeCoreEmulator, type Obj } from '../../support/edge-core-emulator.js';
import { deviceDownlink, rpcDownlink, testEdge } from '../../support/edge-core-emulator-fixtures.js';
import { ChainHarness } from '../../support/standalone-harness.js';
import { RPC_ENDPOINT_VALUES, RPC_PROFILE, rpcScenarios, type RpcResult } from '../thingsboard/rpc-scenarios.js';
import { makeAdapter, tempDir, until } from './edge-harness.js';

const ENDPOINT = 'edge-rpc-dev';
const DEVICE_ID = '7e57a000-0000-4000-8000-0000000000e3';
let emu: EdgeCoreEmulator;
let adapter: EdgeCoreAdapter;
let chain: ChainHarness<EdgeCoreAdapter>;
let device: SimulatedDevice;
let requestSeq = 1;
const dir = tempDir();

beforeAll(async () => {
  emu = await EdgeCoreEmulator.start({ edges: [testEdge()] });
  emu.syncContent = () => [deviceDownlink({ id: DEVICE_ID, name: ENDPOINT }, { profileData: RPC_PROFILE })];
  adapter = makeAdapter({ port: emu.port, dir: dir.dir });
  await adapter.start();
  await until(() => adapter.health().synced, 'sync');
  chain = await ChainHarness.on(adapter);
  device = await chain.device({ endpoint: ENDPOINT, values: RPC_ENDPOINT_VALUES });
}, 30_000);

afterAll(async () => {
  await chain?.stopChain();
  await adapter?.stop();
  await emu?.close();
  dir.remove();
}, 30_000);

async function edgeRpc(method: string, params: unknown, timeoutMs: number): Promise<RpcResult> {
  const requestId = requestSeq++;
  await emu.push('rk-1', [rpcDownlink(DEVICE_ID, randomUUID(), requestId, method, params ?? {}, Date.now() + timeoutMs)]);
  const call = await until(
    () => emu.uplinks.flatMap((u) => (u['deviceRpcCallMsg'] as Obj[] | undefined) ?? []).find((c) => Number(c['requestId'] ?? 0) === requestId),
    `answer to ${method}`,
    Math.ceil((timeoutMs + 10_000) / 10),
  );
  const r = (call['responseMsg'] ?? {}) as Obj;
  // The Edge API has no RPC status: a transport-side timeout travels as the RpcError name TIMEOUT.
  if (r['error'] === 'TIMEOUT') return { kind: 'status', status: 'TIMEOUT' };
  return { kind: 'response', body: JSON.parse(String(r['response'] ?? r['error'])) as unknown };
}

describe('RPC methods end to end over the Edge gRPC link (core emulator)', () => {
  rpcScenarios(() => ({ device, rpc: (method, params, timeoutMs = 5000) => edgeRpc(method, params, timeoutMs) }));
});
