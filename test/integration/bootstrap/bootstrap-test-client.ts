import coap from 'coap';
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { decodeNode } from '../../../src/lwm2m/codec/codec-registry.js';
import type { ObjectInstanceNode } from '../../../src/lwm2m/node.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { optionValues } from '../../../tools/simulator/coap-request.js';
import { readInbound } from '../../../tools/simulator/inbound-request.js';
import { SimulatorCatalog } from '../../../tools/simulator/object-catalog.js';

/**
 * A bootstrap client on node-coap (an independent CoAP stack): it sends the Bootstrap-Request,
 * answers Bootstrap-Discover from its own Security/Server instances, applies Bootstrap-Delete
 * and Bootstrap-Write (decoding with the simulator's catalog), and records Bootstrap-Finish.
 */
export interface SeenBootstrapOp {
  readonly method: string;
  readonly path: string;
  readonly contentFormat?: number;
}

export interface ClientInstances {
  /** Security instance id → (ssid, node). ssid undefined = the bootstrap account. */
  security: Map<number, ObjectInstanceNode>;
  server: Map<number, ObjectInstanceNode>;
}

const models = new SimulatorCatalog({});

function ssidOf(node: ObjectInstanceNode, resourceId: number): number | undefined {
  const r = node.resources.get(resourceId);
  return r?.kind === 'resource' && typeof r.value === 'number' ? r.value : undefined;
}

function isBootstrapAccount(node: ObjectInstanceNode): boolean {
  const r = node.resources.get(1);
  return r?.kind === 'resource' && r.value === true;
}

export class BootstrapTestClient {
  readonly ops: SeenBootstrapOp[] = [];
  readonly instances: ClientInstances = { security: new Map(), server: new Map() };
  /** Answer Bootstrap-Discover with 4.04 (a 1.0 client without it). */
  discoverSupported = true;
  /** Code answered to Bootstrap-Finish. */
  finishCode = '2.04';
  /** Answer writes to this path with this code. */
  failWrite: { path: string; code: string } | undefined;
  private finishedResolve: (() => void) | undefined;
  readonly finished: Promise<void>;

  private constructor(
    readonly endpoint: string,
    private readonly socket: dgram.Socket,
    private readonly server: coap.Server,
    private readonly agent: coap.Agent,
  ) {
    this.finished = new Promise((r) => (this.finishedResolve = r));
  }

  static async start(endpoint: string, initial?: (i: ClientInstances) => void): Promise<BootstrapTestClient> {
    const socket = dgram.createSocket('udp4');
    await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
    const server = coap.createServer();
    server.listen(socket);
    const agent = new coap.Agent({ socket });
    const c = new BootstrapTestClient(endpoint, socket, server, agent);
    initial?.(c.instances);
    server.on('request', (req: coap.IncomingMessage, res: coap.OutgoingMessage) => c.onRequest(req, res));
    return c;
  }

  get port(): number {
    return (this.socket.address() as AddressInfo).port;
  }

  /** POST /bs?ep=..[&pct=..]; resolves with the server's code and diagnostic payload. */
  bootstrapRequest(port: number, pct?: number, ep = this.endpoint): Promise<{ code: string; payload: string }> {
    return new Promise((resolve, reject) => {
      const query = pct === undefined ? `ep=${ep}` : `ep=${ep}&pct=${pct}`;
      const req = this.agent.request({ hostname: '127.0.0.1', port, method: 'POST', pathname: '/bs', query, confirmable: true });
      const t = setTimeout(() => reject(new Error('no answer to Bootstrap-Request')), 5000);
      req.on('response', (res: coap.IncomingMessage) => {
        clearTimeout(t);
        resolve({ code: res.code, payload: res.payload.toString('utf8') });
      });
      req.on('error', (e: Error) => {
        clearTimeout(t);
        reject(e);
      });
      req.end();
    });
  }

  private discoverLinks(): string {
    const links = ['</>;lwm2m=1.1', '</0>;ver=1.1'];
    for (const [id, n] of [...this.instances.security].sort((a, b) => a[0] - b[0])) {
      const ssid = isBootstrapAccount(n) ? undefined : ssidOf(n, 10);
      links.push(ssid === undefined ? `</0/${id}>` : `</0/${id}>;ssid=${ssid}`);
    }
    links.push('</1>;ver=1.1');
    for (const [id, n] of [...this.instances.server].sort((a, b) => a[0] - b[0])) {
      links.push(`</1/${id}>;ssid=${ssidOf(n, 0) ?? 0}`);
    }
    links.push('</3/0>');
    return links.join(',');
  }

  private onRequest(raw: coap.IncomingMessage, res: coap.OutgoingMessage): void {
    let code = '4.05';
    let payload: Buffer | undefined;
    const segments = optionValues(raw, 'Uri-Path').map((v) => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)));
    if (raw.method === 'POST' && segments.join('/') === 'bs') {
      // Bootstrap-Finish (LwM2M Core 1.1 §5.2.7.2); "bs" is no LwM2M path, so handled first.
      this.ops.push({ method: 'POST', path: '/bs' });
      res.code = this.finishCode;
      res.end();
      this.finishedResolve?.();
      return;
    }
    try {
      const req = readInbound(raw);
      this.ops.push({ method: req.method, path: req.pathText, ...(req.contentFormat === undefined ? {} : { contentFormat: req.contentFormat }) });
      if (req.method === 'GET' && req.pathText === '/') {
        if (this.discoverSupported) {
          code = '2.05';
          payload = Buffer.from(this.discoverLinks(), 'utf8');
          res.setOption('Content-Format', 'application/link-format');
        } else code = '4.04';
      } else if (req.method === 'DELETE') {
        code = '2.02';
        if (req.pathText === '/') {
          // LwM2M Core 1.1 §5.2.7.5: the Bootstrap-Server account survives Delete of "/".
          for (const [id, n] of this.instances.security) if (!isBootstrapAccount(n)) this.instances.security.delete(id);
          this.instances.server.clear();
        } else {
          const p = parsePath(req.pathText);
          const map = p.objectId === 0 ? this.instances.security : p.objectId === 1 ? this.instances.server : undefined;
          if (map !== undefined && p.instanceId !== undefined) map.delete(p.instanceId);
        }
      } else if (req.method === 'PUT') {
        if (this.failWrite?.path === req.pathText) code = this.failWrite.code;
        else {
          const p = parsePath(req.pathText);
          const node = decodeNode(req.contentFormat ?? 11542, req.payload, p, models);
          const map = p.objectId === 0 ? this.instances.security : this.instances.server;
          if (node.kind === 'instance' && (p.objectId === 0 || p.objectId === 1)) {
            map.set(node.id, node);
            code = '2.04';
          } else code = '4.00';
        }
      }
    } catch {
      code = '4.00';
    }
    res.code = code;
    res.end(payload);
  }

  async stop(): Promise<void> {
    this.agent.close();
    this.server.close();
    await new Promise<void>((r) => this.socket.close(() => r()));
  }
}

/** A value of a single resource in an instance node. */
export function valueOf(node: ObjectInstanceNode | undefined, resourceId: number): unknown {
  const r = node?.resources.get(resourceId);
  return r?.kind === 'resource' ? r.value : undefined;
}
