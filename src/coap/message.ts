import { generate } from 'coap-packet';
import { CODE_EMPTY, MessageType } from './codes.js';
import type { CoapOption } from './types.js';

/** One CoAP message with numeric option numbers (RFC 7252 §3), as the layer handles it. */
export interface CoapMessage {
  readonly type: MessageType;
  /** The raw code byte: class << 5 | detail. */
  readonly code: number;
  readonly messageId: number;
  readonly token: Buffer;
  /** Options in wire order (ascending number; repeated options keep their order). */
  readonly options: readonly CoapOption[];
  readonly payload: Buffer;
}

export type ParseResult =
  | { readonly ok: true; readonly message: CoapMessage }
  | { readonly ok: false; readonly reason: string; readonly messageId?: number; readonly type?: MessageType };

const EMPTY: Buffer = Buffer.alloc(0);
const NO_OPTIONS: readonly CoapOption[] = Object.freeze([]);

function fail(reason: string, datagram: Buffer): ParseResult {
  // The header is readable once 4 bytes are there: the caller may then answer RST (§4.2/§4.3).
  if (datagram.length >= 4) {
    return { ok: false, reason, messageId: datagram.readUInt16BE(2), type: ((datagram[0] as number) >> 4) & 3 };
  }
  return { ok: false, reason };
}

/**
 * Parses a datagram. Hostile input gives { ok: false }, never an exception.
 * This strict reader is ours rather than coap-packet's parse(), which (1.1.1) cuts option values
 * that run past the datagram's end instead of rejecting them, accepts a payload marker followed
 * by nothing, and names options by strings; RFC 7252 §3 makes all three message format errors.
 */
export function parseMessage(datagram: Buffer): ParseResult {
  const len = datagram.length;
  if (len < 4) return fail('datagram shorter than the CoAP header', datagram);
  const b0 = datagram[0] as number;
  // RFC 7252 §3: messages with unknown version numbers are silently ignored (so no header info).
  if (b0 >> 6 !== 1) return { ok: false, reason: 'unsupported CoAP version' };
  const type = (b0 >> 4) & 3;
  const tkl = b0 & 15;
  // RFC 7252 §3: token lengths 9..15 are reserved and a message format error.
  if (tkl > 8) return fail('reserved token length', datagram);
  const code = datagram[1] as number;
  const messageId = datagram.readUInt16BE(2);
  if (code === CODE_EMPTY) {
    // RFC 7252 §4.1: an Empty message has nothing after the message ID.
    if (len !== 4 || tkl !== 0) return fail('empty message with content', datagram);
    return { ok: true, message: { type, code, messageId, token: EMPTY, options: NO_OPTIONS, payload: EMPTY } };
  }
  if (4 + tkl > len) return fail('token runs past the datagram', datagram);
  const token = tkl === 0 ? EMPTY : datagram.subarray(4, 4 + tkl);
  let pos = 4 + tkl;
  let number = 0;
  let options: CoapOption[] | undefined;
  let payload: Buffer = EMPTY;
  while (pos < len) {
    const byte = datagram[pos++] as number;
    if (byte === 0xff) {
      // §3: a marker followed by a zero-length payload is a format error.
      if (pos === len) return fail('payload marker without payload', datagram);
      payload = datagram.subarray(pos);
      break;
    }
    // RFC 7252 §3.1: nibbles 13 and 14 take 1 or 2 extension bytes; 15 is reserved.
    const delta = readExtended(datagram, pos, byte >> 4);
    if (delta < 0) return fail(delta === BAD_NIBBLE ? 'reserved option delta' : 'truncated option delta', datagram);
    pos += extensionBytes(byte >> 4);
    const optLen = readExtended(datagram, pos, byte & 15);
    if (optLen < 0) return fail(optLen === BAD_NIBBLE ? 'reserved option length' : 'truncated option length', datagram);
    pos += extensionBytes(byte & 15);
    if (pos + optLen > len) return fail('option value runs past the datagram', datagram);
    number += delta;
    if (number > 65535) return fail('option number out of range', datagram);
    (options ??= []).push({ number, value: datagram.subarray(pos, pos + optLen) });
    pos += optLen;
  }
  return { ok: true, message: { type, code, messageId, token, options: options ?? NO_OPTIONS, payload } };
}

const BAD_NIBBLE = -1;
const TRUNCATED = -2;

function extensionBytes(nibble: number): number {
  return nibble === 13 ? 1 : nibble === 14 ? 2 : 0;
}

/** The value of an option delta/length nibble with its extension bytes at pos, or a negative error. */
function readExtended(datagram: Buffer, pos: number, nibble: number): number {
  if (nibble < 13) return nibble;
  if (nibble === 15) return BAD_NIBBLE;
  if (pos + extensionBytes(nibble) > datagram.length) return TRUNCATED;
  return nibble === 13 ? (datagram[pos] as number) + 13 : datagram.readUInt16BE(pos) + 269;
}

/** What buildMessage needs; options may come in any order (they are sorted stably). */
export interface MessageSpec {
  readonly type: MessageType;
  readonly code: number;
  readonly messageId: number;
  readonly token?: Buffer;
  readonly options?: readonly CoapOption[];
  readonly payload?: Buffer;
}

// coap-packet refuses to build datagrams above its maxLength (1280 by default); the layer bounds
// sizes itself with Block1/Block2, so only the 16-bit UDP limit applies here.
const MAX_DATAGRAM = 65_507;

/** Serialises a message with coap-packet. Throws only on programming errors (oversize, bad token). */
export function buildMessage(spec: MessageSpec): Buffer {
  const options = spec.options ? spec.options.map((o) => ({ name: o.number, value: o.value })) : [];
  return generate(
    {
      code: codeArg(spec.code),
      messageId: spec.messageId,
      token: spec.token ?? EMPTY,
      options,
      payload: spec.payload ?? EMPTY,
      confirmable: spec.type === MessageType.CON,
      ack: spec.type === MessageType.ACK,
      reset: spec.type === MessageType.RST,
    },
    MAX_DATAGRAM,
  );
}

function codeArg(code: number): string {
  // coap-packet takes "c.dd" strings (it treats "0.00" specially for empty messages).
  const detail = code & 31;
  return `${code >> 5}.${detail < 10 ? '0' : ''}${detail}`;
}

/** Empty ACK or RST (RFC 7252 §4.2, §4.3): 4 bytes, built directly since it is the hot path. */
export function buildEmpty(type: MessageType.ACK | MessageType.RST, messageId: number): Buffer {
  const buf = Buffer.allocUnsafe(4);
  buf[0] = 0x40 | (type << 4);
  buf[1] = 0;
  buf[2] = (messageId >> 8) & 0xff;
  buf[3] = messageId & 0xff;
  return buf;
}

/** First value of an option, or undefined. */
export function findOption(options: readonly CoapOption[], number: number): Buffer | undefined {
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as CoapOption;
    if (o.number === number) return o.value;
    if (o.number > number) return undefined;
  }
  return undefined;
}

/** All values of a repeatable option, in order, as UTF-8 strings (Uri-Path, Uri-Query, ...). */
export function stringOptions(options: readonly CoapOption[], number: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < options.length; i++) {
    const o = options[i] as CoapOption;
    if (o.number === number) out.push(o.value.toString('utf8'));
    else if (o.number > number) break;
  }
  return out;
}

/** RFC 7252 §3.2 uint option value: big-endian, leading zero bytes stripped (0 is empty). */
export function encodeUint(value: number): Buffer {
  if (value === 0) return EMPTY;
  if (value < 0x100) return Buffer.of(value);
  if (value < 0x10000) return Buffer.of(value >> 8, value & 0xff);
  if (value < 0x1000000) return Buffer.of(value >> 16, (value >> 8) & 0xff, value & 0xff);
  const b = Buffer.allocUnsafe(4);
  b.writeUInt32BE(value >>> 0, 0);
  return b;
}

/** Decodes a uint option of at most 4 bytes; undefined when longer (hostile input). */
export function decodeUint(value: Buffer): number | undefined {
  if (value.length > 4) return undefined;
  let n = 0;
  for (let i = 0; i < value.length; i++) n = n * 256 + (value[i] as number);
  return n;
}

export function uintOption(options: readonly CoapOption[], number: number): number | undefined {
  const v = findOption(options, number);
  return v === undefined ? undefined : decodeUint(v);
}

export function stringsToOptions(number: number, values: readonly string[] | undefined, into: CoapOption[]): void {
  if (!values) return;
  for (const v of values) into.push({ number, value: Buffer.from(v, 'utf8') });
}
