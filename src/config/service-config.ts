/** Service identity (thingsboard-transport-wire.md §3, §7.1). */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import { oneOf, readSection, str, type Env, type SectionValue } from './env.js';

export const serviceSpec = {
  serviceId: str('TB_SERVICE_ID', ''),
  serviceType: oneOf('TB_SERVICE_TYPE', ['tb-transport', 'monolith'] as const, 'tb-transport'),
};
export type ServiceConfig = SectionValue<typeof serviceSpec>;

export function readServiceConfig(env: Env): ServiceConfig {
  return readSection(env, serviceSpec);
}

/**
 * The effective service id. ThingsBoard falls back to the host name, then to 10 random letters
 * (DefaultTbServiceInfoProvider); `generated` tells the caller to log it, since the id names topics.
 */
export function resolveServiceId(configured: string, host: () => string = hostname): { serviceId: string; generated: boolean } {
  if (configured.trim() !== '') return { serviceId: configured.trim(), generated: false };
  let h = '';
  try {
    h = host();
  } catch {
    h = '';
  }
  if (h.trim() !== '') return { serviceId: h.trim(), generated: true };
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const id = [...randomBytes(10)].map((b) => letters[b % letters.length]).join('');
  return { serviceId: id, generated: true };
}
