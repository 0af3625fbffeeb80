/**
 * One DTLS association with one client: the record layer state of each epoch (RFC 6347
 * §4.1), the anti-replay windows, alerts, flight (re)transmission, and the hand-off to the
 * server handshake. Records are processed strictly in arrival order; while the handshake waits
 * for an asynchronous credential lookup, later records of this peer queue here (bounded) and
 * other peers are unaffected.
 */
import { randomBytes } from 'node:crypto';
import type { ResolvedDtlsConfig } from './config.js';
import { AlertDescription, AlertLevel, ContentType, DTLS_1_2, HandshakeType, MAX_PLAINTEXT_LENGTH } from './constants.js';
import type { DtlsPeerIdentity } from './credentials.js';
import { DtlsAlertError } from './errors.js';
import { type FlightEntry, flightRecords, packDatagrams } from './flight.js';
import { FlightTimer } from './flight-timer.js';
import { parseHandshakeFragments } from './handshake-framing.js';
import { encodeRecord, MAX_SEQUENCE, type DtlsRecord } from './record.js';
import type { RecordProtection } from './record-protection.js';
import { ReplayWindow } from './replay-window.js';
import type { SessionCache } from './session-cache.js';
import type { CipherSuite } from './cipher-suites.js';

export interface ConnectionHost {
  readonly config: ResolvedDtlsConfig;
  readonly sessionCache: SessionCache;
  sendDatagram(conn: DtlsConnection, datagram: Buffer): void;
  established(conn: DtlsConnection): void;
  applicationData(conn: DtlsConnection, data: Buffer): void;
  closed(conn: DtlsConnection, reason: string): void;
  addressChanged(conn: DtlsConnection, oldAddress: string, oldPort: number): void;
  /** A fresh CID of the configured length, registered for this connection's records. */
  allocateCid(conn: DtlsConnection): Buffer;
}

/** What the connection needs from its handshake (implemented by ServerHandshake). */
export interface HandshakeDriver {
  /** Handshake record content received in `epoch`; may return a promise while waiting. */
  onHandshakeContent(content: Buffer, epoch: number): void | Promise<void>;
  onChangeCipherSpec(content: Buffer): void;
  onRetransmissionTimeout(): void;
  readonly clientRandom: Buffer;
}

export interface EstablishedSession {
  readonly suite: CipherSuite;
  readonly identity: DtlsPeerIdentity;
  readonly sessionId: Buffer;
  readonly resumed: boolean;
}

interface ReadState {
  readonly protection: RecordProtection | undefined;
  readonly window: ReplayWindow;
}

interface WriteState {
  readonly protection: RecordProtection | undefined;
  seq: number;
}

type Queued = { rec: DtlsRecord; address: string; port: number };

const MAX_QUEUED_RECORDS = 64;

let nextConnectionId = 1;

export class DtlsConnection {
  /** Process-unique id; stable for the life of the association (Peer key material). */
  readonly uid = `dtls-${nextConnectionId++}-${randomBytes(4).toString('hex')}`;
  state: 'handshaking' | 'established' | 'closed' = 'handshaking';
  address: string;
  port: number;
  session: EstablishedSession | undefined;
  handshake: HandshakeDriver | undefined;
  /** An established session at the same address that this handshake will replace (§4.2.8). */
  previous: DtlsConnection | undefined;
  /** CID this server asked the client to put on its records (RFC 9146); undefined = none. */
  ownCid: Buffer | undefined;
  /** CID the client asked to receive; non-empty means our records use tls12_cid. */
  peerCid: Buffer | undefined;
  lastActivity: number;
  /** Random of the ClientHello that started this association (recognises retransmissions). */
  helloRandom: Buffer | undefined;

  private readEpoch = 0;
  private readonly reads = new Map<number, ReadState>([[0, { protection: undefined, window: new ReplayWindow() }]]);
  private pendingRead: RecordProtection | undefined;
  private readonly writes: WriteState[] = [{ protection: undefined, seq: 0 }];
  private writeEpoch = 0;
  private paused = false;
  private readonly queue: Queued[] = [];
  private flight: readonly FlightEntry[] | undefined;
  private readonly flightTimer: FlightTimer;
  private idleTimer: unknown;

  constructor(
    private readonly host: ConnectionHost,
    address: string,
    port: number,
  ) {
    this.address = address;
    this.port = port;
    this.lastActivity = host.config.clock.now();
    this.flightTimer = new FlightTimer(
      host.config.clock,
      host.config.maxRetransmissions,
      () => {
        if (this.state !== 'handshaking') return;
        this.handshake?.onRetransmissionTimeout();
        this.transmitFlight();
      },
      () => {
        if (this.state === 'handshaking') this.terminate('handshake timed out', true);
      },
    );
  }

  get key(): string {
    return `${this.address}:${this.port}`;
  }

  /** Epoch-0 write sequence start (RFC 6347 §4.2.1: continue from the ClientHello's). */
  setInitialWriteSequence(seq: number): void {
    this.writes[0]!.seq = seq;
  }

  /** Keys for epoch 1 once the premaster is known; reading switches at ChangeCipherSpec. */
  installKeys(read: RecordProtection, write: RecordProtection): void {
    this.pendingRead = read;
    this.writes[1] = { protection: write, seq: 0 };
  }

  /** Alerts and application data go out in this epoch (1 once our ChangeCipherSpec is sent). */
  setWriteEpoch(epoch: number): void {
    if (this.writes[epoch]) this.writeEpoch = epoch;
  }

  /** Called by the handshake on the client's ChangeCipherSpec. */
  activatePendingRead(): void {
    if (!this.pendingRead) throw new DtlsAlertError(AlertDescription.unexpectedMessage, 'ChangeCipherSpec before key exchange');
    this.readEpoch = 1;
    this.reads.set(1, { protection: this.pendingRead, window: new ReplayWindow() });
    this.reads.delete(0);
    this.pendingRead = undefined;
  }

  handleRecord(rec: DtlsRecord, address: string, port: number): void {
    if (this.state === 'closed') return;
    if (this.paused) {
      if (this.queue.length < MAX_QUEUED_RECORDS) this.queue.push({ rec, address, port });
      return;
    }
    this.processRecord(rec, address, port);
  }

  private processRecord(rec: DtlsRecord, address: string, port: number): void {
    if (rec.epoch !== this.readEpoch) {
      // Records of the session being replaced keep flowing until the new handshake completes.
      if (this.previous && rec.epoch > 0) this.previous.handleRecord(rec, address, port);
      return;
    }
    const read = this.reads.get(rec.epoch);
    if (!read) return;
    const wantCid = rec.epoch > 0 && this.ownCid !== undefined && this.ownCid.length > 0;
    if (wantCid ? rec.type !== ContentType.tls12Cid || !rec.cid?.equals(this.ownCid!) : rec.type === ContentType.tls12Cid) return;
    if (!read.window.check(rec.sequence)) return;
    let type = rec.type;
    let content = rec.fragment;
    if (read.protection) {
      const opened = read.protection.open(rec);
      if (!opened) {
        // A late record of the session this handshake replaces has the same epoch number.
        if (this.previous) {
          this.previous.handleRecord(rec, address, port);
          return;
        }
        // RFC 6347 §4.1.2.7: invalid records are dropped; during the handshake the only
        // protected record is Finished, and failing it means a wrong key: end the attempt.
        if (this.state === 'handshaking') this.fail(new DtlsAlertError(AlertDescription.badRecordMac, 'Finished record did not authenticate'));
        return;
      }
      type = opened.type;
      content = opened.content;
    }
    const newest = read.window.accept(rec.sequence);
    this.lastActivity = this.host.config.clock.now();
    // RFC 9146 §6: only an authenticated, newest CID record may move the peer's address.
    if (newest && rec.type === ContentType.tls12Cid && (address !== this.address || port !== this.port)) {
      const oldAddress = this.address;
      const oldPort = this.port;
      this.address = address;
      this.port = port;
      this.host.addressChanged(this, oldAddress, oldPort);
    }
    try {
      const pending = this.dispatch(type, content, rec.epoch);
      if (pending) this.pauseUntil(pending);
    } catch (e) {
      this.fail(e);
    }
  }

  private dispatch(type: number, content: Buffer, epoch: number): void | Promise<void> {
    switch (type) {
      case ContentType.alert:
        this.onAlert(content);
        return;
      case ContentType.changeCipherSpec:
        if (this.handshake) this.handshake.onChangeCipherSpec(content);
        return;
      case ContentType.handshake:
        // The retransmission timer keeps running until the handshake completes: it is also
        // the handshake's deadline, so a peer that stops mid-flight cannot hold a slot.
        if (this.handshake) return this.handshake.onHandshakeContent(content, epoch);
        this.onPostHandshake(content);
        return;
      case ContentType.applicationData:
        if (this.state === 'established' && epoch > 0) {
          if (content.length > 0) this.host.applicationData(this, content);
        }
        return;
      default:
        return;
    }
  }

  /** Holds this peer's records until `p` settles (an asynchronous handshake step). */
  pauseUntil(p: Promise<void>): void {
    this.paused = true;
    p.then(
      () => this.resume(),
      (e: unknown) => {
        this.fail(e);
        this.resume();
      },
    );
  }

  private resume(): void {
    this.paused = false;
    while (!this.paused && this.queue.length > 0 && this.state !== 'closed') {
      const q = this.queue.shift()!;
      this.processRecord(q.rec, q.address, q.port);
    }
    if (this.state === 'closed') this.queue.length = 0;
  }

  /** After the handshake: a repeated client Finished means our last flight was lost (§4.2.4). */
  private onPostHandshake(content: Buffer): void {
    let frags;
    try {
      frags = parseHandshakeFragments(content);
    } catch {
      return;
    }
    for (const f of frags) {
      if (f.msgType === HandshakeType.finished && this.flight) this.transmitFlight();
      else if (f.msgType === HandshakeType.clientHello || f.msgType === HandshakeType.helloRequest) {
        // RFC 5746 §4.4 / RFC 5246 §7.2.2: renegotiation is refused with a warning.
        this.sendAlert(AlertLevel.warning, AlertDescription.noRenegotiation);
      }
    }
  }

  private onAlert(content: Buffer): void {
    if (content.length !== 2) return;
    const level = content[0];
    const description = content[1];
    if (description === AlertDescription.closeNotify) {
      // RFC 5246 §7.2.1: answer close_notify with close_notify and drop the session.
      this.sendAlert(AlertLevel.warning, AlertDescription.closeNotify);
      // RFC 5246 §7.2.1: an orderly close keeps the session resumable; fatal alerts do not.
      this.terminate('peer close_notify', false);
    } else if (level === AlertLevel.fatal) {
      this.terminate(`peer fatal alert ${description}`, true);
    }
  }

  /** Ends the association because of an error: fatal alert, forget the session (§7.2). */
  fail(e: unknown): void {
    if (this.state === 'closed') return;
    const desc = e instanceof DtlsAlertError ? e.description : AlertDescription.internalError;
    this.sendAlert(AlertLevel.fatal, desc);
    this.terminate(e instanceof Error ? e.message : String(e), true);
  }

  /** Local close: close_notify to the peer, then forget the association. */
  close(reason = 'closed by server'): void {
    if (this.state === 'closed') return;
    this.sendAlert(AlertLevel.warning, AlertDescription.closeNotify);
    this.terminate(reason, false);
  }

  /** Forget without telling the peer (replaced by a newer session, or server shutdown). */
  terminate(reason: string, invalidateSession: boolean): void {
    if (this.state === 'closed') return;
    const wasHandshaking = this.state === 'handshaking';
    this.state = 'closed';
    this.stopRetransmission();
    if (this.idleTimer !== undefined) this.host.config.clock.clearTimeout(this.idleTimer);
    this.queue.length = 0;
    this.handshake = undefined;
    if (invalidateSession && this.session) this.host.sessionCache.remove(this.session.sessionId);
    this.host.closed(this, reason);
    if (wasHandshaking && this.previous) this.previous = undefined;
  }

  sendAlert(level: number, description: number): void {
    this.sendRecords([{ type: ContentType.alert, epoch: this.writeEpoch, content: Buffer.from([level, description]) }]);
  }

  /** False when not established or when `data` does not fit one record (RFC 6347 §4.1.1). */
  sendApplicationData(data: Buffer): boolean {
    if (this.state !== 'established' || data.length > MAX_PLAINTEXT_LENGTH) return false;
    const w = this.writes[this.writeEpoch];
    if (w?.protection && w.seq <= MAX_SEQUENCE) {
      // The per-notification path: one record is one datagram (RFC 6347 §4.1.1 never splits a
      // record), so it goes out without the record list and datagram packing of sendRecords.
      const seq = w.seq++;
      const sealed = w.protection.seal(ContentType.applicationData, this.writeEpoch, seq, data, this.peerCid);
      const cid = sealed.type === ContentType.tls12Cid ? this.peerCid : undefined;
      this.host.sendDatagram(this, encodeRecord(sealed.type, DTLS_1_2, this.writeEpoch, seq, sealed.fragment, cid));
      return true;
    }
    this.sendRecords([{ type: ContentType.applicationData, epoch: this.writeEpoch, content: data }]);
    return true;
  }

  /** Sends a flight and arms retransmission unless it is the last flight of the handshake. */
  sendFlight(entries: readonly FlightEntry[], final: boolean): void {
    this.flight = entries;
    this.transmitFlight();
    if (final) this.flightTimer.stop();
    else this.flightTimer.start(this.host.config.retransmissionTimeoutMs);
  }

  /** Re-sends the current flight now (the peer repeated its previous flight). */
  retransmitFlight(): void {
    if (this.flight) this.transmitFlight();
  }

  private transmitFlight(): void {
    if (!this.flight) return;
    this.sendRecords(flightRecords(this.flight, this.host.config.maxDatagramSize));
  }

  stopRetransmission(): void {
    this.flightTimer.stop();
  }

  /** Called by the handshake when the client's Finished verified. */
  complete(session: EstablishedSession): void {
    this.stopRetransmission();
    this.session = session;
    this.writeEpoch = 1;
    this.state = 'established';
    this.handshake = undefined;
    if (this.previous) {
      this.previous.terminate('replaced by a new handshake', false);
      this.previous = undefined;
    }
    this.armIdleTimer();
    this.host.established(this);
  }

  /** Closes the session once it has been quiet for sessionIdleTimeoutMs (checked lazily). */
  private armIdleTimer(ms = this.host.config.sessionIdleTimeoutMs): void {
    const idle = this.host.config.sessionIdleTimeoutMs;
    if (idle <= 0) return;
    const clock = this.host.config.clock;
    this.idleTimer = clock.setTimeout(() => {
      this.idleTimer = undefined;
      if (this.state !== 'established') return;
      const quiet = clock.now() - this.lastActivity;
      if (quiet >= idle) this.close('idle timeout');
      else this.armIdleTimer(idle - quiet);
    }, ms);
  }

  private sendRecords(records: ReadonlyArray<{ type: number; epoch: number; content: Buffer }>): void {
    const encoded: Buffer[] = [];
    for (const r of records) {
      const w = this.writes[r.epoch];
      if (!w) continue;
      if (w.seq > MAX_SEQUENCE) {
        // RFC 6347 §4.1: sequence numbers must not wrap; the session has to end.
        this.terminate('sequence number space exhausted', true);
        return;
      }
      const seq = w.seq++;
      if (w.protection) {
        const sealed = w.protection.seal(r.type, r.epoch, seq, r.content, this.peerCid);
        const cid = sealed.type === ContentType.tls12Cid ? this.peerCid : undefined;
        encoded.push(encodeRecord(sealed.type, DTLS_1_2, r.epoch, seq, sealed.fragment, cid));
      } else {
        encoded.push(encodeRecord(r.type, DTLS_1_2, r.epoch, seq, r.content));
      }
    }
    for (const d of packDatagrams(encoded, this.host.config.maxDatagramSize)) this.host.sendDatagram(this, d);
  }
}
