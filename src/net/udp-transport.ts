import { createSocket, type Socket } from 'node:dgram';
import { lookup as dnsLookup, type LookupOneOptions } from 'node:dns';
import { isIP, isIPv6 } from 'node:net';
import type { DatagramHandler, DatagramTransport, Peer } from './datagram.js';

export interface UdpTransportOptions {
  /** Peers remembered; beyond this the least recently seen is dropped. Default 200 000. */
  readonly maxPeers?: number;
  /** A peer not heard from for this long is dropped from the cache. Default 10 minutes. */
  readonly peerIdleMs?: number;
  /** Called for send errors and socket errors (never thrown). */
  readonly onError?: (err: Error) => void;
}

/** Counters of the UDP endpoint (read by metrics and tests). */
export interface UdpTransportCounters {
  received: number;
  sent: number;
  /** send() calls that failed at once (bad address or port, closed socket). */
  sendErrors: number;
  /** 'error' events of the socket, including asynchronous send failures. */
  socketErrors: number;
  peersEvicted: number;
}

/**
 * dgram resolves the destination of every unconnected send() through its lookup function; the
 * default (dns.lookup) answers even a numeric address one tick later, so each ACK paid a
 * nextTick and a closure. Peer addresses come from rinfo and are numeric: answer those at once
 * (same address, same family as dns.lookup would) and leave names to dns.lookup.
 */
function numericFirstLookup(
  hostname: string,
  options: LookupOneOptions | number,
  callback: (err: NodeJS.ErrnoException | null, address: string, family: number) => void,
): void {
  const family = isIP(hostname);
  if (family !== 0) {
    callback(null, hostname, family);
    return;
  }
  dnsLookup(hostname, typeof options === 'number' ? { family: options } : options, callback);
}

class UdpPeer implements Peer {
  readonly secure = false;
  lastSeen: number;

  constructor(
    readonly key: string,
    readonly address: string,
    readonly port: number,
    now: number,
  ) {
    this.lastSeen = now;
  }
}

/**
 * Plain CoAP over UDP (RFC 7252) behind the DatagramTransport seam. The same address and port
 * map to the same Peer object for as long as the peer keeps talking, so state the CoAP layer
 * keys on it (and replies to it) stays put across a device's exchanges.
 */
export class UdpTransport implements DatagramTransport {
  readonly secure = false;
  readonly counters: UdpTransportCounters = { received: 0, sent: 0, sendErrors: 0, socketErrors: 0, peersEvicted: 0 };
  private readonly peers = new Map<string, UdpPeer>();
  private handler: DatagramHandler | undefined;
  private readonly maxPeers: number;
  private readonly peerIdleMs: number;
  private readonly onError: (err: Error) => void;
  private readonly sweepTimer: ReturnType<typeof setInterval>;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    options: UdpTransportOptions,
  ) {
    this.maxPeers = options.maxPeers ?? 200_000;
    this.peerIdleMs = options.peerIdleMs ?? 600_000;
    this.onError = options.onError ?? (() => undefined);
    socket.on('message', (msg, rinfo) => this.onMessage(msg, rinfo.address, rinfo.port));
    socket.on('error', (err) => {
      this.counters.socketErrors++;
      this.onError(err);
    });
    this.sweepTimer = setInterval(() => this.sweep(), Math.max(1000, Math.min(this.peerIdleMs, 60_000)));
    this.sweepTimer.unref();
  }

  /** Binds a UDP socket (udp6 when host is an IPv6 address); port 0 picks a free port. */
  static async bind(host: string, port: number, options: UdpTransportOptions = {}): Promise<UdpTransport> {
    const socket = createSocket({ type: isIPv6(host) ? 'udp6' : 'udp4', reuseAddr: false, lookup: numericFirstLookup });
    await new Promise<void>((resolve, reject) => {
      const onError = (err: Error): void => reject(err);
      socket.once('error', onError);
      socket.bind(port, host, () => {
        socket.off('error', onError);
        resolve();
      });
    });
    return new UdpTransport(socket, options);
  }

  /** The Peer object for an address and port, created if unknown (to reach a device first). */
  peer(address: string, port: number): Peer {
    return this.peerFor(address, port, Date.now());
  }

  get peerCount(): number {
    return this.peers.size;
  }

  send(peer: Peer, datagram: Buffer): void {
    if (this.closed) return;
    try {
      // No callback on purpose: without one Node tries a synchronous uv_udp_try_send first, which
      // is far cheaper per datagram; asynchronous failures then arrive as socket 'error' events.
      this.socket.send(datagram, peer.port, peer.address);
      this.counters.sent++;
    } catch (err) {
      // dgram throws synchronously for bad ports/addresses and after close: count, never rethrow.
      this.reportSendError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  onDatagram(handler: DatagramHandler): void {
    this.handler = handler;
  }

  localPort(): number {
    return this.socket.address().port;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweepTimer);
    this.peers.clear();
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private onMessage(msg: Buffer, address: string, port: number): void {
    this.counters.received++;
    const handler = this.handler;
    if (!handler) return;
    const peer = this.peerFor(address, port, Date.now());
    try {
      handler(peer, msg);
    } catch (err) {
      // The handler must not throw; if it does, the socket keeps serving other peers.
      this.onError(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private peerFor(address: string, port: number, now: number): UdpPeer {
    const key = address + ':' + port;
    let peer = this.peers.get(key);
    if (peer) {
      peer.lastSeen = now;
      return peer;
    }
    if (this.peers.size >= this.maxPeers) this.evictOldest();
    peer = new UdpPeer('udp:' + key, address, port, now);
    this.peers.set(key, peer);
    return peer;
  }

  private evictOldest(): void {
    // Insertion order approximates age; pick the least recently seen among the first few.
    let victim: string | undefined;
    let oldest = Infinity;
    let i = 0;
    for (const [key, p] of this.peers) {
      if (p.lastSeen < oldest) {
        oldest = p.lastSeen;
        victim = key;
      }
      if (++i >= 16) break;
    }
    if (victim !== undefined) {
      this.peers.delete(victim);
      this.counters.peersEvicted++;
    }
  }

  private sweep(): void {
    const limit = Date.now() - this.peerIdleMs;
    for (const [key, p] of this.peers) {
      if (p.lastSeen < limit) {
        this.peers.delete(key);
        this.counters.peersEvicted++;
      }
    }
  }

  private reportSendError(err: Error): void {
    this.counters.sendErrors++;
    this.onError(err);
  }
}
