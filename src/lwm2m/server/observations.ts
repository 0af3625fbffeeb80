import type {
  InboundResponse,
  NotificationHandler,
  Observation,
  ObservationEndReason,
  OutboundRequest,
  RequestOptions,
} from '../../coap/types.js';
import { formatPath, parsePath, samePath, type Lwm2mPath } from '../path.js';
import type { Registration } from '../registration/registration.js';
import type { Lwm2mStateStore, StoredObservation } from '../registration/state-store.js';
import { compositeFormats, formatsForRead, multiCodec } from './device-operations.js';
import { unlabelledAnswerFormat } from './format-selection.js';
import type { Notification, NotificationListener, OperationResult, ReadOptions } from './operation-types.js';
import {
  baseResult,
  decodeCompositeResult,
  decodeNodeResult,
  uriPathFor,
  versionedPath,
  withFormatRetry,
  type RequestContext,
} from './request-context.js';

/**
 * Observations the server holds on clients (LwM2M Core 1.1, Information Reporting
 * interface: Observe and Observe-Composite), tracked per registration so they end with it.
 */

export interface ObservationInfo {
  readonly registrationId: string;
  readonly paths: readonly Lwm2mPath[];
  readonly composite: boolean;
  readonly token: Buffer;
}

interface Tracked extends ObservationInfo {
  readonly observation: Observation;
  readonly listener: NotificationListener | undefined;
  readonly target: NotifyTarget;
}

/** Where an observation's notifications go, shared by a fresh observe and a restored one. */
interface NotifyTarget {
  readonly regId: string;
  readonly paths: readonly Lwm2mPath[];
  readonly composite: boolean;
  readonly listener: NotificationListener | undefined;
  /** The format the observation settled on; undefined until the first answer says it. */
  format: number | undefined;
  /** Set once tracked, so an end reported by the CoAP layer finds the entry. */
  tracked?: Tracked;
  ended: boolean;
}

type ObservationPersistence = Pick<Lwm2mStateStore, 'saveObservation' | 'removeObservation'>;

const TOKEN_HEX_RE = /^(?:[0-9a-f]{2}){0,8}$/;

export interface ObserveResult extends OperationResult {
  /** Present when the client accepted the observation (answered with an Observe option). */
  readonly observation?: ObservationInfo;
}

function samePaths(a: readonly Lwm2mPath[], b: readonly Lwm2mPath[]): boolean {
  return a.length === b.length && a.every((p, i) => samePath(p, b[i] as Lwm2mPath));
}

export class ObservationTracker {
  private readonly byRegistration = new Map<string, Tracked[]>();

  constructor(
    private readonly ctx: RequestContext,
    /** The current record of a registration id. */
    private readonly lookup: (id: string) => Registration | undefined,
    /** Every notification of every observation, for the server's `notification` event. */
    private readonly onNotification: (reg: Registration, n: Notification) => void,
    /** A notification is the client speaking: queue mode counts it as awake. */
    private readonly onHeard: (reg: Registration) => void,
    /** Written on observe, cancel and end; never per notification. */
    private readonly persist?: ObservationPersistence,
  ) {}

  list(registrationId: string): readonly ObservationInfo[] {
    return (this.byRegistration.get(registrationId) ?? []).map(({ registrationId: r, paths, composite, token }) => ({
      registrationId: r,
      paths,
      composite,
      token,
    }));
  }

  /** Observe one path (GET with Observe=0). Async so bad arguments reject like transport errors. */
  async observe(reg: Registration, path: Lwm2mPath, listener?: NotificationListener, opts: ReadOptions = {}): Promise<ObserveResult> {
    const p = versionedPath(reg, path);
    return this.start(reg, [p], false, formatsForRead(reg, p, opts.format), listener, opts);
  }

  /** Observe-Composite: FETCH on the root with Observe=0 and the paths as body. Async: an
   *  unsupported format rejects (as Read-Composite does) instead of throwing synchronously. */
  async observeComposite(
    reg: Registration,
    paths: readonly Lwm2mPath[],
    listener?: NotificationListener,
    opts: ReadOptions = {},
  ): Promise<ObserveResult> {
    const ps = paths.map((p) => versionedPath(reg, p));
    return this.start(reg, ps, true, compositeFormats(reg, opts.format), listener, opts);
  }

  /**
   * Puts back an observation held before a restart, under its old token, so the client's next
   * notification is delivered (no request is sent). False when the record is unusable or the
   * endpoint cannot restore observations; the client's notification then gets RST (RFC 7641
   * §3.6 reactive cancel) and an owner that still wants the data observes again.
   */
  restore(reg: Registration, stored: StoredObservation): boolean {
    const restoreOn = this.ctx.endpoint.restoreObservation?.bind(this.ctx.endpoint);
    if (restoreOn === undefined || stored.registrationId !== reg.id || !TOKEN_HEX_RE.test(stored.token)) return false;
    let paths: Lwm2mPath[];
    let req: OutboundRequest;
    try {
      paths = stored.paths.map(parsePath);
      if (paths.length === 0 || (!stored.composite && paths.length !== 1)) return false;
      req = this.buildRequest(reg, paths, stored.composite, stored.format);
    } catch {
      return false;
    }
    const target: NotifyTarget = { regId: reg.id, paths, composite: stored.composite, listener: undefined, format: stored.format, ended: false };
    const token = Buffer.from(stored.token, 'hex');
    let observation: Observation;
    try {
      observation = restoreOn(reg.peer, req, token, stored.lastObserve, this.notifyHandler(target), this.requestOptions(target, undefined));
    } catch {
      return false; // the endpoint is closed or refused the token
    }
    this.track(target, observation, stored.lastObserve, false);
    return true;
  }

  /**
   * The client now speaks from another Peer (an Update from a new address after a NAT
   * rebinding, or a new DTLS session after a restart): its notifications keep their tokens but
   * come from the new peer (RFC 7641 §4.2), which the CoAP layer matches by peer and token. So
   * each observation is moved there under its token; the first notification from the new peer
   * is accepted whatever its sequence number. Returns how many moved.
   */
  rebind(reg: Registration): number {
    const restoreOn = this.ctx.endpoint.restoreObservation?.bind(this.ctx.endpoint);
    const list = this.byRegistration.get(reg.id);
    if (restoreOn === undefined || list === undefined) return 0;
    let moved = 0;
    for (const old of [...list]) {
      if (old.observation.peer.key === reg.peer.key) continue;
      const { target } = old;
      let req: OutboundRequest;
      try {
        req = this.buildRequest(reg, target.paths, target.composite, target.format);
      } catch {
        continue;
      }
      // Forgetting ends the old entry (not in the store: the token and paths stay the same).
      old.observation.forget();
      target.ended = false;
      let observation: Observation;
      try {
        observation = restoreOn(reg.peer, req, old.token, 0, this.notifyHandler(target), this.requestOptions(target, undefined));
      } catch {
        continue; // the endpoint is closing: a stop keeps the stored record for the next start
      }
      this.track(target, observation, 0, false);
      moved++;
    }
    return moved;
  }

  /**
   * Cancels actively (RFC 7641 §3.6: a GET/FETCH with Observe=1 and the same token), found by
   * token, by path (single observe) or by path list (composite). Resolves with the client's
   * answer, or undefined when no such observation was held.
   */
  async cancel(reg: Registration, target: Buffer | Lwm2mPath | readonly Lwm2mPath[]): Promise<OperationResult | undefined> {
    const list = this.byRegistration.get(reg.id);
    if (list === undefined) return undefined;
    const i = list.findIndex((t) =>
      Buffer.isBuffer(target)
        ? t.token.equals(target)
        : Array.isArray(target)
          ? t.composite && samePaths(t.paths, target as readonly Lwm2mPath[])
          : !t.composite && samePath(t.paths[0] as Lwm2mPath, target as Lwm2mPath),
    );
    const tracked = list[i];
    if (tracked === undefined) return undefined;
    this.remove(reg.id, tracked, true);
    const res = await this.ctx.queue.run(reg, () => tracked.observation.cancel());
    return res === undefined ? { code: '2.05' } : baseResult(res);
  }

  /**
   * Forgets every observation of a registration locally: later notifications get RST. Not
   * written to the state store: a registration that ended is removed there with its
   * observations, and a stopping server keeps them for the next start.
   */
  dropRegistration(registrationId: string): void {
    const list = this.byRegistration.get(registrationId);
    if (list === undefined) return;
    this.byRegistration.delete(registrationId);
    for (const t of list) t.observation.forget();
  }

  dropAll(): void {
    for (const id of [...this.byRegistration.keys()]) this.dropRegistration(id);
  }

  private remove(registrationId: string, tracked: Tracked, persist: boolean): void {
    const list = this.byRegistration.get(registrationId);
    if (list === undefined) return;
    const i = list.indexOf(tracked);
    if (i < 0) return;
    list.splice(i, 1);
    if (list.length === 0) this.byRegistration.delete(registrationId);
    if (persist) this.persist?.removeObservation(registrationId, tracked.token.toString('hex'));
  }

  /**
   * The CoAP layer ended an observation. 'response' (an error or non-Observe notification,
   * RFC 7641 §3.2) and 'reset' (the client rejected it) come from the client: the observation
   * is gone for good. 'closed' is our endpoint shutting down: forgotten here, kept in the
   * store for the next start. 'cancelled' and 'forgotten' were started by this tracker, which
   * has already removed the entry.
   */
  private ended(target: NotifyTarget, reason: ObservationEndReason): void {
    target.ended = true;
    const tracked = target.tracked;
    if (tracked === undefined) return;
    this.remove(target.regId, tracked, reason === 'response' || reason === 'reset');
  }

  private requestOptions(target: NotifyTarget, timeoutMs: number | undefined): RequestOptions {
    const onObservationEnd = (reason: ObservationEndReason): void => this.ended(target, reason);
    return timeoutMs === undefined ? { onObservationEnd } : { timeoutMs, onObservationEnd };
  }

  /** The request of an observation; rebuilt the same way when restoring one. */
  private buildRequest(reg: Registration, paths: readonly Lwm2mPath[], composite: boolean, format: number | undefined): OutboundRequest {
    if (composite) {
      const codec = multiCodec(format);
      const uriPath = uriPathFor(reg, {});
      return { method: 'FETCH', uriPath, contentFormat: codec.format, accept: codec.format, payload: codec.encodePaths(paths) };
    }
    const uriPath = uriPathFor(reg, paths[0] as Lwm2mPath);
    return format === undefined ? { method: 'GET', uriPath } : { method: 'GET', uriPath, accept: format };
  }

  private notifyHandler(target: NotifyTarget): NotificationHandler {
    return (res: InboundResponse, observation: Observation): void => {
      const current = this.lookup(target.regId);
      if (current === undefined) {
        observation.forget();
        return;
      }
      this.onHeard(current);
      const { paths, composite } = target;
      // The decoded result is a fresh object of ours: completed in place, not copied, per notification.
      const n = this.decode(res, paths, composite, target.format ?? unlabelledAnswerFormat(current)) as { -readonly [K in keyof Notification]: Notification[K] };
      n.paths = paths;
      if (res.observe !== undefined) n.observe = res.observe;
      try {
        target.listener?.(n);
      } finally {
        this.onNotification(current, n);
      }
    };
  }

  /** Starts tracking; a new observation of the same target replaces the old one. */
  private track(target: NotifyTarget, observation: Observation, lastObserve: number, persist: boolean): Tracked {
    const { regId, paths, composite, listener } = target;
    const old = this.byRegistration.get(regId)?.find((t) => t.composite === composite && samePaths(t.paths, paths));
    if (old !== undefined) {
      // Forgotten: RST on its next notification. Its stored record goes: the new one replaces it.
      this.remove(regId, old, persist);
      old.observation.forget();
    }
    let list = this.byRegistration.get(regId);
    if (list === undefined) this.byRegistration.set(regId, (list = []));
    const tracked: Tracked = { registrationId: regId, paths, composite, token: observation.token, observation, listener, target };
    list.push(tracked);
    target.tracked = tracked;
    if (persist) {
      const stored: StoredObservation = {
        registrationId: regId,
        token: observation.token.toString('hex'),
        paths: paths.map((p) => formatPath(p, true)),
        composite,
        lastObserve,
        ...(target.format === undefined ? {} : { format: target.format }),
      };
      this.persist?.saveObservation(stored);
    }
    return tracked;
  }

  private decode(res: InboundResponse, paths: readonly Lwm2mPath[], composite: boolean, format: number | undefined): OperationResult {
    return composite
      ? decodeCompositeResult(this.ctx, res, paths, format)
      : decodeNodeResult(this.ctx, res, paths[0] as Lwm2mPath, format);
  }

  private async start(
    reg: Registration,
    paths: readonly Lwm2mPath[],
    composite: boolean,
    formats: readonly number[],
    listener: NotificationListener | undefined,
    opts: ReadOptions,
  ): Promise<ObserveResult> {
    const regId = reg.id;
    const timeoutMs = opts.timeoutMs ?? this.ctx.requestTimeoutMs;
    const unlabelled = unlabelledAnswerFormat(reg);
    // The format is set once the answer tells which one the client accepted; notifications use it too.
    const target: NotifyTarget = { regId, paths, composite, listener, format: formats[0], ended: false };
    const onNotify = this.notifyHandler(target);
    const ropts = this.requestOptions(target, timeoutMs);
    const { result: first, format: used } = await withFormatRetry(
      formats,
      (f) => this.ctx.queue.run(reg, (peer) => this.ctx.endpoint.observe(peer, this.buildRequest(reg, paths, composite, f), onNotify, ropts)),
      (r) => r.response.code,
    );
    target.format = used;
    const { response, observation } = first;
    const result = this.decode(response, paths, composite, used ?? unlabelled);
    if (observation === undefined) return result;
    if (target.ended) {
      // RFC 7641 §3.2: the client ended it (an error notification right behind the answer).
      return result;
    }
    if (this.lookup(regId) === undefined) {
      // The registration ended while the observe was in flight.
      observation.forget();
      return result;
    }
    const seq = response.observe ?? 0;
    this.track(target, observation, seq, true);
    return { ...result, observation: { registrationId: regId, paths, composite, token: observation.token } };
  }
}

