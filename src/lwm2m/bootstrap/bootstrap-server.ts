import { codecFor } from '../codec/codec-registry.js';
import type { ModelLookup } from '../model/types.js';
import type { CoapEndpointApi, InboundRequest, OutboundResponse } from '../../coap/types.js';
import type { Peer } from '../../net/datagram.js';
import { checkBootstrapConfig, type BootstrapConfig } from './bootstrap-config.js';
import { bootstrapWriteFormat, parseBootstrapQuery } from './bootstrap-request.js';
import { BootstrapSession, type BootstrapEvent, type BootstrapEventListener, type BootstrapOutcome } from './bootstrap-session.js';

/**
 * An LwM2M Bootstrap Server on one CoAP endpoint (LwM2M Core 1.1 §5.2.7, §6.1): answers
 * `POST /bs?ep=..` with 2.04 when `authorize` returns a configuration, then runs the bootstrap
 * sequence against the client. One session per endpoint name: a new request supersedes the
 * old session. Knows nothing of where configurations come from.
 */

export interface BootstrapRequestInfo {
  readonly endpoint: string;
  readonly peer: Peer;
  readonly preferredFormat?: number;
}

export type BootstrapAuthorization =
  | { readonly ok: true; readonly config: BootstrapConfig }
  /** `code` defaults to 4.00 (LwM2M Core 1.1 §5.2.7.1: unknown endpoint client name). */
  | { readonly ok: false; readonly reason: string; readonly code?: '4.00' | '4.03' | '5.03' };

export interface BootstrapServerOptions {
  readonly endpoint: CoapEndpointApi;
  readonly models: ModelLookup;
  /** Decides who may bootstrap and with what (credentials, DTLS identity). Must not throw; a throw counts as 5.00. */
  readonly authorize: (req: BootstrapRequestInfo) => Promise<BootstrapAuthorization>;
  readonly requestTimeoutMs?: number;
  /** Concurrent sessions; a request beyond it is answered 5.03. Default 10 000. */
  readonly maxSessions?: number;
  readonly onEvent?: BootstrapEventListener;
}

export class BootstrapServer {
  private readonly sessions = new Map<string, BootstrapSession>();
  private readonly done = new Map<string, Promise<BootstrapOutcome>>();
  private readonly maxSessions: number;
  private stopped = false;

  constructor(private readonly options: BootstrapServerOptions) {
    this.maxSessions = options.maxSessions ?? 10_000;
  }

  /** Installs the request handler on the endpoint. */
  start(): void {
    this.options.endpoint.setRequestHandler((req) => this.handleRequest(req));
  }

  /** Cancels running sessions (after their request in flight); the endpoint belongs to the caller. */
  stop(): void {
    this.stopped = true;
    for (const s of this.sessions.values()) s.cancel();
  }

  get activeSessions(): number {
    return this.sessions.size;
  }

  /** The outcome of the running session of `endpoint` (set before its 2.04 goes out). */
  outcome(endpoint: string): Promise<BootstrapOutcome> | undefined {
    return this.done.get(endpoint);
  }

  async handleRequest(req: InboundRequest): Promise<OutboundResponse> {
    if (req.uriPath.length !== 1 || req.uriPath[0] !== 'bs') return { code: '4.04' };
    if (req.method !== 'POST') return { code: '4.05' };
    if (this.stopped) return { code: '5.03' };
    const parsed = parseBootstrapQuery(req.uriQuery);
    if (!parsed.ok) return text('4.00', parsed.reason);
    const { endpoint, preferredFormat } = parsed.value;
    if (!this.sessions.has(endpoint) && this.sessions.size >= this.maxSessions) return { code: '5.03' };

    let auth: BootstrapAuthorization;
    try {
      const info: BootstrapRequestInfo =
        preferredFormat === undefined ? { endpoint, peer: req.peer } : { endpoint, peer: req.peer, preferredFormat };
      auth = await this.options.authorize(info);
    } catch {
      return { code: '5.00' };
    }
    if (!auth.ok) return text(auth.code ?? '4.00', auth.reason);
    const problems = checkBootstrapConfig(auth.config);
    if (problems.length > 0) {
      this.emit({ type: 'failed', endpoint, cause: `invalid bootstrap configuration: ${problems.join('; ')}` });
      return text('5.00', 'invalid bootstrap configuration');
    }

    this.sessions.get(endpoint)?.cancel();
    const session = new BootstrapSession(
      {
        coap: this.options.endpoint,
        models: this.options.models,
        emit: (e) => this.emit(e),
        ...(this.options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: this.options.requestTimeoutMs }),
      },
      { endpoint, peer: req.peer, config: auth.config, format: bootstrapWriteFormat(preferredFormat, (f) => codecFor(f) !== undefined) },
    );
    this.sessions.set(endpoint, session);
    // LwM2M Core 1.1 §5.2.7.1: the 2.04 goes out first; the server's operations follow it.
    let release: () => void = () => undefined;
    const answered = new Promise<void>((r) => (release = r));
    const outcome = answered
      .then(() => session.run())
      .finally(() => {
        if (this.sessions.get(endpoint) === session) this.sessions.delete(endpoint);
        if (this.done.get(endpoint) === outcome) this.done.delete(endpoint);
      });
    this.done.set(endpoint, outcome);
    setImmediate(release);
    return { code: '2.04' };
  }

  private emit(e: BootstrapEvent): void {
    try {
      this.options.onEvent?.(e);
    } catch {
      // A listener's fault must not break the client's session.
    }
  }
}

function text(code: OutboundResponse['code'], message: string): OutboundResponse {
  return { code, payload: Buffer.from(message, 'utf8') };
}
