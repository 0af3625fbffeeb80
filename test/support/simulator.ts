/**
 * Test-side entry to the device simulator (tools/simulator): simulated LwM2M clients on their
 * own node-coap stack, for tests of the server, the ThingsBoard layer and the benchmark.
 */
import { SimulatedDevice, type SimulatedDeviceOptions } from '../../tools/simulator/index.js';

export * from '../../tools/simulator/index.js';

/**
 * Starts (registers) `count` devices named `${prefix}-${i}` against `serverUrl`; `stop()`
 * stops them all. Use in beforeAll/afterAll so every socket is closed.
 */
export async function startSimulatedDevices(
  serverUrl: string,
  count: number,
  options: Partial<SimulatedDeviceOptions> & { prefix?: string } = {},
): Promise<{ devices: SimulatedDevice[]; stop: () => Promise<void> }> {
  const { prefix = 'sim', ...rest } = options;
  const devices = Array.from({ length: count }, (_, i) => new SimulatedDevice({ ...rest, endpoint: `${prefix}-${i}`, serverUrl }));
  const stop = async (): Promise<void> => {
    await Promise.all(devices.map((d) => d.stop()));
  };
  try {
    await Promise.all(devices.map((d) => d.start()));
  } catch (err) {
    await stop();
    throw err;
  }
  return { devices, stop };
}
