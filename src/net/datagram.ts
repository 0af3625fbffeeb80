/**
 * The "datagram peer" seam between the network endpoints (plain UDP, DTLS) and the CoAP
 * message layer. The CoAP layer never sees sockets: it receives datagrams tagged with a Peer
 * and sends datagrams to a Peer. A Peer is owned by the transport and stays the same object
 * for as long as the transport considers it the same party (for UDP: one address and port;
 * for DTLS: one security session, even when Connection ID lets its address change).
 */

/** Who a DTLS handshake proved the peer to be. Plain UDP peers have none. */
export type PeerIdentity =
  | { readonly kind: 'psk'; readonly identity: string }
  /** RFC 7250 raw public key: the SubjectPublicKeyInfo in DER. */
  | { readonly kind: 'rpk'; readonly publicKey: Buffer }
  /**
   * X.509: the leaf certificate in DER and its subject common name. `trusted`: whether the chain
   * verified against the server's trust store (absent when not known); only then may the CN
   * identify the device (features doc item 56).
   */
  | { readonly kind: 'x509'; readonly certificate: Buffer; readonly commonName: string; readonly trusted?: boolean };

export interface Peer {
  /** Stable key for exchange state (dedup, tokens, block transfers) of this peer. */
  readonly key: string;
  /** Current network address; may change over time for a DTLS peer using Connection ID. */
  readonly address: string;
  readonly port: number;
  readonly secure: boolean;
  readonly identity?: PeerIdentity;
}

export type DatagramHandler = (peer: Peer, datagram: Buffer) => void;

export interface DatagramTransport {
  readonly secure: boolean;
  /** Sends one datagram (for DTLS: one protected record) to the peer's current address. */
  send(peer: Peer, datagram: Buffer): void;
  /** Installs the single receiver of inbound datagrams (already decrypted for DTLS). */
  onDatagram(handler: DatagramHandler): void;
  /** The local port actually bound (tests bind port 0). */
  localPort(): number;
  close(): Promise<void>;
}
