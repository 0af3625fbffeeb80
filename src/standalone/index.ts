/** The embedded core: the core port in-process, for `npm start` and tests. */
export { StandaloneCore, type RpcOptions, type RpcOutcome, type StandaloneCoreOptions } from './standalone-core.js';
export { loadStandaloneConfig, parseStandaloneConfig, StandaloneConfigError, type StandaloneConfig } from './standalone-config.js';
export { UplinkStore, type StoredValue, type UplinkRecord } from './uplink-store.js';
