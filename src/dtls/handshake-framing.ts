/**
 * DTLS handshake message headers and fragmentation (RFC 6347 §4.2.2-§4.2.3).
 */
import { HANDSHAKE_HEADER_LENGTH } from './constants.js';
import { decodeError } from './errors.js';

export interface HandshakeFragment {
  readonly msgType: number;
  readonly length: number;
  readonly messageSeq: number;
  readonly fragmentOffset: number;
  readonly fragmentLength: number;
  readonly body: Buffer;
}

/** A complete (reassembled) handshake message. */
export interface HandshakeMessage {
  readonly msgType: number;
  readonly messageSeq: number;
  readonly body: Buffer;
}

/** Parses all handshake fragments of one handshake record's content. */
export function parseHandshakeFragments(content: Buffer): HandshakeFragment[] {
  const out: HandshakeFragment[] = [];
  let pos = 0;
  while (pos < content.length) {
    if (content.length - pos < HANDSHAKE_HEADER_LENGTH) throw decodeError('truncated handshake header');
    const msgType = content[pos]!;
    const length = content.readUIntBE(pos + 1, 3);
    const messageSeq = content.readUInt16BE(pos + 4);
    const fragmentOffset = content.readUIntBE(pos + 6, 3);
    const fragmentLength = content.readUIntBE(pos + 9, 3);
    const start = pos + HANDSHAKE_HEADER_LENGTH;
    if (start + fragmentLength > content.length) throw decodeError('handshake fragment past record end');
    if (fragmentOffset + fragmentLength > length) throw decodeError('handshake fragment past message end');
    out.push({ msgType, length, messageSeq, fragmentOffset, fragmentLength, body: content.subarray(start, start + fragmentLength) });
    pos = start + fragmentLength;
  }
  return out;
}

export function handshakeHeader(msgType: number, length: number, messageSeq: number, offset: number, fragLen: number): Buffer {
  const h = Buffer.allocUnsafe(HANDSHAKE_HEADER_LENGTH);
  h[0] = msgType;
  h.writeUIntBE(length, 1, 3);
  h.writeUInt16BE(messageSeq, 4);
  h.writeUIntBE(offset, 6, 3);
  h.writeUIntBE(fragLen, 9, 3);
  return h;
}

/**
 * The message as the transcript hashes it: unfragmented header (offset 0, fragment_length =
 * length) plus body (RFC 6347 §4.2.6).
 */
export function transcriptBytes(msg: HandshakeMessage): Buffer {
  return Buffer.concat([handshakeHeader(msg.msgType, msg.body.length, msg.messageSeq, 0, msg.body.length), msg.body]);
}

/** Splits a message into fragments of at most `maxFragment` body bytes each. */
export function fragmentMessage(msg: HandshakeMessage, maxFragment: number): Buffer[] {
  const total = msg.body.length;
  if (total <= maxFragment) return [transcriptBytes(msg)];
  const out: Buffer[] = [];
  for (let off = 0; off < total; off += maxFragment) {
    const len = Math.min(maxFragment, total - off);
    out.push(Buffer.concat([handshakeHeader(msg.msgType, total, msg.messageSeq, off, len), msg.body.subarray(off, off + len)]));
  }
  return out;
}
