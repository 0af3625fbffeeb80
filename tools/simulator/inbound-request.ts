import type coap from 'coap';
import { parsePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { optionValues } from './coap-request.js';
import { CoapStatusError } from './errors.js';

/** A server → device request, decoded from node-coap's message into plain facts. */
export interface InboundRequest {
  readonly method: string;
  readonly path: Lwm2mPath;
  readonly pathText: string;
  readonly query: string[];
  readonly contentFormat?: number;
  readonly accept?: number;
  readonly observe?: number;
  readonly payload: Buffer;
  readonly token: string;
  /** The Block1 option of the last block, echoed in the final answer (RFC 7959 §2.3). */
  readonly block1?: Buffer;
}

// node-coap turns Content-Format/Accept into media-type names; map them back to numbers.
// Names node-coap knows but LwM2M does not use map to NOT_LWM2M, which the operations refuse (4.15/4.06).
const NOT_LWM2M = -1;
const FORMAT_NUMBERS = new Map<string, number>([
  ['text/plain', 0],
  ['application/link-format', 40],
  ['application/octet-stream', 42],
  ['application/cbor', 60],
  ['application/senml+json', 110],
  ['application/senml+cbor', 112],
  ['application/vnd.oma.lwm2m+tlv', 11542],
  ['application/vnd.oma.lwm2m+json', 11543],
  ['application/vnd.oma.lwm2m+cbor', 11544],
]);

/** A Content-Format / Accept option value as node-coap hands it over, as a number. */
export function contentFormatNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return FORMAT_NUMBERS.get(v.split(';')[0] ?? '') ?? (/^\d+$/.test(v) ? Number(v) : NOT_LWM2M);
  if (Buffer.isBuffer(v)) return v.length <= 4 ? (v.length === 0 ? 0 : v.readUIntBE(0, v.length)) : undefined;
  return undefined;
}

const text = (v: unknown): string => (Buffer.isBuffer(v) ? v.toString('utf8') : String(v));

/** Reads the request; a malformed path is a 4.04 (no such object), per LwM2M's path rules. */
export function readInbound(req: coap.IncomingMessage): InboundRequest {
  const segments = optionValues(req, 'Uri-Path').map(text);
  const pathText = '/' + segments.join('/');
  let path: Lwm2mPath;
  try {
    path = segments.length === 0 ? {} : parsePath(pathText);
  } catch {
    throw new CoapStatusError('4.04', `no such path ${pathText}`);
  }
  const first = (name: string): number | undefined => {
    const v = optionValues(req, name)[0];
    return v === undefined ? undefined : v === null ? 0 : contentFormatNumber(v);
  };
  const block1 = optionValues(req, 'Block1')[0];
  const out: { -readonly [K in keyof InboundRequest]: InboundRequest[K] } = {
    method: String(req.method),
    path,
    pathText,
    query: optionValues(req, 'Uri-Query').map(text),
    payload: req.payload ?? Buffer.alloc(0),
    token: (req._packet.token ?? Buffer.alloc(0)).toString('hex'),
  };
  const cf = first('Content-Format');
  const accept = first('Accept');
  const observe = first('Observe');
  if (cf !== undefined) out.contentFormat = cf;
  if (accept !== undefined) out.accept = accept;
  if (observe !== undefined) out.observe = observe;
  if (Buffer.isBuffer(block1)) out.block1 = block1;
  return out;
}
