import { createSocket, type Socket } from 'node:dgram';
import { Agent, createServer, type IncomingMessage, type OutgoingMessage, type Server } from 'coap';

/**
 * A tiny LwM2M "device" on node-coap (an independent CoAP stack): one UDP socket serves both
 * as the device's CoAP server (our LwM2M server's downlink requests land here) and as its
 * client (Register, Update, Send go out from the same port, as a device behind NAT does).
 */

// node-coap reports known Content-Formats by media type; the tests compare numbers.
const FORMAT_NUMBERS: Record<string, number> = {
  'text/plain': 0,
  'application/link-format': 40,
  'application/octet-stream': 42,
  'application/cbor': 60,
  'application/senml+json': 110,
  'application/senml+cbor': 112,
  'application/vnd.oma.lwm2m+tlv': 11542,
  'application/vnd.oma.lwm2m+json': 11543,
  'application/vnd.oma.lwm2m+cbor': 11544,
};

export function formatNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return FORMAT_NUMBERS[v];
  return undefined;
}

/** A request as the device saw it. */
export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string[];
  readonly contentFormat?: number;
  readonly accept?: number;
  readonly observe?: number;
  readonly payload: Buffer;
}

export type DeviceHandler = (seen: SeenRequest, res: OutgoingMessage) => void;

export interface DeviceResponse {
  readonly code: string;
  readonly payload: Buffer;
  readonly locationPath: string[];
}

export class NodeCoapDevice {
  readonly seen: SeenRequest[] = [];
  handler: DeviceHandler = (_s, res) => {
    res.code = '4.04';
    res.end();
  };

  private constructor(
    private readonly socket: Socket,
    private readonly server: Server,
    private readonly agent: Agent,
  ) {
    server.on('request', (req: IncomingMessage, res: OutgoingMessage) => {
      const [pathPart, queryPart] = req.url.split('?');
      const observe = req.headers['Observe'];
      const seen: SeenRequest = {
        method: req.method,
        path: pathPart ?? '/',
        query: queryPart === undefined || queryPart === '' ? [] : queryPart.split('&'),
        ...(formatNumber(req.headers['Content-Format']) === undefined
          ? {}
          : { contentFormat: formatNumber(req.headers['Content-Format']) }),
        ...(formatNumber(req.headers['Accept']) === undefined ? {} : { accept: formatNumber(req.headers['Accept']) }),
        ...(typeof observe === 'number' ? { observe } : {}),
        payload: req.payload,
      };
      this.seen.push(seen);
      this.handler(seen, res);
    });
  }

  static async start(): Promise<NodeCoapDevice> {
    const socket = createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(0, '127.0.0.1', () => resolve());
    });
    const server = createServer();
    server.listen(socket);
    const agent = new Agent({ socket });
    return new NodeCoapDevice(socket, server, agent);
  }

  get port(): number {
    return this.socket.address().port;
  }

  /** Sends a request from the device to `port` and resolves with the answer. */
  request(
    port: number,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    pathname: string,
    opts: { query?: string; contentFormat?: number; payload?: Buffer | string } = {},
  ): Promise<DeviceResponse> {
    return new Promise((resolve, reject) => {
      const req = this.agent.request({
        hostname: '127.0.0.1',
        port,
        method,
        pathname,
        ...(opts.query === undefined ? {} : { query: opts.query }),
        ...(opts.contentFormat === undefined ? {} : { contentFormat: opts.contentFormat }),
      });
      const timer = setTimeout(() => reject(new Error(`no answer to ${method} ${pathname}`)), 5000);
      req.on('response', (res: IncomingMessage) => {
        clearTimeout(timer);
        const options = (res as unknown as { options?: { name: unknown; value: unknown }[] }).options ?? [];
        resolve({
          code: res.code,
          payload: res.payload,
          locationPath: options.filter((o) => o.name === 'Location-Path').map((o) => String(o.value)),
        });
      });
      req.on('error', (err: Error) => {
        clearTimeout(timer);
        reject(err);
      });
      req.end(opts.payload);
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    try {
      this.socket.close();
    } catch {
      // already closed by the server
    }
  }
}
