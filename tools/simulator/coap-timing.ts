import coap from 'coap';

/**
 * node-coap keeps its CoAP transmission parameters in one module-global object: every Agent and
 * Server in the process shares them, and a Server reads them when it is constructed. A fleet of
 * simulated devices therefore sets them once, before any device starts.
 */
export interface SimulatorTiming {
  /** RFC 7252 §4.8 ACK_TIMEOUT in seconds. */
  readonly ackTimeout: number;
  readonly ackRandomFactor: number;
  readonly maxRetransmit: number;
  /** RFC 7252 §4.8.2 MAX_LATENCY in seconds; drives EXCHANGE_LIFETIME. */
  readonly maxLatency: number;
}

/** Fast retransmissions for loopback tests: EXCHANGE_LIFETIME = 1*3*1.5 + (2*1 + 1) = 7.5 s. */
export const LOOPBACK_TIMING: SimulatorTiming = Object.freeze({
  ackTimeout: 1,
  ackRandomFactor: 1.5,
  maxRetransmit: 2,
  maxLatency: 1,
});

/** RFC 7252 §4.8.2: EXCHANGE_LIFETIME = MAX_TRANSMIT_SPAN + 2 * MAX_LATENCY + PROCESSING_DELAY. */
export function exchangeLifetimeSeconds(t: SimulatorTiming): number {
  // Same operations in the same order as node-coap's refreshTiming, so the floating-point result
  // (and thus the integer check below) matches what node-coap will compute.
  const maxTransmitSpan = t.ackTimeout * (Math.pow(2, t.maxRetransmit) - 1) * t.ackRandomFactor;
  const processingDelay = t.ackTimeout; // node-coap sets PROCESSING_DELAY to ACK_TIMEOUT
  const maxRtt = 2 * t.maxLatency + processingDelay;
  return maxTransmitSpan + maxRtt;
}

/**
 * Applies `t` to node-coap's global parameters. node-coap hands EXCHANGE_LIFETIME*1000 to
 * lru-cache as a ttl, which must be a positive integer or `createServer()` throws; values that
 * would produce a fraction are refused here with a clear message instead.
 */
export function applySimulatorTiming(t: SimulatorTiming = LOOPBACK_TIMING): void {
  const ms = exchangeLifetimeSeconds(t) * 1000;
  if (!Number.isInteger(ms) || ms <= 0) {
    throw new RangeError(
      `CoAP timing gives EXCHANGE_LIFETIME ${ms} ms; node-coap needs a positive whole number of milliseconds`,
    );
  }
  coap.updateTiming({
    ackTimeout: t.ackTimeout,
    ackRandomFactor: t.ackRandomFactor,
    maxRetransmit: t.maxRetransmit,
    maxLatency: t.maxLatency,
  });
}
