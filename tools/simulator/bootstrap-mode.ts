import type coap from 'coap';
import { ContentFormat } from '../../src/lwm2m/content-format.js';
import { parsePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { optionValues } from './coap-request.js';
import * as content from './content/content-codecs.js';
import { contentFormatNumber } from './inbound-request.js';
import type { ObjectStore } from './object-store.js';

/**
 * The client side of a client-initiated bootstrap (LwM2M Core 1.1 §5.2.7): while active, the
 * device answers Bootstrap-Discover (GET / with link-format), Bootstrap-Write and
 * Bootstrap-Delete of Security (0) and Server (1) instances, and Bootstrap-Finish (POST /bs).
 * Other requests go to the normal operations.
 */
export interface BootstrapAnswer {
  readonly code: string;
  readonly payload?: Buffer;
  readonly contentFormat?: number;
  readonly path: string;
}

/** An LwM2M server account from the Security object (not the bootstrap account). */
export interface ServerAccount {
  readonly uri: string;
  readonly securityMode: number;
  readonly identity: Buffer;
  readonly key: Buffer;
  readonly shortServerId: number;
}

const text = (v: unknown): string => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v));

export class BootstrapMode {
  private finished: (() => void) | undefined;

  constructor(private readonly store: ObjectStore) {}

  get active(): boolean {
    return this.finished !== undefined;
  }

  /** Enters bootstrap mode; resolves when the server sends Bootstrap-Finish. */
  begin(): Promise<void> {
    return new Promise((resolve) => {
      this.finished = resolve;
    });
  }

  /** Leaves bootstrap mode without a Finish (the request failed or timed out). */
  cancel(): void {
    this.finished = undefined;
  }

  /** The answer to a bootstrap operation, or undefined for anything else. */
  handle(req: coap.IncomingMessage): BootstrapAnswer | undefined {
    const segments = optionValues(req, 'Uri-Path').map(text);
    const pathText = '/' + segments.join('/');
    const method = String(req.method);
    if (method === 'POST' && pathText === '/bs') {
      const done = this.finished;
      this.finished = undefined;
      // Answer first; the device then leaves bootstrap mode (§5.2.7.2).
      setImmediate(() => done?.());
      return { code: '2.04', path: pathText };
    }
    let path: Lwm2mPath;
    try {
      path = segments.length === 0 ? {} : parsePath(pathText);
    } catch {
      return { code: '4.04', path: pathText };
    }
    if (method === 'GET' && segments.length === 0) {
      return { code: '2.05', payload: Buffer.from(this.discoverLinks()), contentFormat: ContentFormat.LINK, path: pathText };
    }
    if (method === 'DELETE') return this.delete(path, pathText);
    if (method === 'PUT' && (path.objectId === 0 || path.objectId === 1) && path.instanceId !== undefined && path.resourceId === undefined) {
      const format = contentFormatNumber(optionValues(req, 'Content-Format')[0]) ?? ContentFormat.TLV;
      try {
        const node = content.decodeNode(format, req.payload, path, this.store.catalog);
        if (!this.store.instanceIds(path.objectId).includes(path.instanceId)) this.store.createInstance(path.objectId, path.instanceId);
        this.store.write(path, node, true, false);
        return { code: '2.04', path: pathText };
      } catch {
        return { code: '4.00', path: pathText };
      }
    }
    return undefined;
  }

  /** The LwM2M server accounts in the Security object (what a bootstrap left). */
  serverAccounts(): ServerAccount[] {
    const out: ServerAccount[] = [];
    for (const i of this.store.instanceIds(0)) {
      if (this.isBootstrapAccount(i)) continue;
      const at = (r: number): unknown => this.store.get(parsePath(`/0/${i}/${r}`));
      const buf = (r: number): Buffer => {
        const v = at(r);
        return Buffer.isBuffer(v) ? v : Buffer.alloc(0);
      };
      const num = (r: number, fallback: number): number => {
        const v = at(r);
        return typeof v === 'number' ? v : fallback;
      };
      out.push({ uri: String(at(0) ?? ''), securityMode: num(2, -1), identity: buf(3), key: buf(5), shortServerId: num(10, 0) });
    }
    return out;
  }

  /** The Bootstrap-Server account's URI, when the Security object has one. */
  bootstrapServerUri(): string | undefined {
    const i = this.store.instanceIds(0).find((id) => this.isBootstrapAccount(id));
    const uri = i === undefined ? undefined : this.store.get(parsePath(`/0/${i}/0`));
    return typeof uri === 'string' && uri !== '' ? uri : undefined;
  }

  private isBootstrapAccount(instanceId: number): boolean {
    return this.store.get(parsePath(`/0/${instanceId}/1`)) === true;
  }

  /** §5.2.7.1: the Security instances carry `ssid` (not the bootstrap account), the Server instances too. */
  private discoverLinks(): string {
    const links = ['</>;lwm2m=1.1'];
    for (const objectId of this.store.objectIds().sort((a, b) => a - b)) {
      links.push(`</${objectId}>`);
      for (const i of this.store.instanceIds(objectId)) {
        const ssidPath = objectId === 0 ? `/0/${i}/10` : objectId === 1 ? `/1/${i}/0` : undefined;
        const ssid = ssidPath === undefined || (objectId === 0 && this.isBootstrapAccount(i)) ? undefined : this.store.get(parsePath(ssidPath));
        links.push(typeof ssid === 'number' ? `</${objectId}/${i}>;ssid=${ssid}` : `</${objectId}/${i}>`);
      }
    }
    return links.join(',');
  }

  /** §5.2.7.5: Delete of "/" or "/0" keeps the bootstrap account (and the Device object). */
  private delete(path: Lwm2mPath, pathText: string): BootstrapAnswer {
    const wipe = (objectId: number): void => {
      if (!this.store.hasObject(objectId)) return;
      for (const i of this.store.instanceIds(objectId)) {
        if (objectId === 0 && this.isBootstrapAccount(i)) continue;
        this.store.deleteInstance(objectId, i);
      }
    };
    if (path.objectId === undefined) {
      wipe(0);
      wipe(1);
    } else if (path.instanceId === undefined) {
      if (path.objectId !== 0 && path.objectId !== 1) return { code: '4.00', path: pathText };
      wipe(path.objectId);
    } else {
      if (path.objectId === 0 && this.isBootstrapAccount(path.instanceId)) return { code: '4.00', path: pathText };
      if (this.store.hasObject(path.objectId) && this.store.instanceIds(path.objectId).includes(path.instanceId)) {
        this.store.deleteInstance(path.objectId, path.instanceId);
      }
    }
    return { code: '2.02', path: pathText };
  }
}
