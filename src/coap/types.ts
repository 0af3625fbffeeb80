import type { Peer } from '../net/datagram.js';

/**
 * The public surface of the CoAP message layer (RFC 7252, 7641, 7959), independent of LwM2M.
 * The LwM2M layer uses only what is declared here; `endpoint.ts` implements it.
 */

export type CoapMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'FETCH' | 'PATCH' | 'iPATCH';

/** A response code in dotted form: "2.05", "4.04". */
export type CoapCodeString = `${number}.${string}`;

export interface CoapOption {
  readonly number: number;
  readonly value: Buffer;
}

/** A request as the application sees it: block-wise transfer already reassembled. */
export interface InboundRequest {
  readonly peer: Peer;
  readonly method: CoapMethod;
  readonly uriPath: readonly string[];
  readonly uriQuery: readonly string[];
  readonly contentFormat?: number;
  readonly accept?: number;
  readonly observe?: number;
  readonly payload: Buffer;
  readonly token: Buffer;
  readonly confirmable: boolean;
  /** All options in wire order, for anything not surfaced above. */
  readonly options: readonly CoapOption[];
  /**
   * Present when the request carried a Block2 option (RFC 7959 §2.4): the client wants block
   * `num` of `size` bytes (size already reduced to the endpoint's maxBlockSize).
   * Contract: a handler may ignore it and return the whole body; the layer then sends block
   * `num` and keeps the body for a short time to serve the following blocks without calling
   * the handler again (on a cache miss the handler is called again). A handler serving large
   * content (firmware) may instead return only the bytes of that block and set
   * OutboundResponse.block2Slice; the layer then sends the payload as block `num` unchanged.
   */
  readonly block2?: { readonly num: number; readonly size: number };
}

/** What a request handler answers. Large payloads are sent with Block2 by the layer. */
export interface OutboundResponse {
  readonly code: CoapCodeString;
  readonly contentFormat?: number;
  readonly payload?: Buffer;
  readonly locationPath?: readonly string[];
  readonly options?: readonly CoapOption[];
  /**
   * Only in answer to a request with `block2`: the payload is exactly block `num` (at most
   * `size` bytes). `more` tells whether blocks follow; `totalSize`, when known, goes into Size2.
   */
  readonly block2Slice?: { readonly more: boolean; readonly totalSize?: number };
}

export type RequestHandler = (req: InboundRequest) => OutboundResponse | Promise<OutboundResponse>;

/** A request the server sends to a device. */
export interface OutboundRequest {
  readonly method: CoapMethod;
  readonly uriPath?: readonly string[];
  readonly uriQuery?: readonly string[];
  readonly contentFormat?: number;
  readonly accept?: number;
  readonly payload?: Buffer;
  /** Default true. */
  readonly confirmable?: boolean;
  /** Extra options (numbers not surfaced above). */
  readonly options?: readonly CoapOption[];
}

export interface InboundResponse {
  readonly code: CoapCodeString;
  readonly contentFormat?: number;
  readonly observe?: number;
  /** The whole payload: Block2 transfers are completed by the layer. */
  readonly payload: Buffer;
  readonly options: readonly CoapOption[];
}

export interface RequestOptions {
  /** Overall deadline for the exchange, including separate responses and all blocks. */
  readonly timeoutMs?: number;
  /** Preferred Block1 size (16..1024) for large payloads; the device may negotiate it down. */
  readonly block1Size?: number;
  /** Preferred Block2 size for reads (the device may answer with a smaller one). */
  readonly block2Size?: number;
  /** Block1 uploads: called after each block the device accepted (bytes acknowledged so far, total). */
  readonly onBlock1Progress?: (acknowledgedBytes: number, totalBytes: number) => void;
  /** observe() only: told once when the observation ends for any reason. */
  readonly onObservationEnd?: (reason: ObservationEndReason) => void;
}

/**
 * Why an observation ended: the device answered a notification with an error or without
 * Observe (RFC 7641 §3.2), rejected a message of it with RST, cancel()/forget() was called,
 * or the endpoint closed.
 */
export type ObservationEndReason = 'response' | 'reset' | 'cancelled' | 'forgotten' | 'closed';

/** A client-side observation (RFC 7641 §3) the server holds on a device resource. */
export interface Observation {
  readonly token: Buffer;
  readonly peer: Peer;
  /** Proactive cancel (RFC 7641 §3.6): a GET/FETCH with Observe=1 and the same token. */
  cancel(): Promise<InboundResponse | undefined>;
  /** Forget it locally; the next notification is answered with RST (reactive cancel). */
  forget(): void;
}

export type NotificationHandler = (response: InboundResponse, observation: Observation) => void;

export interface CoapTiming {
  /** RFC 7252 §4.8 ACK_TIMEOUT, milliseconds. */
  readonly ackTimeoutMs: number;
  readonly ackRandomFactor: number;
  readonly maxRetransmit: number;
  /** How long a separate response may take after its empty ACK. */
  readonly separateResponseTimeoutMs: number;
  /** RFC 7252 §4.8.2 EXCHANGE_LIFETIME, milliseconds: how long dedup entries live. */
  readonly exchangeLifetimeMs: number;
  /**
   * Server side: how long a request handler may work before the endpoint sends an empty ACK
   * and answers later with a separate response (RFC 7252 §5.2.2). Default ackTimeoutMs / 2.
   */
  readonly separateResponseDelayMs?: number;
}

export const DEFAULT_TIMING: CoapTiming = Object.freeze({
  ackTimeoutMs: 2000,
  ackRandomFactor: 1.5,
  maxRetransmit: 4,
  separateResponseTimeoutMs: 30_000,
  exchangeLifetimeMs: 247_000,
});

/** Injected time source, so timers can be driven by tests. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

export interface TimerHandle {
  unref?(): void;
}

export class CoapRequestError extends Error {
  override readonly name = 'CoapRequestError';
  constructor(
    readonly reason: 'timeout' | 'reset' | 'cancelled' | 'closed' | 'protocol',
    message: string,
  ) {
    super(message);
  }
}

/** The endpoint both as server (devices' requests) and client (requests to devices). */
export interface CoapEndpointApi {
  setRequestHandler(handler: RequestHandler): void;
  request(peer: Peer, req: OutboundRequest, opts?: RequestOptions): Promise<InboundResponse>;
  /** Sends a GET/FETCH with Observe=0; resolves with the first response and the observation (if the device accepted it). */
  observe(
    peer: Peer,
    req: OutboundRequest,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Promise<{ response: InboundResponse; observation?: Observation }>;
  /**
   * Re-creates an observation this endpoint (or an earlier process on the same address) made
   * before, from persisted facts: the device keeps notifying with the old token (RFC 7641 §4.2),
   * and without this the notification would be unmatched and rejected with RST. Optional:
   * endpoints that cannot restore state leave it out.
   */
  restoreObservation?(
    peer: Peer,
    req: OutboundRequest,
    token: Buffer,
    lastObserve: number,
    onNotification: NotificationHandler,
    opts?: RequestOptions,
  ): Observation;
  close(): Promise<void>;
}
