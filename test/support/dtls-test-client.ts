/**
 * A minimal DTLS 1.2 PSK client for tests, built from the server's own primitives but driving
 * the protocol from the client side: cookie exchange, full PSK handshake (AEAD suites), EMS,
 * Connection ID (RFC 9146), and abbreviated handshakes by session id. It runs in memory: it
 * hands datagrams to `send` and is fed with `receive`, so tests decide what goes on the wire
 * (from which source port, duplicated, mutated...).
 */
import { createECDH, createPublicKey, type ECDH, type KeyObject, randomBytes, sign, verify, X509Certificate } from 'node:crypto';
import { ByteReader, u16, u8, vec } from '../../src/dtls/byte-reader.js';
import { suiteById, type CipherSuite } from '../../src/dtls/cipher-suites.js';
import { ContentType, DTLS_1_2, ExtensionType, HandshakeType } from '../../src/dtls/constants.js';
import { handshakeHeader, parseHandshakeFragments, transcriptBytes, type HandshakeMessage } from '../../src/dtls/handshake-framing.js';
import { finishedVerifyData, keyBlock, masterSecret, pskPremaster, sha256 } from '../../src/dtls/prf.js';
import { encodeRecord, parseRecords } from '../../src/dtls/record.js';
import { RecordProtection } from '../../src/dtls/record-protection.js';

/** ECDHE_ECDSA client authentication: an RPK (RFC 7250) or an X.509 chain, with its key. */
export interface TestClientEcdhe {
  privateKey: KeyObject;
  /** X.509 chain (DER, leaf first); when absent the client authenticates with its RPK. */
  certificateChain?: Buffer[];
  /** Corrupts the CertificateVerify signature (negative tests). */
  corruptCertificateVerify?: boolean;
  /** Sends an empty Certificate message (negative tests). */
  sendNoCertificate?: boolean;
}

export interface TestClientOptions {
  identity: string;
  psk: Buffer;
  /** Use an ECDHE_ECDSA suite (default CCM_8) with this client credential instead of PSK. */
  ecdhe?: TestClientEcdhe;
  /** Cipher suite id; default TLS_PSK_WITH_AES_128_CCM_8. */
  suite?: number;
  extendedMasterSecret?: boolean;
  /** Offer RFC 7366 Encrypt-then-MAC (used if the server echoes it). */
  encryptThenMac?: boolean;
  /** Offer RFC 9146 with this CID (what the client wants to receive; may be empty). */
  connectionId?: Buffer;
  /** Resume this session (abbreviated handshake) if the server still has it. */
  resume?: { id: Buffer; master: Buffer };
  send(datagram: Buffer): void;
  /** Called for each decrypted application record (they are also kept in `received`). */
  onApplicationData?(data: Buffer): void;
}

/** One direction's AEAD key and fixed IV (RFC 5246 §6.3 key block). */
export interface TestClientDirectionKeys {
  readonly key: Buffer;
  readonly iv: Buffer;
}

export interface TestClientRecordKeys {
  /** The negotiated cipher suite id. */
  readonly suite: number;
  readonly write: TestClientDirectionKeys;
  readonly read: TestClientDirectionKeys;
}

export class TestDtlsClient {
  readonly alerts: Array<[number, number]> = [];
  readonly received: Buffer[] = [];
  established = false;
  resumed = false;
  sessionId = Buffer.alloc(0);
  master: Buffer | undefined;
  /** CID the server asked us to put on records (undefined when not negotiated). */
  serverCid: Buffer | undefined;
  handshakeMessagesSent = 0;

  private readonly random = randomBytes(32);
  private serverRandom = Buffer.alloc(32);
  private readonly suite: CipherSuite;
  private readonly ems: boolean;
  private emsNegotiated = false;
  /** Whether the server echoed encrypt_then_mac. */
  etmNegotiated = false;
  private cookie = Buffer.alloc(0);
  private sendMsgSeq = 0;
  private readonly seq = [0, 0];
  private writeEpoch = 0;
  private readEpoch = 0;
  private write: RecordProtection | undefined;
  private read: RecordProtection | undefined;
  private transcript: Buffer[] = [];
  private pendingRead: RecordProtection | undefined;
  private serverKey: KeyObject | undefined;
  private serverPoint: Buffer | undefined;
  private ecdh: ECDH | undefined;
  private keys: TestClientRecordKeys | undefined;
  /** What the server authenticated itself with (RPK SPKI or X.509 leaf), for assertions. */
  serverCertificate: { kind: 'rpk' | 'x509'; der: Buffer } | undefined;

  constructor(private readonly o: TestClientOptions) {
    this.suite = suiteById(o.suite ?? (o.ecdhe ? 0xc0ae : 0xc0a8))!;
    this.ems = o.extendedMasterSecret ?? true;
  }

  start(): void {
    this.sendClientHello();
  }

  private clientHelloBody(): Buffer {
    const ext: Buffer[] = [];
    if (this.ems) ext.push(u16(ExtensionType.extendedMasterSecret), vec(2, Buffer.alloc(0)));
    if (this.o.encryptThenMac) ext.push(u16(ExtensionType.encryptThenMac), vec(2, Buffer.alloc(0)));
    if (this.o.connectionId) ext.push(u16(ExtensionType.connectionId), vec(2, vec(1, this.o.connectionId)));
    if (this.o.ecdhe) {
      ext.push(u16(ExtensionType.supportedGroups), vec(2, vec(2, u16(23))));
      ext.push(u16(ExtensionType.ecPointFormats), vec(2, vec(1, u8(0))));
      ext.push(u16(ExtensionType.signatureAlgorithms), vec(2, vec(2, u16(0x0403))));
      if (!this.o.ecdhe.certificateChain) {
        ext.push(u16(ExtensionType.clientCertificateType), vec(2, vec(1, u8(2))));
        ext.push(u16(ExtensionType.serverCertificateType), vec(2, vec(1, u8(2))));
      }
    }
    return Buffer.concat([
      u16(DTLS_1_2),
      this.random,
      vec(1, this.o.resume?.id ?? Buffer.alloc(0)),
      vec(1, this.cookie),
      vec(2, u16(this.suite.id)),
      vec(1, u8(0)),
      vec(2, ...ext),
    ]);
  }

  private sendClientHello(): void {
    const msg = this.message(HandshakeType.clientHello, this.clientHelloBody());
    this.transcript = [transcriptBytes(msg)];
    this.sendRecords([{ type: ContentType.handshake, epoch: 0, content: transcriptBytes(msg) }]);
  }

  private message(msgType: number, body: Buffer): HandshakeMessage {
    this.handshakeMessagesSent++;
    return { msgType, messageSeq: this.sendMsgSeq++, body };
  }

  /** Encodes records as this client would send them (CID records once the server asked). */
  sealRecord(type: number, epoch: number, content: Buffer, sequence?: number): Buffer {
    const seq = sequence ?? this.seq[epoch]!++;
    if (epoch === 0 || !this.write) return encodeRecord(type, DTLS_1_2, epoch, seq, content);
    const cid = this.serverCid && this.serverCid.length > 0 ? this.serverCid : undefined;
    const sealed = this.write.seal(type, epoch, seq, content, cid);
    return encodeRecord(sealed.type, DTLS_1_2, epoch, seq, sealed.fragment, sealed.type === ContentType.tls12Cid ? cid : undefined);
  }

  private sendRecords(records: Array<{ type: number; epoch: number; content: Buffer }>): void {
    this.o.send(Buffer.concat(records.map((r) => this.sealRecord(r.type, r.epoch, r.content))));
  }

  sendApplicationData(data: Buffer): void {
    this.o.send(this.sealRecord(ContentType.applicationData, this.writeEpoch, data));
  }

  /** A protected application-data datagram without sending it (for replay/CID tests). */
  applicationRecord(data: Buffer): Buffer {
    return this.sealRecord(ContentType.applicationData, this.writeEpoch, data);
  }

  /**
   * The epoch-1 AEAD keys once established, for a load generator that protects its own
   * application records (bench/lib); undefined before, or when CIDs or Encrypt-then-MAC are in use.
   */
  recordKeys(): TestClientRecordKeys | undefined {
    if (!this.established || this.writeEpoch !== 1 || this.etmNegotiated || this.serverCid !== undefined) return undefined;
    return this.keys;
  }

  /** Reserves the next write sequence number of the current epoch (for records sealed outside). */
  nextWriteSequence(): number {
    return this.seq[this.writeEpoch]!++;
  }

  closeNotify(): void {
    this.o.send(this.sealRecord(ContentType.alert, this.writeEpoch, Buffer.from([1, 0])));
  }

  receive(datagram: Buffer): void {
    for (const rec of parseRecords(datagram, this.o.connectionId?.length ?? 0)) {
      let type = rec.type;
      let content = rec.fragment;
      if (rec.epoch > 0) {
        if (!this.read || rec.epoch !== this.readEpoch) continue;
        const opened = this.read.open(rec);
        if (!opened) continue;
        type = opened.type;
        content = opened.content;
      }
      if (type === ContentType.alert) this.alerts.push([content[0]!, content[1]!]);
      else if (type === ContentType.applicationData) {
        this.received.push(content);
        this.o.onApplicationData?.(content);
      }
      else if (type === ContentType.changeCipherSpec) {
        this.read = this.pendingRead;
        this.readEpoch = 1;
      } else if (type === ContentType.handshake) {
        for (const f of parseHandshakeFragments(content)) {
          this.onHandshake({ msgType: f.msgType, messageSeq: f.messageSeq, body: Buffer.from(f.body) });
        }
      }
    }
  }

  private onHandshake(m: HandshakeMessage): void {
    switch (m.msgType) {
      case HandshakeType.helloVerifyRequest: {
        const r = new ByteReader(m.body);
        r.u16();
        this.cookie = Buffer.from(r.vector(1));
        this.sendClientHello();
        return;
      }
      case HandshakeType.serverHello:
        this.transcript.push(transcriptBytes(m));
        this.onServerHello(m.body);
        return;
      case HandshakeType.serverHelloDone:
        this.transcript.push(transcriptBytes(m));
        this.sendClientFlight();
        return;
      case HandshakeType.finished:
        this.onServerFinished(m);
        return;
      case HandshakeType.certificate:
        this.transcript.push(transcriptBytes(m));
        this.onServerCertificate(m.body);
        return;
      case HandshakeType.serverKeyExchange:
        this.transcript.push(transcriptBytes(m));
        this.onServerKeyExchange(m.body);
        return;
      default:
        this.transcript.push(transcriptBytes(m));
    }
  }

  private onServerHello(body: Buffer): void {
    const r = new ByteReader(body);
    r.u16();
    this.serverRandom = Buffer.from(r.bytes(32));
    this.sessionId = Buffer.from(r.vector(1));
    r.u16();
    r.u8();
    if (r.remaining > 0) {
      const ext = new ByteReader(r.vector(2));
      while (ext.remaining > 0) {
        const type = ext.u16();
        const data = ext.vector(2);
        if (type === ExtensionType.extendedMasterSecret) this.emsNegotiated = true;
        if (type === ExtensionType.encryptThenMac) this.etmNegotiated = true;
        if (type === ExtensionType.connectionId) this.serverCid = Buffer.from(new ByteReader(data).vector(1));
      }
    }
    if (this.o.resume && this.sessionId.equals(this.o.resume.id)) {
      this.resumed = true;
      this.master = this.o.resume.master;
      this.installKeys();
    }
  }

  private installKeys(): void {
    const s = this.suite;
    const kb = keyBlock(this.master!, this.random, this.serverRandom, s.macKeyLength, s.keyLength, s.fixedIvLength);
    this.keys = { suite: s.id, write: { key: kb.clientKey, iv: kb.clientIv }, read: { key: kb.serverKey, iv: kb.serverIv } };
    this.write = new RecordProtection(s, kb.clientKey, kb.clientIv, kb.clientMacKey, this.etmNegotiated);
    this.pendingRead = new RecordProtection(s, kb.serverKey, kb.serverIv, kb.serverMacKey, this.etmNegotiated);
  }

  private onServerCertificate(body: Buffer): void {
    const r = new ByteReader(body);
    if (this.o.ecdhe && !this.o.ecdhe.certificateChain) {
      const spki = Buffer.from(r.vector(3));
      this.serverCertificate = { kind: 'rpk', der: spki };
      this.serverKey = createPublicKey({ key: spki, format: 'der', type: 'spki' });
    } else {
      const list = new ByteReader(r.vector(3));
      const leaf = Buffer.from(list.vector(3));
      this.serverCertificate = { kind: 'x509', der: leaf };
      this.serverKey = new X509Certificate(leaf).publicKey;
    }
  }

  /** RFC 8422 §5.4: checks the server's signature over the randoms and ECDH params. */
  private onServerKeyExchange(body: Buffer): void {
    const r = new ByteReader(body);
    r.u8();
    r.u16();
    this.serverPoint = Buffer.from(r.vector(1));
    const params = body.subarray(0, r.offset);
    r.u16();
    const sig = r.vector(2);
    if (!verify('sha256', Buffer.concat([this.random, this.serverRandom, params]), this.serverKey!, sig)) {
      throw new Error('ServerKeyExchange signature does not verify');
    }
  }

  private sendClientFlight(): void {
    const out: HandshakeMessage[] = [];
    let premaster: Buffer;
    const e = this.o.ecdhe;
    if (e) {
      const certBody = e.sendNoCertificate
        ? vec(3, Buffer.alloc(0))
        : e.certificateChain
          ? vec(3, ...e.certificateChain.map((c) => vec(3, c)))
          : vec(3, createPublicKey(e.privateKey).export({ type: 'spki', format: 'der' }));
      const cert = this.message(HandshakeType.certificate, certBody);
      this.transcript.push(transcriptBytes(cert));
      out.push(cert);
      this.ecdh = createECDH('prime256v1');
      const cke = this.message(HandshakeType.clientKeyExchange, vec(1, this.ecdh.generateKeys()));
      this.transcript.push(transcriptBytes(cke));
      out.push(cke);
      premaster = this.ecdh.computeSecret(this.serverPoint!);
    } else {
      const cke = this.message(HandshakeType.clientKeyExchange, vec(2, Buffer.from(this.o.identity, 'utf8')));
      this.transcript.push(transcriptBytes(cke));
      out.push(cke);
      premaster = pskPremaster(this.o.psk);
    }
    const sessionHash = this.emsNegotiated ? sha256(...this.transcript) : undefined;
    this.master = masterSecret(premaster, this.random, this.serverRandom, sessionHash);
    this.installKeys();
    if (e) {
      const sig = sign('sha256', Buffer.concat(this.transcript), e.privateKey);
      if (e.corruptCertificateVerify) sig[sig.length - 1]! ^= 1;
      const cv = this.message(HandshakeType.certificateVerify, Buffer.concat([u16(0x0403), vec(2, sig)]));
      this.transcript.push(transcriptBytes(cv));
      out.push(cv);
    }
    const fin = this.message(HandshakeType.finished, finishedVerifyData(this.master, 'client finished', sha256(...this.transcript)));
    this.transcript.push(transcriptBytes(fin));
    const records = [
      ...out.map((m) => ({ type: ContentType.handshake, epoch: 0, content: transcriptBytes(m) })),
      { type: ContentType.changeCipherSpec, epoch: 0, content: Buffer.from([1]) },
    ];
    this.o.send(Buffer.concat(records.map((r) => this.sealRecord(r.type, r.epoch, r.content))));
    this.writeEpoch = 1;
    this.o.send(this.sealRecord(ContentType.handshake, 1, transcriptBytes(fin)));
  }

  private onServerFinished(m: HandshakeMessage): void {
    const expected = finishedVerifyData(this.master!, 'server finished', sha256(...this.transcript));
    if (!expected.equals(m.body)) throw new Error('server Finished does not verify');
    this.transcript.push(transcriptBytes(m));
    if (this.resumed) {
      const fin = this.message(HandshakeType.finished, finishedVerifyData(this.master!, 'client finished', sha256(...this.transcript)));
      this.o.send(this.sealRecord(ContentType.changeCipherSpec, 0, Buffer.from([1])));
      this.writeEpoch = 1;
      this.o.send(this.sealRecord(ContentType.handshake, 1, transcriptBytes(fin)));
    }
    this.established = true;
  }
}

/** A handshake header + body, for tests that craft handshake records. */
export function handshakeBytes(msgType: number, messageSeq: number, body: Buffer): Buffer {
  return Buffer.concat([handshakeHeader(msgType, body.length, messageSeq, 0, body.length), body]);
}
