// Plays ThingsBoard's side of the Edge RPC service (thingsboard-edge-grpc.md §1) with a real grpc-js
// server on 127.0.0.1: accepts or rejects connects by routing key and secret, ends an older session when
// the same Edge connects again, sends syncs in packs of 50 ending with syncCompletedMsg, re-sends packs
// that are not fully acknowledged (at most 3 sends), can duplicate messages, pushes downlinks (RPCs...),
// and answers uplinks as told (success, "Rate limit reached", failure, or never). It encodes and decodes
// with protobufjs built from the SHARED schemas, not with the project's generated code.
import { randomInt } from 'node:crypto';
import * as grpc from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { loadSharedEdgeRoot } from './edge-core-emulator-schema.js';

export type Obj = { [k: string]: unknown };

export interface EmulatedEdge {
  routingKey: string;
  secret: string;
  edgeId: { msb: string; lsb: string };
  tenantId: { msb: string; lsb: string };
  name?: string;
  cloudType?: string;
  /** Answer SERVER_UNAVAILABLE (an exception while the core opens the session). */
  unavailable?: boolean;
}

/** What to answer an uplink with; 'none' never answers (like the core's empty-telemetry quirk). */
export type UplinkAnswer = { success: boolean; errorMsg?: string } | 'none';

export interface EdgeCoreEmulatorOptions {
  edges: EmulatedEdge[];
  packSize?: number;
  /** Re-send of unacknowledged downlinks (core: 60 s, EDGES_SLEEP_BETWEEN_BATCHES). */
  resendAfterMs?: number;
  maxSends?: number;
  /** The core's own maxInboundMessageSize announced in ConnectResponseMsg. */
  coreMaxInbound?: number;
  tls?: { certPem: Buffer; keyPem: Buffer };
}

interface Session {
  edge: EmulatedEdge;
  call: grpc.ServerDuplexStream<Obj, Obj>;
  accepted: boolean;
  connect?: Obj;
  /** downlinkMsgId → resolver of the pack waiting for it. */
  pending: Map<number, () => void>;
  closed: boolean;
  syncing: boolean;
}

export interface PackResult {
  acked: number;
  discarded: number;
  sends: number;
}

const CONV: protobuf.IConversionOptions = { longs: String, enums: String, bytes: String, defaults: false };

export class EdgeCoreEmulator {
  readonly root = loadSharedEdgeRoot();
  private readonly Req = this.root.lookupType('edge.RequestMsg');
  private readonly Resp = this.root.lookupType('edge.ResponseMsg');
  private readonly server = new grpc.Server();
  readonly sessions: Session[] = [];
  readonly connects: Obj[] = [];
  readonly requests: Obj[] = [];
  readonly uplinks: Obj[] = [];
  readonly acks: Obj[] = [];
  readonly syncRequests: Obj[] = [];
  /** Entities of a sync, in order (one DownlinkMsg each, without id); `full` says which kind was asked. */
  syncContent: (full: boolean) => Obj[] = () => [];
  /** Stop a sync after this many packs until `resumeSync()` (for restart-during-sync tests). */
  holdSyncAfterPacks: number | undefined;
  private syncGate: (() => void) | undefined;
  answerUplink: (uplink: Obj) => UplinkAnswer = () => ({ success: true });
  /** Downlink ids the emulator "loses": never counted as acknowledged (forces a re-send). */
  ignoreAcksOnce = new Set<number>();
  port = 0;

  private constructor(private readonly opts: EdgeCoreEmulatorOptions) {}

  static async start(opts: EdgeCoreEmulatorOptions): Promise<EdgeCoreEmulator> {
    const emu = new EdgeCoreEmulator(opts);
    await emu.listen();
    return emu;
  }

  private async listen(): Promise<void> {
    // `{ raw: bytes }` goes out as is: hostile-input tests send frames that are not a ResponseMsg.
    const ser = (o: Obj): Buffer => (Buffer.isBuffer(o['raw']) ? o['raw'] : Buffer.from(this.Resp.encode(this.Resp.fromObject(o)).finish()));
    const de = (b: Buffer): Obj => this.Req.toObject(this.Req.decode(b), CONV) as Obj;
    this.server.addService(
      {
        handleMsgs: {
          path: '/edge.EdgeRpcService/handleMsgs',
          requestStream: true,
          responseStream: true,
          requestSerialize: (o: Obj) => Buffer.from(this.Req.encode(this.Req.fromObject(o)).finish()),
          requestDeserialize: de,
          responseSerialize: ser,
          responseDeserialize: (b: Buffer) => this.Resp.toObject(this.Resp.decode(b), CONV) as Obj,
        },
      },
      { handleMsgs: (call: grpc.ServerDuplexStream<Obj, Obj>) => this.onCall(call) },
    );
    const creds = this.opts.tls
      ? grpc.ServerCredentials.createSsl(null, [{ cert_chain: this.opts.tls.certPem, private_key: this.opts.tls.keyPem }], false)
      : grpc.ServerCredentials.createInsecure();
    this.port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', creds, (err, port) => (err ? reject(err) : resolve(port))),
    );
  }

  async close(): Promise<void> {
    for (const s of this.sessions) this.endSession(s);
    await new Promise<void>((resolve) => this.server.tryShutdown(() => resolve()));
    this.server.forceShutdown();
  }

  get activeSessions(): Session[] {
    return this.sessions.filter((s) => s.accepted && !s.closed);
  }

  /** The newest accepted session of an Edge. */
  session(routingKey: string): Session | undefined {
    return this.activeSessions.filter((s) => s.edge.routingKey === routingKey).pop();
  }

  private onCall(call: grpc.ServerDuplexStream<Obj, Obj>): void {
    const session: Session = { edge: this.opts.edges[0] as EmulatedEdge, call, accepted: false, pending: new Map(), closed: false, syncing: false };
    let connectSeen = false;
    call.on('data', (req: Obj) => {
      this.requests.push(req);
      if (!connectSeen && req['connectRequestMsg']) {
        connectSeen = true;
        this.onConnect(session, req['connectRequestMsg'] as Obj);
        return;
      }
      // §1.2: until ACCEPTED the core drops everything silently.
      if (!session.accepted || session.closed) return;
      if (req['downlinkResponseMsg']) this.onAck(session, req['downlinkResponseMsg'] as Obj);
      if (req['uplinkMsg']) this.onUplink(session, req['uplinkMsg'] as Obj);
      if (req['syncRequestMsg'] !== undefined) {
        this.syncRequests.push(req['syncRequestMsg'] as Obj);
        void this.runSync(session, (req['syncRequestMsg'] as Obj)['fullSync'] === true);
      }
    });
    call.on('error', () => undefined);
    call.on('end', () => this.endSession(session));
    call.on('cancelled', () => {
      session.closed = true;
    });
  }

  private onConnect(session: Session, c: Obj): void {
    this.connects.push(c);
    const edge = this.opts.edges.find((e) => e.routingKey === c['edgeRoutingKey']);
    if (!edge || edge.secret !== c['edgeSecret']) {
      const errorMsg = edge ? `Failed to validate the edge! Provided secret: ${String(c['edgeSecret'])}` : `Failed to find the edge! Routing key: ${String(c['edgeRoutingKey'])}`;
      session.call.write({ connectResponseMsg: { responseCode: 'BAD_CREDENTIALS', errorMsg, configuration: {} } });
      session.closed = true;
      session.call.emit('error', { code: grpc.status.UNAUTHENTICATED, details: 'bad credentials' });
      return;
    }
    if (edge.unavailable) {
      session.call.write({ connectResponseMsg: { responseCode: 'SERVER_UNAVAILABLE', errorMsg: 'Failed to process edge connection!', configuration: {} } });
      session.closed = true;
      session.call.emit('error', { code: grpc.status.INTERNAL, details: 'server unavailable' });
      return;
    }
    session.edge = edge;
    // Last connection wins: the older session of the same Edge is ended (§1.2).
    for (const old of this.activeSessions) if (old.edge.routingKey === edge.routingKey) this.endSession(old);
    session.accepted = true;
    session.connect = c;
    this.sessions.push(session);
    session.call.write({
      connectResponseMsg: {
        responseCode: 'ACCEPTED',
        errorMsg: '',
        configuration: {
          edgeIdMSB: edge.edgeId.msb, edgeIdLSB: edge.edgeId.lsb, tenantIdMSB: edge.tenantId.msb, tenantIdLSB: edge.tenantId.lsb,
          name: edge.name ?? 'edge', type: 'default', routingKey: edge.routingKey, secret: edge.secret, cloudType: edge.cloudType ?? 'CE',
        },
        ...(this.opts.coreMaxInbound !== undefined ? { maxInboundMessageSize: this.opts.coreMaxInbound } : {}),
      },
    });
  }

  private endSession(s: Session): void {
    if (s.closed) return;
    s.closed = true;
    for (const done of s.pending.values()) done();
    s.pending.clear();
    try {
      s.call.end();
    } catch {
      // already ended
    }
  }

  private onAck(s: Session, ack: Obj): void {
    this.acks.push(ack);
    const id = Number(ack['downlinkMsgId'] ?? 0);
    if (this.ignoreAcksOnce.delete(id)) return;
    const done = s.pending.get(id);
    if (done) {
      s.pending.delete(id);
      done();
    }
  }

  private onUplink(s: Session, u: Obj): void {
    this.uplinks.push(u);
    const a = this.answerUplink(u);
    if (a === 'none') return;
    s.call.write({ uplinkResponseMsg: { success: a.success, errorMsg: a.errorMsg ?? '', uplinkMsgId: u['uplinkMsgId'] ?? 0 } });
  }

  /** Sends one pack and waits until every message is acked, re-sending the rest (§1.7). */
  async sendPack(s: Session, msgs: Obj[], opts: { duplicate?: boolean } = {}): Promise<PackResult> {
    const items = opts.duplicate ? msgs.flatMap((m) => [m, m]) : msgs;
    let waiting = items.map((m) => ({ msg: m, id: randomInt(1, 2 ** 31 - 1) }));
    const result: PackResult = { acked: 0, discarded: 0, sends: 0 };
    const maxSends = this.opts.maxSends ?? 3;
    while (waiting.length > 0 && result.sends < maxSends && !s.closed) {
      result.sends += 1;
      const acked = new Set<number>();
      const all = Promise.all(waiting.map((w) => new Promise<void>((resolve) => s.pending.set(w.id, () => { acked.add(w.id); resolve(); }))));
      for (const w of waiting) s.call.write({ downlinkMsg: { ...w.msg, downlinkMsgId: w.id } });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([all, new Promise<void>((r) => { timer = setTimeout(r, this.opts.resendAfterMs ?? 60_000); })]);
      clearTimeout(timer);
      result.acked += acked.size;
      waiting = waiting.filter((w) => !acked.has(w.id));
      for (const w of waiting) s.pending.delete(w.id);
    }
    result.discarded = waiting.length;
    return result;
  }

  /** Pushes downlinks to the newest session of the Edge, in packs. */
  async push(routingKey: string, msgs: Obj[], opts: { duplicate?: boolean } = {}): Promise<PackResult> {
    const s = this.session(routingKey);
    if (!s) throw new Error(`no session for ${routingKey}`);
    const total: PackResult = { acked: 0, discarded: 0, sends: 0 };
    const size = this.opts.packSize ?? 50;
    for (let i = 0; i < msgs.length; i += size) {
      const r = await this.sendPack(s, msgs.slice(i, i + size), opts);
      total.acked += r.acked;
      total.discarded += r.discarded;
      total.sends += r.sends;
    }
    return total;
  }

  /** A sync is waiting for `resumeSync()`. */
  get syncHeld(): boolean {
    return this.syncGate !== undefined;
  }

  resumeSync(): void {
    this.holdSyncAfterPacks = undefined;
    this.syncGate?.();
    this.syncGate = undefined;
  }

  private async runSync(s: Session, full: boolean): Promise<void> {
    if (s.syncing) return; // a second request during a sync is ignored (§1.8)
    s.syncing = true;
    const content = this.syncContent(full);
    const size = this.opts.packSize ?? 50;
    let packs = 0;
    for (let i = 0; i < content.length && !s.closed; i += size) {
      if (this.holdSyncAfterPacks !== undefined && packs >= this.holdSyncAfterPacks) {
        await new Promise<void>((r) => { this.syncGate = r; });
      }
      if (s.closed) break;
      await this.sendPack(s, content.slice(i, i + size));
      packs += 1;
    }
    if (!s.closed) await this.sendPack(s, [{ syncCompletedMsg: {} }]);
    s.syncing = false;
  }

  /** Writes bytes that are not necessarily a valid ResponseMsg. */
  sendRaw(routingKey: string, bytes: Buffer): void {
    this.session(routingKey)?.call.write({ raw: bytes });
  }

  /** Fails a session with a transport error (network loss, core restart). */
  breakSession(routingKey: string): void {
    const s = this.session(routingKey);
    if (!s) return;
    s.closed = true;
    for (const done of s.pending.values()) done();
    s.pending.clear();
    s.call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'core restarting' });
  }

  /** Ends a session cleanly (the core destroying it). */
  kick(routingKey: string): void {
    const s = this.session(routingKey);
    if (s) this.endSession(s);
  }
}
