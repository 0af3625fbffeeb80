export type { CorePort, CoreSessionInfo } from './core-port.js';
export type { CoreEvent, CoreEventListener, CoreEventOf, CoreEventType } from './core-events.js';
export * from './core-types.js';
