import type { CoreEvent, CorePort, DeviceProfile, Uuid } from '../core/index.js';
import type { AttributeWriteTimes } from './attribute-write-times.js';
import type { ValueEntry } from '../lwm2m/node.js';
import { formatPath } from '../lwm2m/path.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../lwm2m/server/lwm2m-server.js';
import type { Notification } from '../lwm2m/server/operation-types.js';
import type { Lwm2mServerEvents } from '../lwm2m/server/server-events.js';
import { runPlan } from './client-initialiser.js';
import { fetchProfile, openClientSession, registeredLine, restoredLine } from './client-session.js';
import { planInitialisation } from './init-plan.js';
import { silentLogger, type Logger } from './logger.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { reloadModel, type ModelStore } from './model-loader.js';
import { effectivePowerSettings } from './profile-config.js';
import { applyProfileChange, updateClientProfile } from './profile-updates.js';
import type { OtaCoordinator } from './ota/ota-coordinator.js';
import { handleRpc } from './rpc-dispatcher.js';
import type { RegistrationGate } from './registration-gate.js';
import { applySharedAttributes, syncSharedAttributes } from './shared-attributes.js';
import { logText } from './transport-log-text.js';
import type { TransportLogConfig } from './transport-log-config.js';
import { canComposite, postUplink, type TransportContext } from './transport-context.js';
import { applyEntries, applyNode, applyNodes } from './value-updates.js';

/**
 * The ThingsBoard LwM2M behaviour, wired between an Lwm2mServer and a core port: sessions per
 * registration, profile-driven initialisation, values to keys, shared attributes, RPC, live
 * profile/device/credential changes. Runs unchanged on any CorePort adapter.
 */

export interface Lwm2mTransportConfig {
  /** Deadline of one request to a device (LWM2M_TIMEOUT; ThingsBoard's docker default 10 s). */
  readonly requestTimeoutMs?: number;
  readonly transportLog?: TransportLogConfig;
}

export interface Lwm2mTransportOptions {
  readonly core: CorePort;
  readonly server: Lwm2mServer;
  readonly models: ModelStore;
  readonly config?: Lwm2mTransportConfig;
  readonly logger?: Logger;
  readonly now?: () => number;
  /** The accept hook given to the server; without it devices are validated after registering. */
  readonly gate?: RegistrationGate;
  /** Firmware/software updates (issue 7): attached per client once its session is open. */
  readonly ota?: OtaCoordinator;
  /** Keeps shared-attribute write times across restarts (features doc #46). */
  readonly writeTimes?: AttributeWriteTimes;
}

export class Lwm2mTransport {
  private readonly ctx: TransportContext;
  private readonly clients = new Map<string, Lwm2mClient>();
  private readonly chains = new Map<string, Promise<void>>();
  private readonly logConfig: TransportLogConfig;
  private readonly unsubscribe: Array<() => void> = [];
  private started = false;

  constructor(private readonly options: Lwm2mTransportOptions) {
    this.ctx = {
      core: options.core,
      server: options.server,
      models: options.models,
      logger: options.logger ?? silentLogger,
      now: options.now ?? Date.now,
      requestTimeoutMs: options.config?.requestTimeoutMs ?? 10_000,
      ...(options.writeTimes === undefined ? {} : { writeTimes: options.writeTimes }),
    };
    this.logConfig = options.config?.transportLog ?? { enabled: true, maxLength: 1024 };
  }

  /** Subscribes to the server's and the core's events. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const s = this.ctx.server;
    const on = <K extends keyof Lwm2mServerEvents>(event: K, fn: (...args: Lwm2mServerEvents[K]) => void): void => {
      // The generic EventEmitter typing cannot relate K to its listener here (as in Lwm2mServer.safeEmit).
      s.on(event, fn as never);
      this.unsubscribe.push(() => s.off(event, fn as never));
    };
    on('registered', (reg) => this.serial(reg.endpoint, () => this.onRegistered(reg)));
    on('restored', (reg) => this.serial(reg.endpoint, () => this.onRestored(reg)));
    on('updated', (reg) => this.serial(reg.endpoint, () => this.onUpdated(reg)));
    on('deregistered', (reg) => this.serial(reg.endpoint, () => this.onEnded(reg)));
    on('expired', (reg) => this.serial(reg.endpoint, () => this.onEnded(reg)));
    on('removed', (reg) => this.serial(reg.endpoint, () => this.onEnded(reg)));
    on('notification', (reg, n) => this.onNotification(reg, n));
    on('send', (reg, entries) => this.onSend(reg, entries));
    on('awake', (reg) => this.onAwake(reg));
    this.unsubscribe.push(this.ctx.core.onEvent((e) => this.onCoreEvent(e)));
  }

  /** Unsubscribes and closes every session on the core. */
  async stop(): Promise<void> {
    for (const u of this.unsubscribe.splice(0)) u();
    this.started = false;
    await Promise.allSettled([...this.chains.values()]);
    for (const c of [...this.clients.values()]) await this.closeClient(c, false);
  }

  /** The client of an endpoint, while registered. */
  client(endpoint: string): Lwm2mClient | undefined {
    return this.clients.get(endpoint);
  }

  /** Resolves when the work queued for an endpoint (registration, initialisation...) is done. */
  async idle(endpoint?: string): Promise<void> {
    // Work may queue more work (a wake-up after an Update): wait a bounded number of rounds.
    for (let round = 0; round < 100; round++) {
      const one = endpoint === undefined ? undefined : this.chains.get(endpoint);
      const pending = endpoint === undefined ? [...this.chains.values()] : one === undefined ? [] : [one];
      if (pending.length === 0) return;
      await Promise.allSettled(pending);
    }
  }

  // ---- registration lifecycle ----

  /** Runs `fn` after the endpoint's earlier work, so Register, Update and De-register keep their order. */
  private serial(endpoint: string, fn: () => Promise<void>): void {
    const prev = this.chains.get(endpoint) ?? Promise.resolve();
    const next = prev
      .then(fn)
      .catch((err: unknown) => this.ctx.logger.error({ endpoint, err }, 'LwM2M client handling failed'))
      .finally(() => {
        if (this.chains.get(endpoint) === next) this.chains.delete(endpoint);
      });
    this.chains.set(endpoint, next);
  }

  private async onRegistered(reg: Registration): Promise<void> {
    const old = this.clients.get(reg.endpoint);
    if (old !== undefined) await this.closeClient(old, false);
    const outcome = await openClientSession(this.ctx, this.options.models, this.logConfig, reg, this.options.gate?.take(reg.endpoint));
    if (!outcome.ok) {
      this.ctx.logger.warn({ endpoint: reg.endpoint }, logText.registrationFailed(outcome.reason));
      return;
    }
    const { client, profile, problems } = outcome.opened;
    this.clients.set(reg.endpoint, client);
    client.log.write(registeredLine(reg));
    if (problems !== undefined) client.log.write(logText.invalidProfile(problems));
    if (profile === undefined) {
      client.log.write(logText.profileNull());
      return;
    }
    await this.initialise(client);
    if (!client.closed) await syncSharedAttributes(this.ctx, client);
    // Not awaited: a firmware push can take long and must not hold this endpoint's queue.
    if (!client.closed) void this.options.ota?.attach(client);
  }

  /**
   * A registration put back from the state store after a restart (Lwm2mServer.restore()): the
   * session is opened as at Register (same credentials check), but the initial observes, reads
   * and shared-attribute writes are not sent again: the device still has them, and the
   * restored observations' notifications map to keys through the profile like fresh ones.
   * A device that no longer passes the check loses the registration (its next Update gets 4.04).
   */
  private async onRestored(reg: Registration): Promise<void> {
    const old = this.clients.get(reg.endpoint);
    if (old !== undefined) await this.closeClient(old, false);
    const outcome = await openClientSession(this.ctx, this.options.models, this.logConfig, reg, undefined);
    if (!outcome.ok) {
      this.ctx.logger.warn({ endpoint: reg.endpoint }, logText.registrationFailed(outcome.reason));
      this.ctx.server.removeRegistration(reg, 'restored registration failed validation');
      return;
    }
    const { client, profile, problems } = outcome.opened;
    this.clients.set(reg.endpoint, client);
    client.log.write(restoredLine(client.reg, this.ctx.server.observationsOf(client.reg).length));
    if (problems !== undefined) client.log.write(logText.invalidProfile(problems));
    if (profile === undefined) {
      client.log.write(logText.profileNull());
      return;
    }
    // OTA observes only what is not observed yet, so the restored observations are reused.
    void this.options.ota?.attach(client);
  }

  private async initialise(client: Lwm2mClient): Promise<void> {
    for (const s of client.mapping.skipped) client.log.write(logText.objectVersionSkipped(s.profilePath, s.clientVersion));
    const oa = client.profile.observeAttr;
    const plan = planInitialisation(client.mapping, oa.observeStrategy, oa.initAttrTelAsObsStrategy, canComposite(client.reg));
    if (plan.compositeFallback) client.log.write(logText.compositeFallback(client.reg.lwm2mVersion, oa.observeStrategy));
    await runPlan(this.ctx, client, plan);
  }

  private async onUpdated(reg: Registration): Promise<void> {
    const client = this.clientFor(reg);
    if (client === undefined) return;
    client.reg = reg;
    client.log.write(logText.updated(reg.id, client.address));
    this.ctx.core.recordActivity(client.sessionId);
    await this.wakeUp(client);
  }

  private async onEnded(reg: Registration): Promise<void> {
    // The registration ended, whether or not its session is still open here.
    this.ctx.writeTimes?.forget(reg.endpoint);
    const client = this.clientFor(reg);
    if (client === undefined) return;
    await this.closeClient(client, true);
  }

  private async closeClient(client: Lwm2mClient, logUnregistration: boolean): Promise<void> {
    if (client.closed) return;
    if (logUnregistration) client.log.write(logText.unregistered());
    client.closed = true;
    this.options.ota?.detach(client.endpoint);
    if (this.clients.get(client.endpoint) === client) this.clients.delete(client.endpoint);
    await this.ctx.core.closeSession(client.sessionId);
  }

  /** Device deleted or its credentials changed (features doc #80, #81): the registration goes too. */
  private async dropClient(client: Lwm2mClient): Promise<void> {
    // Observations end with the registration; the device's next Update gets 4.04 and it re-registers.
    this.ctx.server.removeRegistration(client.reg, 'device deleted or its credentials changed');
    await this.closeClient(client, true);
  }

  private clientFor(reg: Registration): Lwm2mClient | undefined {
    const c = this.clients.get(reg.endpoint);
    return c !== undefined && c.reg.id === reg.id ? c : undefined;
  }

  // ---- uplink from the device ----

  private onNotification(reg: Registration, n: Notification): void {
    const client = this.clientFor(reg);
    if (client === undefined) return;
    this.ctx.core.recordActivity(client.sessionId);
    if (!n.code.startsWith('2.')) {
      const msg = n.payload?.toString('utf8') || n.code;
      client.log.write(
        n.paths.length === 1 && n.nodes === undefined
          ? logText.singleObservationError(formatPath(n.paths[0] ?? {}), msg)
          : logText.compositeObservationError(n.paths.map((p) => formatPath(p)), msg),
      );
      return;
    }
    const now = this.ctx.now();
    if (n.entries !== undefined && n.entries.some((e) => e.time !== undefined)) postUplink(this.ctx, client, applyEntries(client, n.entries, now));
    else if (n.nodes !== undefined) postUplink(this.ctx, client, applyNodes(client, n.nodes, now));
    else if (n.node !== undefined && n.paths[0] !== undefined) postUplink(this.ctx, client, applyNode(client, n.paths[0], n.node, now));
  }

  private onSend(reg: Registration, entries: readonly ValueEntry[]): void {
    const client = this.clientFor(reg);
    if (client === undefined) return;
    this.ctx.core.recordActivity(client.sessionId);
    postUplink(this.ctx, client, applyEntries(client, entries, this.ctx.now()));
  }

  private onAwake(reg: Registration): void {
    const client = this.clientFor(reg);
    if (client === undefined || !client.asleep) return;
    this.serial(reg.endpoint, () => this.wakeUp(client));
  }

  /** features doc #76: on wake-up, pending profile changes, shared attributes and queued RPCs. */
  private async wakeUp(client: Lwm2mClient): Promise<void> {
    const pending = client.pendingFromProfile;
    const wasAsleep = client.asleep;
    client.asleep = false;
    if (wasAsleep) {
      client.log.write(logText.awake());
      void this.ctx.core.sendPendingRpc(client.sessionId);
    }
    if (pending !== undefined) {
      client.pendingFromProfile = undefined;
      await applyProfileChange(this.ctx, client, pending.config, pending.mapping);
    }
    if (wasAsleep) await syncSharedAttributes(this.ctx, client);
    if (wasAsleep) void this.options.ota?.wakeUp(client.endpoint);
  }

  // ---- core events ----

  private onCoreEvent(e: CoreEvent): void {
    switch (e.type) {
      case 'rpc-request': {
        const c = this.bySession(e.sessionId);
        if (c !== undefined) void handleRpc(this.ctx, c, e.rpc).catch((err: unknown) => this.ctx.logger.error({ err }, 'RPC handling failed'));
        return;
      }
      case 'shared-attributes-updated': {
        const c = this.bySession(e.sessionId);
        if (c !== undefined) this.serial(c.endpoint, () => applySharedAttributes(this.ctx, c, e.updated, true));
        return;
      }
      case 'credentials-updated': {
        const c = this.bySession(e.sessionId);
        if (c !== undefined) this.serial(c.endpoint, () => this.dropClient(c));
        return;
      }
      case 'device-deleted':
        for (const c of this.byDevice(e.deviceId)) this.serial(c.endpoint, () => this.dropClient(c));
        return;
      case 'device-updated':
        for (const c of this.byDevice(e.device.deviceId)) {
          const profileChanged = c.session.device.deviceProfileId !== e.device.deviceProfileId;
          c.session = { ...c.session, device: e.device };
          c.power = effectivePowerSettings(e.device, c.profile.clientLwM2mSettings);
          if (profileChanged) this.serial(c.endpoint, async () => updateClientProfile(this.ctx, c, await this.fetchProfile(e.device.deviceProfileId)));
        }
        return;
      case 'device-profile-updated':
        for (const c of this.clients.values()) {
          if (c.session.device.deviceProfileId === e.profile.id) this.serial(c.endpoint, () => updateClientProfile(this.ctx, c, e.profile));
        }
        return;
      case 'model-updated':
        void reloadModel(this.ctx, this.options.models, e.tenantId, e.key);
        return;
      case 'session-closed':
        // ThingsBoard only logs a core-side close (features doc #82).
        this.ctx.logger.info({ sessionId: e.sessionId, reason: e.reason }, 'core closed the session');
        return;
      default:
        return;
    }
  }

  private bySession(sessionId: Uuid): Lwm2mClient | undefined {
    for (const c of this.clients.values()) if (c.sessionId === sessionId) return c;
    return undefined;
  }

  private byDevice(deviceId: Uuid): Lwm2mClient[] {
    return [...this.clients.values()].filter((c) => c.deviceId === deviceId);
  }

  // ---- profiles ----

  private fetchProfile(profileId: Uuid): Promise<DeviceProfile | undefined> {
    return fetchProfile(this.ctx, profileId);
  }
}

export type { ModelStore } from './model-loader.js';

export function createLwm2mTransport(options: Lwm2mTransportOptions): Lwm2mTransport {
  const t = new Lwm2mTransport(options);
  t.start();
  return t;
}
