/**
 * LwM2M endpoint and behaviour variables (thingsboard-transport-wire.md §7.2, §7.3): same names
 * and defaults as ThingsBoard's tb-lwm2m-transport.yml.
 */
import { bool, int, readSection, str, type Env, type SectionValue } from './env.js';

export const lwm2mSpec = {
  enabled: bool('LWM2M_ENABLED', true),
  serverId: int('LWM2M_SERVER_ID', 123, { min: 1, max: 65534 }),
  bindAddress: str('LWM2M_BIND_ADDRESS', '0.0.0.0'),
  bindPort: int('LWM2M_BIND_PORT', 5685, { min: 0, max: 65535 }),
  securityBindAddress: str('LWM2M_SECURITY_BIND_ADDRESS', '0.0.0.0'),
  securityBindPort: int('LWM2M_SECURITY_BIND_PORT', 5686, { min: 0, max: 65535 }),
  bootstrapEnabled: bool('LWM2M_ENABLED_BS', true),
  bootstrapServerId: int('LWM2M_SERVER_ID_BS', 111, { min: 1, max: 65534 }),
  bootstrapBindAddress: str('LWM2M_BS_BIND_ADDRESS', '0.0.0.0'),
  bootstrapBindPort: int('LWM2M_BS_BIND_PORT', 5687, { min: 0, max: 65535 }),
  bootstrapSecurityBindAddress: str('LWM2M_BS_SECURITY_BIND_ADDRESS', '0.0.0.0'),
  bootstrapSecurityBindPort: int('LWM2M_BS_SECURITY_BIND_PORT', 5688, { min: 0, max: 65535 }),
  /** LwM2M request timeout and credential-validation wait, ms. */
  timeoutMs: int('LWM2M_TIMEOUT', 120_000, { min: 1 }),
  cleanPeriodSec: int('LWM2M_CLEAN_PERIOD_IN_SEC', 2, { min: 1 }),
  psmActivityTimerMs: int('LWM2M_PSM_ACTIVITY_TIMER', 10_000, { min: 0 }),
  pagingTransmissionWindowMs: int('LWM2M_PAGING_TRANSMISSION_WINDOW', 10_000, { min: 0 }),
  /** Not in ThingsBoard: a directory of extra DDF XML object models. */
  modelsDir: str('LWM2M_MODELS_DIR', ''),
};

export type Lwm2mConfig = SectionValue<typeof lwm2mSpec>;

export function readLwm2mConfig(env: Env): Lwm2mConfig {
  return readSection(env, lwm2mSpec);
}
