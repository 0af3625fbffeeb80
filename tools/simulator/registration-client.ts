import type coap from 'coap';
import { ContentFormat } from '../../src/lwm2m/content-format.js';
import { sendUplink, type UplinkResponse } from './coap-request.js';
import type { Clock, TimerHandle } from '../../src/coap/types.js';
import type { Lwm2mVersion } from './types.js';

export interface RegistrationTarget {
  readonly host: string;
  readonly port: number;
  /** `coaps://`: the device talks DTLS (PSK) to the server. */
  readonly secure?: boolean;
}

export interface RegistrationParams {
  readonly endpoint: string;
  readonly version: Lwm2mVersion;
  readonly queueMode: boolean;
  readonly timeoutMs: number;
  readonly timers: Clock;
  lifetime(): number;
  /** The current register payload (CoRE link format). */
  links(): string;
  /** Called after every successful Register or Update. */
  onRegistered(kind: 'registered' | 'updated', location: string): void;
  onError(err: Error): void;
  /** Called before every uplink request (queue mode: the device must be listening for the answer). */
  beforeUplink(): void;
}

/** RFC 7252 §6.1/§6.2: `coap://host:port` (port 5683 by default) or `coaps://` (5684). */
export function parseServerUrl(url: string): RegistrationTarget {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TypeError(`invalid server URL "${url}"`);
  }
  if (u.protocol !== 'coap:' && u.protocol !== 'coaps:') throw new TypeError(`server URL "${url}" must be coap:// or coaps://`);
  const secure = u.protocol === 'coaps:';
  const host = u.hostname.replace(/^\[|\]$/g, '');
  const port = u.port === '' ? (secure ? 5684 : 5683) : Number(u.port);
  return secure ? { host, port, secure } : { host, port };
}

/**
 * The client side of the Registration interface (LwM2M Core 1.1 §6.2): Register (POST /rd),
 * Update (POST to the location) before the lifetime runs out, and De-register (DELETE).
 */
export class RegistrationClient {
  private locationPath: string | undefined;
  private updateTimer: TimerHandle | undefined;
  private stopped = false;

  constructor(
    private readonly agent: coap.Agent,
    private readonly target: RegistrationTarget,
    private readonly p: RegistrationParams,
  ) {}

  get location(): string | undefined {
    return this.locationPath;
  }

  /** LwM2M Core 1.1 §6.2.1 (1.0 §5.3.1): ep, lt, lwm2m, b, and from 1.1 `Q` for queue mode. */
  registerQuery(): string {
    const { endpoint, version, queueMode } = this.p;
    const binding = version === '1.0' && queueMode ? 'UQ' : 'U';
    const parts = [`ep=${endpoint}`, `lt=${this.p.lifetime()}`, `lwm2m=${version}`, `b=${binding}`];
    if (version !== '1.0' && queueMode) parts.push('Q');
    return parts.join('&');
  }

  async register(): Promise<string> {
    this.stopped = false;
    const res = await this.send({
      method: 'POST',
      pathname: '/rd',
      query: this.registerQuery(),
      payload: Buffer.from(this.p.links()),
      contentFormat: ContentFormat.LINK,
    });
    if (res.code !== '2.01' || res.locationPath.length === 0) {
      throw new Error(`Register answered ${res.code}${res.locationPath.length === 0 ? ' without Location-Path' : ''}`);
    }
    this.locationPath = '/' + res.locationPath.join('/');
    this.p.onRegistered('registered', this.locationPath);
    this.scheduleUpdate();
    return this.locationPath;
  }

  /**
   * Update (§6.2.2). `withLinks` sends the object list (after Create/Delete); `withLifetime`
   * the new `lt`. A 4.04 means the server forgot us: register again (§6.2.2).
   */
  async update(opts: { withLinks?: boolean; withLifetime?: boolean } = {}): Promise<string> {
    if (this.locationPath === undefined) return this.register();
    const res = await this.send({
      method: 'POST',
      pathname: this.locationPath,
      ...(opts.withLifetime === true ? { query: `lt=${this.p.lifetime()}` } : {}),
      ...(opts.withLinks === true ? { payload: Buffer.from(this.p.links()), contentFormat: ContentFormat.LINK } : {}),
    });
    if (res.code === '4.04') {
      this.locationPath = undefined;
      return this.register();
    }
    if (res.code !== '2.04') throw new Error(`Update answered ${res.code}`);
    this.p.onRegistered('updated', this.locationPath);
    this.scheduleUpdate();
    return res.code;
  }

  /** De-register (§6.2.3); resolves with the server's code, or undefined when not registered. */
  async deregister(): Promise<string | undefined> {
    this.cancelTimer();
    this.stopped = true;
    const loc = this.locationPath;
    if (loc === undefined) return undefined;
    this.locationPath = undefined;
    const res = await this.send({ method: 'DELETE', pathname: loc });
    return res.code;
  }

  /** Forget the registration without telling the server (a device that lost power). */
  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private send(req: Parameters<typeof sendUplink>[2]): Promise<UplinkResponse> {
    this.p.beforeUplink();
    return sendUplink(this.agent, this.target, req, this.p.timeoutMs);
  }

  private cancelTimer(): void {
    if (this.updateTimer !== undefined) this.p.timers.clearTimeout(this.updateTimer);
    this.updateTimer = undefined;
  }

  /** Updates at 90% of the lifetime so the registration never lapses (§6.2.2). */
  private scheduleUpdate(): void {
    this.cancelTimer();
    if (this.stopped) return;
    const ms = Math.max(500, this.p.lifetime() * 900);
    this.updateTimer = this.p.timers.setTimeout(() => {
      this.updateTimer = undefined;
      this.update().catch((err: unknown) => this.p.onError(err instanceof Error ? err : new Error(String(err))));
    }, ms);
  }
}
