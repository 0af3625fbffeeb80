export * from './bootstrap-config.js';
export * from './bootstrap-plan.js';
export * from './bootstrap-request.js';
export * from './bootstrap-session.js';
export * from './bootstrap-server.js';
