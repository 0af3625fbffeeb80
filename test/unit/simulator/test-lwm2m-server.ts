import coap from 'coap';
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { contentFormatNumber } from '../../../tools/simulator/inbound-request.js';

/**
 * A tiny LwM2M "server" for simulator tests, on node-coap: it answers Register/Update/
 * De-register/Send and sends downlink requests from the same socket, as a real server must.
 * It keeps no LwM2M logic beyond what the tests assert on.
 */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string[];
  readonly contentFormat: number | undefined;
  readonly payload: Buffer;
}

export interface DownlinkResult {
  readonly code: string;
  readonly payload: Buffer;
  readonly contentFormat: number | undefined;
  readonly options: ReadonlyArray<{ name: unknown; value: unknown }>;
}

export interface DownlinkOptions {
  readonly method?: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'FETCH' | 'iPATCH';
  readonly accept?: number;
  readonly contentFormat?: number;
  readonly payload?: Buffer;
  readonly query?: string;
  readonly block1?: boolean;
  readonly token?: Buffer;
  /** 1: an Observe=1 (cancel) GET (RFC 7641 §3.6). */
  readonly observe?: 1;
  readonly timeoutMs?: number;
}

const formatNumber = contentFormatNumber;

type Packet = { _packet: { options?: ReadonlyArray<{ name: unknown; value: unknown }> } };
const options = (m: Packet): ReadonlyArray<{ name: unknown; value: unknown }> => m._packet.options ?? [];
const text = (v: unknown): string => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v));

export class TestLwm2mServer {
  readonly seen: SeenRequest[] = [];
  /** Code answered to Register; tests can change it. */
  registerCode = '2.01';
  private counter = 0;
  private readonly waiters: Array<{ match: (r: SeenRequest) => boolean; resolve: (r: SeenRequest) => void }> = [];

  private constructor(
    private readonly socket: dgram.Socket,
    private readonly server: coap.Server,
    private readonly agent: coap.Agent,
  ) {}

  static async start(): Promise<TestLwm2mServer> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
    const server = coap.createServer();
    server.listen(socket);
    const agent = new coap.Agent({ socket });
    const s = new TestLwm2mServer(socket, server, agent);
    server.on('request', (req: coap.IncomingMessage, res: coap.OutgoingMessage) => s.onRequest(req, res));
    return s;
  }

  get url(): string {
    return `coap://127.0.0.1:${(this.socket.address() as AddressInfo).port}`;
  }

  private onRequest(req: coap.IncomingMessage, res: coap.OutgoingMessage): void {
    const segs = options(req).filter((o) => o.name === 'Uri-Path').map((o) => text(o.value));
    const seen: SeenRequest = {
      method: String(req.method),
      path: '/' + segs.join('/'),
      query: options(req).filter((o) => o.name === 'Uri-Query').map((o) => text(o.value)),
      contentFormat: formatNumber(options(req).find((o) => o.name === 'Content-Format')?.value),
      payload: req.payload,
    };
    this.seen.push(seen);
    if (seen.method === 'POST' && seen.path === '/rd') {
      res.code = this.registerCode;
      if (this.registerCode === '2.01') res.setOption('Location-Path', [Buffer.from('rd'), Buffer.from(`r${++this.counter}`)]);
    } else if (seen.method === 'POST' && seen.path.startsWith('/rd/')) res.code = '2.04';
    else if (seen.method === 'DELETE' && seen.path.startsWith('/rd/')) res.code = '2.02';
    else if (seen.method === 'POST' && seen.path === '/dp') res.code = '2.04';
    else res.code = '4.04';
    res.end();
    for (const w of [...this.waiters]) {
      if (w.match(seen)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(seen);
      }
    }
  }

  /** Resolves with the first request (already seen or future) matching `match`. */
  waitFor(match: (r: SeenRequest) => boolean, timeoutMs = 5000): Promise<SeenRequest> {
    const already = this.seen.find(match);
    if (already !== undefined) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('timed out waiting for a request')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(t);
          resolve(r);
        },
      });
    });
  }

  private build(port: number, path: string, o: DownlinkOptions, observe?: 0 | 1): coap.OutgoingMessage {
    const req = this.agent.request({
      hostname: '127.0.0.1',
      port,
      method: o.method ?? 'GET',
      pathname: path,
      confirmable: true,
      ...(o.query !== undefined ? { query: o.query } : {}),
      ...(observe !== undefined ? { observe } : {}),
      ...(o.token !== undefined ? { token: o.token } : {}),
    });
    if (o.accept !== undefined) req.setOption('Accept', o.accept);
    if (o.contentFormat !== undefined) req.setOption('Content-Format', o.contentFormat);
    if (o.block1 === true) req.setOption('Block1', Buffer.of(0x06)); // SZX 6: 1024-byte blocks
    return req;
  }

  /** One downlink request to a device; resolves with its (reassembled) response. */
  request(port: number, path: string, o: DownlinkOptions = {}): Promise<DownlinkResult> {
    return new Promise((resolve, reject) => {
      const req = this.build(port, path, o, o.observe);
      const t = setTimeout(() => {
        this.agent.abort(req);
        reject(new Error(`no answer to ${o.method ?? 'GET'} ${path}`));
      }, o.timeoutMs ?? 5000);
      req.on('response', (res: coap.IncomingMessage) => {
        clearTimeout(t);
        resolve({
          code: res.code,
          payload: res.payload,
          contentFormat: formatNumber(options(res).find((x) => x.name === 'Content-Format')?.value),
          options: options(res),
        });
      });
      req.on('error', (e: Error) => {
        clearTimeout(t);
        reject(e);
      });
      req.end(o.payload);
    });
  }

  /** Starts an observation; `notifications` fills as they arrive (the first is the response). */
  observe(port: number, path: string, o: DownlinkOptions = {}): Promise<Observation> {
    return new Promise((resolve, reject) => {
      const req = this.build(port, path, o, 0);
      const t = setTimeout(() => reject(new Error(`no answer to observe ${path}`)), o.timeoutMs ?? 5000);
      req.on('response', (res: coap.ObserveReadStream) => {
        clearTimeout(t);
        const obs: Observation = { code: res.code, notifications: [], stream: res };
        res.on('data', (chunk: Buffer) => obs.notifications.push(chunk));
        resolve(obs);
      });
      req.on('error', (e: Error) => {
        clearTimeout(t);
        reject(e);
      });
      req.end(o.payload);
    });
  }

  async stop(): Promise<void> {
    this.agent.close();
    this.server.close();
    await new Promise<void>((r) => this.socket.close(() => r()));
  }
}

export interface Observation {
  readonly code: string;
  readonly notifications: Buffer[];
  readonly stream: coap.ObserveReadStream;
}

/** Polls `cond` every 10 ms for at most `timeoutMs`. */
export async function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
