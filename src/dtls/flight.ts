/**
 * A flight is the unit of retransmission (RFC 6347 §4.2.4): the handshake messages and
 * ChangeCipherSpec one side sends before waiting. Entries remember their epoch so a
 * retransmission is re-protected with fresh sequence numbers.
 */
import { HANDSHAKE_HEADER_LENGTH, RECORD_HEADER_LENGTH } from './constants.js';
import { fragmentMessage, type HandshakeMessage } from './handshake-framing.js';

export type FlightEntry =
  | { readonly kind: 'handshake'; readonly epoch: number; readonly message: HandshakeMessage }
  | { readonly kind: 'ccs'; readonly epoch: number };

export interface FlightRecord {
  readonly type: number;
  readonly epoch: number;
  readonly content: Buffer;
}

/** Worst-case protection overhead: CBC IV 16 + MAC 32 + padding 16, or CID 32 + AEAD 24. */
const MAX_OVERHEAD = 64 + 32;

/** The record contents of a flight, with handshake messages fragmented to fit the datagram size. */
export function flightRecords(entries: readonly FlightEntry[], maxDatagramSize: number): FlightRecord[] {
  const maxFragment = Math.max(64, maxDatagramSize - RECORD_HEADER_LENGTH - HANDSHAKE_HEADER_LENGTH - MAX_OVERHEAD);
  const out: FlightRecord[] = [];
  for (const e of entries) {
    if (e.kind === 'ccs') out.push({ type: 20, epoch: e.epoch, content: Buffer.from([1]) });
    else for (const frag of fragmentMessage(e.message, maxFragment)) out.push({ type: 22, epoch: e.epoch, content: frag });
  }
  return out;
}

/** Packs encoded records into as few datagrams of at most `max` bytes as possible (§4.1.1). */
export function packDatagrams(records: readonly Buffer[], max: number): Buffer[] {
  const out: Buffer[] = [];
  let cur: Buffer[] = [];
  let size = 0;
  for (const r of records) {
    if (size > 0 && size + r.length > max) {
      out.push(Buffer.concat(cur));
      cur = [];
      size = 0;
    }
    cur.push(r);
    size += r.length;
  }
  if (cur.length > 0) out.push(Buffer.concat(cur));
  return out;
}
