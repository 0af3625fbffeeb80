/**
 * One produce batch as one ArrayBuffer, so the batch crosses to the producer thread
 * (producer-thread.ts) by transfer: one postMessage per batch, no structured clone of each
 * record, and no copy of the 8 KB pool slab a Buffer view would drag along with it.
 *
 * Layout (big-endian lengths):
 *   u16 topicCount, topicCount × (u16 len, utf8)
 *   u32 recordCount, recordCount × (
 *     u16 topicIndex, u16 keyLen, key utf8, u32 valueLen, value,
 *     u8 headerCount, headerCount × (u16 nameLen, name utf8, u32 valueLen, value))
 *
 * The unpacker checks every length against the buffer: a truncated or corrupt batch is a
 * RecordPackError, never a read past the end.
 */
import type { OutRecord } from './buffered-producer.js';

export class RecordPackError extends Error {
  override readonly name = 'RecordPackError';
}

/** A record as the producer thread hands it to kafkajs: views into the transferred buffer. */
export interface UnpackedRecord {
  topic: string;
  key: Buffer;
  value: Buffer;
  headers: Record<string, Buffer> | undefined;
}

const U16_MAX = 0xffff;

const utf8 = (s: string): number => Buffer.byteLength(s, 'utf8');

function checkU16(what: string, n: number): void {
  if (n > U16_MAX) throw new RecordPackError(`${what} of ${n} bytes does not fit the batch layout (max ${U16_MAX})`);
}

/** Packs records; the result's byteLength is exact (a fresh ArrayBuffer, safe to transfer). */
export function packRecords(records: readonly OutRecord[]): ArrayBuffer {
  const topicIndex = new Map<string, number>();
  const topics: string[] = [];
  let size = 2 + 4;
  for (const r of records) {
    if (!topicIndex.has(r.topic)) {
      topicIndex.set(r.topic, topics.length);
      topics.push(r.topic);
      size += 2 + utf8(r.topic);
    }
    size += 2 + 2 + utf8(r.key) + 4 + r.value.length + 1;
    if (r.headers !== undefined) for (const name in r.headers) size += 2 + utf8(name) + 4 + (r.headers[name]?.length ?? 0);
  }
  checkU16('topic count', topics.length);
  const buf = Buffer.allocUnsafeSlow(size);
  let o = buf.writeUInt16BE(topics.length, 0);
  for (const t of topics) o = writeShortString(buf, o, 'topic', t);
  o = buf.writeUInt32BE(records.length, o);
  for (const r of records) {
    o = buf.writeUInt16BE(topicIndex.get(r.topic) ?? 0, o);
    o = writeShortString(buf, o, 'key', r.key);
    o = buf.writeUInt32BE(r.value.length, o);
    buf.set(r.value, o);
    o += r.value.length;
    const headers = r.headers;
    if (headers === undefined) {
      o = buf.writeUInt8(0, o);
      continue;
    }
    const names = Object.keys(headers);
    if (names.length > 0xff) throw new RecordPackError(`${names.length} headers on one record (max 255)`);
    o = buf.writeUInt8(names.length, o);
    for (const name of names) {
      const v = headers[name] as Buffer;
      o = writeShortString(buf, o, 'header name', name);
      o = buf.writeUInt32BE(v.length, o);
      buf.set(v, o);
      o += v.length;
    }
  }
  // allocUnsafeSlow: a buffer of its own (not a pool slab), exactly `size` bytes, so it can be transferred.
  return buf.buffer as ArrayBuffer;
}

function writeShortString(buf: Buffer, o: number, what: string, s: string): number {
  const n = buf.write(s, o + 2, 'utf8');
  checkU16(what, n);
  buf.writeUInt16BE(n, o);
  return o + 2 + n;
}

/** Reads a packed batch back; throws RecordPackError on anything that does not add up. */
export function unpackRecords(data: ArrayBuffer): UnpackedRecord[] {
  const buf = Buffer.from(data);
  let o = 0;
  const need = (n: number, what: string): void => {
    if (o + n > buf.length) throw new RecordPackError(`batch truncated in ${what} at byte ${o} (${buf.length} bytes)`);
  };
  const u16 = (what: string): number => {
    need(2, what);
    const v = buf.readUInt16BE(o);
    o += 2;
    return v;
  };
  const u32 = (what: string): number => {
    need(4, what);
    const v = buf.readUInt32BE(o);
    o += 4;
    return v;
  };
  const bytes = (n: number, what: string): Buffer => {
    need(n, what);
    const v = buf.subarray(o, o + n);
    o += n;
    return v;
  };
  const topicCount = u16('topic count');
  const topics: string[] = [];
  for (let i = 0; i < topicCount; i++) topics.push(bytes(u16('topic length'), 'topic').toString('utf8'));
  const count = u32('record count');
  // Each record takes at least 9 bytes: a count beyond that is corrupt, not a reason to loop.
  if (count * 9 > buf.length - o) throw new RecordPackError(`record count ${count} exceeds what ${buf.length} bytes can hold`);
  const out: UnpackedRecord[] = [];
  for (let i = 0; i < count; i++) {
    const t = u16('topic index');
    const topic = topics[t];
    if (topic === undefined) throw new RecordPackError(`record ${i}: topic index ${t} of ${topicCount}`);
    const key = bytes(u16('key length'), 'key');
    const value = bytes(u32('value length'), 'value');
    need(1, 'header count');
    const headerCount = buf.readUInt8(o++);
    let headers: Record<string, Buffer> | undefined;
    if (headerCount > 0) {
      headers = {};
      for (let h = 0; h < headerCount; h++) {
        const name = bytes(u16('header name length'), 'header name').toString('utf8');
        headers[name] = bytes(u32('header value length'), 'header value');
      }
    }
    out.push({ topic, key, value, headers });
  }
  if (o !== buf.length) throw new RecordPackError(`${buf.length - o} bytes left after ${count} records`);
  return out;
}
