import type { CoreSessionInfo, Uuid } from '../core/index.js';
import type { ResourceNode } from '../lwm2m/node.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import type { Lwm2mProfileConfig, PowerSettings } from './profile-config.js';
import type { ProfileMapping } from './profile-mapping.js';
import type { TransportLog } from './transport-log.js';

/**
 * What the ThingsBoard layer keeps per registered device (ThingsBoard's LwM2mClient): its
 * registration, core session, profile and the mapping compiled from it, current resource
 * values, and the bookkeeping of shared-attribute writes and RPC deduplication.
 */
export class Lwm2mClient {
  /** Current resource values by plain path (`/3/0/9`). */
  readonly values = new Map<string, ResourceNode>();
  /** Shared-attribute ts of the last successful write, by plain path (features doc #46). */
  readonly lastWriteTs = new Map<string, number>();
  /** RPC ids already sent to the device (ThingsBoard's lastSentRpcId, kept a little longer). */
  private readonly sentRpcIds: string[] = [];
  /** The profile in force before changes made while the device slept (features doc #78). */
  pendingFromProfile: { config: Lwm2mProfileConfig; mapping: ProfileMapping } | undefined;
  /** A request had to wait for the device: the next message from it is a wake-up. */
  asleep = false;
  closed = false;

  constructor(
    public reg: Registration,
    public session: CoreSessionInfo,
    public profile: Lwm2mProfileConfig,
    public mapping: ProfileMapping,
    public power: PowerSettings,
    readonly log: TransportLog,
  ) {}

  get endpoint(): string {
    return this.reg.endpoint;
  }

  get sessionId(): Uuid {
    return this.session.sessionId;
  }

  get deviceId(): Uuid {
    return this.session.device.deviceId;
  }

  /** `[regId][/ip:port]`-style address used by ThingsBoard's log lines. */
  get address(): string {
    return `/${this.reg.peer.address}:${this.reg.peer.port}`;
  }

  /** True the first time an RPC id is seen (duplicate deliveries are ignored, features doc #45). */
  firstDelivery(rpcId: string): boolean {
    if (this.sentRpcIds.includes(rpcId)) return false;
    this.sentRpcIds.push(rpcId);
    if (this.sentRpcIds.length > 16) this.sentRpcIds.shift();
    return true;
  }
}
