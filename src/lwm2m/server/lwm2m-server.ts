import { EventEmitter } from 'node:events';
import { systemClock } from '../../coap/clock.js';
import type { Clock, CoapEndpointApi, InboundRequest, OutboundResponse, RequestHandler } from '../../coap/types.js';
import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode, ObjectInstanceNode, ValueEntry } from '../node.js';
import { parsePath, type Lwm2mPath } from '../path.js';
import { RegistrationExpiry } from '../registration/registration-expiry.js';
import { RegistrationHandler, type AcceptHook, type RegistrationListener } from '../registration/registration-handler.js';
import { RegistrationStore } from '../registration/registration-store.js';
import type { Registration } from '../registration/registration.js';
import type { Lwm2mStateStore, StoredPeer } from '../registration/state-store.js';
import { fromStoredRegistration } from '../registration/stored-registration.js';
import type { Peer } from '../../net/datagram.js';
import { handleSend } from '../send/send-handler.js';
import * as ops from './device-operations.js';
import { ObservationTracker, type ObservationInfo, type ObserveResult } from './observations.js';
import type {
  NotificationAttributes,
  NotificationListener,
  OperationResult,
  ReadOptions,
  TimeoutOption,
  WriteOptions,
} from './operation-types.js';
import { DEFAULT_QUEUE_OPTIONS, QueueModeSender, type QueueModeOptions } from './queue-mode.js';
import type { RequestContext } from './request-context.js';
import type { Lwm2mServerEvents } from './server-events.js';

export interface Lwm2mServerOptions {
  readonly endpoint: CoapEndpointApi;
  readonly models: ModelLookup;
  readonly clock?: Clock;
  /** Decides on each Register (credentials, DTLS identity bound to the endpoint name). */
  readonly acceptRegistration?: AcceptHook;
  /** Requests for other URIs (firmware downloads, bootstrap); 4.04 when absent. */
  readonly fallback?: RequestHandler;
  readonly queue?: Partial<QueueModeOptions>;
  /** Default deadline of one request to a client (CoAP layer default when absent). */
  readonly requestTimeoutMs?: number;
  /** Live registrations allowed; Register of a new endpoint beyond it is answered 5.03. */
  readonly maxRegistrations?: number;
  /** Interval of the lifetime-expiry sweep; expiry is late by at most this much. */
  readonly expirySweepMs?: number;
  /** Keeps registrations and observations across restarts (see restore()). */
  readonly state?: ServerStateOptions;
}

export interface ServerStateOptions {
  readonly store: Lwm2mStateStore;
  /**
   * The transport's Peer for a stored address: for UDP `UdpTransport.peer(address, port)`; for
   * DTLS `detachedPeer(peer, endpoint)` (the session is gone; the client's next Update from a
   * new session with the same identity takes the registration over). Undefined drops the
   * registration: the client's next Update gets 4.04 and it registers again.
   */
  readonly resolvePeer: (peer: StoredPeer, endpoint: string) => Peer | undefined;
}

/** What restore() put back. */
export interface RestoreSummary {
  readonly registrations: number;
  readonly observations: number;
  /** Stored registrations not restored: expired, unreachable peer, or duplicate endpoint. */
  readonly dropped: number;
}

/** A path given as text (`/3/0/9`) or parsed. */
export type PathInput = string | Lwm2mPath;

function toPath(p: PathInput): Lwm2mPath {
  return typeof p === 'string' ? parsePath(p) : p;
}

/**
 * An LwM2M server on one CoAP endpoint: the registration interface (`/rd`), Send (`/dp`),
 * queue mode, and the typed device-management operations. Knows nothing of ThingsBoard.
 */
export class Lwm2mServer extends EventEmitter<Lwm2mServerEvents> {
  readonly registrations: RegistrationStore;
  private readonly clock: Clock;
  private readonly state: ServerStateOptions | undefined;
  private readonly models: ModelLookup;
  private readonly endpoint: CoapEndpointApi;
  private readonly fallback: RequestHandler | undefined;
  private readonly queue: QueueModeSender;
  private readonly ctx: RequestContext;
  private readonly observations: ObservationTracker;
  private readonly registrationHandler: RegistrationHandler;
  private readonly expiry: RegistrationExpiry;

  constructor(options: Lwm2mServerOptions) {
    super();
    this.state = options.state;
    this.registrations = new RegistrationStore(options.state?.store);
    this.clock = options.clock ?? systemClock;
    this.models = options.models;
    this.endpoint = options.endpoint;
    this.fallback = options.fallback;
    const lookup = (id: string): Registration | undefined => this.registrations.get(id);
    this.queue = new QueueModeSender(this.clock, lookup, { ...DEFAULT_QUEUE_OPTIONS, ...options.queue });
    this.ctx =
      options.requestTimeoutMs === undefined
        ? { endpoint: this.endpoint, models: this.models, queue: this.queue }
        : { endpoint: this.endpoint, models: this.models, queue: this.queue, requestTimeoutMs: options.requestTimeoutMs };
    this.observations = new ObservationTracker(
      this.ctx,
      lookup,
      (reg, n) => this.safeEmit('notification', reg, n),
      (reg) => this.heardFrom(reg),
      options.state?.store,
    );
    const listener: RegistrationListener = {
      registered: (reg) => {
        this.safeEmit('registered', reg);
        this.heardFrom(reg);
      },
      replaced: (old, current) => {
        this.endRegistration(old, 'replaced by a new registration');
        this.safeEmit('replaced', old, current);
      },
      updated: (reg, previous) => {
        if (reg.peer.key !== previous.peer.key) this.observations.rebind(reg);
        this.safeEmit('updated', reg, previous);
        this.heardFrom(reg);
      },
      deregistered: (reg) => {
        this.endRegistration(reg, 'deregistered');
        this.safeEmit('deregistered', reg);
      },
    };
    this.registrationHandler = new RegistrationHandler(
      this.registrations,
      this.clock,
      listener,
      options.acceptRegistration,
      options.maxRegistrations,
    );
    this.expiry = new RegistrationExpiry(this.registrations, this.clock, options.expirySweepMs ?? 1000, (reg) => {
      this.endRegistration(reg, 'registration expired');
      this.safeEmit('expired', reg);
    });
  }

  /** Installs the request handler on the endpoint and starts the expiry sweep. */
  start(): void {
    this.endpoint.setRequestHandler((req) => this.handleRequest(req));
    this.expiry.start();
  }

  /**
   * Puts back what the state store holds from an earlier run: registrations whose lifetime has
   * not ended and whose peer the transport can still reach, and their observations (under the
   * old tokens, so the clients' next notifications are delivered without a new Register).
   * Emits `restored` for each registration. Call before start(); without a store it does nothing.
   */
  async restore(): Promise<RestoreSummary> {
    const state = this.state;
    if (state === undefined) return { registrations: 0, observations: 0, dropped: 0 };
    const stored = await state.store.load();
    const now = this.clock.now();
    const restored: Registration[] = [];
    let dropped = 0;
    for (const s of stored.registrations) {
      const peer = s.expiresAt > now ? state.resolvePeer(s.peer, s.endpoint) : undefined;
      const reg = peer === undefined ? undefined : fromStoredRegistration(s, peer, now);
      if (reg === undefined || !this.registrations.restore(reg)) {
        dropped++;
        // Gone for good: the client's next Update is answered 4.04 and it registers again.
        if (this.registrations.get(s.id) === undefined) state.store.removeRegistration(s.id);
        continue;
      }
      restored.push(reg);
    }
    let observations = 0;
    for (const o of stored.observations) {
      const reg = this.registrations.get(o.registrationId);
      if (reg !== undefined && this.observations.restore(reg, o)) observations++;
      else state.store.removeObservation(o.registrationId, o.token);
    }
    for (const reg of restored) this.safeEmit('restored', reg);
    return { registrations: restored.length, observations, dropped };
  }

  /** Stops timers and fails held requests; the endpoint itself belongs to the caller. */
  stop(): void {
    this.expiry.stop();
    this.queue.dropAll('server stopped');
    this.observations.dropAll();
  }

  /**
   * Ends a registration on the owner's decision (the device was deleted, its credentials
   * changed...): its observations are forgotten (later notifications get RST, RFC 7641 §3.6),
   * requests held for it fail, the state store drops it, and `removed` is emitted. The client's
   * next Update is answered 4.04 and it registers again (LwM2M Core 1.1 §6.2.2). False when
   * no registration of that id is live any more (already ended, or replaced under a new id).
   */
  removeRegistration(reg: Registration, reason: string): boolean {
    const removed = this.registrations.remove(reg.id);
    if (removed === undefined) return false;
    this.endRegistration(removed, reason);
    this.safeEmit('removed', removed, reason);
    return true;
  }

  /** Runs one expiry sweep now; returns how many registrations expired. */
  sweepExpired(): number {
    return this.expiry.sweep();
  }

  /** Routes a client's request: `/rd` registration, `/dp` Send, else the fallback or 4.04. */
  async handleRequest(req: InboundRequest): Promise<OutboundResponse> {
    const first = req.uriPath[0];
    if (first === 'rd') return this.registrationHandler.handle(req);
    const reg = this.registrations.getByPeer(req.peer);
    // LwM2M Core 1.1 Queue Mode: any message from a queue-mode client shows it is listening.
    if (reg !== undefined) {
      this.registrations.markSeen(reg, this.clock.now());
      this.heardFrom(reg);
    }
    if (first === 'dp' && req.uriPath.length === 1) {
      const outcome = handleSend(req, reg, this.models);
      if (outcome.entries !== undefined && reg !== undefined) this.safeEmit('send', reg, outcome.entries);
      return outcome.response;
    }
    if (this.fallback !== undefined) return this.fallback(req);
    return { code: '4.04' };
  }

  /** Whether a request to this client would go out now (not held by queue mode). */
  isAwake(reg: Registration): boolean {
    return this.queue.isAwake(reg);
  }

  queuedRequests(reg: Registration): number {
    return this.queue.queued(reg.id);
  }

  observationsOf(reg: Registration): readonly ObservationInfo[] {
    return this.observations.list(reg.id);
  }

  read(reg: Registration, path: PathInput, opts?: ReadOptions): Promise<OperationResult> {
    return ops.read(this.ctx, reg, toPath(path), opts);
  }

  discover(reg: Registration, path: PathInput, opts?: TimeoutOption): Promise<OperationResult> {
    return ops.discover(this.ctx, reg, toPath(path), opts);
  }

  write(reg: Registration, path: PathInput, node: Lwm2mNode, opts: WriteOptions): Promise<OperationResult> {
    return ops.write(this.ctx, reg, toPath(path), node, opts);
  }

  writeAttributes(
    reg: Registration,
    path: PathInput,
    attributes: NotificationAttributes,
    opts?: TimeoutOption,
  ): Promise<OperationResult> {
    return ops.writeAttributes(this.ctx, reg, toPath(path), attributes, opts);
  }

  execute(reg: Registration, path: PathInput, args?: string, opts?: TimeoutOption): Promise<OperationResult> {
    return ops.execute(this.ctx, reg, toPath(path), args, opts);
  }

  create(
    reg: Registration,
    objectPath: PathInput,
    instances: ObjectInstanceNode | readonly ObjectInstanceNode[],
    opts?: ReadOptions,
  ): Promise<OperationResult> {
    return ops.create(this.ctx, reg, toPath(objectPath), instances, opts);
  }

  delete(reg: Registration, path: PathInput, opts?: TimeoutOption): Promise<OperationResult> {
    return ops.deleteInstance(this.ctx, reg, toPath(path), opts);
  }

  readComposite(reg: Registration, paths: readonly PathInput[], opts?: ReadOptions): Promise<OperationResult> {
    return ops.readComposite(this.ctx, reg, paths.map(toPath), opts);
  }

  writeComposite(reg: Registration, entries: readonly ValueEntry[], opts?: ReadOptions): Promise<OperationResult> {
    return ops.writeComposite(this.ctx, reg, entries, opts);
  }

  observe(reg: Registration, path: PathInput, onNotify?: NotificationListener, opts?: ReadOptions): Promise<ObserveResult> {
    return this.observations.observe(reg, toPath(path), onNotify, opts);
  }

  observeComposite(
    reg: Registration,
    paths: readonly PathInput[],
    onNotify?: NotificationListener,
    opts?: ReadOptions,
  ): Promise<ObserveResult> {
    return this.observations.observeComposite(reg, paths.map(toPath), onNotify, opts);
  }

  /** Active cancel of a single-path observation, by path or by token. */
  cancelObservation(reg: Registration, target: PathInput | Buffer): Promise<OperationResult | undefined> {
    return this.observations.cancel(reg, Buffer.isBuffer(target) ? target : toPath(target));
  }

  /** Active cancel of a composite observation, by its path list or by token. */
  cancelCompositeObservation(reg: Registration, target: readonly PathInput[] | Buffer): Promise<OperationResult | undefined> {
    return this.observations.cancel(reg, Buffer.isBuffer(target) ? target : target.map(toPath));
  }

  private heardFrom(reg: Registration): void {
    if (reg.queueMode) this.safeEmit('awake', reg);
    // Also without queue mode: an Update that dropped Q must release what was held.
    this.queue.heardFrom(reg);
  }

  private endRegistration(reg: Registration, reason: string): void {
    this.observations.dropRegistration(reg.id);
    this.queue.drop(reg.id, reason);
  }

  private safeEmit<K extends keyof Lwm2mServerEvents>(event: K, ...args: Lwm2mServerEvents[K]): void {
    try {
      // The generic EventEmitter typing cannot relate K to its argument tuple here.
      (this.emit as (e: K, ...a: Lwm2mServerEvents[K]) => boolean)(event, ...args);
    } catch (err) {
      if (event !== 'listenerError') this.safeEmit('listenerError', err, String(event));
    }
  }
}
