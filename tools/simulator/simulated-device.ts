import coap from 'coap';
import { EventEmitter } from 'node:events';
import { systemClock } from '../../src/coap/clock.js';
import type { Clock, TimerHandle } from '../../src/coap/types.js';
import { ContentFormat } from '../../src/lwm2m/content-format.js';
import type { Lwm2mNode, ResourceValue, ValueEntry } from '../../src/lwm2m/node.js';
import { formatPath, makePath, parsePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { AttributeStore } from './attributes.js';
import { sendUplink } from './coap-request.js';
import * as content from './content/content-codecs.js';
import { defaultValues } from './default-values.js';
import { registerLinks } from './discover-links.js';
import { DeviceSocket } from './device-socket.js';
import { CoapStatusError } from './errors.js';
import { readInbound, type InboundRequest } from './inbound-request.js';
import { SimulatorCatalog } from './object-catalog.js';
import { ObjectStore, type MultiValue } from './object-store.js';
import { ObserveManager, type Relation } from './observe-manager.js';
import { compositePayload, dispatch, encodeFor, type OperationContext, type Reply } from './operations.js';
import { parseServerUrl, RegistrationClient, type RegistrationTarget } from './registration-client.js';
import type {
  DeviceEvent,
  DeviceEventType,
  Lwm2mVersion,
  RequestLogEntry,
  ScriptedBehaviour,
  SimulatedDeviceOptions,
} from './types.js';
import { UpdateSimulation } from './update-simulation.js';

const DEFAULT_OBJECTS: Readonly<Record<number, readonly number[]>> = {
  1: [0],
  3: [0],
  4: [0],
  5: [0],
  6: [0],
  9: [0],
  19: [0],
};

export interface DeviceStats {
  registrations: number;
  updates: number;
  notificationsSent: number;
  requestsHandled: number;
  sends: number;
  errors: number;
}

type WritableNode = Lwm2mNode;
type ObserveStream = coap.ObserveWriteStream;

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
  private readonly log: RequestLogEntry[] = [];
  private readonly logLimit: number;
  private readonly scripts: Array<ScriptedBehaviour & { left: number }> = [];
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

  constructor(options: SimulatedDeviceOptions, timers: Clock = systemClock) {
    // The endpoint goes into a Uri-Query as `ep=...`: refuse characters that would split it.
    if (!/^[^&=\s]{1,128}$/.test(options.endpoint)) throw new TypeError(`invalid endpoint name "${options.endpoint}"`);
    this.opts = options;
    this.endpoint = options.endpoint;
    this.version = options.version ?? '1.1';
    this.target = parseServerUrl(options.serverUrl);
    this.timers = timers;
    this.lifetimeSeconds = options.lifetime ?? 300;
    this.logLimit = options.logLimit ?? 200;
    this.store = new ObjectStore(new SimulatorCatalog(options.objectVersions ?? {}));
    this.populate();
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
      render: (rel) => this.render(rel),
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
      written: (paths, node) => this.written(paths, node),
      execute: (path, args) => this.executeResource(path, args),
      cancelObservation: (token) => this.observations.cancel(token),
      emit: (e) => this.emit(e),
    };
  }

  private populate(): void {
    const binding = this.opts.queueMode === true ? 'UQ' : 'U';
    const values = defaultValues(this.endpoint, this.opts.serverUrl, this.lifetimeSeconds, binding);
    const objects: Record<number, readonly number[]> = { 0: [0, 1], ...(this.opts.objects ?? DEFAULT_OBJECTS) };
    for (const [idText, instances] of Object.entries(objects)) {
      const objectId = Number(idText);
      this.store.addObject(objectId);
      for (const i of instances) {
        this.store.createInstance(objectId, i);
        for (const [key, value] of values) {
          const [o, r] = key.split('/').slice(1).map(Number);
          if (o !== objectId || r === undefined) continue;
          // Security instance 1 describes the bootstrap server.
          const v = objectId === 0 && i === 1 && r === 1 ? true : value;
          this.store.set(makePath(objectId, i, r), v);
        }
      }
    }
    for (const [p, v] of Object.entries(this.opts.values ?? {})) this.store.set(parsePath(p), v);
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
    const socket = await DeviceSocket.open(this.opts.bindAddress ?? '127.0.0.1');
    this.socket = socket;
    socket.onReset = (token) => this.observations.forget(token);
    const server = coap.createServer();
    server.on('request', (req: coap.IncomingMessage, res: coap.OutgoingMessage) => this.onRequest(req, res));
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
      },
      onError: (err) => this.fail(err),
      beforeUplink: () => this.wakeSocket(),
    });
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
    const entry = { ...behaviour, path: formatPath(parsePath(behaviour.path)), left: behaviour.times ?? Infinity };
    this.scripts.push(entry);
    return () => {
      const i = this.scripts.indexOf(entry);
      if (i >= 0) this.scripts.splice(i, 1);
    };
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
    return this.log;
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

  private render(rel: Relation): Buffer {
    const format = this.relationFormat.get(rel.token) ?? ContentFormat.SENML_CBOR;
    if (rel.composite) return compositePayload(this.ctx, rel.paths, format);
    const path = rel.paths[0] as Lwm2mPath;
    return encodeFor(this.ctx, this.store.read(path), path, format).payload;
  }

  private readonly relationFormat = new Map<string, number>();

  private written(paths: readonly Lwm2mPath[], node?: WritableNode): void {
    let objectsChanged = false;
    for (const p of paths) {
      const key = formatPath(p);
      if (p.resourceId === undefined) objectsChanged = true;
      if (key === '/5/0/0') {
        const pkg = this.store.get(p);
        this.store.set(p, Buffer.alloc(0)); // do not keep megabytes of firmware per device
        this.updates.firmwarePackage(Buffer.isBuffer(pkg) ? pkg : Buffer.alloc(0));
      } else if (key === '/5/0/1') {
        this.updates.firmwareUri(String(this.store.get(p) ?? ''));
      } else if (p.objectId === 9 && (p.resourceId === 2 || p.resourceId === 3)) {
        if (p.resourceId === 2) this.store.set(p, Buffer.alloc(0));
        this.updates.softwarePackage(p.instanceId ?? 0);
      } else if (key === '/1/0/1') {
        this.lifetimeSeconds = numberOr(this.store.get(p), this.lifetimeSeconds);
        this.later(() => this.update({ withLifetime: true }));
      }
    }
    void node;
    if (objectsChanged && this.registration?.location !== undefined) this.later(() => this.update({ withLinks: true }));
    this.observations.changed(paths);
  }

  private executeResource(path: Lwm2mPath, _args: string): void {
    const key = formatPath(path);
    const inst = path.instanceId ?? 0;
    switch (path.objectId === 9 ? `/9/x/${path.resourceId}` : key) {
      case '/3/0/4': // Reboot: answer first, then come back with a fresh registration.
        this.later(() => this.requireRegistration().register());
        break;
      case '/3/0/12':
        this.set('/3/0/11', [0]);
        break;
      case '/1/0/8': // Registration Update Trigger (§E.2)
        this.later(() => this.update());
        break;
      case '/5/0/2':
        this.updates.firmwareUpdate();
        break;
      case '/9/x/4':
        this.updates.softwareInstall(inst);
        break;
      case '/9/x/6':
        this.updates.softwareUninstall(inst);
        break;
      case '/9/x/10':
        this.set(`/9/${inst}/12`, true);
        break;
      case '/9/x/11':
        this.set(`/9/${inst}/12`, false);
        break;
      default:
        break; // Factory Reset, Disable...: reported through the 'execute' event only.
    }
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

  private matchScript(req: InboundRequest): (ScriptedBehaviour & { left: number }) | undefined {
    const s = this.scripts.find((b) => b.path === req.pathText && (b.method === undefined || b.method === req.method));
    if (s === undefined) return undefined;
    if (--s.left <= 0) this.scripts.splice(this.scripts.indexOf(s), 1);
    return s;
  }

  private onRequest(req: coap.IncomingMessage, res: coap.OutgoingMessage): void {
    // node-coap hands an empty Reset (code 0.00) to the request handler as if it were a request
    // (its `ack ?? reset` test stops at ack = false). RFC 7252 §4.2: a Reset is never answered.
    if (req.code === '0.00') return;
    this.stats.requestsHandled++;
    let inbound: InboundRequest;
    try {
      inbound = readInbound(req);
    } catch (err) {
      this.respond(res, undefined, toReply(err));
      return;
    }
    const script = this.matchScript(inbound);
    const run = (): void => {
      if (script?.drop === true) {
        this.record(inbound, 'dropped');
        return;
      }
      let reply: Reply;
      try {
        reply = script?.code !== undefined ? { code: script.code } : dispatch(this.ctx, inbound);
      } catch (err) {
        reply = toReply(err);
        if (reply.code === '5.00') this.fail(err instanceof Error ? err : new Error(String(err)));
      }
      this.respond(res, inbound, reply);
    };
    if (script?.delayMs !== undefined && script.delayMs > 0) {
      const t = setTimeout(() => {
        this.pending.delete(t);
        run();
      }, script.delayMs);
      this.pending.add(t);
    } else run();
  }

  private respond(res: coap.OutgoingMessage, req: InboundRequest | undefined, reply: Reply): void {
    // ObserveWriteStream reads `statusCode`, OutgoingMessage reads `code` first.
    res.code = reply.code;
    res.statusCode = reply.code;
    if (reply.contentFormat !== undefined) res.setOption('Content-Format', reply.contentFormat);
    // node-coap needs Buffers for Location-Path (strings throw inside coap-packet).
    if (reply.locationPath !== undefined) res.setOption('Location-Path', reply.locationPath.map((s) => Buffer.from(s)));
    if (req?.block1 !== undefined) res.setOption('Block1', req.block1); // RFC 7959 §2.3
    if (req !== undefined) this.record(req, reply.code);
    if (reply.observe !== undefined && req !== undefined && req.observe === 0) {
      const stream = res as unknown as ObserveStream;
      this.relationFormat.set(req.token, reply.observe.format);
      stream.on('finish', () => {
        this.observations.forget(req.token);
        this.relationFormat.delete(req.token);
      });
      stream.write(reply.payload ?? Buffer.alloc(0));
      this.observations.add(req.token, reply.observe.paths, reply.observe.composite, {
        notify: (payload) => stream.write(payload),
        close: () => {
          this.relationFormat.delete(req.token);
          stream.end();
        },
      });
      return;
    }
    res.end(reply.payload);
  }

  private record(req: InboundRequest, code: string): void {
    if (this.logLimit <= 0) return;
    if (this.log.length >= this.logLimit) this.log.shift();
    const entry: { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] } = {
      time: this.timers.now(),
      method: req.method,
      path: req.pathText,
      query: req.query,
      payload: req.payload,
      code,
    };
    if (req.contentFormat !== undefined) entry.contentFormat = req.contentFormat;
    if (req.accept !== undefined) entry.accept = req.accept;
    if (req.observe !== undefined) entry.observe = req.observe;
    this.log.push(entry);
  }
}

function toReply(err: unknown): Reply {
  if (err instanceof CoapStatusError) return { code: err.code, payload: Buffer.from(err.message) };
  return { code: '5.00', payload: Buffer.from(err instanceof Error ? err.message : 'internal error') };
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === 'number' ? v : fallback;
}
