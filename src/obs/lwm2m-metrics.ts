/**
 * Counting what the LwM2M server does, from its events and operation outcomes, so the
 * composition root wires metrics with one call per server instead of touching every layer.
 */
import { CoapRequestError } from '../coap/types.js';
import { ContentFormat } from '../lwm2m/content-format.js';
import { CodecError, ModelError } from '../lwm2m/errors.js';
import type { Lwm2mServerEvents } from '../lwm2m/server/server-events.js';
import type { DownlinkOperation, DownlinkResult, ParserKind, TransportMetrics } from './transport-metrics.js';

/** The part of Lwm2mServer this module listens to. */
export interface Lwm2mEventSource {
  on<K extends keyof Lwm2mServerEvents>(event: K, listener: (...args: Lwm2mServerEvents[K]) => void): unknown;
  off<K extends keyof Lwm2mServerEvents>(event: K, listener: (...args: Lwm2mServerEvents[K]) => void): unknown;
}

const FORMAT_PARSER: ReadonlyMap<number, ParserKind> = new Map<number, ParserKind>([
  [ContentFormat.TEXT, 'text'],
  [ContentFormat.LINK, 'link_format'],
  [ContentFormat.OPAQUE, 'opaque'],
  [ContentFormat.CBOR, 'cbor'],
  [ContentFormat.SENML_JSON, 'senml_json'],
  [ContentFormat.SENML_CBOR, 'senml_cbor'],
  [ContentFormat.TLV, 'tlv'],
  [ContentFormat.LEGACY_TLV, 'tlv'],
  [ContentFormat.LWM2M_JSON, 'lwm2m_json'],
  [ContentFormat.LEGACY_JSON, 'lwm2m_json'],
  [ContentFormat.LWM2M_CBOR, 'lwm2m_cbor'],
]);

/** The parser a rejection belongs to: CodecError by its content format, ModelError is DDF. */
export function parserKindOf(err: unknown): ParserKind | undefined {
  if (err instanceof CodecError) return FORMAT_PARSER.get(err.format);
  if (err instanceof ModelError) return 'ddf';
  return undefined;
}

/** Counts a parser rejection when `err` is one; returns whether it counted. */
export function countParserRejection(m: TransportMetrics, err: unknown): boolean {
  const kind = parserKindOf(err);
  if (kind === undefined) return false;
  m.parserRejections[kind].inc();
  return true;
}

/**
 * success: the device answered 2.xx; timeout: no answer in time (CoapRequestError "timeout");
 * failure: an error code, a reset, or a request that could not be built or sent.
 */
export function classifyDownlink(outcome: { readonly code: string } | unknown): DownlinkResult {
  if (outcome instanceof CoapRequestError) return outcome.reason === 'timeout' ? 'timeout' : 'failure';
  if (typeof outcome === 'object' && outcome !== null && 'code' in outcome) {
    const code = (outcome as { code: unknown }).code;
    return typeof code === 'string' && code.startsWith('2.') ? 'success' : 'failure';
  }
  return 'failure';
}

/**
 * Counts one downlink operation by its outcome (a result or the thrown error). A success whose
 * payload did not decode (`error` set) also counts a parser rejection.
 */
export function recordDownlink(m: TransportMetrics, op: DownlinkOperation, outcome: unknown): void {
  m.downlink[op][classifyDownlink(outcome)].inc();
  if (typeof outcome === 'object' && outcome !== null && 'error' in outcome) {
    countParserRejection(m, (outcome as { error: unknown }).error);
  } else {
    countParserRejection(m, outcome);
  }
}

/**
 * Counts registrations, uplink by kind and active sessions from a server's events. Returns a
 * function that detaches the listeners. `rejected` registrations are counted by the accept hook's
 * owner (`m.registrations.rejected.inc()`): the server emits no event for them.
 */
export function bindLwm2mServerMetrics(m: TransportMetrics, server: Lwm2mEventSource): () => void {
  const handlers: { [K in keyof Lwm2mServerEvents]?: (...args: Lwm2mServerEvents[K]) => void } = {
    registered: () => {
      m.registrations.registered.inc();
      m.uplink.register.inc();
      m.activeSessions.inc();
    },
    updated: () => {
      m.registrations.updated.inc();
      m.uplink.update.inc();
    },
    deregistered: () => {
      m.registrations.deregistered.inc();
      m.uplink.deregister.inc();
      m.activeSessions.dec();
    },
    expired: () => {
      m.registrations.expired.inc();
      m.activeSessions.dec();
    },
    // A Register that replaces an older registration of the same endpoint ends that one.
    replaced: () => m.activeSessions.dec(),
    // Put back from the state store after a restart: live again without a Register.
    restored: () => m.activeSessions.inc(),
    // Ended by the owner (device deleted, credentials changed, failed check after a restore).
    removed: () => m.activeSessions.dec(),
    notification: (_reg, n) => {
      m.uplink.notification.inc();
      if (n.error !== undefined) countParserRejection(m, n.error);
    },
    send: () => m.uplink.send.inc(),
  };
  const attach = <K extends keyof Lwm2mServerEvents>(event: K, on: boolean): void => {
    const h = handlers[event];
    if (h === undefined) return;
    if (on) server.on(event, h);
    else server.off(event, h);
  };
  const events = Object.keys(handlers) as (keyof Lwm2mServerEvents)[];
  for (const e of events) attach(e, true);
  return () => {
    for (const e of events) attach(e, false);
  };
}
