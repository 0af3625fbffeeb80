/**
 * The gRPC stream to ThingsBoard's Edge RPC service (thingsboard-edge-grpc.md §1): one bidirectional
 * `handleMsgs` call, opened with a ConnectRequestMsg, re-opened with exponential backoff and jitter when
 * it ends. It owns the health state per ConnectResponseCode and detects "last connection wins": the core
 * closing an accepted stream cleanly means another client with the same routing key took over, which is
 * reported and waited out instead of fought over (§1.2). Everything after the handshake is passed to
 * the handler; nothing but the connect request is written before ACCEPTED (the core would drop it).
 */
import * as grpc from '@grpc/grpc-js';
import type { Logger } from 'pino';
import { edge } from '../gen/edge.js';

export const HANDLE_MSGS_PATH = '/edge.EdgeRpcService/handleMsgs';

export type EdgeLinkState =
  | 'idle'
  | 'connecting'
  | 'connected'
  | 'disconnected'
  | 'bad-credentials'
  | 'server-unavailable'
  /** The core is not a CE core (PE/Cloud schema differs, §4.4). */
  | 'unsupported-core'
  /** Another client with the same routing key took the Edge over. */
  | 'replaced'
  | 'stopped';

export interface EdgeConnectionOptions {
  host: string;
  port: number;
  routingKey: string;
  routingSecret: string;
  edgeVersion: edge.EdgeVersion;
  maxInboundMessageSize: number;
  ssl: boolean;
  /** PEM CA to trust; undefined = system trust store. */
  caPem?: Buffer | undefined;
  keepAliveTimeMs: number;
  keepAliveTimeoutMs: number;
  reconnectInitialMs: number;
  reconnectMaxMs: number;
  badCredentialsRetryMs: number;
  /** Wait after being replaced by another connection of the same Edge. */
  replacedRetryMs: number;
  handshakeTimeoutMs: number;
  /** gzip requests as ThingsBoard Edge does (optional, §1.1). */
  compression: boolean;
  random?: () => number;
}

export interface EdgeConnectionHandler {
  onAccepted(configuration: edge.IEdgeConfiguration, coreMaxInboundMessageSize: number | undefined): void;
  onMessage(msg: edge.ResponseMsg): void;
  /** The accepted stream ended (any reason); unacknowledged uplinks should be re-queued. */
  onClosed(): void;
  onStateChange?(state: EdgeLinkState, detail: string): void;
}

type Call = grpc.ClientDuplexStream<edge.IRequestMsg, edge.ResponseMsg>;

export class EdgeConnection {
  private client: grpc.Client | undefined;
  private call: Call | undefined;
  private accepted = false;
  private timer: NodeJS.Timeout | undefined;
  private backoffMs: number;
  private currentState: EdgeLinkState = 'idle';
  private detail = '';
  private stopped = false;
  private readonly random: () => number;
  readonly counters = { connects: 0, accepted: 0, rejected: 0, replaced: 0 };

  constructor(
    private readonly opts: EdgeConnectionOptions,
    private readonly handler: EdgeConnectionHandler,
    private readonly log: Logger,
  ) {
    this.backoffMs = opts.reconnectInitialMs;
    this.random = opts.random ?? Math.random;
  }

  get state(): EdgeLinkState {
    return this.currentState;
  }

  get stateDetail(): string {
    return this.detail;
  }

  get isAccepted(): boolean {
    return this.accepted;
  }

  start(): void {
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const call = this.call;
    this.call = undefined;
    this.accepted = false;
    if (call) {
      // Half-close first so queued acknowledgements still reach the core; cancel if it does not end the call.
      call.end();
      setTimeout(() => call.cancel(), 500).unref();
    }
    this.client?.close();
    this.client = undefined;
    this.setState('stopped', 'stopped by the transport');
  }

  /** Writes a request on the accepted stream; false when there is none. */
  send(req: edge.IRequestMsg): boolean {
    if (!this.call || !this.accepted) return false;
    this.call.write(req);
    return true;
  }

  private setState(state: EdgeLinkState, detail: string): void {
    this.currentState = state;
    this.detail = detail;
    this.handler.onStateChange?.(state, detail);
  }

  private channel(): grpc.Client {
    if (this.client) return this.client;
    const o = this.opts;
    const creds = o.ssl ? grpc.credentials.createSsl(o.caPem ?? null) : grpc.credentials.createInsecure();
    this.client = new grpc.Client(`${o.host}:${o.port}`, creds, {
      // §1.4: ping every 10 s, 5 s timeout, also without calls; never below the core's 1 s minimum.
      'grpc.keepalive_time_ms': Math.max(1000, o.keepAliveTimeMs),
      'grpc.keepalive_timeout_ms': o.keepAliveTimeoutMs,
      'grpc.keepalive_permit_without_calls': 1,
      // OTA packages arrive base64 inside one DownlinkMsg: accept what we announce.
      'grpc.max_receive_message_length': o.maxInboundMessageSize,
      'grpc.max_send_message_length': -1,
      ...(o.compression ? { 'grpc.default_compression_algorithm': grpc.compressionAlgorithms.gzip } : {}),
      // Reconnects are ours (backoff, health state); a transparent retry would hide them.
      'grpc.enable_retries': 0,
    });
    return this.client;
  }

  private connect(): void {
    if (this.stopped) return;
    this.timer = undefined;
    this.counters.connects += 1;
    this.setState('connecting', `${this.opts.host}:${this.opts.port}`);
    const call = this.channel().makeBidiStreamRequest(
      HANDLE_MSGS_PATH,
      (m: edge.IRequestMsg) => Buffer.from(edge.RequestMsg.encode(m).finish()),
      (b: Buffer) => edge.ResponseMsg.decode(b),
    );
    this.call = call;
    this.accepted = false;
    let outcome: 'refused' | 'replaced' | undefined;
    const handshake = setTimeout(() => {
      if (this.call === call && !this.accepted) call.cancel();
    }, this.opts.handshakeTimeoutMs);
    call.on('data', (msg: edge.ResponseMsg) => {
      if (this.call !== call) return;
      if (!this.accepted) {
        if (!msg.connectResponseMsg) return;
        clearTimeout(handshake);
        outcome = this.onConnectResponse(msg.connectResponseMsg) ? undefined : 'refused';
        if (outcome === 'refused') call.cancel();
        return;
      }
      try {
        this.handler.onMessage(msg);
      } catch (e) {
        // A handler bug must not take the stream down with an unhandled exception.
        this.log.error({ err: e }, 'edge link: message handler failed');
      }
    });
    // Without an 'error' listener a failed call would throw from the event emitter.
    call.on('error', () => undefined);
    call.on('status', (status: grpc.StatusObject) => {
      clearTimeout(handshake);
      if (this.call !== call) return;
      this.call = undefined;
      const wasAccepted = this.accepted;
      this.accepted = false;
      if (wasAccepted) this.handler.onClosed();
      if (this.stopped) return;
      if (outcome === 'refused') return; // state and delay already set by onConnectResponse
      if (wasAccepted && status.code === grpc.status.OK) {
        // §1.2 "last connection wins": the core ends the older session when the same Edge connects again.
        this.counters.replaced += 1;
        this.setState('replaced', 'the core closed this session: another client connected with the same routing key');
        this.log.warn({ retryMs: this.opts.replacedRetryMs }, 'edge link replaced by another connection of the same Edge; not fighting over it');
        this.schedule(this.opts.replacedRetryMs);
        return;
      }
      this.setState('disconnected', `${grpc.status[status.code] ?? status.code}: ${status.details}`);
      this.log.warn({ code: status.code, details: status.details }, 'edge link closed; reconnecting');
      this.schedule(this.nextBackoff());
    });
    call.write({
      msgType: edge.RequestMsgType.CONNECT_RPC_MESSAGE,
      connectRequestMsg: {
        edgeRoutingKey: this.opts.routingKey,
        edgeSecret: this.opts.routingSecret,
        edgeVersion: this.opts.edgeVersion,
        maxInboundMessageSize: this.opts.maxInboundMessageSize,
      },
    });
  }

  /** True when accepted. */
  private onConnectResponse(r: edge.IConnectResponseMsg): boolean {
    const code = r.responseCode ?? edge.ConnectResponseCode.ACCEPTED;
    if (code === edge.ConnectResponseCode.ACCEPTED) {
      const cloudType = r.configuration?.cloudType ?? '';
      if (cloudType !== 'CE') {
        this.counters.rejected += 1;
        this.setState('unsupported-core', `cloudType ${JSON.stringify(cloudType)}: only ThingsBoard CE cores are supported`);
        this.log.error({ cloudType }, 'edge link: the core is not ThingsBoard CE; its Edge schema differs, refusing to run on it');
        this.schedule(this.opts.badCredentialsRetryMs);
        return false;
      }
      this.accepted = true;
      this.counters.accepted += 1;
      this.backoffMs = this.opts.reconnectInitialMs;
      this.setState('connected', `edge ${r.configuration?.name ?? ''}`);
      this.log.info({ edge: r.configuration?.name, maxInbound: r.maxInboundMessageSize }, 'edge link accepted by the core');
      this.handler.onAccepted(r.configuration ?? {}, r.maxInboundMessageSize ?? undefined);
      return true;
    }
    this.counters.rejected += 1;
    if (code === edge.ConnectResponseCode.BAD_CREDENTIALS) {
      // The core echoes a wrong secret in errorMsg (quirk §1.2): never log it.
      this.setState('bad-credentials', 'unknown routing key or wrong secret (CLOUD_ROUTING_KEY / CLOUD_ROUTING_SECRET)');
      this.log.error({ routingKey: this.opts.routingKey }, 'edge link refused: BAD_CREDENTIALS; check CLOUD_ROUTING_KEY and CLOUD_ROUTING_SECRET against the Edge entity');
      this.schedule(this.opts.badCredentialsRetryMs);
    } else {
      this.setState('server-unavailable', 'the core failed to open the session');
      this.log.warn({ code }, 'edge link refused: SERVER_UNAVAILABLE; retrying');
      this.schedule(this.nextBackoff());
    }
    return false;
  }

  private nextBackoff(): number {
    const base = this.backoffMs;
    this.backoffMs = Math.min(this.opts.reconnectMaxMs, this.backoffMs * 2);
    // Full jitter over the upper half keeps many transports from reconnecting in step.
    return Math.round(base / 2 + (base / 2) * this.random());
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.connect(), ms);
  }
}
