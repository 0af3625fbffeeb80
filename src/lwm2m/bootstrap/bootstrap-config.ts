import { Lwm2mError } from '../errors.js';
import type { ObjectInstanceNode, ResourceNode } from '../node.js';

/**
 * What a Bootstrap Server writes into a client (LwM2M Core 1.1 §5.2.7): Security (Object 0)
 * and Server (Object 1) accounts. Plain data; the layer above (e.g. ThingsBoard profiles)
 * builds it, `checkBootstrapConfig` validates it, and the session turns it into instances.
 */

/** LwM2M Core 1.1 §E.1, Security resource 2 "Security Mode". */
export const SecurityMode = { PSK: 0, RPK: 1, X509: 2, NO_SEC: 3, EST: 4 } as const;
export type SecurityModeNumber = (typeof SecurityMode)[keyof typeof SecurityMode];

/** One Security (Object 0) instance. */
export interface SecurityAccount {
  /** Resource 0, e.g. `coaps://host:5686`. */
  readonly uri: string;
  /** Resource 1: true for the Bootstrap-Server account. */
  readonly bootstrapServer: boolean;
  /** Resource 2. */
  readonly securityMode: SecurityModeNumber;
  /** Resource 3: PSK identity (UTF-8) or the client's public key / certificate. */
  readonly publicKeyOrId: Buffer;
  /** Resource 4. */
  readonly serverPublicKey: Buffer;
  /** Resource 5: PSK key or the client's private key. */
  readonly secretKey: Buffer;
  /** Resource 10; absent for the bootstrap account. */
  readonly shortServerId?: number;
  /** Resource 11 (seconds), written only when set. */
  readonly clientHoldOffTime?: number;
  /** Resource 12 (seconds), written only when set. */
  readonly bootstrapServerAccountTimeout?: number;
}

/** One Server (Object 1) instance. */
export interface ServerAccount {
  /** Resource 0 (1..65534). */
  readonly shortServerId: number;
  /** Resource 1, seconds. */
  readonly lifetime: number;
  /** Resource 2, seconds. */
  readonly defaultMinPeriod?: number;
  /** Resource 3, seconds. */
  readonly defaultMaxPeriod?: number;
  /** Resource 6 "Notification Storing When Disabled or Offline". */
  readonly notificationStoring: boolean;
  /** Resource 7, e.g. "U". */
  readonly binding: string;
}

/** An LwM2M server the client will register with: its Security and Server instances. */
export interface ServerEntry {
  readonly security: SecurityAccount;
  readonly server: ServerAccount;
}

export interface BootstrapConfig {
  /** A (new) Bootstrap-Server account, written over the client's current one. */
  readonly bootstrap?: SecurityAccount;
  readonly servers: readonly ServerEntry[];
}

/**
 * Rejects configurations a client must not receive (LwM2M Core 1.1 §E.1/§E.2): the bootstrap
 * account has no Short Server ID (or 0), server ids are 1..65534 and unique, EST is not
 * offered, and each server entry's ids agree. Returns the problems; empty means valid.
 */
export function checkBootstrapConfig(config: BootstrapConfig): string[] {
  const problems: string[] = [];
  const b = config.bootstrap;
  if (b !== undefined) {
    if (!b.bootstrapServer) problems.push('bootstrap account must have the Bootstrap-Server flag');
    if (b.shortServerId !== undefined && b.shortServerId !== 0) problems.push('bootstrap account short server id must be absent or 0');
    if (b.securityMode === SecurityMode.EST) problems.push('EST security mode is not supported');
  }
  const seen = new Set<number>();
  for (const [i, e] of config.servers.entries()) {
    const id = e.server.shortServerId;
    if (!Number.isInteger(id) || id < 1 || id > 65534) problems.push(`server ${i}: short server id ${id} not in 1..65534`);
    if (e.security.shortServerId !== id) problems.push(`server ${i}: security and server short ids differ`);
    if (e.security.bootstrapServer) problems.push(`server ${i}: an LwM2M server account must not be a bootstrap account`);
    if (e.security.securityMode === SecurityMode.EST) problems.push(`server ${i}: EST security mode is not supported`);
    if (seen.has(id)) problems.push(`server ${i}: duplicate short server id ${id}`);
    seen.add(id);
    if (!Number.isInteger(e.server.lifetime) || e.server.lifetime < 0) problems.push(`server ${i}: invalid lifetime`);
  }
  return problems;
}

export class BootstrapConfigError extends Lwm2mError {
  override readonly name = 'BootstrapConfigError';
}

function single(id: number, type: ResourceNode['type'], value: string | number | boolean | Buffer): [number, ResourceNode] {
  return [id, { kind: 'resource', id, type, value }];
}

/** The Security (Object 0) instance node for an account. */
export function securityInstance(instanceId: number, a: SecurityAccount): ObjectInstanceNode {
  const r: Array<[number, ResourceNode]> = [
    single(0, 'string', a.uri),
    single(1, 'boolean', a.bootstrapServer),
    single(2, 'integer', a.securityMode),
    single(3, 'opaque', a.publicKeyOrId),
    single(4, 'opaque', a.serverPublicKey),
    single(5, 'opaque', a.secretKey),
  ];
  if (a.shortServerId !== undefined && !a.bootstrapServer) r.push(single(10, 'integer', a.shortServerId));
  if (a.clientHoldOffTime !== undefined) r.push(single(11, 'integer', a.clientHoldOffTime));
  if (a.bootstrapServerAccountTimeout !== undefined) r.push(single(12, 'integer', a.bootstrapServerAccountTimeout));
  return { kind: 'instance', id: instanceId, resources: new Map(r) };
}

/** The Server (Object 1) instance node for an account. */
export function serverInstance(instanceId: number, s: ServerAccount): ObjectInstanceNode {
  const r: Array<[number, ResourceNode]> = [single(0, 'integer', s.shortServerId), single(1, 'integer', s.lifetime)];
  if (s.defaultMinPeriod !== undefined) r.push(single(2, 'integer', s.defaultMinPeriod));
  if (s.defaultMaxPeriod !== undefined) r.push(single(3, 'integer', s.defaultMaxPeriod));
  r.push(single(6, 'boolean', s.notificationStoring), single(7, 'string', s.binding));
  return { kind: 'instance', id: instanceId, resources: new Map(r) };
}
