/**
 * The DTLS 1.2 server: demultiplexes datagrams to associations by address or Connection ID,
 * answers ClientHellos without a valid cookie statelessly with HelloVerifyRequest (RFC 6347
 * §4.2.1), bounds concurrent handshakes and sessions, and reports decrypted application data.
 * It owns no socket: the caller feeds datagrams in and sends what `io.send` hands out, so the
 * same core runs over UDP, in tests, and in benchmarks.
 */
import { randomBytes } from 'node:crypto';
import { parseClientHello } from './client-hello.js';
import { type DtlsServerConfig, type ResolvedDtlsConfig, resolveConfig } from './config.js';
import { ContentType, DTLS_1_0, HandshakeType } from './constants.js';
import { DtlsConnection, type ConnectionHost } from './connection.js';
import { CookieGenerator } from './cookie.js';
import type { DtlsPeerIdentity } from './credentials.js';
import { handshakeHeader, parseHandshakeFragments } from './handshake-framing.js';
import { encodeRecord, parseRecords, type DtlsRecord } from './record.js';
import { helloVerifyRequestBody } from './server-messages.js';
import { ServerHandshake } from './server-handshake.js';
import { SessionCache } from './session-cache.js';

export interface DtlsServerIo {
  send(address: string, port: number, datagram: Buffer): void;
  onData(conn: DtlsConnection, data: Buffer): void;
  onEstablished?(conn: DtlsConnection): void;
  onClosed?(conn: DtlsConnection, reason: string): void;
  onAddressChanged?(conn: DtlsConnection): void;
}

export interface DtlsServerStats {
  readonly handshakesInProgress: number;
  readonly sessions: number;
  readonly cachedSessions: number;
  /** Entries of the demultiplexing maps: bounded by live associations, never by traffic. */
  readonly addressEntries: number;
  readonly cidEntries: number;
  readonly helloVerifyRequestsSent: number;
  readonly handshakesRefused: number;
  readonly recordsDropped: number;
  readonly handshakesCompleted: number;
  readonly handshakesFailed: number;
  /** Exceptions thrown by the application-data receiver (counted, never fatal to a session). */
  readonly upperLayerErrors: number;
  readonly sendErrors: number;
  readonly sessionsEvicted: number;
}

export class DtlsServer implements ConnectionHost {
  private resolved: ResolvedDtlsConfig;
  private readonly source: DtlsServerConfig;
  readonly sessionCache: SessionCache;
  private readonly cookies: CookieGenerator;
  private readonly byAddress = new Map<string, DtlsConnection>();
  private readonly byCid = new Map<string, DtlsConnection>();
  private readonly handshaking = new Set<DtlsConnection>();
  private readonly established_ = new Set<DtlsConnection>();
  private counters = {
    helloVerifyRequestsSent: 0,
    handshakesRefused: 0,
    recordsDropped: 0,
    handshakesCompleted: 0,
    handshakesFailed: 0,
    upperLayerErrors: 0,
    sendErrors: 0,
    sessionsEvicted: 0,
  };

  constructor(
    config: DtlsServerConfig,
    private readonly io: DtlsServerIo,
  ) {
    this.source = config;
    this.resolved = resolveConfig(config);
    this.sessionCache = new SessionCache(this.config.sessionCacheSize, config.sessionStore);
    this.cookies = new CookieGenerator(() => this.config.clock.now());
  }

  get config(): ResolvedDtlsConfig {
    return this.resolved;
  }

  /**
   * Replaces the server identity and trust store (ThingsBoard features item 58: certificate
   * hot-reload). New handshakes use them, including the suite set (ECDHE needs an identity);
   * established sessions continue. Throws DtlsConfigError and keeps the old ones if invalid.
   */
  updateCredentials(update: Pick<DtlsServerConfig, 'serverIdentity' | 'trustStore'>): void {
    const next: DtlsServerConfig = { ...this.source, clock: this.resolved.clock };
    if (update.serverIdentity) next.serverIdentity = update.serverIdentity;
    else delete next.serverIdentity;
    if (update.trustStore) next.trustStore = update.trustStore;
    else delete next.trustStore;
    this.resolved = resolveConfig(next);
  }

  /** Feeds one received datagram. Never throws: bad input is dropped or answered by an alert. */
  handleDatagram(datagram: Buffer, address: string, port: number): void {
    try {
      for (const rec of parseRecords(datagram, this.config.connectionIdLength ?? 0)) this.route(rec, address, port);
    } catch {
      this.counters.recordsDropped++;
    }
  }

  /** Sends application data on an established association; false if it is not established. */
  send(conn: DtlsConnection, data: Buffer): boolean {
    return conn.sendApplicationData(data);
  }

  /** Sends close_notify to every peer and forgets all associations. */
  closeAll(): void {
    const all = new Set([...this.byAddress.values(), ...this.byCid.values(), ...this.handshaking, ...this.established_]);
    for (const c of all) {
      if (c.previous) all.add(c.previous);
    }
    for (const c of all) c.close('server shutdown');
  }

  /** Ends sessions and cached sessions whose identity matches (e.g. credentials revoked). */
  invalidate(match: (identity: DtlsPeerIdentity) => boolean): void {
    this.sessionCache.removeIdentity(match);
    for (const c of [...this.established_]) if (c.session && match(c.session.identity)) c.close('credentials invalidated');
  }

  stats(): DtlsServerStats {
    return {
      handshakesInProgress: this.handshaking.size,
      sessions: this.established_.size,
      cachedSessions: this.sessionCache.size,
      addressEntries: this.byAddress.size,
      cidEntries: this.byCid.size,
      ...this.counters,
    };
  }

  private route(rec: DtlsRecord, address: string, port: number): void {
    if (rec.type === ContentType.tls12Cid) {
      const conn = rec.cid ? this.byCid.get(rec.cid.toString('hex')) : undefined;
      if (conn) conn.handleRecord(rec, address, port);
      else this.counters.recordsDropped++;
      return;
    }
    if (rec.epoch === 0 && rec.type === ContentType.handshake && rec.fragment[0] === HandshakeType.clientHello) {
      this.onClientHello(rec, address, port);
      return;
    }
    const conn = this.byAddress.get(`${address}:${port}`);
    if (conn) conn.handleRecord(rec, address, port);
    else this.counters.recordsDropped++;
  }

  private onClientHello(rec: DtlsRecord, address: string, port: number): void {
    let frags;
    let hello;
    try {
      frags = parseHandshakeFragments(rec.fragment);
      const f = frags[0];
      // A ClientHello must arrive whole in one record to be handled statelessly.
      if (frags.length !== 1 || !f || f.fragmentOffset !== 0 || f.fragmentLength !== f.length) throw new Error('fragmented');
      hello = parseClientHello(f.body);
    } catch {
      this.counters.recordsDropped++;
      return;
    }
    const f = frags[0]!;
    const key = `${address}:${port}`;
    const existing = this.byAddress.get(key);
    if (existing?.helloRandom?.equals(hello.random)) {
      // A repeated ClientHello of the handshake in progress (its flight 4 was lost) goes to it;
      // one of a handshake already completed is a stale retransmission and is ignored.
      if (existing.state === 'handshaking') existing.handleRecord(rec, address, port);
      return;
    }
    if (!this.cookies.verify(address, port, hello)) {
      this.sendHelloVerifyRequest(rec, f.messageSeq, this.cookies.generate(address, port, hello), address, port);
      return;
    }
    if (this.handshaking.size >= this.config.maxConcurrentHandshakes || (!existing && !this.roomForSession())) {
      this.counters.handshakesRefused++;
      return;
    }
    const conn = new DtlsConnection(this, address, port);
    conn.helloRandom = hello.random;
    if (existing) {
      if (existing.state === 'established') conn.previous = existing;
      else {
        conn.previous = existing.previous;
        existing.previous = undefined;
        existing.terminate('superseded by a new ClientHello', true);
      }
    }
    this.byAddress.set(key, conn);
    this.handshaking.add(conn);
    conn.setInitialWriteSequence(rec.sequence);
    const hs = new ServerHandshake(conn, this, hello, { msgType: HandshakeType.clientHello, messageSeq: f.messageSeq, body: f.body });
    conn.handshake = hs;
    try {
      const pending = hs.start();
      if (pending) conn.pauseUntil(pending);
    } catch (e) {
      conn.fail(e);
    }
  }

  /**
   * Below maxSessions there is room. At the limit the least recently active session is evicted
   * if it has been quiet for staleSessionMs (devices vanish without close_notify); otherwise
   * the new handshake is refused, so a burst of new peers cannot push out active devices.
   */
  private roomForSession(): boolean {
    if (this.established_.size < this.config.maxSessions) return true;
    let oldest: DtlsConnection | undefined;
    for (const c of this.established_) if (!oldest || c.lastActivity < oldest.lastActivity) oldest = c;
    if (!oldest || this.config.clock.now() - oldest.lastActivity < this.config.staleSessionMs) return false;
    oldest.terminate('evicted: session table full', false);
    this.counters.sessionsEvicted++;
    return true;
  }

  /** RFC 6347 §4.2.1: HVR reuses the ClientHello's record and message sequence numbers. */
  private sendHelloVerifyRequest(rec: DtlsRecord, messageSeq: number, cookie: Buffer, address: string, port: number): void {
    const body = helloVerifyRequestBody(cookie);
    const hs = Buffer.concat([handshakeHeader(HandshakeType.helloVerifyRequest, body.length, messageSeq, 0, body.length), body]);
    this.counters.helloVerifyRequestsSent++;
    try {
      this.io.send(address, port, encodeRecord(ContentType.handshake, DTLS_1_0, 0, rec.sequence, hs));
    } catch {
      this.counters.sendErrors++;
    }
  }

  // ConnectionHost

  sendDatagram(conn: DtlsConnection, datagram: Buffer): void {
    try {
      this.io.send(conn.address, conn.port, datagram);
    } catch {
      // A closed or failing socket loses this datagram; DTLS and CoAP retransmit.
      this.counters.sendErrors++;
    }
  }

  established(conn: DtlsConnection): void {
    this.handshaking.delete(conn);
    this.established_.add(conn);
    this.counters.handshakesCompleted++;
    try {
      this.io.onEstablished?.(conn);
    } catch {
      this.counters.upperLayerErrors++;
    }
  }

  applicationData(conn: DtlsConnection, data: Buffer): void {
    // A failure in the layer above must not end this peer's DTLS session.
    try {
      this.io.onData(conn, data);
    } catch {
      this.counters.upperLayerErrors++;
    }
  }

  closed(conn: DtlsConnection, reason: string): void {
    const wasHandshaking = this.handshaking.delete(conn);
    if (wasHandshaking) this.counters.handshakesFailed++;
    const wasEstablished = this.established_.delete(conn);
    const key = conn.key;
    if (this.byAddress.get(key) === conn) {
      this.byAddress.delete(key);
      // A failed re-handshake gives the address back to the session it would have replaced.
      if (wasHandshaking && conn.previous && conn.previous.state === 'established') this.byAddress.set(key, conn.previous);
    }
    if (conn.ownCid && conn.ownCid.length > 0) {
      const cidKey = conn.ownCid.toString('hex');
      if (this.byCid.get(cidKey) === conn) this.byCid.delete(cidKey);
    }
    if (wasEstablished) {
      try {
        this.io.onClosed?.(conn, reason);
      } catch {
        this.counters.upperLayerErrors++;
      }
    }
  }

  addressChanged(conn: DtlsConnection, oldAddress: string, oldPort: number): void {
    const oldKey = `${oldAddress}:${oldPort}`;
    if (this.byAddress.get(oldKey) === conn) this.byAddress.delete(oldKey);
    this.byAddress.set(conn.key, conn);
    this.io.onAddressChanged?.(conn);
  }

  allocateCid(conn: DtlsConnection): Buffer {
    const len = this.config.connectionIdLength ?? 0;
    for (;;) {
      const cid = randomBytes(len);
      const k = cid.toString('hex');
      if (!this.byCid.has(k)) {
        this.byCid.set(k, conn);
        return cid;
      }
    }
  }
}
