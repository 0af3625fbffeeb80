import type { Peer } from '../net/datagram.js';
import { blockSize, decodeBlock, encodeBlock, sizeToSzx, type BlockValue } from './block-option.js';
import { Block1Receiver } from './block1-receiver.js';
import {
  CODE_BAD_OPTION,
  CODE_BAD_REQUEST,
  CODE_CONTINUE,
  CODE_NOT_FOUND,
  CODE_REQUEST_ENTITY_INCOMPLETE,
  CODE_REQUEST_ENTITY_TOO_LARGE,
  CODE_SERVICE_UNAVAILABLE,
  hasUnknownCritical,
  MessageType,
  methodFromCode,
  OptionNumber,
} from './codes.js';
import { ExpiringMap } from './expiring-map.js';
import { encodeUint, findOption, stringOptions, uintOption, type CoapMessage } from './message.js';
import { ServerExchange, type DedupEntry, type ExchangeHost, type ServerContext } from './server-exchange.js';
import type { CoapMethod, CoapOption, InboundRequest, OutboundResponse } from './types.js';

export type { DedupEntry, ServerContext } from './server-exchange.js';

const CODE_METHOD_NOT_ALLOWED = 0x85; // 4.05, RFC 7252 §5.9.2.6

export interface ServerLimits {
  readonly maxBlockSize: number;
  readonly separateResponseDelayMs: number;
  readonly exchangeLifetimeMs: number;
  readonly dedupMaxEntries: number;
  readonly maxBodySize: number;
  readonly maxBlock1Transfers: number;
  readonly maxBlock1Bytes: number;
  readonly block1IdleMs: number;
  readonly block2CacheTtlMs: number;
  readonly block2CacheMaxEntries: number;
  readonly block2CacheMaxBytes: number;
}

interface CachedBody {
  readonly code: number;
  readonly options: CoapOption[];
  readonly body: Buffer;
}


const EMPTY: Buffer = Buffer.alloc(0);

/**
 * The server role: answers devices' requests with dedup (RFC 7252 §4.5), piggy-backed or
 * separate responses (§5.2), Block1 reassembly and Block2 serving (RFC 7959).
 */
export class ServerSide implements ExchangeHost {
  readonly dedup: ExpiringMap<DedupEntry>;
  private readonly block1: Block1Receiver;
  private readonly block2Cache: ExpiringMap<CachedBody>;
  private block2CacheBytes = 0;
  private readonly maxSzx: number;

  constructor(
    readonly ctx: ServerContext,
    readonly limits: ServerLimits,
  ) {
    this.dedup = new ExpiringMap<DedupEntry>(ctx.clock, limits.exchangeLifetimeMs, limits.dedupMaxEntries);
    this.block1 = new Block1Receiver(ctx.clock, {
      maxBodySize: limits.maxBodySize,
      maxTransfers: limits.maxBlock1Transfers,
      maxTotalBytes: limits.maxBlock1Bytes,
      idleMs: limits.block1IdleMs,
    });
    this.block2Cache = new ExpiringMap<CachedBody>(ctx.clock, limits.block2CacheTtlMs, limits.block2CacheMaxEntries, (_k, v) => {
      this.block2CacheBytes -= v.body.length;
    });
    this.maxSzx = sizeToSzx(limits.maxBlockSize);
  }

  /**
   * A duplicate check for any inbound CON/NON (requests and separate responses): true when the
   * message was seen and has been dealt with (its last reply replayed, if any).
   */
  replayIfDuplicate(peer: Peer, dedupKey: string): boolean {
    const seen = this.dedup.get(dedupKey);
    if (!seen) return false;
    this.ctx.counters.duplicates++;
    if (seen.reply) this.ctx.send(peer, seen.reply);
    return true;
  }

  handleRequest(peer: Peer, msg: CoapMessage): void {
    const dedupKey = peer.key + '#' + msg.messageId;
    if (this.replayIfDuplicate(peer, dedupKey)) return;
    const entry: DedupEntry = { reply: undefined };
    this.dedup.set(dedupKey, entry);
    const ex = new ServerExchange(this, peer, msg, entry);

    const method = methodFromCode(msg.code);
    if (!method) {
      ex.replyCode(CODE_METHOD_NOT_ALLOWED);
      return;
    }
    const opts = msg.options;
    if (hasUnknownCritical(opts)) {
      // RFC 7252 §5.4.1: 4.02 for a CON request; a NON one is rejected (silently ignored).
      this.ctx.counters.badOptions++;
      if (msg.type === MessageType.CON) ex.replyCode(CODE_BAD_OPTION, 'unrecognised critical option');
      return;
    }
    const uriPath = stringOptions(opts, OptionNumber.UriPath);
    let payload = msg.payload;

    const block1Raw = findOption(opts, OptionNumber.Block1);
    if (block1Raw !== undefined) {
      const b1 = decodeBlock(block1Raw);
      if (!b1) {
        ex.replyCode(CODE_BAD_OPTION, 'bad Block1 value');
        return;
      }
      const body = this.receiveBlock1(ex, peer, method, uriPath, b1, payload);
      if (!body) return;
      payload = body;
    }

    let block2: { num: number; size: number } | undefined;
    const block2Raw = findOption(opts, OptionNumber.Block2);
    if (block2Raw !== undefined) {
      const b2 = decodeBlock(block2Raw);
      if (!b2) {
        ex.replyCode(CODE_BAD_OPTION, 'bad Block2 value');
        return;
      }
      const szx = Math.min(b2.szx, this.maxSzx);
      block2 = { num: b2.num, size: blockSize(szx) };
      ex.block2 = block2;
      if (b2.num > 0) {
        const cached = this.block2Cache.get(ex.cacheKey(method, uriPath));
        if (cached) {
          ex.sendBody(cached.code, cached.options, cached.body, false);
          return;
        }
      }
    }
    ex.method = method;
    ex.uriPath = uriPath;

    const handler = this.ctx.handler();
    if (!handler) {
      ex.replyCode(CODE_NOT_FOUND);
      return;
    }
    const req: InboundRequest = {
      peer,
      method,
      uriPath,
      uriQuery: stringOptions(opts, OptionNumber.UriQuery),
      contentFormat: uintOption(opts, OptionNumber.ContentFormat),
      accept: uintOption(opts, OptionNumber.Accept),
      observe: uintOption(opts, OptionNumber.Observe),
      payload,
      token: msg.token,
      confirmable: msg.type === MessageType.CON,
      options: opts,
      block2,
    };
    this.ctx.counters.requestsHandled++;
    let result: OutboundResponse | Promise<OutboundResponse>;
    try {
      result = handler(req);
    } catch (err) {
      ex.onHandlerError(err);
      return;
    }
    // respond() never throws (an unencodable response becomes 5.00).
    if (result instanceof Promise) ex.awaitResult(result);
    else ex.respond(result);
  }

  /** Returns the whole body when the upload is complete; otherwise answers and returns undefined. */
  private receiveBlock1(
    ex: ServerExchange,
    peer: Peer,
    method: CoapMethod,
    uriPath: readonly string[],
    b1: BlockValue,
    payload: Buffer,
  ): Buffer | undefined {
    const tag = findOption(ex.msg.options, OptionNumber.RequestTag);
    const key = peer.key + '\0' + method + '\0' + uriPath.join('/') + '\0' + (tag ? tag.toString('hex') : '');
    const outcome = this.block1.accept(key, b1, payload);
    // RFC 7959 §2.3: the server may ask for smaller blocks in its answer.
    const szx = Math.min(b1.szx, this.maxSzx);
    switch (outcome.kind) {
      case 'continue':
        ex.reply(CODE_CONTINUE, [{ number: OptionNumber.Block1, value: encodeBlock(b1.num, true, szx) }], EMPTY);
        return undefined;
      case 'complete':
        ex.block1Echo = encodeBlock(b1.num, false, szx);
        return outcome.body;
      case 'incomplete':
        this.ctx.counters.blockErrors++;
        ex.replyCode(CODE_REQUEST_ENTITY_INCOMPLETE);
        return undefined;
      case 'too-large':
        this.ctx.counters.blockErrors++;
        // §2.9.3: Size1 tells the client the largest body we take.
        ex.reply(CODE_REQUEST_ENTITY_TOO_LARGE, [{ number: OptionNumber.Size1, value: encodeUint(this.limits.maxBodySize) }], EMPTY);
        return undefined;
      case 'bad-block':
        this.ctx.counters.blockErrors++;
        ex.replyCode(CODE_BAD_REQUEST, 'block size does not match SZX');
        return undefined;
      case 'busy':
        this.ctx.counters.blockErrors++;
        ex.replyCode(CODE_SERVICE_UNAVAILABLE, 'too many uploads in progress');
        return undefined;
    }
  }

  /** RFC 7252 §4.5: a duplicate of this (idempotent) request will be processed again. */
  forgetRequest(peer: Peer, messageId: number): void {
    this.dedup.delete(peer.key + '#' + messageId);
  }

  /**
   * Keeps a body for its next Block2 requests, within a byte budget (oldest go first). A body
   * over the whole budget is not kept: its blocks then call the handler again (stateless).
   */
  cacheBody(key: string, code: number, options: CoapOption[], body: Buffer): void {
    const max = this.limits.block2CacheMaxBytes;
    if (body.length > max) return;
    const old = this.block2Cache.get(key);
    if (old) {
      this.block2Cache.delete(key);
      this.block2CacheBytes -= old.body.length;
    }
    while (this.block2CacheBytes + body.length > max && this.block2Cache.evictOldest()) {
      // evictOldest() released the bytes through onEvict.
    }
    this.block2Cache.set(key, { code, options, body });
    this.block2CacheBytes += body.length;
  }

  clear(): void {
    this.dedup.clear();
    this.block1.clear();
    this.block2Cache.clear();
    this.block2CacheBytes = 0;
  }

  get maxBlockSzx(): number {
    return this.maxSzx;
  }
}
