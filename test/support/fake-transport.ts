import type { DatagramHandler, DatagramTransport, Peer } from '../../src/net/datagram.js';

/** A datagram the endpoint under test sent. */
export interface SentDatagram {
  readonly peer: Peer;
  readonly datagram: Buffer;
}

/**
 * In-memory DatagramTransport for unit tests: `inject()` plays a datagram from a peer into
 * the endpoint, `sent` records what the endpoint sent (take() drains it). No sockets, no timers.
 */
export class FakeTransport implements DatagramTransport {
  readonly secure: boolean;
  readonly sent: SentDatagram[] = [];
  closed = false;
  /** When set, send() throws this (to test send-error tolerance). */
  failSends: Error | undefined;
  private handler: DatagramHandler | undefined;
  private readonly peers = new Map<string, Peer>();

  constructor(options: { secure?: boolean } = {}) {
    this.secure = options.secure ?? false;
  }

  /** The same Peer object for the same address and port, as real transports do. */
  peer(address = '127.0.0.1', port = 5683): Peer {
    const key = `fake:${address}:${port}`;
    let p = this.peers.get(key);
    if (!p) {
      p = { key, address, port, secure: this.secure };
      this.peers.set(key, p);
    }
    return p;
  }

  send(peer: Peer, datagram: Buffer): void {
    if (this.failSends) throw this.failSends;
    this.sent.push({ peer, datagram: Buffer.from(datagram) });
  }

  onDatagram(handler: DatagramHandler): void {
    this.handler = handler;
  }

  /** Delivers a datagram from `peer` to the installed handler. */
  inject(peer: Peer, datagram: Buffer): void {
    if (!this.handler) throw new Error('no datagram handler installed');
    this.handler(peer, datagram);
  }

  /** Returns and clears everything sent so far. */
  take(): SentDatagram[] {
    return this.sent.splice(0, this.sent.length);
  }

  localPort(): number {
    return 5683;
  }

  async close(): Promise<void> {
    this.closed = true;
  }
}
