import type { Peer } from '../net/datagram.js';
import { blockSize, encodeBlock, sizeToSzx } from './block-option.js';
import { CODE_BAD_OPTION, CODE_INTERNAL_SERVER_ERROR, codeFromString, MessageType, OptionNumber } from './codes.js';
import type { ConOwner, ConSender } from './con-sender.js';
import type { CoapCounters } from './counters.js';
import type { MessageIdAllocator } from './ids.js';
import type { CoapLogger } from './logger.js';
import { buildEmpty, buildMessage, encodeUint, stringOptions, stringsToOptions, uintOption, type CoapMessage } from './message.js';
import type { Clock, CoapMethod, CoapOption, OutboundResponse, RequestHandler, TimerHandle } from './types.js';

/** What the server side needs from its endpoint. */
export interface ServerContext {
  readonly clock: Clock;
  readonly counters: CoapCounters;
  readonly conSender: ConSender;
  readonly mids: MessageIdAllocator;
  readonly logger: CoapLogger;
  send(peer: Peer, datagram: Buffer): void;
  handler(): RequestHandler | undefined;
}

/** What a duplicate of an inbound message gets: nothing while work is going on, else the last reply. */
export interface DedupEntry {
  reply: Buffer | undefined;
}

/** What a ServerExchange needs from the server side that created it. */
export interface ExchangeHost {
  readonly ctx: ServerContext;
  readonly limits: { readonly separateResponseDelayMs: number };
  readonly maxBlockSzx: number;
  cacheBody(key: string, code: number, options: CoapOption[], body: Buffer): void;
  /** Drops the duplicate-detection entry of a request, so a duplicate is processed again. */
  forgetRequest(peer: Peer, messageId: number): void;
}

/** A separate response we send as CON needs no follow-up when it fails: the device will retry. */
const SEPARATE_RESPONSE_OWNER: ConOwner = { onAck() {}, onReset() {}, onGiveUp() {} };

const EMPTY: Buffer = Buffer.alloc(0);

/** One inbound request until it is answered; also the timer owner for the delayed empty ACK. */
export class ServerExchange {
  block2: { num: number; size: number } | undefined;
  block1Echo: Buffer | undefined;
  method: CoapMethod | undefined;
  uriPath: readonly string[] = [];
  private acked = false;
  private done = false;
  private timer: TimerHandle | undefined;

  constructor(
    private readonly side: ExchangeHost,
    private readonly peer: Peer,
    readonly msg: CoapMessage,
    private readonly entry: DedupEntry,
  ) {}

  cacheKey(method: CoapMethod, uriPath: readonly string[]): string {
    const opts = this.msg.options;
    return (
      this.peer.key + '\0' + method + '\0' + uriPath.join('/') + '\0' +
      stringOptions(opts, OptionNumber.UriQuery).join('&') + '\0' + (uintOption(opts, OptionNumber.Accept) ?? '')
    );
  }

  awaitResult(result: Promise<OutboundResponse>): void {
    if (this.msg.type === MessageType.CON) {
      // RFC 7252 §5.2.2: acknowledge early so the client stops retransmitting, answer later.
      this.timer = this.side.ctx.clock.setTimeout(() => this.sendEmptyAck(), this.side.limits.separateResponseDelayMs);
    }
    result.then(
      (res) => this.respond(res),
      (err: unknown) => this.onHandlerError(err),
    );
  }

  /**
   * Answers with the handler's response. Never throws: a response that cannot be encoded
   * (options that are not Buffers, oversize values) becomes 5.00, so neither the datagram
   * handler nor a promise chain sees an exception.
   */
  respond(res: OutboundResponse): void {
    try {
      this.respondUnsafe(res);
    } catch (err) {
      this.onHandlerError(err);
    }
  }

  onHandlerError(err: unknown): void {
    this.side.ctx.counters.handlerErrors++;
    this.side.ctx.logger.warn({ err, peer: this.peer.key }, 'CoAP request handler failed');
    this.replyCode(CODE_INTERNAL_SERVER_ERROR);
  }

  private sendEmptyAck(): void {
    this.timer = undefined;
    if (this.done) return;
    this.acked = true;
    this.side.ctx.counters.separateResponses++;
    const ack = buildEmpty(MessageType.ACK, this.msg.messageId);
    // A duplicate of the request from now on means our ACK was lost: repeat it.
    this.entry.reply = ack;
    this.side.ctx.send(this.peer, ack);
  }

  private respondUnsafe(res: OutboundResponse): void {
    if (this.done) return;
    let code = codeFromString(res.code);
    if (code === undefined || code >> 5 < 2) {
      this.side.ctx.counters.handlerErrors++;
      this.side.ctx.logger.warn({ code: res.code, peer: this.peer.key }, 'CoAP request handler returned a bad code');
      code = CODE_INTERNAL_SERVER_ERROR;
      this.reply(code, [], EMPTY);
      return;
    }
    const options: CoapOption[] = res.options ? [...res.options] : [];
    if (res.contentFormat !== undefined) options.push({ number: OptionNumber.ContentFormat, value: encodeUint(res.contentFormat) });
    stringsToOptions(OptionNumber.LocationPath, res.locationPath, options);
    const payload = res.payload ?? EMPTY;
    if (res.block2Slice && this.block2) {
      const szx = sizeToSzx(this.block2.size);
      options.push({ number: OptionNumber.Block2, value: encodeBlock(this.block2.num, res.block2Slice.more, szx) });
      if (res.block2Slice.totalSize !== undefined) {
        options.push({ number: OptionNumber.Size2, value: encodeUint(res.block2Slice.totalSize) });
      }
      this.reply(code, this.withBlock1Echo(options), payload);
      // RFC 7252 §4.5 lets a duplicate of an idempotent request be processed again. A handler
      // serving slices (firmware downloads) can answer a block again at no cost, so its replies
      // are not kept for EXCHANGE_LIFETIME: 200 devices x 1024 blocks would hold 200 MB.
      if (this.method === 'GET' || this.method === 'FETCH') this.side.forgetRequest(this.peer, this.msg.messageId);
      return;
    }
    this.sendBody(code, options, payload, true);
  }

  /** Sends a body whole, or the requested Block2 block of it (RFC 7959 §2.4). */
  sendBody(code: number, options: CoapOption[], body: Buffer, mayCache: boolean): void {
    const size = this.block2 ? this.block2.size : blockSize(this.side.maxBlockSzx);
    if (body.length <= size && (!this.block2 || this.block2.num === 0)) {
      this.reply(code, this.withBlock1Echo(options), body);
      return;
    }
    const num = this.block2 ? this.block2.num : 0;
    const offset = num * size;
    if (offset >= body.length) {
      this.replyCode(CODE_BAD_OPTION, 'Block2 number beyond the end of the body');
      return;
    }
    if (mayCache && this.method) this.side.cacheBody(this.cacheKey(this.method, this.uriPath), code, options, body);
    const end = Math.min(offset + size, body.length);
    const blockOpts = this.withBlock1Echo([...options]);
    blockOpts.push({ number: OptionNumber.Block2, value: encodeBlock(num, end < body.length, sizeToSzx(size)) });
    // §4: Size2 tells the client the total size up front.
    if (num === 0) blockOpts.push({ number: OptionNumber.Size2, value: encodeUint(body.length) });
    this.reply(code, blockOpts, body.subarray(offset, end));
  }

  private withBlock1Echo(options: CoapOption[]): CoapOption[] {
    if (this.block1Echo) options.push({ number: OptionNumber.Block1, value: this.block1Echo });
    return options;
  }

  replyCode(code: number, diagnostic?: string): void {
    // RFC 7252 §5.5.2: a diagnostic payload is allowed on error responses.
    this.reply(code, [], diagnostic ? Buffer.from(diagnostic, 'utf8') : EMPTY);
  }

  /** Sends the response piggy-backed, as a separate CON after our empty ACK, or as NON. */
  reply(code: number, options: readonly CoapOption[], payload: Buffer): void {
    if (this.done) return;
    const ctx = this.side.ctx;
    const req = this.msg;
    const piggyBacked = req.type === MessageType.CON && !this.acked;
    const mid = piggyBacked ? req.messageId : ctx.mids.allocate(this.peer.key);
    // §5.2.2: a separate response to a CON is itself confirmable; §5.2.3: NON gets NON.
    const type = piggyBacked ? MessageType.ACK : req.type === MessageType.CON ? MessageType.CON : MessageType.NON;
    // Built before anything changes state: if encoding throws, the caller can still answer 5.00.
    const buf = buildMessage({ type, code, messageId: mid, token: req.token, options, payload });
    this.done = true;
    if (this.timer) {
      ctx.clock.clearTimeout(this.timer);
      this.timer = undefined;
    }
    if (type === MessageType.CON) {
      ctx.conSender.send(this.peer, mid, buf, SEPARATE_RESPONSE_OWNER);
      return;
    }
    // Duplicates of the request replay this (a separate CON case keeps replaying the empty ACK).
    this.entry.reply = buf;
    ctx.send(this.peer, buf);
  }
}
