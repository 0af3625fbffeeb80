import type { InboundResponse, Observation, OutboundRequest, RequestOptions } from '../../coap/types.js';
import { samePath, type Lwm2mPath } from '../path.js';
import type { Registration } from '../registration/registration.js';
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
}

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
    const uriPath = uriPathFor(reg, p);
    return this.start(reg, [p], false, formatsForRead(reg, p, opts.format), listener, opts, (accept) =>
      accept === undefined ? { method: 'GET', uriPath } : { method: 'GET', uriPath, accept },
    );
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
    const uriPath = uriPathFor(reg, {});
    return this.start(reg, ps, true, compositeFormats(reg, opts.format), listener, opts, (f) => {
      const codec = multiCodec(f);
      return { method: 'FETCH', uriPath, contentFormat: codec.format, accept: codec.format, payload: codec.encodePaths(ps) };
    });
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
    this.remove(reg.id, tracked);
    const res = await this.ctx.queue.run(reg, () => tracked.observation.cancel());
    return res === undefined ? { code: '2.05' } : baseResult(res);
  }

  /** Forgets every observation of a registration (it ended): later notifications get RST. */
  dropRegistration(registrationId: string): void {
    const list = this.byRegistration.get(registrationId);
    if (list === undefined) return;
    this.byRegistration.delete(registrationId);
    for (const t of list) t.observation.forget();
  }

  dropAll(): void {
    for (const id of [...this.byRegistration.keys()]) this.dropRegistration(id);
  }

  private remove(registrationId: string, tracked: Tracked): void {
    const list = this.byRegistration.get(registrationId);
    if (list === undefined) return;
    const i = list.indexOf(tracked);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.byRegistration.delete(registrationId);
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
    build: (format: number | undefined) => OutboundRequest,
  ): Promise<ObserveResult> {
    const regId = reg.id;
    const timeoutMs = opts.timeoutMs ?? this.ctx.requestTimeoutMs;
    const ropts: RequestOptions | undefined = timeoutMs === undefined ? undefined : { timeoutMs };
    const unlabelled = unlabelledAnswerFormat(reg);
    // Set once the answer tells which format the client accepted; notifications use it too.
    let format: number | undefined = formats[0];
    const onNotify = (res: InboundResponse, observation: Observation): void => {
      const current = this.lookup(regId);
      if (current === undefined) {
        observation.forget();
        return;
      }
      this.onHeard(current);
      const decoded = this.decode(res, paths, composite, format ?? unlabelled);
      const n: Notification = res.observe === undefined ? { ...decoded, paths } : { ...decoded, paths, observe: res.observe };
      try {
        listener?.(n);
      } finally {
        this.onNotification(current, n);
      }
    };
    const { result: first, format: used } = await withFormatRetry(
      formats,
      (f) => this.ctx.queue.run(reg, (peer) => this.ctx.endpoint.observe(peer, build(f), onNotify, ropts)),
      (r) => r.response.code,
    );
    format = used;
    const { response, observation } = first;
    const result = this.decode(response, paths, composite, format ?? unlabelled);
    if (observation === undefined) return result;
    if (this.lookup(regId) === undefined) {
      // The registration ended while the observe was in flight.
      observation.forget();
      return result;
    }
    // A new observation of the same target replaces the old one (forgotten: RST on its next notification).
    const old = this.byRegistration.get(regId)?.find((t) => t.composite === composite && samePaths(t.paths, paths));
    if (old !== undefined) {
      this.remove(regId, old);
      old.observation.forget();
    }
    let list = this.byRegistration.get(regId);
    if (list === undefined) this.byRegistration.set(regId, (list = []));
    list.push({ registrationId: regId, paths, composite, token: observation.token, observation, listener });
    return { ...result, observation: { registrationId: regId, paths, composite, token: observation.token } };
  }
}

