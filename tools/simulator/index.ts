/** The device simulator: simulated LwM2M clients for tests, the benchmark and the operator CLI. */
export { SimulatedDevice, type DeviceStats } from './simulated-device.js';
export { DeviceFleet, type FleetOptions, type FleetStats } from './device-fleet.js';
export { applySimulatorTiming, LOOPBACK_TIMING, exchangeLifetimeSeconds, type SimulatorTiming } from './coap-timing.js';
export { SimulatorCatalog, SIMULATED_OBJECT_IDS } from './object-catalog.js';
export type { PskCredentials } from './dtls-device-socket.js';
export { FW_RESULT, FW_STATE, SW_RESULT, SW_STATE } from './update-simulation.js';
export type {
  DeviceEvent,
  DeviceEventType,
  Lwm2mVersion,
  RequestLogEntry,
  ScriptedBehaviour,
  SimulatedDeviceOptions,
} from './types.js';
