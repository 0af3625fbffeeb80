/**
 * Transport sessions as the core sees them (thingsboard-transport-wire.md §4.2–§4.4):
 * OPEN with attribute and RPC subscriptions, activity reports on TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT
 * with the configured strategy, CLOSED on close / inactivity expiry / stop, and LwM2M's re-open of
 * a still-registered device whose session the core or the expiry dropped (§4.3 "LwM2M twist").
 */
import type { Logger } from 'pino';
import type { DeviceInfo, Uuid } from '../core/core-types.js';
import type { ProduceOutcome } from './buffered-producer.js';
import { activityMsg, sessionCloseMsg, sessionOpenMsg, type SessionAddress } from './uplink-messages.js';
import { newUuid } from '../tbwire/uuid-codec.js';

export type ActivityStrategy = 'LAST' | 'FIRST' | 'FIRST_AND_LAST' | 'ALL';

export interface SessionState {
  readonly sessionId: Uuid;
  device: DeviceInfo;
  lastRecorded: number;
  lastReported: number;
  reportedInPeriod: boolean;
  /** False after expiry or a core-initiated close: the next tick opens it again. */
  openOnCore: boolean;
}

export interface SessionManagerOptions {
  nodeId: string;
  reportTimeoutMs: number;
  inactivityTimeoutMs: number;
  strategy: ActivityStrategy;
}

/** Sends a ToCoreMsg for a device (topic and key are the caller's business). */
export type CoreSender = (deviceId: Uuid, value: Uint8Array) => Promise<ProduceOutcome>;

export class SessionManager {
  private readonly sessions = new Map<Uuid, SessionState>();
  private timer: NodeJS.Timeout | undefined;
  readonly stats = { opened: 0, closed: 0, expired: 0, reopened: 0, activityReports: 0 };

  constructor(
    private readonly opts: SessionManagerOptions,
    private readonly send: CoreSender,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.sessions.size;
  }

  get(sessionId: Uuid): SessionState | undefined {
    return this.sessions.get(sessionId);
  }

  all(): IterableIterator<SessionState> {
    return this.sessions.values();
  }

  address(s: SessionState): SessionAddress {
    return { nodeId: this.opts.nodeId, sessionId: s.sessionId, device: s.device };
  }

  /** Starts the periodic activity tick (ThingsBoard starts it with a random initial delay). */
  start(): void {
    if (this.timer) return;
    const first = Math.floor(Math.random() * this.opts.reportTimeoutMs);
    const begin = (): void => {
      this.timer = setInterval(() => void this.tick(), this.opts.reportTimeoutMs);
      this.timer.unref();
    };
    this.timer = setTimeout(() => {
      void this.tick();
      begin();
    }, first);
    this.timer.unref();
  }

  async open(device: DeviceInfo): Promise<{ state: SessionState; outcome: ProduceOutcome }> {
    const t = this.now();
    const state: SessionState = { sessionId: newUuid(), device, lastRecorded: t, lastReported: 0, reportedInPeriod: false, openOnCore: true };
    this.sessions.set(state.sessionId, state);
    this.stats.opened += 1;
    const outcome = await this.send(device.deviceId, sessionOpenMsg(this.address(state)));
    return { state, outcome };
  }

  /** CLOSED to the core, then forget. Not activity (§4.4). */
  async close(sessionId: Uuid): Promise<void> {
    const s = this.sessions.get(sessionId);
    if (!s) return;
    this.sessions.delete(sessionId);
    this.stats.closed += 1;
    if (s.openOnCore) await this.send(s.device.deviceId, sessionCloseMsg(this.address(s)));
  }

  /** Device activity; reported now when the strategy reports the first event of a period. */
  recordActivity(sessionId: Uuid): void {
    const s = this.sessions.get(sessionId);
    if (!s) return;
    s.lastRecorded = this.now();
    const strategy = this.opts.strategy;
    if (strategy === 'ALL' || ((strategy === 'FIRST' || strategy === 'FIRST_AND_LAST') && !s.reportedInPeriod)) {
      s.reportedInPeriod = true;
      void this.report(s);
    }
  }

  /** The core closed the session: keep it locally, re-open on the next tick (LwM2M behaviour, §5.3). */
  markClosedByCore(sessionId: Uuid): void {
    const s = this.sessions.get(sessionId);
    if (s) s.openOnCore = false;
  }

  /** Applies device changes (name, type, profile) to every session of the device. */
  updateDevice(deviceId: Uuid, patch: Partial<DeviceInfo>): SessionState[] {
    const touched: SessionState[] = [];
    for (const s of this.sessions.values()) {
      if (s.device.deviceId !== deviceId) continue;
      s.device = { ...s.device, ...patch, deviceId };
      touched.push(s);
    }
    return touched;
  }

  /** Sessions of devices using a profile; their deviceType becomes the profile name (§4.6). */
  applyProfileName(profileId: Uuid, name: string): void {
    for (const s of this.sessions.values()) if (s.device.deviceProfileId === profileId) s.device = { ...s.device, deviceType: name };
  }

  sessionsOfDevice(deviceId: Uuid): SessionState[] {
    return [...this.sessions.values()].filter((s) => s.device.deviceId === deviceId);
  }

  /** One period end (exported for tests; the timer calls it). */
  async tick(): Promise<void> {
    const t = this.now();
    const sends: Array<Promise<unknown>> = [];
    for (const s of this.sessions.values()) {
      if (!s.openOnCore) {
        // Re-open a registered device the core no longer knows, with activity "now" (§4.3).
        s.openOnCore = true;
        s.lastRecorded = t;
        this.stats.reopened += 1;
        sends.push(this.send(s.device.deviceId, sessionOpenMsg(this.address(s))).then(() => this.report(s)));
      } else if (t - this.opts.inactivityTimeoutMs > s.lastRecorded) {
        // Expired: CLOSED plus a final report; LwM2M re-opens it at the next tick.
        s.openOnCore = false;
        this.stats.expired += 1;
        this.log.info({ sessionId: s.sessionId, deviceId: s.device.deviceId }, 'Session has expired due to last activity time');
        sends.push(this.send(s.device.deviceId, sessionCloseMsg(this.address(s))).then(() => this.report(s)));
      } else if (this.opts.strategy !== 'FIRST' && s.lastReported < s.lastRecorded) {
        sends.push(this.report(s));
      }
      s.reportedInPeriod = false;
    }
    await Promise.all(sends);
  }

  /** CLOSED for every session (shutdown). */
  async closeAll(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await Promise.all([...this.sessions.keys()].map((id) => this.close(id)));
  }

  private async report(s: SessionState): Promise<void> {
    if (s.lastReported >= s.lastRecorded) return;
    s.lastReported = s.lastRecorded;
    this.stats.activityReports += 1;
    await this.send(s.device.deviceId, activityMsg(this.address(s), s.lastRecorded));
  }
}
