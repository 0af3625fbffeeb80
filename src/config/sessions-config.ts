/** Transport session activity and usage-stats variables (thingsboard-transport-wire.md §4.3, §7.3, §7.6). */
import { bool, int, oneOf, readSection, type Env, type SectionValue } from './env.js';

export const sessionsSpec = {
  inactivityTimeoutMs: int('TB_TRANSPORT_SESSIONS_INACTIVITY_TIMEOUT', 600000, { min: 1 }),
  reportTimeoutMs: int('TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT', 3000, { min: 1 }),
  // Not in the lwm2m yml: Spring relaxed binding of transport.activity.reporting_strategy.
  activityReportingStrategy: oneOf('TRANSPORT_ACTIVITY_REPORTING_STRATEGY', ['LAST', 'FIRST', 'FIRST_AND_LAST', 'ALL'] as const, 'LAST', true),
  clientSideRpcTimeoutMs: int('CLIENT_SIDE_RPC_TIMEOUT', 60000, { min: 1 }),
  usageStatsEnabled: bool('USAGE_STATS_REPORT_ENABLED', true),
  usageStatsPerCustomer: bool('USAGE_STATS_REPORT_PER_CUSTOMER_ENABLED', false),
  usageStatsIntervalSec: int('USAGE_STATS_REPORT_INTERVAL', 60, { min: 1 }),
  usageStatsUrgentIntervalSec: int('USAGE_STATS_REPORT_URGENT_INTERVAL', 10, { min: 1 }),
  usageStatsPackSize: int('USAGE_STATS_REPORT_PACK_SIZE', 1024, { min: 1 }),
};
export type SessionsConfig = SectionValue<typeof sessionsSpec>;

export function readSessionsConfig(env: Env): SessionsConfig {
  return readSection(env, sessionsSpec);
}
