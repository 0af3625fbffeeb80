/**
 * CoAP-over-DTLS endpoint: a UDP socket driving the DTLS server of src/dtls, presenting the
 * decrypted application data as datagrams from a Peer. One Peer object per DTLS session: its
 * address follows the session when Connection ID lets the device move (RFC 9146), and a new
 * handshake from the same address is a new Peer.
 */
import { createSocket, type Socket } from 'node:dgram';
import type { DtlsConnection } from '../dtls/connection.js';
import type { DtlsServerConfig } from '../dtls/config.js';
import { DtlsServer } from '../dtls/dtls-server.js';
import type { DatagramHandler, DatagramTransport, Peer, PeerIdentity } from './datagram.js';

class DtlsPeer implements Peer {
  readonly key: string;
  readonly secure = true;
  readonly identity: PeerIdentity | undefined;

  constructor(readonly connection: DtlsConnection) {
    this.key = `dtls:${connection.uid}`;
    this.identity = connection.session?.identity;
  }

  get address(): string {
    return this.connection.address;
  }

  get port(): number {
    return this.connection.port;
  }
}

export interface DtlsTransportOptions {
  readonly dtls: DtlsServerConfig;
  readonly address?: string;
  readonly port?: number;
  readonly type?: 'udp4' | 'udp6';
}

export class DtlsTransport implements DatagramTransport {
  readonly secure = true;
  readonly server: DtlsServer;
  private handler: DatagramHandler | undefined;
  private closedHandler: ((peer: Peer, reason: string) => void) | undefined;
  private readonly peers = new Map<DtlsConnection, DtlsPeer>();
  private closing: Promise<void> | undefined;

  private constructor(
    private readonly socket: Socket,
    dtls: DtlsServerConfig,
  ) {
    this.server = new DtlsServer(dtls, {
      send: (address, port, datagram) => this.socket.send(datagram, port, address),
      onData: (conn, data) => {
        const peer = this.peerOf(conn);
        if (peer && this.handler) this.handler(peer, data);
      },
      onEstablished: (conn) => {
        this.peers.set(conn, new DtlsPeer(conn));
      },
      onClosed: (conn, reason) => {
        const peer = this.peers.get(conn);
        this.peers.delete(conn);
        if (peer) this.closedHandler?.(peer, reason);
      },
    });
    socket.on('message', (msg, rinfo) => this.server.handleDatagram(msg, rinfo.address, rinfo.port));
    // A send error (e.g. ICMP unreachable surfaced on some platforms) must not crash the process.
    socket.on('error', () => undefined);
  }

  static bind(options: DtlsTransportOptions): Promise<DtlsTransport> {
    const socket = createSocket({ type: options.type ?? 'udp4' });
    const transport = new DtlsTransport(socket, options.dtls);
    return new Promise((resolve, reject) => {
      socket.once('error', reject);
      socket.bind(options.port ?? 0, options.address ?? '0.0.0.0', () => {
        socket.off('error', reject);
        resolve(transport);
      });
    });
  }

  private peerOf(conn: DtlsConnection): DtlsPeer | undefined {
    return this.peers.get(conn);
  }

  send(peer: Peer, datagram: Buffer): void {
    if (peer instanceof DtlsPeer) this.server.send(peer.connection, datagram);
  }

  onDatagram(handler: DatagramHandler): void {
    this.handler = handler;
  }

  /** Called when a DTLS session ends (close_notify, alert, idle, replaced by a new handshake). */
  onPeerClosed(handler: (peer: Peer, reason: string) => void): void {
    this.closedHandler = handler;
  }

  /** Ends the DTLS session of this peer with close_notify. */
  closePeer(peer: Peer): void {
    if (peer instanceof DtlsPeer) peer.connection.close();
  }

  localPort(): number {
    return this.socket.address().port;
  }

  close(): Promise<void> {
    this.closing ??= new Promise((resolve) => {
      this.server.closeAll();
      this.socket.close(() => resolve());
    });
    return this.closing;
  }
}
