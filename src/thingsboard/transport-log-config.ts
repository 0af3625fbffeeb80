/** transportLog switches, under ThingsBoard's variable names (thingsboard-transport-wire.md §5.6, §7). */
import { bool, int, readSection, type Env, type SectionValue } from '../config/env.js';

export const transportLogSpec = {
  enabled: bool('TB_TRANSPORT_LOG_ENABLED', true),
  maxLength: int('TB_TRANSPORT_LOG_MAX_LENGTH', 1024, { min: 1 }),
};
export type TransportLogConfig = SectionValue<typeof transportLogSpec>;

export function readTransportLogConfig(env: Env): TransportLogConfig {
  return readSection(env, transportLogSpec);
}
