/**
 * Reassembles fragmented handshake messages and hands them out strictly in message_seq order
 * (RFC 6347 §4.2.2). Memory is bounded: a message longer than `maxMessageLength` is refused,
 * and only a few messages ahead of the next expected one are buffered. Overlapping fragments
 * are allowed (they arise from retransmission with a different MTU) but must agree on the
 * message type and total length.
 */
import type { HandshakeFragment, HandshakeMessage } from './handshake-framing.js';
import { decodeError } from './errors.js';

interface Partial {
  msgType: number;
  body: Buffer;
  /** Received byte ranges, merged; complete when one range covers [0, length). */
  ranges: Array<[number, number]>;
}

export type FragmentVerdict = 'buffered' | 'old' | 'dropped';

export class HandshakeReassembler {
  private nextSeq: number;
  private readonly pending = new Map<number, Partial>();
  private readonly ready = new Map<number, HandshakeMessage>();
  private bufferedBytes = 0;

  constructor(
    firstSeq: number,
    private readonly maxMessageLength = 16 * 1024,
    private readonly maxAhead = 8,
    private readonly maxBufferedBytes = 64 * 1024,
  ) {
    this.nextSeq = firstSeq;
  }

  get expectedSeq(): number {
    return this.nextSeq;
  }

  /** Adds a fragment. 'old' means a retransmission of an already processed message. */
  add(f: HandshakeFragment): FragmentVerdict {
    if (f.messageSeq < this.nextSeq) return 'old';
    if (f.messageSeq >= this.nextSeq + this.maxAhead) return 'dropped';
    if (f.length > this.maxMessageLength) throw decodeError(`handshake message of ${f.length} bytes exceeds limit`);
    if (this.ready.has(f.messageSeq)) return 'buffered';
    let p = this.pending.get(f.messageSeq);
    if (!p) {
      if (this.bufferedBytes + f.length > this.maxBufferedBytes) return 'dropped';
      p = { msgType: f.msgType, body: Buffer.alloc(f.length), ranges: [] };
      this.pending.set(f.messageSeq, p);
      this.bufferedBytes += f.length;
    } else if (p.msgType !== f.msgType || p.body.length !== f.length) {
      throw decodeError('fragments of one message disagree on type or length');
    }
    f.body.copy(p.body, f.fragmentOffset);
    p.ranges = mergeRange(p.ranges, f.fragmentOffset, f.fragmentOffset + f.fragmentLength);
    const first = p.ranges[0];
    if (first && first[0] === 0 && first[1] === p.body.length) {
      this.pending.delete(f.messageSeq);
      this.ready.set(f.messageSeq, { msgType: p.msgType, messageSeq: f.messageSeq, body: p.body });
    } else if (p.body.length === 0) {
      this.pending.delete(f.messageSeq);
      this.ready.set(f.messageSeq, { msgType: p.msgType, messageSeq: f.messageSeq, body: p.body });
    }
    return 'buffered';
  }

  /** True while fragments or complete messages wait here (none may at ChangeCipherSpec). */
  hasBuffered(): boolean {
    return this.pending.size > 0 || this.ready.size > 0;
  }

  /** Next complete in-order message, if any. */
  next(): HandshakeMessage | undefined {
    const m = this.ready.get(this.nextSeq);
    if (!m) return undefined;
    this.ready.delete(this.nextSeq);
    this.bufferedBytes -= m.body.length;
    this.nextSeq++;
    return m;
  }
}

function mergeRange(ranges: Array<[number, number]>, start: number, end: number): Array<[number, number]> {
  if (end <= start) return ranges;
  const all = [...ranges, [start, end] as [number, number]].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of all) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
