import coap from 'coap';
import { EventEmitter } from 'node:events';
import { systemClock } from '../../src/coap/clock.js';
import type { Clock, TimerHandle } from '../../src/coap/types.js';
import { ContentFormat } from '../../src/lwm2m/content-format.js';
import type { ResourceValue, ValueEntry } from '../../src/lwm2m/node.js';
import { formatPath, makePath, parsePath } from '../../src/lwm2m/path.js';
import { AttributeStore } from './attributes.js';
import { BootstrapMode, type ServerAccount } from './bootstrap-mode.js';
import { sendUplink } from './coap-request.js';
import * as content from './content/content-codecs.js';
import { populateStore } from './default-values.js';
import { registerLinks } from './discover-links.js';
import { DeviceSocket } from './device-socket.js';
import { openDtlsDeviceSocket } from './dtls-device-socket.js';
import { reactToExecute, reactToWrite, type ReactionHost } from './device-reactions.js';
import { SimulatorCatalog } from './object-catalog.js';
import { ObjectStore, type MultiValue } from './object-store.js';
import { ObserveManager } from './observe-manager.js';
import type { OperationContext } from './operations.js';
import { parseServerUrl, RegistrationClient, type RegistrationTarget } from './registration-client.js';
import { RequestResponder } from './request-responder.js';
import type {
  DeviceEvent,
  DeviceEventType,
  Lwm2mVersion,
  RequestLogEntry,
  ScriptedBehaviour,
  SimulatedDeviceOptions,
} from './types.js';
import { UpdateSimulation } from './update-simulation.js';

export interface DeviceStats {
  registrations: number;
  updates: number;
  notificationsSent: number;
  requestsHandled: number;
  sends: number;
  errors: number;
}

/**
 * A simulated LwM2M client on its own UDP socket (node-coap as an independent CoAP stack):
 * registers with a server, answers its requests, notifies observers, sends data, and lets a
 * test script values and behaviours. `stop()` releases every socket and timer.
 */
export class SimulatedDevice {
  readonly endpoint: string;
  readonly version: Lwm2mVersion;
  readonly store: ObjectStore;
  readonly attributes = new AttributeStore();
  readonly stats: DeviceStats = { registrations: 0, updates: 0, notificationsSent: 0, requestsHandled: 0, sends: 0, errors: 0 };
  /** Firmware/software update state machines; set `updates.firmwareOutcome` to script a failure. */
  readonly updates: UpdateSimulation;

  private readonly opts: SimulatedDeviceOptions;
  private readonly target: RegistrationTarget;
  private readonly timers: Clock;
  private readonly events = new EventEmitter();
  private readonly responder: RequestResponder;
  private readonly intervals = new Set<NodeJS.Timeout>();
  private readonly pending = new Set<NodeJS.Timeout>();
  private readonly observations: ObserveManager;
  private readonly ctx: OperationContext;
  private lifetimeSeconds: number;
  private socket: DeviceSocket | undefined;
  private server: coap.Server | undefined;
  private agent: coap.Agent | undefined;
  private registration: RegistrationClient | undefined;
  private sleepTimer: TimerHandle | undefined;
  private readonly bootstrapMode: BootstrapMode;

  constructor(options: SimulatedDeviceOptions, timers: Clock = systemClock) {
    // The endpoint goes into a Uri-Query as `ep=...`: refuse characters that would split it.
    if (!/^[^&=\s]{1,128}$/.test(options.endpoint)) throw new TypeError(`invalid endpoint name "${options.endpoint}"`);
    this.opts = options;
    this.endpoint = options.endpoint;
    this.version = options.version ?? '1.1';
    this.target = parseServerUrl(options.serverUrl);
    this.timers = timers;
    this.lifetimeSeconds = options.lifetime ?? 300;
    this.store = new ObjectStore(new SimulatorCatalog(options.objectVersions ?? {}, this.version));
    populateStore(this.store, options, this.lifetimeSeconds);
    this.updates = new UpdateSimulation({
      get: (p) => this.valueAt(p),
      set: (p, v) => this.set(p, v),
      stateChanged: (path, state) => this.emit({ type: 'firmwareState', path, state }),
      timers,
      stepMs: options.firmwareStepMs ?? 50,
    });
    this.observations = new ObserveManager({
      timers,
      attributes: this.attributes,
      render: (rel) => this.responder.render(rel),
      numberAt: (p) => {
        const v = this.store.get(p);
        return typeof v === 'number' ? v : undefined;
      },
      defaults: () => ({ pmin: numberOr(this.store.get(makePath(1, 0, 2)), 0), pmax: numberOr(this.store.get(makePath(1, 0, 3)), 0) }),
      isAwake: () => this.socket?.isAwake ?? false,
      onSent: () => {
        this.stats.notificationsSent++;
      },
      onEnded: (rel) => this.emit({ type: 'cancelObservation', path: rel.paths.map((p) => formatPath(p)).join(',') }),
    });
    this.ctx = {
      version: this.version,
      store: this.store,
      attributes: this.attributes,
      defaultFormat: options.defaultFormat ?? ContentFormat.SENML_CBOR,
      written: (paths) => {
        reactToWrite(this.reactionHost(), paths);
        this.observations.changed(paths);
      },
      execute: (path) => reactToExecute(this.reactionHost(), path),
      cancelObservation: (token) => this.observations.cancel(token),
      attributesChanged: () => this.observations.attributesChanged(),
      emit: (e) => this.emit(e),
    };
    this.responder = new RequestResponder({
      ctx: this.ctx,
      clock: timers,
      logLimit: options.logLimit ?? 200,
      counted: () => {
        this.stats.requestsHandled++;
      },
      fail: (err) => this.fail(err),
    });
    this.responder.observations = this.observations;
    this.bootstrapMode = new BootstrapMode(this.store);
    this.responder.bootstrap = this.bootstrapMode;
  }

  private reactionHost(): ReactionHost {
    return {
      store: this.store,
      updates: this.updates,
      set: (p, v) => this.set(p, v),
      later: (fn) => this.later(fn),
      lifetimeChanged: (lt) => {
        this.lifetimeSeconds = lt;
      },
      update: (o) => this.update(o),
      register: () => this.requireRegistration().register(),
      bootstrap: () => this.bootstrap(this.bootstrapMode.bootstrapServerUri() ?? this.opts.serverUrl),
      registered: this.registration?.location !== undefined,
    };
  }

  // ---- lifecycle -------------------------------------------------------------------------

  /** Opens the socket and registers; resolves with the registration location (`/rd/...`). */
  async start(): Promise<string> {
    if (this.socket === undefined) await this.open();
    return (this.registration as RegistrationClient).register();
  }

  /** Opens the socket and the CoAP server without registering. */
  async open(): Promise<void> {
    if (this.socket !== undefined) return;
    const socket = await this.openSocket();
    this.socket = socket;
    socket.onReset = (token) => this.observations.forget(token);
    const server = coap.createServer();
    server.on('request', (req: coap.IncomingMessage, res: coap.OutgoingMessage) => this.responder.handle(req, res));
    server.on('error', (err: Error) => this.fail(err));
    server.listen(socket.gate);
    this.server = server;
    const agent = new coap.Agent({ socket: socket.gate });
    agent.on('error', (err: Error) => this.fail(err));
    this.agent = agent;
    this.registration = new RegistrationClient(agent, this.target, {
      endpoint: this.endpoint,
      version: this.version,
      queueMode: this.opts.queueMode === true,
      timeoutMs: this.opts.requestTimeoutMs ?? 10_000,
      timers: this.timers,
      lifetime: () => this.lifetimeSeconds,
      links: () => registerLinks(this.store, this.version, this.registerFormats()),
      onRegistered: (kind, location) => {
        if (kind === 'registered') this.stats.registrations++;
        else this.stats.updates++;
        this.emit({ type: kind, location });
        this.stayAwake();
        // §6.5: the server knows the device is listening now; what changed while asleep goes out.
        this.observations.flush();
      },
      onError: (err) => this.fail(err),
      beforeUplink: () => this.wakeSocket(),
    });
  }

  private openSocket(): Promise<DeviceSocket> {
    if (this.target.secure !== true) return DeviceSocket.open(this.opts.bindAddress ?? '127.0.0.1');
    if (this.opts.psk === undefined) throw new TypeError(`${this.opts.serverUrl} needs the psk option`);
    return openDtlsDeviceSocket(this.target, this.opts.psk, this.opts.requestTimeoutMs ?? 10_000);
  }

  /** The local UDP port (after `open`/`start`). */
  get port(): number | undefined {
    return this.socket?.port;
  }

  get location(): string | undefined {
    return this.registration?.location;
  }

  get lifetime(): number {
    return this.lifetimeSeconds;
  }

  get isAwake(): boolean {
    return this.socket?.isAwake ?? false;
  }

  /** Datagrams ignored while asleep (queue mode). */
  get droppedWhileAsleep(): number {
    return this.socket?.dropped ?? 0;
  }

  get observationCount(): number {
    return this.observations.size;
  }

  /**
   * Client-initiated bootstrap (LwM2M Core 1.1 §5.2.7): Bootstrap-Request to `bootstrapUrl`,
   * then the server's Discover/Delete/Write operations on Objects 0 and 1 until its
   * Bootstrap-Finish. Resolves with the LwM2M server accounts now in the Security object.
   */
  async bootstrap(bootstrapUrl: string, timeoutMs = 10_000): Promise<ServerAccount[]> {
    if (this.socket === undefined) await this.open();
    const finished = this.bootstrapMode.begin();
    let timer: NodeJS.Timeout | undefined;
    try {
      const res = await sendUplink(this.requireAgent(), parseServerUrl(bootstrapUrl), { method: 'POST', pathname: '/bs', query: `ep=${this.endpoint}` }, timeoutMs);
      if (res.code !== '2.04') throw new Error(`Bootstrap-Request answered ${res.code}`);
      await Promise.race([
        finished,
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('no Bootstrap-Finish in time')), timeoutMs);
        }),
      ]);
    } finally {
      if (timer !== undefined) clearTimeout(timer);
      this.bootstrapMode.cancel();
    }
    return this.bootstrapMode.serverAccounts();
  }

  async update(opts: { withLinks?: boolean; withLifetime?: boolean } = {}): Promise<void> {
    await this.requireRegistration().update(opts);
  }

  /** Queue mode: wake up, send an Update (LwM2M Core 1.1 §6.5), then flush queued notifications. */
  async wake(): Promise<void> {
    this.wakeSocket();
    await this.update();
    this.observations.flush();
  }

  /** Queue mode: go to sleep now (stop listening) instead of waiting for the awake window. */
  sleep(): void {
    if (this.sleepTimer !== undefined) this.timers.clearTimeout(this.sleepTimer);
    this.sleepTimer = undefined;
    if (this.socket?.isAwake === true) {
      this.socket.setAwake(false);
      this.emit({ type: 'sleep' });
    }
  }

  async deregister(): Promise<string | undefined> {
    const code = await this.registration?.deregister();
    if (code !== undefined) this.emit({ type: 'deregistered', args: code });
    return code;
  }

  /** Stops everything: observations, timers, the server, the agent and the socket. Idempotent. */
  async stop(opts: { deregister?: boolean } = {}): Promise<void> {
    if (opts.deregister === true && this.registration?.location !== undefined) {
      await this.deregister().catch(() => undefined);
    }
    this.registration?.stop();
    this.observations.stop();
    this.updates.stop();
    this.responder.stop();
    for (const t of this.intervals) clearInterval(t);
    for (const t of this.pending) clearTimeout(t);
    this.intervals.clear();
    this.pending.clear();
    if (this.sleepTimer !== undefined) this.timers.clearTimeout(this.sleepTimer);
    this.sleepTimer = undefined;
    this.agent?.close();
    this.server?.close();
    await this.socket?.close();
    this.agent = undefined;
    this.server = undefined;
    this.socket = undefined;
  }

  // ---- scripting ---------------------------------------------------------------------------

  /** Sets a value as the device's own sensor would; observers are notified on change. */
  set(path: string, value: ResourceValue | MultiValue): void {
    const p = parsePath(path);
    if (this.store.set(p, value)) this.observations.changed([makePath(p.objectId, p.instanceId, p.resourceId)]);
  }

  get(path: string): ResourceValue | ReadonlyMap<number, ResourceValue> | undefined {
    return this.store.get(parsePath(path));
  }

  /** Sets `path` to `generator()` every `everyMs`; returns a function that stops it. */
  vary(path: string, generator: () => ResourceValue | MultiValue, everyMs: number): () => void {
    parsePath(path);
    const t = setInterval(() => {
      try {
        this.set(path, generator());
      } catch (err) {
        this.fail(err instanceof Error ? err : new Error(String(err)));
      }
    }, Math.max(1, everyMs));
    t.unref();
    this.intervals.add(t);
    return () => {
      clearInterval(t);
      this.intervals.delete(t);
    };
  }

  /** Scripts the answer to matching requests (code, delay, or silence); returns a remover. */
  script(behaviour: ScriptedBehaviour): () => void {
    return this.responder.script(behaviour);
  }

  on(type: DeviceEventType, listener: (e: DeviceEvent) => void): () => void {
    this.events.on(type, listener);
    return () => this.events.off(type, listener);
  }

  once(type: DeviceEventType): Promise<DeviceEvent> {
    return new Promise((resolve) => this.events.once(type, resolve));
  }

  /** The requests the server made, oldest first (bounded by `logLimit`). */
  get requests(): readonly RequestLogEntry[] {
    return this.responder.log;
  }

  // ---- uplink --------------------------------------------------------------------------------

  /**
   * Send (LwM2M Core 1.1 §6.4.3 "Send"): POST /dp with the current values of `paths` in SenML
   * CBOR (or `format`). Not in LwM2M 1.0. Resolves with the server's response code.
   */
  async send(paths: readonly string[], format: number = ContentFormat.SENML_CBOR, time?: Date): Promise<string> {
    if (this.version === '1.0') throw new Error('Send is not part of LwM2M 1.0');
    const entries: ValueEntry[] = [];
    for (const p of paths) {
      for (const e of this.store.entries(parsePath(p))) entries.push(time === undefined ? e : { ...e, time: time.getTime() });
    }
    const payload = content.encodeEntries(format, entries);
    this.wakeSocket();
    const res = await sendUplink(
      this.requireAgent(),
      this.target,
      { method: 'POST', pathname: '/dp', payload, contentFormat: format, block1Szx: 6 },
      this.opts.requestTimeoutMs ?? 10_000,
    );
    this.stats.sends++;
    this.stayAwake();
    this.observations.flush();
    return res.code;
  }

  // ---- internals -----------------------------------------------------------------------------

  private registerFormats(): readonly number[] {
    return this.opts.registerContentFormats ?? [ContentFormat.SENML_CBOR, ContentFormat.SENML_JSON, ContentFormat.TLV];
  }

  private requireRegistration(): RegistrationClient {
    if (this.registration === undefined) throw new Error('device is not started');
    return this.registration;
  }

  private requireAgent(): coap.Agent {
    if (this.agent === undefined) throw new Error('device is not started');
    return this.agent;
  }

  private valueAt(path: string): ResourceValue | undefined {
    const v = this.store.get(parsePath(path));
    return v instanceof Map ? undefined : (v as ResourceValue | undefined);
  }

  private emit(e: DeviceEvent): void {
    if (e.type === 'error' && this.events.listenerCount('error') === 0) return;
    this.events.emit(e.type, e);
  }

  private fail(err: Error): void {
    this.stats.errors++;
    this.emit({ type: 'error', error: err });
  }

  private wakeSocket(): void {
    if (this.socket !== undefined && !this.socket.isAwake) {
      this.socket.setAwake(true);
      this.emit({ type: 'wake' });
    }
  }

  /** Queue mode: listen for `queueAwakeMs` after each exchange, then sleep (§6.5). */
  private stayAwake(): void {
    if (this.opts.queueMode !== true) return;
    if (this.sleepTimer !== undefined) this.timers.clearTimeout(this.sleepTimer);
    this.sleepTimer = this.timers.setTimeout(() => {
      this.sleepTimer = undefined;
      this.sleep();
    }, this.opts.queueAwakeMs ?? 93_000);
  }

  private later(fn: () => Promise<unknown> | void): void {
    const t = setTimeout(() => {
      this.pending.delete(t);
      Promise.resolve()
        .then(fn)
        .catch((err: unknown) => this.fail(err instanceof Error ? err : new Error(String(err))));
    }, 0);
    this.pending.add(t);
  }
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === 'number' ? v : fallback;
}
