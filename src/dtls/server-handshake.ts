/**
 * The server side of one DTLS 1.2 handshake after a valid cookie: full handshakes for PSK
 * (RFC 4279) and ECDHE_ECDSA with X.509 or raw public keys (RFC 8422, RFC 7250), abbreviated
 * handshakes from the session cache (RFC 5246 §7.3), extended master secret (RFC 7627) and
 * Connection ID negotiation (RFC 9146). Asynchronous credential lookups return a promise; the
 * connection holds this peer's later records until it settles.
 */
import { createECDH, createPublicKey, type ECDH, type KeyObject, randomBytes, sign, timingSafeEqual, verify } from 'node:crypto';
import type { CipherSuite } from './cipher-suites.js';
import type { ClientHello } from './client-hello.js';
import { AlertDescription, CertificateType, HandshakeType, SIG_ECDSA_SHA256, SIG_ECDSA_SHA384 } from './constants.js';
import type { ConnectionHost, DtlsConnection, HandshakeDriver } from './connection.js';
import { commonNameOf, type DtlsPeerIdentity } from './credentials.js';
import { DtlsAlertError } from './errors.js';
import type { FlightEntry } from './flight.js';
import { type HandshakeMessage, parseHandshakeFragments, transcriptBytes } from './handshake-framing.js';
import { HandshakeReassembler } from './handshake-reassembler.js';
import { checkHelloBasics, cidUsable, negotiate } from './negotiation.js';
import { finishedVerifyData, keyBlock, masterSecret, pskPremaster, sha256 } from './prf.js';
import { RecordProtection } from './record-protection.js';
import {
  certificateRequestBody,
  ecdheParams,
  parseCertificateVerify,
  parseClientCertificate,
  parseEcdheClientKeyExchange,
  parsePskClientKeyExchange,
  rpkCertificateBody,
  serverHelloBody,
  serverKeyExchangeBody,
  x509CertificateBody,
} from './server-messages.js';
import type { CachedSession } from './session-cache.js';
import { checkClientChain } from './x509-chain.js';

type Expect = 'certificate' | 'client_key_exchange' | 'certificate_verify' | 'ccs' | 'finished' | 'done';

export class ServerHandshake implements HandshakeDriver {
  readonly clientRandom: Buffer;
  private readonly serverRandom = randomBytes(32);
  private readonly transcript: Buffer[] = [];
  private readonly reassembler: HandshakeReassembler;
  private sendSeq: number;
  private expect: Expect = 'client_key_exchange';
  private suite!: CipherSuite;
  private sessionId!: Buffer;
  private ems: boolean;
  /** RFC 7366: only with a CBC suite and when the client offered it. */
  private etm = false;
  private resumed = false;
  private master: Buffer | undefined;
  private ecdh: ECDH | undefined;
  private clientKey: KeyObject | undefined;
  private identity: DtlsPeerIdentity | undefined;
  private clientCertType: number | undefined;
  private serverCertType: number | undefined;

  constructor(
    private readonly conn: DtlsConnection,
    private readonly host: ConnectionHost,
    private readonly hello: ClientHello,
    helloMessage: HandshakeMessage,
  ) {
    this.clientRandom = hello.random;
    this.ems = hello.extendedMasterSecret;
    this.sendSeq = helloMessage.messageSeq;
    this.reassembler = new HandshakeReassembler(helloMessage.messageSeq + 1);
    this.transcript.push(transcriptBytes(helloMessage));
  }

  /** Answers the ClientHello with flight 4 (full) or ServerHello+CCS+Finished (resumed). */
  start(): void | Promise<void> {
    const cfg = this.host.config;
    checkHelloBasics(this.hello, cfg.requireExtendedMasterSecret);
    const cached = this.host.sessionCache.lookup(this.hello.sessionId);
    // A session only in the second level (e.g. Redis after a restart): the connection holds
    // the peer's records until it is known; a slow or failing store means a full handshake.
    if (cached instanceof Promise) {
      return this.lookup(cached).then(
        (c) => this.answerHello(c),
        () => this.answerHello(undefined),
      );
    }
    this.answerHello(cached);
  }

  private answerHello(cached: CachedSession | undefined): void {
    // Superseded or shut down while the store was asked: nothing to answer.
    if (this.conn.state === 'closed') return;
    if (cached && this.canResume(cached)) return this.startAbbreviated(cached);
    this.startFull();
  }

  private canResume(c: CachedSession): boolean {
    // RFC 7627 §5.3: never resume across a difference in extended master secret use.
    // RFC 7366 §3.1: a resumed session keeps its MAC order; the client must offer it again.
    return (
      this.hello.cipherSuites.includes(c.suite.id) &&
      this.host.config.suites.some((s) => s.id === c.suite.id) &&
      c.extendedMasterSecret === this.hello.extendedMasterSecret &&
      (!c.encryptThenMac || this.hello.encryptThenMac)
    );
  }

  private negotiateCid(): Buffer | undefined {
    const len = this.host.config.connectionIdLength;
    if (!cidUsable(this.hello, this.suite, len)) return undefined;
    const own = len! > 0 ? this.host.allocateCid(this.conn) : Buffer.alloc(0);
    this.conn.ownCid = own;
    const peer = this.hello.connectionId!;
    this.conn.peerCid = peer.length > 0 ? peer : undefined;
    return own;
  }

  private startFull(): void {
    const cfg = this.host.config;
    const n = negotiate(this.hello, cfg.suites, cfg.serverIdentity);
    this.suite = n.suite;
    this.etm = this.suite.cipher === 'cbc' && this.hello.encryptThenMac;
    this.clientCertType = n.clientCertificateType;
    this.serverCertType = n.serverCertificateType;
    this.sessionId = cfg.sessionCacheSize > 0 ? randomBytes(32) : Buffer.alloc(0);
    const ecc = this.suite.keyExchange === 'ecdhe_ecdsa';
    const flight: FlightEntry[] = [];
    flight.push(
      this.message(
        HandshakeType.serverHello,
        serverHelloBody({
          random: this.serverRandom,
          sessionId: this.sessionId,
          cipherSuite: this.suite.id,
          extendedMasterSecret: this.ems,
          encryptThenMac: this.etm,
          secureRenegotiation: this.hello.secureRenegotiation,
          ecc,
          ...(n.echoClientCertType ? { clientCertificateType: n.clientCertificateType! } : {}),
          ...(n.echoServerCertType ? { serverCertificateType: n.serverCertificateType! } : {}),
          ...this.cidExtension(),
        }),
      ),
    );
    if (ecc) {
      const id = cfg.serverIdentity!;
      const certBody =
        this.serverCertType === CertificateType.rawPublicKey ? rpkCertificateBody(id.publicKeySpki) : x509CertificateBody(id.certificateChain);
      flight.push(this.message(HandshakeType.certificate, certBody));
      this.ecdh = createECDH('prime256v1');
      const params = ecdheParams(this.ecdh.generateKeys());
      // RFC 8422 §5.4: the signature covers client_random + server_random + params.
      const signature = sign('sha256', Buffer.concat([this.clientRandom, this.serverRandom, params]), id.privateKey);
      flight.push(this.message(HandshakeType.serverKeyExchange, serverKeyExchangeBody(params, signature)));
      // ThingsBoard devices always authenticate: ECDHE suites require a client certificate/RPK.
      flight.push(this.message(HandshakeType.certificateRequest, certificateRequestBody()));
      this.expect = 'certificate';
    }
    flight.push(this.message(HandshakeType.serverHelloDone, Buffer.alloc(0)));
    this.conn.sendFlight(flight, false);
  }

  private cidExtension(): { connectionId?: Buffer } {
    const own = this.negotiateCid();
    return own ? { connectionId: own } : {};
  }

  private startAbbreviated(c: CachedSession): void {
    this.resumed = true;
    this.suite = c.suite;
    this.etm = c.encryptThenMac;
    this.sessionId = c.id;
    this.identity = c.identity;
    this.clientCertType = c.clientCertificateType;
    this.serverCertType = c.serverCertificateType;
    this.master = c.masterSecret;
    const hello = this.message(
      HandshakeType.serverHello,
      serverHelloBody({
        random: this.serverRandom,
        sessionId: c.id,
        cipherSuite: c.suite.id,
        extendedMasterSecret: this.ems,
        encryptThenMac: this.etm,
        secureRenegotiation: this.hello.secureRenegotiation,
        ecc: c.suite.keyExchange === 'ecdhe_ecdsa',
        ...this.cidExtension(),
      }),
    );
    this.installKeys();
    const finished = this.finishedMessage('server finished', 1);
    this.conn.sendFlight([hello, { kind: 'ccs', epoch: 0 }, finished], false);
    this.conn.setWriteEpoch(1);
    this.expect = 'ccs';
  }

  private message(msgType: number, body: Buffer, epoch = 0): FlightEntry {
    const message: HandshakeMessage = { msgType, messageSeq: this.sendSeq++, body };
    this.transcript.push(transcriptBytes(message));
    return { kind: 'handshake', epoch, message };
  }

  private finishedMessage(label: 'server finished', epoch: number): FlightEntry {
    const verifyData = finishedVerifyData(this.master!, label, sha256(...this.transcript));
    return this.message(HandshakeType.finished, verifyData, epoch);
  }

  onHandshakeContent(content: Buffer, epoch: number): void | Promise<void> {
    let sawOld = false;
    let sawNew = false;
    for (const f of parseHandshakeFragments(content)) {
      const v = this.reassembler.add(f);
      if (v === 'old') sawOld = true;
      else sawNew = true;
    }
    // RFC 6347 §4.2.4: a repeated previous flight means ours was lost; send it again.
    if (sawOld && !sawNew) this.conn.retransmitFlight();
    return this.pump(epoch);
  }

  private pump(epoch: number): void | Promise<void> {
    for (let m = this.reassembler.next(); m; m = this.reassembler.next()) {
      const pending = this.onMessage(m, epoch);
      if (pending) return pending.then(() => this.pump(epoch));
    }
  }

  onRetransmissionTimeout(): void {
    // Nothing to recompute: the connection re-protects the stored flight.
  }

  onChangeCipherSpec(content: Buffer): void {
    if (content.length !== 1 || content[0] !== 1) throw new DtlsAlertError(AlertDescription.decodeError, 'bad ChangeCipherSpec');
    if (this.expect !== 'ccs' || this.reassembler.hasBuffered()) {
      throw new DtlsAlertError(AlertDescription.unexpectedMessage, `ChangeCipherSpec while expecting ${this.expect}`);
    }
    this.conn.activatePendingRead();
    this.expect = 'finished';
  }

  private onMessage(m: HandshakeMessage, epoch: number): void | Promise<void> {
    const want: Record<Expect, number> = {
      certificate: HandshakeType.certificate,
      client_key_exchange: HandshakeType.clientKeyExchange,
      certificate_verify: HandshakeType.certificateVerify,
      ccs: -1,
      finished: HandshakeType.finished,
      done: -1,
    };
    if (m.msgType !== want[this.expect] || (this.expect === 'finished') !== (epoch === 1)) {
      throw new DtlsAlertError(AlertDescription.unexpectedMessage, `handshake type ${m.msgType} while expecting ${this.expect}`);
    }
    switch (this.expect) {
      case 'certificate':
        return this.onCertificate(m);
      case 'client_key_exchange':
        return this.onClientKeyExchange(m);
      case 'certificate_verify':
        return this.onCertificateVerify(m);
      default:
        return this.onFinished(m);
    }
  }

  private lookup<T>(p: Promise<T>): Promise<T> {
    const clock = this.host.config.clock;
    return new Promise<T>((resolve, reject) => {
      const t = clock.setTimeout(
        () => reject(new DtlsAlertError(AlertDescription.internalError, 'credential lookup timed out')),
        this.host.config.credentialLookupTimeoutMs,
      );
      p.then(
        (v) => {
          clock.clearTimeout(t);
          resolve(v);
        },
        (e: unknown) => {
          clock.clearTimeout(t);
          reject(new DtlsAlertError(AlertDescription.internalError, `credential lookup failed: ${String(e)}`));
        },
      );
    });
  }

  private async onCertificate(m: HandshakeMessage): Promise<void> {
    this.transcript.push(transcriptBytes(m));
    const rpk = this.clientCertType === CertificateType.rawPublicKey;
    const items = parseClientCertificate(m.body, rpk);
    if (items.length === 0) throw new DtlsAlertError(AlertDescription.handshakeFailure, 'client certificate required');
    const store = this.host.config.credentials;
    if (rpk) {
      const spki = items[0]!;
      this.clientKey = ecPublicKey(() => createPublicKey({ key: spki, format: 'der', type: 'spki' }));
      if (!(await this.lookup(store.verifyRawPublicKey(Buffer.from(spki))))) {
        throw new DtlsAlertError(AlertDescription.accessDenied, 'raw public key not accepted');
      }
      this.identity = { kind: 'rpk', publicKey: Buffer.from(spki) };
    } else {
      const cfg = this.host.config;
      const { chain, trustedByStore } = checkClientChain(items, cfg.trustStore, new Date(cfg.clock.now()), cfg.skipCertificateValidityCheck);
      const leaf = chain[0]!;
      this.clientKey = ecPublicKey(() => leaf.publicKey);
      if (!(await this.lookup(store.verifyCertificateChain(chain, trustedByStore)))) {
        throw new DtlsAlertError(AlertDescription.accessDenied, 'client certificate not accepted');
      }
      this.identity = { kind: 'x509', certificate: Buffer.from(leaf.raw), commonName: commonNameOf(leaf), trusted: trustedByStore };
    }
    this.expect = 'client_key_exchange';
  }

  private onClientKeyExchange(m: HandshakeMessage): void | Promise<void> {
    this.transcript.push(transcriptBytes(m));
    if (this.suite.keyExchange === 'ecdhe_ecdsa') {
      const point = parseEcdheClientKeyExchange(m.body);
      let shared: Buffer;
      try {
        shared = this.ecdh!.computeSecret(point);
      } catch {
        throw new DtlsAlertError(AlertDescription.illegalParameter, 'client ECDH point not on the curve');
      }
      this.deriveKeys(shared);
      this.expect = 'certificate_verify';
      return;
    }
    const identity = parsePskClientKeyExchange(m.body).toString('utf8');
    return this.lookup(this.host.config.credentials.pskKey(identity)).then((key) => {
      // RFC 4279 §2: to hide whether the identity exists, an unknown one continues with a
      // random key and fails at Finished exactly like a wrong key does.
      const psk = key && key.length > 0 ? key : randomBytes(16);
      this.identity = { kind: 'psk', identity };
      this.deriveKeys(pskPremaster(psk));
      this.expect = 'ccs';
    });
  }

  private onCertificateVerify(m: HandshakeMessage): void {
    const cv = parseCertificateVerify(m.body);
    const hash = cv.algorithm === SIG_ECDSA_SHA256 ? 'sha256' : cv.algorithm === SIG_ECDSA_SHA384 ? 'sha384' : undefined;
    if (!hash) throw new DtlsAlertError(AlertDescription.illegalParameter, `unsupported signature algorithm ${cv.algorithm}`);
    let ok = false;
    try {
      ok = verify(hash, Buffer.concat(this.transcript), { key: this.clientKey!, dsaEncoding: 'der' }, cv.signature);
    } catch {
      ok = false;
    }
    if (!ok) throw new DtlsAlertError(AlertDescription.decryptError, 'CertificateVerify signature invalid');
    this.transcript.push(transcriptBytes(m));
    this.expect = 'ccs';
  }

  private deriveKeys(premaster: Buffer): void {
    // RFC 7627 §4: session_hash covers the transcript up to and including ClientKeyExchange.
    const sessionHash = this.ems ? sha256(...this.transcript) : undefined;
    this.master = masterSecret(premaster, this.clientRandom, this.serverRandom, sessionHash);
    this.installKeys();
  }

  private installKeys(): void {
    const s = this.suite;
    const kb = keyBlock(this.master!, this.clientRandom, this.serverRandom, s.macKeyLength, s.keyLength, s.fixedIvLength);
    this.conn.installKeys(
      new RecordProtection(s, kb.clientKey, kb.clientIv, kb.clientMacKey, this.etm),
      new RecordProtection(s, kb.serverKey, kb.serverIv, kb.serverMacKey, this.etm),
    );
  }

  private onFinished(m: HandshakeMessage): void {
    const expected = finishedVerifyData(this.master!, 'client finished', sha256(...this.transcript));
    if (m.body.length !== expected.length || !timingSafeEqual(m.body, expected)) {
      throw new DtlsAlertError(AlertDescription.decryptError, 'client Finished does not verify');
    }
    this.transcript.push(transcriptBytes(m));
    this.expect = 'done';
    if (!this.resumed) {
      const finished = this.finishedMessage('server finished', 1);
      this.conn.sendFlight([{ kind: 'ccs', epoch: 0 }, finished], true);
      this.conn.setWriteEpoch(1);
      if (this.sessionId.length > 0) {
        this.host.sessionCache.put({
          id: this.sessionId,
          suite: this.suite,
          masterSecret: this.master!,
          extendedMasterSecret: this.ems,
          encryptThenMac: this.etm,
          identity: this.identity!,
          ...(this.clientCertType !== undefined ? { clientCertificateType: this.clientCertType } : {}),
          ...(this.serverCertType !== undefined ? { serverCertificateType: this.serverCertType } : {}),
        });
      }
    }
    this.conn.complete({ suite: this.suite, identity: this.identity!, sessionId: this.sessionId, resumed: this.resumed });
  }
}

/** Client keys must be EC (RFC 8422 ECDSA); anything else is an unsupported certificate. */
function ecPublicKey(make: () => KeyObject): KeyObject {
  let k: KeyObject;
  try {
    k = make();
  } catch {
    throw new DtlsAlertError(AlertDescription.badCertificate, 'client public key cannot be parsed');
  }
  if (k.asymmetricKeyType !== 'ec') throw new DtlsAlertError(AlertDescription.unsupportedCertificate, 'client key is not an EC key');
  return k;
}
