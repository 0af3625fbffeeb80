import type { CoapCodeString } from '../../coap/types.js';
import { Lwm2mError } from '../errors.js';
import type { Lwm2mVersion } from './registration.js';

/** A Register/Update/De-register the server refuses, with the CoAP code to answer. */
export class RegistrationRequestError extends Lwm2mError {
  override readonly name = 'RegistrationRequestError';
  constructor(
    readonly code: CoapCodeString,
    message: string,
  ) {
    super(message);
  }
}

/** Register parameters (LwM2M Core 1.1 §6.2.1 and Table 6.2.1-1). */
export interface RegisterParams {
  readonly endpoint: string;
  readonly lifetimeSec: number;
  readonly lwm2mVersion: Lwm2mVersion;
  readonly binding: string;
  readonly queueMode: boolean;
  readonly sms?: string;
}

/** Update parameters (LwM2M Core 1.1 §6.2.2): only what the client sent. */
export interface UpdateParams {
  readonly lifetimeSec?: number;
  readonly binding?: string;
  /** True when the 1.1 `Q` parameter was present, or the new binding carries Q. */
  readonly queueMode?: boolean;
  readonly sms?: string;
}

// LwM2M Core 1.1 §6.2.1: lifetime default 86400 s when the client omits `lt`.
export const DEFAULT_LIFETIME_SEC = 86400;
// Lifetime is an unsigned 32-bit value in the Server object (/1/x/1).
const MAX_LIFETIME_SEC = 0xffffffff;
// Endpoint names are URNs in practice; the bound keeps hostile input small.
const MAX_ENDPOINT_LENGTH = 256;
const MAX_SMS_LENGTH = 64;
// LwM2M 1.0 bindings U, UQ, S, SQ, US, UQS; 1.1 adds M (MQTT), H (HTTP), T (TCP), N (non-IP).
const BINDING_RE = /^[UMHTSNQ]{1,7}$/;
const VERSIONS: readonly Lwm2mVersion[] = ['1.0', '1.1', '1.2'];

function bad(message: string): RegistrationRequestError {
  return new RegistrationRequestError('4.00', message);
}

/** Splits `k=v` / `k` query segments; rejects a repeated parameter. */
function queryMap(query: readonly string[]): Map<string, string | true> {
  const out = new Map<string, string | true>();
  for (const q of query) {
    const eq = q.indexOf('=');
    const key = eq < 0 ? q : q.slice(0, eq);
    const value: string | true = eq < 0 ? true : q.slice(eq + 1);
    if (key === '') throw bad('empty query parameter');
    if (out.has(key)) throw bad(`repeated query parameter "${key}"`);
    out.set(key, value);
  }
  return out;
}

function parseLifetime(v: string | true | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (v === true || !/^[1-9]\d{0,9}$/.test(v)) throw bad(`bad lifetime "${String(v)}"`);
  const n = Number(v);
  if (n > MAX_LIFETIME_SEC) throw bad(`lifetime ${n} out of range`);
  return n;
}

function parseBinding(v: string | true | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v === true || !BINDING_RE.test(v) || new Set(v).size !== v.length) {
    throw bad(`bad binding "${String(v)}"`);
  }
  return v;
}

function parseSms(v: string | true | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (v === true || v.length > MAX_SMS_LENGTH) throw bad('bad sms number');
  return v;
}

/** The 1.1 queue flag is a bare `Q` (some clients send `q`); a value is not allowed. */
function parseQueueFlag(map: Map<string, string | true>): boolean {
  const v = map.get('Q') ?? map.get('q');
  if (v === undefined) return false;
  if (v !== true) throw bad('the Q parameter takes no value');
  return true;
}

export function parseRegisterQuery(query: readonly string[]): RegisterParams {
  const map = queryMap(query);
  const ep = map.get('ep');
  if (ep === undefined || ep === true || ep.length === 0) throw bad('missing endpoint name (ep)');
  if (ep.length > MAX_ENDPOINT_LENGTH || /[\u0000-\u001f\u007f]/.test(ep)) throw bad('bad endpoint name');
  const lifetimeSec = parseLifetime(map.get('lt')) ?? DEFAULT_LIFETIME_SEC;
  const lw = map.get('lwm2m');
  // LwM2M Core 1.0 clients may omit the version; it defaults to 1.0.
  let lwm2mVersion: Lwm2mVersion = '1.0';
  if (lw !== undefined) {
    const found = VERSIONS.find((x) => x === lw);
    if (found === undefined) throw bad(`unsupported LwM2M version "${String(lw)}"`);
    lwm2mVersion = found;
  }
  const binding = parseBinding(map.get('b')) ?? 'U';
  const queueMode = binding.includes('Q') || parseQueueFlag(map);
  const sms = parseSms(map.get('sms'));
  return sms === undefined
    ? { endpoint: ep, lifetimeSec, lwm2mVersion, binding, queueMode }
    : { endpoint: ep, lifetimeSec, lwm2mVersion, binding, queueMode, sms };
}

export function parseUpdateQuery(query: readonly string[]): UpdateParams {
  const map = queryMap(query);
  const out: { -readonly [K in keyof UpdateParams]: UpdateParams[K] } = {};
  const lt = parseLifetime(map.get('lt'));
  if (lt !== undefined) out.lifetimeSec = lt;
  const b = parseBinding(map.get('b'));
  if (b !== undefined) out.binding = b;
  const q = parseQueueFlag(map);
  if (b !== undefined || q) out.queueMode = q || (b ?? '').includes('Q');
  const sms = parseSms(map.get('sms'));
  if (sms !== undefined) out.sms = sms;
  return out;
}
