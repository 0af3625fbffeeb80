/**
 * A small HTTP server on node:http with a route table: JSON in and out, bounded bodies, and the
 * usual refusals (400 bad JSON or path, 404 no route, 405 wrong method, 413 body too large).
 * It carries /metrics and /health in every mode; the embedded core adds its /api routes.
 */
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BadPathError, RouteTable } from './route-table.js';
import { HttpError, parseJsonBody, readBody } from './request-body.js';

export { HttpError } from './request-body.js';

export interface HttpRequest {
  readonly method: string;
  /** The path without the query string. */
  readonly path: string;
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly headers: IncomingHttpHeaders;
  /** The parsed JSON body (`body: 'json'` routes); undefined when empty or not read. */
  readonly body: unknown;
  /** The raw body (`json` and `raw` routes); empty when not read. */
  readonly rawBody: Buffer;
}

export interface HttpResponse {
  readonly status?: number;
  /** Sent as JSON unless `text` is given. */
  readonly json?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export type HttpHandler = (req: HttpRequest) => HttpResponse | Promise<HttpResponse>;

export interface RouteOptions {
  /** How the body is read: JSON (default for POST/PUT/PATCH), raw bytes, or not at all. */
  readonly body?: 'json' | 'raw' | 'none';
  /** Overrides the server's body bound for this route (firmware uploads are larger). */
  readonly maxBodyBytes?: number;
}

export interface HttpServerLogger {
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface HttpServerOptions {
  /** Default body bound, 1 MiB when absent. */
  readonly maxBodyBytes?: number;
  readonly logger?: HttpServerLogger;
}

interface Route {
  readonly handler: HttpHandler;
  readonly body: 'json' | 'raw' | 'none';
  readonly maxBodyBytes: number;
}

const JSON_TYPE = 'application/json; charset=utf-8';
const DEFAULT_MAX_BODY = 1024 * 1024;

export class HttpServer {
  private readonly routes = new RouteTable<Route>();
  private readonly server: Server;
  private readonly maxBody: number;
  private readonly log: HttpServerLogger | undefined;

  constructor(opts: HttpServerOptions = {}) {
    this.maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY;
    this.log = opts.logger;
    this.server = createServer((req, res) => {
      void this.dispatch(req, res);
    });
    // Slow-loris bounds: a client gets 10 s for headers and 60 s for a whole request.
    this.server.headersTimeout = 10_000;
    this.server.requestTimeout = 60_000;
  }

  /** Adds a route. `pattern` is `/literal/{param}/...`; the first registered match wins. */
  route(method: string, pattern: string, handler: HttpHandler, opts: RouteOptions = {}): this {
    const m = method.toUpperCase();
    const body = opts.body ?? (m === 'POST' || m === 'PUT' || m === 'PATCH' ? 'json' : 'none');
    this.routes.add(m, pattern, { handler, body, maxBodyBytes: opts.maxBodyBytes ?? this.maxBody });
    return this;
  }

  /** Binds and resolves with the bound address (port 0 picks a free port). */
  listen(port: number, host: string): Promise<AddressInfo> {
    return new Promise((resolve, reject) => {
      const onError = (e: Error): void => reject(e);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve(this.server.address() as AddressInfo);
      });
    });
  }

  get listening(): boolean {
    return this.server.listening;
  }

  /** The bound port, or undefined before listen. */
  get port(): number | undefined {
    const a = this.server.address();
    return a !== null && typeof a === 'object' ? a.port : undefined;
  }

  /** Stops accepting, ends idle keep-alive connections, and resolves once closed. */
  close(): Promise<void> {
    if (!this.server.listening) return Promise.resolve();
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeIdleConnections();
      // Requests still running get a short grace period, then their sockets are dropped.
      setTimeout(() => this.server.closeAllConnections(), 2000).unref();
    });
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return this.send(res, method, { status: 400, json: { error: 'bad request target' } });
    }
    try {
      const found = this.routes.lookup(method, url.pathname);
      if (found.kind === 'not-found') return this.send(res, method, { status: 404, json: { error: `no route for ${url.pathname}` } });
      if (found.kind === 'method-not-allowed') {
        const allow = found.allow.includes('GET') ? [...found.allow, 'HEAD'] : found.allow;
        return this.send(res, method, {
          status: 405,
          json: { error: `${method} is not allowed on ${url.pathname}` },
          headers: { allow: allow.join(', ') },
        });
      }
      const route = found.route.handler;
      const rawBody = route.body === 'none' ? Buffer.alloc(0) : await readBody(req, route.maxBodyBytes);
      const body = route.body === 'json' ? parseJsonBody(rawBody) : undefined;
      const out = await route.handler({ method, path: url.pathname, params: found.params, query: url.searchParams, headers: req.headers, body, rawBody });
      return this.send(res, method, out);
    } catch (e) {
      if (e instanceof HttpError) {
        const headers = e.status === 413 ? { connection: 'close' } : undefined;
        return this.send(res, method, headers === undefined ? { status: e.status, json: { error: e.message } } : { status: e.status, json: { error: e.message }, headers });
      }
      if (e instanceof BadPathError) return this.send(res, method, { status: 400, json: { error: e.message } });
      this.log?.error({ err: e, method, path: url.pathname }, 'HTTP handler failed');
      return this.send(res, method, { status: 500, json: { error: 'internal error' } });
    }
  }

  private send(res: ServerResponse, method: string, out: HttpResponse): void {
    if (res.headersSent) return;
    const status = out.status ?? 200;
    let payload: Buffer;
    let type: string;
    if (out.text !== undefined) {
      payload = Buffer.from(out.text, 'utf8');
      type = out.contentType ?? 'text/plain; charset=utf-8';
    } else if (out.json !== undefined) {
      payload = Buffer.from(JSON.stringify(out.json), 'utf8');
      type = out.contentType ?? JSON_TYPE;
    } else {
      payload = Buffer.alloc(0);
      type = out.contentType ?? JSON_TYPE;
    }
    try {
      res.statusCode = status;
      for (const [k, v] of Object.entries(out.headers ?? {})) res.setHeader(k, v);
      if (payload.length > 0 || status !== 204) {
        res.setHeader('content-type', type);
        res.setHeader('content-length', payload.length);
      }
      // RFC 9110 §9.3.2: HEAD answers with the headers of GET and no content.
      res.end(method === 'HEAD' ? undefined : payload);
    } catch (e) {
      this.log?.warn({ err: e }, 'HTTP response could not be written');
    }
  }
}
