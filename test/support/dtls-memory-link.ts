/**
 * Runs the DTLS server core and test clients in memory: datagrams are queued, not sent, so a
 * test can drop, duplicate, reorder or re-address them, and a fake clock drives the timers.
 */
import type { DtlsClock } from '../../src/dtls/config.js';
import type { DtlsServerConfig } from '../../src/dtls/config.js';
import type { DtlsConnection } from '../../src/dtls/connection.js';
import { DtlsServer } from '../../src/dtls/dtls-server.js';
import { TestDtlsClient, type TestClientOptions } from './dtls-test-client.js';

export class FakeDtlsClock implements DtlsClock {
  private t = Date.now();
  private timers = new Map<number, { at: number; fn: () => void }>();
  private nextId = 1;

  now(): number {
    return this.t;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.t + ms, fn });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward, firing due timers in order (bounded). */
  advance(ms: number): void {
    const end = this.t + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      let due: [number, { at: number; fn: () => void }] | undefined;
      for (const e of this.timers) if (e[1].at <= end && (!due || e[1].at < due[1].at)) due = e;
      if (!due) break;
      this.timers.delete(due[0]);
      this.t = Math.max(this.t, due[1].at);
      due[1].fn();
    }
    this.t = end;
  }
}

export interface Wire {
  readonly to: 'server' | 'client';
  readonly address: string;
  readonly port: number;
  readonly datagram: Buffer;
}

export class MemoryDtlsLink {
  readonly server: DtlsServer;
  readonly clock = new FakeDtlsClock();
  /** Datagrams from the server, by destination "address:port". */
  readonly toClients = new Map<string, Buffer[]>();
  readonly data: Array<{ conn: DtlsConnection; data: Buffer }> = [];
  readonly closedReasons: string[] = [];
  /** Called before each delivery; may throw to simulate a failing upper layer. */
  onDataHook: ((data: Buffer) => void) | undefined;

  constructor(config: Omit<DtlsServerConfig, 'clock'>) {
    this.server = new DtlsServer(
      { ...config, clock: this.clock },
      {
        send: (address, port, datagram) => {
          const k = `${address}:${port}`;
          const q = this.toClients.get(k) ?? [];
          q.push(Buffer.from(datagram));
          this.toClients.set(k, q);
        },
        onData: (conn, data) => {
          this.onDataHook?.(data);
          this.data.push({ conn, data: Buffer.from(data) });
        },
        onClosed: (_conn, reason) => this.closedReasons.push(reason),
      },
    );
  }

  /** A test client whose datagrams come from 127.0.0.1:port (changeable for CID tests). */
  client(port: number, options: Omit<TestClientOptions, 'send'>): LinkedClient {
    const lc: LinkedClient = { port, client: undefined as unknown as TestDtlsClient, outbox: [] };
    lc.client = new TestDtlsClient({ ...options, send: (d) => lc.outbox.push(d) });
    return lc;
  }

  /** Delivers queued datagrams both ways until quiet; awaits async credential lookups. */
  async pump(clients: LinkedClient[], opts: { dropFromServer?: (d: Buffer) => boolean } = {}): Promise<void> {
    for (let round = 0; round < 50; round++) {
      let moved = false;
      for (const c of clients) {
        while (c.outbox.length > 0) {
          moved = true;
          this.server.handleDatagram(c.outbox.shift()!, '127.0.0.1', c.port);
        }
        const k = `127.0.0.1:${c.port}`;
        const q = this.toClients.get(k) ?? [];
        this.toClients.set(k, []);
        for (const d of q) {
          moved = true;
          if (!opts.dropFromServer?.(d)) c.client.receive(d);
        }
      }
      await new Promise((r) => setImmediate(r));
      if (!moved && clients.every((c) => c.outbox.length === 0)) {
        const anyQueued = clients.some((c) => (this.toClients.get(`127.0.0.1:${c.port}`) ?? []).length > 0);
        if (!anyQueued) return;
      }
    }
  }

  takeFromServer(port: number): Buffer[] {
    const k = `127.0.0.1:${port}`;
    const q = this.toClients.get(k) ?? [];
    this.toClients.set(k, []);
    return q;
  }
}

export interface LinkedClient {
  port: number;
  client: TestDtlsClient;
  outbox: Buffer[];
}
