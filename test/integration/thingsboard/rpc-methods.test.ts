import { afterAll, beforeAll, describe } from 'vitest';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { NOSEC_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { StandaloneHarness } from '../../support/standalone-harness.js';
import { RPC_ENDPOINT_VALUES, RPC_PROFILE, rpcScenarios, type RpcResult } from './rpc-scenarios.js';

/** Every RPC method end to end on the embedded core: simulator ↔ UDP ↔ server ↔ behaviour ↔ core. */

let h: StandaloneHarness;
let device: SimulatedDevice;

beforeAll(async () => {
  h = await StandaloneHarness.start(standaloneConfig(RPC_PROFILE, [{ id: NOSEC_DEVICE_ID, endpoint: 'rpc-dev' }]));
  device = await h.device({ endpoint: 'rpc-dev', values: RPC_ENDPOINT_VALUES });
});
afterAll(async () => {
  await h?.stop();
});

describe('RPC methods end to end on the embedded core', () => {
  rpcScenarios(() => ({
    device,
    async rpc(method, params, timeoutMs = 5000): Promise<RpcResult> {
      const out = await h.core.sendRpc(NOSEC_DEVICE_ID, method, params ?? {}, { timeoutMs });
      if (out.kind === 'status') return { kind: 'status', status: out.status };
      return { kind: 'response', body: JSON.parse(out.payload ?? out.error ?? 'null') as unknown };
    },
    uplink: {
      telemetry: (k) => h.core.uplink.latestTelemetry(NOSEC_DEVICE_ID).get(k)?.value,
      attribute: (k) => h.core.uplink.latestAttributes(NOSEC_DEVICE_ID).get(k)?.value,
    },
  }));
});
