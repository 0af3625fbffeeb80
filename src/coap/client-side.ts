import type { Peer } from '../net/datagram.js';
import { blockSize, decodeBlock, encodeBlock, sizeToSzx } from './block-option.js';
import { ClientExchange, tokenKey, type ClientContext, type ExchangeSpec } from './client-exchange.js';
import {
  CODE_CONTINUE,
  CODE_REQUEST_ENTITY_TOO_LARGE,
  codeClass,
  codeToString,
  methodCode,
  OptionNumber,
} from './codes.js';
import type { TokenAllocator } from './ids.js';
import type { CoapLogger } from './logger.js';
import { encodeUint, findOption, stringsToOptions, uintOption, type CoapMessage } from './message.js';
import {
  ClientObservation,
  FRESHNESS_WINDOW_MS,
  isNewerNotification,
  ObservationRegistry,
  type ObservationOwner,
} from './observations.js';
import {
  CoapRequestError,
  type CoapOption,
  type InboundResponse,
  type NotificationHandler,
  type Observation,
  type ObservationEndReason,
  type OutboundRequest,
  type RequestOptions,
} from './types.js';

export interface ClientLimits {
  /** Largest block we send or ask for (16..1024). */
  readonly maxBlockSize: number;
  /** Largest body we reassemble from Block2 responses. */
  readonly maxBodySize: number;
}

const EMPTY: Buffer = Buffer.alloc(0);

/** A separate response completes an exchange; a notification goes to its observation. */
export type ResponseTarget = ClientExchange | ClientObservation;

/**
 * The client role: requests to devices with Block1/Block2 transfers (RFC 7959) and observations
 * (RFC 7641) on top of single ClientExchanges.
 */
export class ClientSide implements ObservationOwner {
  readonly observations = new ObservationRegistry();
  private closed = false;

  constructor(
    private readonly ctx: ClientContext,
    private readonly tokens: TokenAllocator,
    private readonly limits: ClientLimits,
    private readonly logger: CoapLogger,
  ) {}

  async request(peer: Peer, req: OutboundRequest, opts?: RequestOptions): Promise<InboundResponse> {
    const deadline = opts?.timeoutMs !== undefined ? this.ctx.clock.now() + opts.timeoutMs : undefined;
    const { msg, payload } = await this.transfer(peer, req, opts, deadline, this.tokens.allocate(), undefined, undefined);
    return toInboundResponse(msg, payload);
  }

  async observe(
    peer: Peer,
    req: OutboundRequest,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Promise<{ response: InboundResponse; observation?: Observation }> {
    const deadline = opts?.timeoutMs !== undefined ? this.ctx.clock.now() + opts.timeoutMs : undefined;
    const token = this.tokens.allocate();
    let observation: ClientObservation | undefined;
    // Registered synchronously with the response, so a notification right behind it is matched.
    const onFinal = (msg: CoapMessage): void => {
      if (codeClass(msg.code) !== 2 || msg.code === CODE_CONTINUE) return;
      const seq = uintOption(msg.options, OptionNumber.Observe);
      if (seq === undefined) return; // RFC 7641 §3.1: no Observe option, no observation
      observation = new ClientObservation(
        this, peer, token, tokenKey(peer.key, token), req, onNotification, opts, seq, this.ctx.clock.now(),
      );
      this.observations.add(observation);
    };
    try {
      const { msg, payload } = await this.transfer(peer, req, opts, deadline, token, 0, onFinal);
      return observation ? { response: toInboundResponse(msg, payload), observation } : { response: toInboundResponse(msg, payload) };
    } catch (err) {
      if (observation) this.endObservation(observation, 'closed');
      throw err;
    }
  }

  /**
   * An observation known from persisted state (a restart): registered under its old token so
   * the device's next notification is matched. RFC 7641 §3.4: the last sequence number seen
   * before the restart may be far behind the device's counter (we never persist per
   * notification), so the freshness time is set back past the 128 s window: the first
   * notification after the restore is always accepted, later ones are ordered as usual.
   */
  restoreObservation(
    peer: Peer,
    req: OutboundRequest,
    token: Buffer,
    lastObserve: number,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Observation {
    if (this.closed) throw new CoapRequestError('closed', 'endpoint closed');
    // RFC 7252 §5.3.1: tokens are 0 to 8 bytes; persisted state is not trusted blindly.
    if (token.length > 8) throw new CoapRequestError('protocol', 'token longer than 8 bytes');
    const observe = Math.trunc(lastObserve) & 0xffffff;
    const past = this.ctx.clock.now() - FRESHNESS_WINDOW_MS - 1;
    const obs = new ClientObservation(this, peer, Buffer.from(token), tokenKey(peer.key, token), req, onNotification, opts, observe, past);
    this.observations.add(obs);
    return obs;
  }

  /** Who waits for this CON/NON response (matched by endpoint and token, RFC 7252 §5.3.2)? */
  matchResponse(peer: Peer, msg: CoapMessage): ResponseTarget | undefined {
    const key = tokenKey(peer.key, msg.token);
    return this.ctx.exchanges.get(key) ?? this.observations.get(key);
  }

  /** Hands a matched response over; the endpoint has already acknowledged it if CON. */
  deliverResponse(target: ResponseTarget, msg: CoapMessage): void {
    if (target instanceof ClientObservation) this.onNotification(target, msg);
    else target.onResponse(msg);
  }

  /** A RST that matched none of our CON messages may be about a notification we acknowledged. */
  handleUnmatchedReset(peer: Peer, messageId: number): boolean {
    const obs = this.observations.findByMessageId(peer.key, messageId);
    if (!obs) return false;
    this.endObservation(obs, 'reset');
    return true;
  }

  async cancelObservation(obs: ClientObservation): Promise<InboundResponse | undefined> {
    this.endObservation(obs, 'cancelled');
    try {
      // RFC 7641 §3.6: the same request with Observe=1 and the same token, under the same
      // deadline as the observe itself: a client that only ACKs must not hold the caller for
      // the whole separate-response timeout.
      const timeoutMs = obs.opts?.timeoutMs;
      const deadline = timeoutMs !== undefined ? this.ctx.clock.now() + timeoutMs : undefined;
      const { msg, payload } = await this.transfer(obs.peer, obs.request, obs.opts, deadline, obs.token, 1, undefined);
      return toInboundResponse(msg, payload);
    } catch (err) {
      this.logger.debug({ err, peer: obs.peer.key }, 'observation cancel request failed');
      return undefined;
    }
  }

  endObservation(obs: ClientObservation, reason: ObservationEndReason): void {
    if (!this.observations.remove(obs)) return;
    obs.active = false;
    const cb = obs.opts?.onObservationEnd;
    if (!cb) return;
    try {
      cb(reason);
    } catch (err) {
      this.logger.warn({ err }, 'onObservationEnd callback failed');
    }
  }

  closeAll(): void {
    this.closed = true;
    for (const ex of [...this.ctx.exchanges.values()]) ex.fail('closed', 'endpoint closed');
    for (const obs of this.observations.all()) this.endObservation(obs, 'closed');
  }

  private onNotification(obs: ClientObservation, msg: CoapMessage): void {
    obs.lastMessageId = msg.messageId;
    const seq = uintOption(msg.options, OptionNumber.Observe);
    if (codeClass(msg.code) !== 2 || seq === undefined) {
      // RFC 7641 §3.2: an error or a response without Observe ends the observation.
      this.endObservation(obs, 'response');
      this.deliver(obs, msg, msg.payload);
      return;
    }
    const now = this.ctx.clock.now();
    if (!isNewerNotification(obs.lastObserve, obs.lastTime, seq, now)) {
      this.ctx.counters.staleNotifications++;
      return;
    }
    obs.lastObserve = seq;
    obs.lastTime = now;
    const b2 = findOption(msg.options, OptionNumber.Block2);
    if (b2 !== undefined && decodeBlock(b2)?.more) {
      void this.completeNotification(obs, msg, seq);
      return;
    }
    this.deliver(obs, msg, msg.payload);
  }

  /** RFC 7959 §2.6/§3.4: a notification's first block; fetch the rest with plain GET/FETCH. */
  private async completeNotification(obs: ClientObservation, first: CoapMessage, seq: number): Promise<void> {
    try {
      const req = obs.request;
      const payload = await this.readRemainingBlocks(obs.peer, methodCode(req.method), requestOptions(req), req.payload ?? EMPTY, first, undefined);
      // A newer notification that arrived meanwhile supersedes this one.
      if (obs.active && obs.lastObserve === seq) this.deliver(obs, first, payload);
    } catch (err) {
      this.logger.debug({ err, peer: obs.peer.key }, 'could not complete a block-wise notification');
    }
  }

  private deliver(obs: ClientObservation, msg: CoapMessage, payload: Buffer): void {
    this.ctx.counters.notifications++;
    try {
      obs.handler(toInboundResponse(msg, payload), obs);
    } catch (err) {
      this.logger.warn({ err, peer: obs.peer.key }, 'notification handler failed');
    }
  }

  /** One request, with Block1 for a large payload and Block2 for a large response. */
  private async transfer(
    peer: Peer,
    req: OutboundRequest,
    opts: RequestOptions | undefined,
    deadline: number | undefined,
    token: Buffer,
    observe: number | undefined,
    onFinal: ((msg: CoapMessage) => void) | undefined,
  ): Promise<{ msg: CoapMessage; payload: Buffer }> {
    if (this.closed) throw new CoapRequestError('closed', 'endpoint closed');
    const code = methodCode(req.method);
    const base = requestOptions(req);
    const withObserve = observe === undefined ? base : [...base, { number: OptionNumber.Observe, value: encodeUint(observe) }];
    const payload = req.payload ?? EMPTY;
    const confirmable = req.confirmable ?? true;
    const szx1 = sizeToSzx(Math.min(opts?.block1Size ?? this.limits.maxBlockSize, this.limits.maxBlockSize));
    let msg: CoapMessage;
    if (payload.length > blockSize(szx1)) {
      msg = await this.sendBlock1(peer, { confirmable, code, token, options: withObserve, payload }, szx1, deadline, onFinal, opts?.onBlock1Progress);
    } else {
      const options = opts?.block2Size === undefined
        ? withObserve
        : [...withObserve, { number: OptionNumber.Block2, value: encodeBlock(0, false, sizeToSzx(Math.min(opts.block2Size, this.limits.maxBlockSize))) }];
      msg = await this.exchange(peer, { confirmable, code, token, options, payload }, deadline, onFinal);
    }
    const b2 = findOption(msg.options, OptionNumber.Block2);
    if (b2 === undefined || codeClass(msg.code) !== 2) return { msg, payload: msg.payload };
    // RFC 8132 §2.3.1: a FETCH repeats its body in every block request; other methods send none.
    const again = req.method === 'FETCH' ? payload : EMPTY;
    return { msg, payload: await this.readRemainingBlocks(peer, code, base, again, msg, deadline) };
  }

  private exchange(
    peer: Peer,
    spec: ExchangeSpec,
    deadline: number | undefined,
    onFinal?: (msg: CoapMessage) => void,
  ): Promise<CoapMessage> {
    return new ClientExchange(this.ctx, peer, spec, deadline, onFinal).promise;
  }

  /**
   * RFC 7959 §2.3, §2.5: sends the payload block by block under one token. A 2.31 or 4.13 with a
   * smaller SZX in its Block1 makes us continue (2.31: from the next offset; 4.13: this offset)
   * with the smaller size; the block number is renumbered as offset / size.
   */
  private async sendBlock1(
    peer: Peer,
    spec: ExchangeSpec,
    initialSzx: number,
    deadline: number | undefined,
    onFinal: ((msg: CoapMessage) => void) | undefined,
    onProgress: ((acknowledged: number, total: number) => void) | undefined,
  ): Promise<CoapMessage> {
    const body = spec.payload;
    let szx = initialSzx;
    let offset = 0;
    for (;;) {
      const size = blockSize(szx);
      const num = offset / size;
      const end = Math.min(offset + size, body.length);
      const more = end < body.length;
      const options: CoapOption[] = [...spec.options, { number: OptionNumber.Block1, value: encodeBlock(num, more, szx) }];
      // §4: Size1 announces the whole size with the first block.
      if (offset === 0) options.push({ number: OptionNumber.Size1, value: encodeUint(body.length) });
      const resp = await this.exchange(peer, { ...spec, options, payload: body.subarray(offset, end) }, deadline, onFinal);
      const echoRaw = findOption(resp.options, OptionNumber.Block1);
      const echo = echoRaw === undefined ? undefined : decodeBlock(echoRaw);
      if (resp.code === CODE_CONTINUE) {
        if (!more) throw new CoapRequestError('protocol', '2.31 Continue after the last block');
        if (echo && echo.szx < szx) szx = echo.szx;
        offset = end;
        onProgress?.(offset, body.length);
        continue;
      }
      if (resp.code === CODE_REQUEST_ENTITY_TOO_LARGE && echo && echo.szx < szx) {
        szx = echo.szx;
        continue;
      }
      if (codeClass(resp.code) === 2) onProgress?.(body.length, body.length);
      return resp;
    }
  }

  /** RFC 7959 §2.4: fetches blocks after `first` until M=0, each with a fresh token. */
  private async readRemainingBlocks(
    peer: Peer,
    code: number,
    baseOptions: readonly CoapOption[],
    payload: Buffer,
    first: CoapMessage,
    deadline: number | undefined,
  ): Promise<Buffer> {
    const raw = findOption(first.options, OptionNumber.Block2);
    const b = raw === undefined ? undefined : decodeBlock(raw);
    if (!b) throw new CoapRequestError('protocol', 'bad Block2 option in response');
    if (!b.more) return first.payload;
    if (b.num !== 0) throw new CoapRequestError('protocol', 'first response is not block 0');
    const etag = findOption(first.options, OptionNumber.ETag);
    const chunks: Buffer[] = [first.payload];
    let total = first.payload.length;
    let szx = b.szx;
    for (;;) {
      const num = total / blockSize(szx);
      if (!Number.isInteger(num)) throw new CoapRequestError('protocol', 'block size not a multiple of SZX');
      const options = [...baseOptions, { number: OptionNumber.Block2, value: encodeBlock(num, false, szx) }];
      const resp = await this.exchange(peer, { confirmable: true, code, token: this.tokens.allocate(), options, payload }, deadline);
      if (codeClass(resp.code) !== 2) throw new CoapRequestError('protocol', `block ${num} answered ${codeToString(resp.code)}`);
      const rRaw = findOption(resp.options, OptionNumber.Block2);
      const rb = rRaw === undefined ? undefined : decodeBlock(rRaw);
      if (!rb || rb.num * blockSize(rb.szx) !== total) throw new CoapRequestError('protocol', `unexpected block in answer to block ${num}`);
      const rEtag = findOption(resp.options, OptionNumber.ETag);
      if (etag !== undefined && (rEtag === undefined || !rEtag.equals(etag))) {
        throw new CoapRequestError('protocol', 'representation changed during the Block2 transfer');
      }
      total += resp.payload.length;
      if (total > this.limits.maxBodySize) throw new CoapRequestError('protocol', 'Block2 body too large');
      chunks.push(resp.payload);
      szx = rb.szx;
      if (!rb.more) return Buffer.concat(chunks, total);
      if (resp.payload.length !== blockSize(rb.szx)) throw new CoapRequestError('protocol', 'short non-final block');
    }
  }
}

/** The options a request carries on every message of its transfer. */
function requestOptions(req: OutboundRequest): CoapOption[] {
  const options: CoapOption[] = req.options ? [...req.options] : [];
  stringsToOptions(OptionNumber.UriPath, req.uriPath, options);
  stringsToOptions(OptionNumber.UriQuery, req.uriQuery, options);
  if (req.contentFormat !== undefined) options.push({ number: OptionNumber.ContentFormat, value: encodeUint(req.contentFormat) });
  if (req.accept !== undefined) options.push({ number: OptionNumber.Accept, value: encodeUint(req.accept) });
  return options;
}

export function toInboundResponse(msg: CoapMessage, payload: Buffer): InboundResponse {
  return {
    code: codeToString(msg.code),
    contentFormat: uintOption(msg.options, OptionNumber.ContentFormat),
    observe: uintOption(msg.options, OptionNumber.Observe),
    payload,
    options: msg.options,
  };
}

