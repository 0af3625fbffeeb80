export { createEdgeCore, edgeConnectionOptions, type EdgeCoreDeps } from './create-edge-core.js';
export { EdgeCoreAdapter, type EdgeCoreOptions, type EdgeHealth } from './edge-core-adapter.js';
export { EdgeConnection, HANDLE_MSGS_PATH, type EdgeConnectionOptions, type EdgeLinkState } from './edge-connection.js';
export { EdgeLink, type EdgeLinkOptions, type EdgeLinkStats } from './edge-link.js';
export { EdgeMirror, type MirrorChange, type MirrorSnapshot } from './edge-mirror.js';
export { MirrorStore, type MirrorPersistence } from './mirror-store.js';
export { RedisMirrorStore, type RedisMirrorClient } from './redis-mirror-store.js';
export { UplinkOutbox, type OutboxStats, type UplinkPayload } from './uplink-outbox.js';
