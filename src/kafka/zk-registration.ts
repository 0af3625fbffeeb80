/**
 * ZooKeeper registration (thingsboard-transport-wire.md §3): an EPHEMERAL_SEQUENTIAL node
 * `<ZOOKEEPER_NODES_DIR>/nodes/<seq>` holding ServiceInfo, refreshed every 60 s without ever
 * dropping the transports list, re-created when our node disappears or the session expires
 * (a new client, as Curator rebuilds it on LOST), and removed on stop. The core learns our
 * service id from it and starts sending broadcasts to `tb_transport.notifications.<sid>`.
 */
import zookeeper, { type Client, type State } from 'node-zookeeper-client';
import ZkPath from 'node-zookeeper-client/lib/Path.js';
import type { Logger } from 'pino';
import { currentSystemInfo, encodeServiceInfo, type SystemInfo } from './service-info.js';

export interface ZkRegistrationOptions {
  servers: string[];
  nodesDir: string;
  sessionTimeoutMs: number;
  connectionTimeoutMs: number;
  retryIntervalMs: number;
  serviceId: string;
  refreshIntervalMs?: number;
  systemInfo?: () => SystemInfo;
}

function promisify<T>(run: (cb: (err: Error | null, v: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((err, v) => (err ? reject(err) : resolve(v))));
}

/**
 * Creates `<parent>/<sequence>` like Curator does for a path ending in "/" (so node names are
 * the bare 10-digit sequence, as ThingsBoard's). The server accepts that path; this client's
 * own path check does not, so the check is relaxed for this one synchronous call.
 */
function createSequentialChild(c: Client, parentWithSlash: string, data: Buffer, cb: (err: Error | null, path: string) => void): void {
  const strict = ZkPath.validate;
  ZkPath.validate = (p: string) => strict(p.endsWith('/') ? p.slice(0, -1) : p);
  try {
    c.create(parentWithSlash, data, zookeeper.CreateMode.EPHEMERAL_SEQUENTIAL, cb);
  } finally {
    ZkPath.validate = strict;
  }
}

export class ZkRegistration {
  private client: Client | undefined;
  private nodePath: string | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private stopping = false;
  private publishing: Promise<void> | undefined;
  readonly stats = { published: 0, refreshed: 0, sessionsLost: 0 };

  constructor(
    private readonly o: ZkRegistrationOptions,
    private readonly log: Logger,
  ) {}

  /** The current node path, e.g. /thingsboard/nodes/0000000042 (undefined until published). */
  get path(): string | undefined {
    return this.nodePath;
  }

  private get parent(): string {
    return `${this.o.nodesDir === '/' ? '' : this.o.nodesDir}/nodes`;
  }

  private payload(): Buffer {
    return encodeServiceInfo(this.o.serviceId, (this.o.systemInfo ?? currentSystemInfo)());
  }

  async start(): Promise<void> {
    this.stopping = false;
    await this.connectAndPublish();
    this.refreshTimer = setInterval(() => void this.refresh(), this.o.refreshIntervalMs ?? 60_000);
    this.refreshTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    this.refreshTimer = undefined;
    const c = this.client;
    const p = this.nodePath;
    this.client = undefined;
    this.nodePath = undefined;
    if (c && p && c.getState() === zookeeper.State.SYNC_CONNECTED) {
      await promisify<void>((cb) => c.remove(p, -1, (e) => cb(e, undefined))).catch(() => undefined);
    }
    c?.close();
  }

  /** setData with fresh system figures; the payload always has transports ["LWM2M"]. */
  async refresh(): Promise<void> {
    const c = this.client;
    const p = this.nodePath;
    if (!c || !p || this.stopping) return;
    try {
      await promisify((cb) => c.setData(p, this.payload(), -1, cb));
      this.stats.refreshed += 1;
    } catch (e) {
      this.log.warn({ err: e, path: p }, 'ZooKeeper refresh failed; re-publishing');
      await this.republish();
    }
  }

  private connect(): Promise<Client> {
    const client = zookeeper.createClient(this.o.servers.join(','), {
      sessionTimeout: this.o.sessionTimeoutMs,
      spinDelay: this.o.retryIntervalMs,
      retries: Number.MAX_SAFE_INTEGER,
    });
    client.on('state', (s: State) => this.onState(client, s));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        client.close();
        reject(new Error(`ZooKeeper ${this.o.servers.join(',')} not reachable within ${this.o.connectionTimeoutMs} ms`));
      }, this.o.connectionTimeoutMs);
      client.once('connected', () => {
        clearTimeout(timer);
        resolve(client);
      });
      client.connect();
    });
  }

  private async connectAndPublish(): Promise<void> {
    const client = await this.connect();
    if (this.stopping) {
      client.close();
      return;
    }
    this.client = client;
    await this.publish();
  }

  private async publish(): Promise<void> {
    const c = this.client;
    if (!c || this.stopping) return;
    await promisify((cb) => c.mkdirp(this.parent, cb));
    const created = await promisify<string>((cb) => createSequentialChild(c, `${this.parent}/`, this.payload(), cb));
    this.nodePath = created;
    this.stats.published += 1;
    this.log.info({ path: created, serviceId: this.o.serviceId }, 'registered in ZooKeeper');
    // Watch our own node: if someone removes it, publish again. Armed before publish() returns.
    const stat = await promisify<unknown>((cb) =>
      c.exists(created, (ev) => {
        if (ev.getType() === zookeeper.Event.NODE_DELETED && this.nodePath === created && !this.stopping) {
          this.log.warn({ path: created }, 'ZooKeeper node removed; re-publishing');
          void this.republish();
        }
      }, cb),
    );
    if (stat === null && this.nodePath === created && !this.stopping) {
      this.log.warn({ path: created }, 'ZooKeeper node vanished right after creation; re-publishing');
      void this.republish();
    }
  }

  private republish(): Promise<void> {
    if (this.publishing) return this.publishing;
    this.publishing = (async () => {
      for (let attempt = 1; !this.stopping; attempt++) {
        try {
          await this.publish();
          return;
        } catch (e) {
          this.log.warn({ err: e, attempt }, 'ZooKeeper publish failed; retrying');
          await new Promise((r) => setTimeout(r, this.o.retryIntervalMs));
        }
      }
    })().finally(() => {
      this.publishing = undefined;
    });
    return this.publishing;
  }

  private onState(client: Client, s: State): void {
    if (client !== this.client || this.stopping) return;
    if (s === zookeeper.State.EXPIRED) {
      // Session lost: its ephemeral node is gone. Build a new client and publish again.
      this.stats.sessionsLost += 1;
      this.log.warn({ path: this.nodePath }, 'ZooKeeper session expired; reconnecting with a new session');
      this.client = undefined;
      this.nodePath = undefined;
      client.close();
      void (async () => {
        for (let attempt = 1; !this.stopping && !this.client; attempt++) {
          try {
            await this.connectAndPublish();
          } catch (e) {
            this.log.warn({ err: e, attempt }, 'ZooKeeper re-registration failed; retrying');
            await new Promise((r) => setTimeout(r, this.o.retryIntervalMs));
          }
        }
      })();
    } else if (s === zookeeper.State.DISCONNECTED) {
      this.log.warn('ZooKeeper disconnected; the client keeps retrying');
    }
  }
}
