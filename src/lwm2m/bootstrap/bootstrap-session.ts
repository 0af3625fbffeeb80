import { encodeNode } from '../codec/codec-registry.js';
import { parseLinkFormat } from '../codec/link-format.js';
import { ContentFormat } from '../content-format.js';
import type { ModelLookup } from '../model/types.js';
import { parsePath, pathSegments } from '../path.js';
import type { CoapEndpointApi, InboundResponse, OutboundRequest } from '../../coap/types.js';
import type { Peer } from '../../net/datagram.js';
import type { BootstrapConfig } from './bootstrap-config.js';
import { discoveredAccounts, planFromDiscovery, planWithoutDiscovery, type BootstrapPlan } from './bootstrap-plan.js';

/**
 * One client-initiated bootstrap sequence (LwM2M Core 1.1 §5.2.7, §6.1.x): after the
 * Bootstrap-Request was answered 2.04, the server runs Bootstrap-Discover, the Bootstrap-Deletes
 * and Bootstrap-Writes of the plan, then Bootstrap-Finish. Error codes to a Delete or Write are
 * reported and the sequence goes on; a transport failure or a refused Finish ends it as failed.
 */

export type BootstrapOperation = 'Bootstrap-Discover' | 'Bootstrap-Delete' | 'Bootstrap-Write' | 'Bootstrap-Finish';

export type BootstrapEvent =
  | { readonly type: 'started'; readonly endpoint: string; readonly peer: Peer }
  /** The client answered; `success` is a 2.xx code. */
  | {
      readonly type: 'response';
      readonly endpoint: string;
      readonly operation: BootstrapOperation;
      readonly path: string;
      readonly code: string;
      readonly success: boolean;
    }
  /** No usable answer (timeout, reset, encoding failure). */
  | { readonly type: 'request-failed'; readonly endpoint: string; readonly operation: BootstrapOperation; readonly path: string; readonly cause: string }
  | { readonly type: 'finished'; readonly endpoint: string }
  | { readonly type: 'failed'; readonly endpoint: string; readonly cause: string };

export type BootstrapEventListener = (event: BootstrapEvent) => void;

export interface BootstrapSessionContext {
  readonly coap: CoapEndpointApi;
  readonly models: ModelLookup;
  readonly requestTimeoutMs?: number;
  readonly emit: BootstrapEventListener;
}

export interface BootstrapSessionParams {
  readonly endpoint: string;
  readonly peer: Peer;
  readonly config: BootstrapConfig;
  /** Content format for Bootstrap-Write (the client's `pct`, else TLV). */
  readonly format: number;
}

export type BootstrapOutcome = { readonly ok: true } | { readonly ok: false; readonly cause: string };

class SessionAborted extends Error {}

export class BootstrapSession {
  private cancelled = false;

  constructor(
    private readonly ctx: BootstrapSessionContext,
    private readonly params: BootstrapSessionParams,
  ) {}

  /** Stops after the request in flight (a newer Bootstrap-Request of the same client). */
  cancel(): void {
    this.cancelled = true;
  }

  async run(): Promise<BootstrapOutcome> {
    const { endpoint, peer } = this.params;
    this.ctx.emit({ type: 'started', endpoint, peer });
    try {
      const plan = await this.plan();
      for (const path of plan.deletes) await this.send('Bootstrap-Delete', path, { method: 'DELETE', uriPath: segments(path) });
      for (const w of plan.writes) {
        const payload = encodeNode(this.params.format, w.node, parsePath(w.path), this.ctx.models);
        await this.send('Bootstrap-Write', w.path, { method: 'PUT', uriPath: segments(w.path), contentFormat: this.params.format, payload });
      }
      const fin = await this.send('Bootstrap-Finish', '/bs', { method: 'POST', uriPath: ['bs'] });
      if (fin === undefined || !fin.code.startsWith('2.')) {
        return this.fail(`Bootstrap-Finish answered ${fin?.code ?? 'nothing'}`);
      }
      this.ctx.emit({ type: 'finished', endpoint });
      return { ok: true };
    } catch (err) {
      return this.fail(err instanceof Error ? err.message : String(err));
    }
  }

  private fail(cause: string): BootstrapOutcome {
    this.ctx.emit({ type: 'failed', endpoint: this.params.endpoint, cause });
    return { ok: false, cause };
  }

  /** Bootstrap-Discover on `/` (LwM2M Core 1.1 §5.2.7.1); a client without it gets the fixed-id plan. */
  private async plan(): Promise<BootstrapPlan> {
    const res = await this.send('Bootstrap-Discover', '/', { method: 'GET', uriPath: [], accept: ContentFormat.LINK }, false);
    if (res === undefined || res.code !== '2.05') return planWithoutDiscovery(this.params.config);
    try {
      return planFromDiscovery(this.params.config, discoveredAccounts(parseLinkFormat(res.payload.toString('utf8'))));
    } catch {
      return planWithoutDiscovery(this.params.config);
    }
  }

  /**
   * One request. An answer (any code) is reported and returned; no answer is reported and, when
   * `fatal`, ends the session (the client is gone or broken).
   */
  private async send(op: BootstrapOperation, path: string, req: OutboundRequest, fatal = true): Promise<InboundResponse | undefined> {
    const { endpoint } = this.params;
    if (this.cancelled) throw new SessionAborted('superseded by a new Bootstrap-Request');
    try {
      const t = this.ctx.requestTimeoutMs;
      const res = await this.ctx.coap.request(this.params.peer, req, t === undefined ? undefined : { timeoutMs: t });
      this.ctx.emit({ type: 'response', endpoint, operation: op, path, code: res.code, success: res.code.startsWith('2.') });
      return res;
    } catch (err) {
      const cause = err instanceof Error ? err.message : String(err);
      this.ctx.emit({ type: 'request-failed', endpoint, operation: op, path, cause });
      if (fatal) throw new SessionAborted(`${op} ${path} failed: ${cause}`);
      return undefined;
    }
  }
}

function segments(path: string): string[] {
  return path === '/' ? [] : pathSegments(parsePath(path));
}
