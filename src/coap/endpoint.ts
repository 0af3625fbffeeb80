import type { DatagramTransport, Peer } from '../net/datagram.js';
import { MAX_BLOCK_SIZE, MIN_BLOCK_SIZE } from './block-option.js';
import type { ClientContext, ClientExchange } from './client-exchange.js';
import { ClientSide } from './client-side.js';
import { systemClock } from './clock.js';
import { CODE_EMPTY, codeClass, hasUnknownCritical, MessageType } from './codes.js';
import { ConSender } from './con-sender.js';
import { ClientObservation } from './observations.js';
import { newCounters, type CoapCounters } from './counters.js';
import { MessageIdAllocator, TokenAllocator } from './ids.js';
import { silentLogger, type CoapLogger } from './logger.js';
import { buildEmpty, parseMessage, type CoapMessage } from './message.js';
import { ServerSide, type ServerContext } from './server-side.js';
import {
  CoapRequestError,
  DEFAULT_TIMING,
  type Clock,
  type CoapEndpointApi,
  type CoapTiming,
  type InboundResponse,
  type NotificationHandler,
  type Observation,
  type OutboundRequest,
  type RequestHandler,
  type RequestOptions,
} from './types.js';

export interface CoapEndpointOptions {
  readonly timing?: Partial<CoapTiming>;
  readonly clock?: Clock;
  /** Source of randomness in [0, 1) for message IDs, tokens and retransmission jitter. */
  readonly random?: () => number;
  /** Largest block (16..1024) we send, ask for or accept unreduced. Default 1024. */
  readonly maxBlockSize?: number;
  readonly logger?: CoapLogger;
  /** Largest body reassembled from Block1 uploads or Block2 reads. Default 1 MiB. */
  readonly maxBodySize?: number;
  /** Concurrent Block1 uploads. Default 1000. */
  readonly maxBlock1Transfers?: number;
  /** Bytes all Block1 uploads in progress may hold together. Default 32 MiB. */
  readonly maxBlock1Bytes?: number;
  /** Inbound message IDs remembered for duplicate detection. Default 100 000. */
  readonly dedupMaxEntries?: number;
  /** How long a large response body is kept to serve its Block2 blocks. Default 60 s. */
  readonly block2CacheTtlMs?: number;
  /** Bodies kept for Block2 serving. Default 1000. */
  readonly block2CacheMaxEntries?: number;
  /** Bytes of bodies kept for Block2 serving. Default 32 MiB. */
  readonly block2CacheMaxBytes?: number;
}

/**
 * A CoAP endpoint (RFC 7252, 7641, 7959) over one datagram transport, in both roles: it
 * answers the devices' requests and sends requests to devices from the same transport, to the
 * Peer object the device's datagrams came from (so NAT bindings hold).
 * close() also closes the transport.
 */
export class CoapEndpoint implements CoapEndpointApi {
  readonly counters: CoapCounters = newCounters();
  private readonly clock: Clock;
  private readonly logger: CoapLogger;
  private readonly conSender: ConSender;
  private readonly server: ServerSide;
  private readonly client: ClientSide;
  private handler: RequestHandler | undefined;
  private closed = false;

  constructor(
    private readonly transport: DatagramTransport,
    options: CoapEndpointOptions = {},
  ) {
    const timing: CoapTiming = { ...DEFAULT_TIMING, ...options.timing };
    const random = options.random ?? Math.random;
    this.clock = options.clock ?? systemClock;
    this.logger = options.logger ?? silentLogger;
    const maxBlockSize = Math.min(MAX_BLOCK_SIZE, Math.max(MIN_BLOCK_SIZE, options.maxBlockSize ?? MAX_BLOCK_SIZE));
    const maxBodySize = options.maxBodySize ?? 1024 * 1024;
    const send = (peer: Peer, datagram: Buffer): void => this.send(peer, datagram);
    this.conSender = new ConSender(send, this.clock, timing, random, this.counters);
    const mids = new MessageIdAllocator(random);

    const serverCtx: ServerContext = {
      clock: this.clock,
      counters: this.counters,
      conSender: this.conSender,
      mids,
      logger: this.logger,
      send,
      handler: () => this.handler,
    };
    this.server = new ServerSide(serverCtx, {
      maxBlockSize,
      separateResponseDelayMs: timing.separateResponseDelayMs ?? timing.ackTimeoutMs / 2,
      exchangeLifetimeMs: timing.exchangeLifetimeMs,
      dedupMaxEntries: options.dedupMaxEntries ?? 100_000,
      maxBodySize,
      maxBlock1Transfers: options.maxBlock1Transfers ?? 1000,
      maxBlock1Bytes: options.maxBlock1Bytes ?? 32 * 1024 * 1024,
      block1IdleMs: timing.exchangeLifetimeMs,
      block2CacheTtlMs: options.block2CacheTtlMs ?? 60_000,
      block2CacheMaxEntries: options.block2CacheMaxEntries ?? 1000,
      block2CacheMaxBytes: options.block2CacheMaxBytes ?? 32 * 1024 * 1024,
    });

    const clientCtx: ClientContext = {
      clock: this.clock,
      counters: this.counters,
      conSender: this.conSender,
      mids,
      timing,
      exchanges: new Map<string, ClientExchange>(),
      send,
    };
    this.client = new ClientSide(clientCtx, new TokenAllocator(random), { maxBlockSize, maxBodySize }, this.logger);
    transport.onDatagram((peer, datagram) => this.onDatagram(peer, datagram));
  }

  setRequestHandler(handler: RequestHandler): void {
    this.handler = handler;
  }

  request(peer: Peer, req: OutboundRequest, opts?: RequestOptions): Promise<InboundResponse> {
    if (this.closed) return Promise.reject(new CoapRequestError('closed', 'endpoint closed'));
    return this.client.request(peer, req, opts);
  }

  observe(
    peer: Peer,
    req: OutboundRequest,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Promise<{ response: InboundResponse; observation?: Observation }> {
    if (this.closed) return Promise.reject(new CoapRequestError('closed', 'endpoint closed'));
    return this.client.observe(peer, req, onNotification, opts);
  }

  restoreObservation(
    peer: Peer,
    req: OutboundRequest,
    token: Buffer,
    lastObserve: number,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Observation {
    if (this.closed) throw new CoapRequestError('closed', 'endpoint closed');
    return this.client.restoreObservation(peer, req, token, lastObserve, onNotification, opts);
  }

  /** Live observations held by this endpoint. */
  get observationCount(): number {
    return this.client.observations.size;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.client.closeAll();
    this.conSender.closeAll();
    this.server.clear();
    await this.transport.close();
  }

  /** The transport's single receiver. Never throws: a bad datagram is counted and dropped. */
  onDatagram(peer: Peer, datagram: Buffer): void {
    if (this.closed) return;
    this.counters.received++;
    try {
      this.dispatch(peer, datagram);
    } catch (err) {
      // Defence in depth: a bug must not take the socket's event handler down.
      this.counters.internalErrors++;
      this.logger.warn({ err, peer: peer.key }, 'CoAP datagram handling failed');
    }
  }

  private dispatch(peer: Peer, datagram: Buffer): void {
    const parsed = parseMessage(datagram);
    if (!parsed.ok) {
      this.counters.parseErrors++;
      // RFC 7252 §4.2: a CON with a message format error is rejected with RST.
      if (parsed.type === MessageType.CON && parsed.messageId !== undefined) this.sendReset(peer, parsed.messageId);
      return;
    }
    const msg = parsed.message;
    switch (msg.type) {
      case MessageType.ACK:
        if (!this.conSender.handleAck(peer, msg)) this.counters.unmatched++;
        return;
      case MessageType.RST:
        this.counters.resets++;
        if (!this.conSender.handleReset(peer, msg.messageId) && !this.client.handleUnmatchedReset(peer, msg.messageId)) {
          this.counters.unmatched++;
        }
        return;
      default:
        this.onConOrNon(peer, msg);
    }
  }

  private onConOrNon(peer: Peer, msg: CoapMessage): void {
    const cls = codeClass(msg.code);
    if (cls === 0) {
      if (msg.code === CODE_EMPTY) {
        // §4.3: an empty CON is a "ping", answered with RST; an empty NON is ignored.
        this.counters.ignored++;
        if (msg.type === MessageType.CON) this.sendReset(peer, msg.messageId);
        return;
      }
      this.server.handleRequest(peer, msg);
      return;
    }
    if (cls === 2 || cls === 4 || cls === 5) {
      this.onResponse(peer, msg);
      return;
    }
    // §4.2: classes 1, 6 and 7 are reserved: reject a CON, ignore a NON.
    this.counters.ignored++;
    if (msg.type === MessageType.CON) this.sendReset(peer, msg.messageId);
  }

  /** A separate response or a notification (RFC 7252 §5.2.2, RFC 7641 §4.2). */
  private onResponse(peer: Peer, msg: CoapMessage): void {
    if (hasUnknownCritical(msg.options)) {
      // RFC 7252 §5.4.1: such a response is rejected (RST, §4.2/§4.3), not delivered.
      this.counters.badOptions++;
      this.sendReset(peer, msg.messageId);
      return;
    }
    const target = this.client.matchResponse(peer, msg);
    if (target !== undefined) {
      if (msg.type === MessageType.CON) {
        // Acknowledge first: delivering may send further requests (Block2 of a notification).
        const ack = buildEmpty(MessageType.ACK, msg.messageId);
        this.send(peer, ack);
        // A repeated separate response (our ACK lost) must get the ACK again, not a RST.
        if (!(target instanceof ClientObservation)) this.server.dedup.set(peer.key + '#' + msg.messageId, { reply: ack });
      }
      this.client.deliverResponse(target, msg);
      return;
    }
    if (this.server.replayIfDuplicate(peer, peer.key + '#' + msg.messageId)) return;
    // RFC 7641 §3.6 / RFC 7252 §5.3.2: a response nobody waits for is rejected with RST.
    this.counters.unmatched++;
    this.sendReset(peer, msg.messageId);
  }

  private sendReset(peer: Peer, messageId: number): void {
    this.counters.resetsSent++;
    this.send(peer, buildEmpty(MessageType.RST, messageId));
  }

  private send(peer: Peer, datagram: Buffer): void {
    if (this.closed) return;
    try {
      this.transport.send(peer, datagram);
    } catch (err) {
      this.counters.sendErrors++;
      this.logger.warn({ err, peer: peer.key }, 'datagram send failed');
    }
  }
}
