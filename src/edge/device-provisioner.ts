/**
 * Runs device auto-creation (src/edge/auto-provision.ts builds the messages): one creation per endpoint
 * at a time, the uplink acknowledged before the new device enters the mirror.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { fail, ok, type CoreResult, type Uuid } from '../core/index.js';
import { provisioningUplink } from './auto-provision.js';
import type { EdgeMirror } from './edge-mirror.js';
import { parseDevice, parseDeviceCredentials } from './entity-json.js';
import type { UplinkPayload } from './uplink-outbox.js';

export interface ProvisionerDeps {
  mirror: EdgeMirror;
  profileId: Uuid;
  tenantId: () => Uuid | undefined;
  send: (p: UplinkPayload) => Promise<CoreResult<void>>;
  /** Called after the mirror changed. */
  changed: () => void;
  log: Logger;
}

export class DeviceProvisioner {
  private readonly running = new Map<string, Promise<CoreResult<void>>>();

  constructor(private readonly deps: ProvisionerDeps) {}

  /** Creates a device for a NoSec endpoint; resolves once the core acknowledged and the mirror has it. */
  provision(endpoint: string): Promise<CoreResult<void>> {
    const r = this.running.get(endpoint);
    if (r) return r;
    const p = this.create(endpoint).finally(() => this.running.delete(endpoint));
    this.running.set(endpoint, p);
    return p;
  }

  private async create(endpoint: string): Promise<CoreResult<void>> {
    const { mirror, log } = this.deps;
    const profile = mirror.profiles.get(this.deps.profileId);
    const tenantId = this.deps.tenantId();
    if (!profile || !tenantId) return fail('not-found', 'auto-provisioning: profile or tenant not known yet');
    const created = provisioningUplink(tenantId, profile, endpoint, randomUUID());
    const sent = await this.deps.send(created.payload);
    if (!sent.ok) return fail(sent.error.kind, `auto-provisioning of ${endpoint} failed: ${sent.error.message}`);
    const device = parseDevice(created.deviceJson);
    const creds = parseDeviceCredentials(created.credentialsJson);
    if (!device || !creds) return fail('invalid-response', 'auto-provisioning: unusable entity');
    mirror.upsertDevice(device);
    mirror.upsertCredentials(creds);
    this.deps.changed();
    log.info({ endpoint, deviceId: device.info.deviceId }, 'edge: device created for an unknown endpoint');
    return ok(undefined);
  }
}
