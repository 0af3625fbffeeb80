/**
 * HTTP server variables (thingsboard-transport-wire.md §7.1). ThingsBoard binds 0.0.0.0:8083;
 * the embedded core (`TB_QUEUE_TYPE=in-memory`) defaults to 127.0.0.1 because its /api routes
 * send commands to devices and have no authentication.
 */
import { int, readSection, str, type Env, type SectionValue } from './env.js';

export function httpSpec(embedded: boolean) {
  return {
    bindAddress: str('HTTP_BIND_ADDRESS', embedded ? '127.0.0.1' : '0.0.0.0'),
    bindPort: int('HTTP_BIND_PORT', 8083, { min: 0, max: 65535 }),
  };
}
export type HttpConfig = SectionValue<ReturnType<typeof httpSpec>>;

export function readHttpConfig(env: Env, opts: { embedded: boolean }): HttpConfig {
  return readSection(env, httpSpec(opts.embedded));
}
