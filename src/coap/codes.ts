import type { CoapCodeString, CoapMethod } from './types.js';

/** RFC 7252 §3: message types (the T field). */
export enum MessageType {
  CON = 0,
  NON = 1,
  ACK = 2,
  RST = 3,
}

/** RFC 7252 §5.10, RFC 7959 §2.1, RFC 9175 §3.2: option numbers used by the layer. */
export enum OptionNumber {
  IfMatch = 1,
  UriHost = 3,
  ETag = 4,
  IfNoneMatch = 5,
  Observe = 6,
  UriPort = 7,
  LocationPath = 8,
  UriPath = 11,
  ContentFormat = 12,
  MaxAge = 14,
  UriQuery = 15,
  Accept = 17,
  LocationQuery = 20,
  Block2 = 23,
  Block1 = 27,
  Size2 = 28,
  ProxyUri = 35,
  ProxyScheme = 39,
  Size1 = 60,
  NoResponse = 258,
  RequestTag = 292,
}

/**
 * Options this endpoint understands in a request. RFC 7252 §5.4.1: an unrecognised option with an
 * odd number is critical and makes the request fail with 4.02. Proxy-Uri/Proxy-Scheme are left out
 * on purpose: we are no proxy, so they are unrecognised here.
 */
const KNOWN_REQUEST_OPTIONS: ReadonlySet<number> = new Set<number>([
  OptionNumber.IfMatch,
  OptionNumber.UriHost,
  OptionNumber.ETag,
  OptionNumber.IfNoneMatch,
  OptionNumber.Observe,
  OptionNumber.UriPort,
  OptionNumber.UriPath,
  OptionNumber.ContentFormat,
  OptionNumber.UriQuery,
  OptionNumber.Accept,
  OptionNumber.Block2,
  OptionNumber.Block1,
  OptionNumber.Size2,
  OptionNumber.Size1,
  OptionNumber.NoResponse,
  OptionNumber.RequestTag,
]);

/** RFC 7252 §5.4.6: critical options have the low bit set. */
export function isUnknownCritical(optionNumber: number): boolean {
  return (optionNumber & 1) === 1 && !KNOWN_REQUEST_OPTIONS.has(optionNumber);
}

/**
 * Does a message carry a critical option we do not understand (RFC 7252 §5.4.1)? The set above
 * also covers responses: their critical options are Block1/Block2; the Location and Max-Age
 * options are elective.
 */
export function hasUnknownCritical(options: readonly { readonly number: number }[]): boolean {
  for (let i = 0; i < options.length; i++) {
    if (isUnknownCritical((options[i] as { number: number }).number)) return true;
  }
  return false;
}

export const CODE_EMPTY = 0;

const METHOD_CODES: Readonly<Record<CoapMethod, number>> = {
  GET: 1,
  POST: 2,
  PUT: 3,
  DELETE: 4,
  FETCH: 5, // RFC 8132
  PATCH: 6,
  iPATCH: 7,
};

const METHODS_BY_CODE: readonly (CoapMethod | undefined)[] = [
  undefined, 'GET', 'POST', 'PUT', 'DELETE', 'FETCH', 'PATCH', 'iPATCH',
];

export function methodCode(method: CoapMethod): number {
  return METHOD_CODES[method];
}

export function methodFromCode(code: number): CoapMethod | undefined {
  return code < METHODS_BY_CODE.length ? METHODS_BY_CODE[code] : undefined;
}

/** RFC 7252 §3: code byte = class (3 bits) << 5 | detail (5 bits). */
export function codeClass(code: number): number {
  return code >> 5;
}

const CODE_STRINGS: CoapCodeString[] = [];
for (let c = 0; c < 256; c++) {
  const detail = c & 31;
  CODE_STRINGS.push(`${c >> 5}.${detail < 10 ? '0' : ''}${detail}` as CoapCodeString);
}

/** "2.05" for 0x45: precomputed, the hot path turns every response code into one. */
export function codeToString(code: number): CoapCodeString {
  return CODE_STRINGS[code & 255] as CoapCodeString;
}

/** Parses "2.05"; undefined when the text is not a valid c.dd code. */
export function codeFromString(text: string): number | undefined {
  const m = /^([0-7])\.([0-3][0-9])$/.exec(text);
  if (!m) return undefined;
  const detail = Number(m[2]);
  if (detail > 31) return undefined;
  return (Number(m[1]) << 5) | detail;
}

export const CODE_CONTENT = 0x45; // 2.05
export const CODE_CONTINUE = 0x5f; // 2.31, RFC 7959 §2.9.1
export const CODE_BAD_REQUEST = 0x80; // 4.00
export const CODE_BAD_OPTION = 0x82; // 4.02
export const CODE_NOT_FOUND = 0x84; // 4.04
export const CODE_REQUEST_ENTITY_INCOMPLETE = 0x88; // 4.08, RFC 7959 §2.9.2
export const CODE_REQUEST_ENTITY_TOO_LARGE = 0x8d; // 4.13, RFC 7959 §2.9.3
export const CODE_INTERNAL_SERVER_ERROR = 0xa0; // 5.00
export const CODE_SERVICE_UNAVAILABLE = 0xa3; // 5.03
