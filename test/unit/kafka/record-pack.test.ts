import { describe, expect, it } from 'vitest';
import type { OutRecord } from '../../../src/kafka/buffered-producer.js';
import { RecordPackError, packRecords, unpackRecords } from '../../../src/kafka/record-pack.js';

const records: OutRecord[] = [
  { topic: 'tb_rule_engine.main.0', key: '0a1b2c3d-4e5f-4a6b-8c7d-8e9fa0b1c2d3', value: Buffer.from([1, 2, 3]) },
  {
    topic: 'tb_transport.api.requests',
    key: 'f0e1d2c3-b4a5-4697-8899-aabbccddeeff',
    value: new Uint8Array([9, 8]),
    headers: { requestId: Buffer.alloc(16, 7), responseTopic: Buffer.from('tb_transport.api.responses.x'), expireTs: Buffer.alloc(8, 1) },
  },
  // Same topic as the first (one entry in the topic table), non-ASCII key, empty value.
  { topic: 'tb_rule_engine.main.0', key: 'schlüssel-✓', value: new Uint8Array(0) },
  // A value viewing the middle of a larger buffer (as protobufjs's pooled output does).
  { topic: 'tb_core.3', key: 'k', value: Buffer.from('xxHELLOyy').subarray(2, 7) },
];

describe('packRecords / unpackRecords', () => {
  it('round-trips topics, keys, values and headers', () => {
    const back = unpackRecords(packRecords(records));
    expect(back).toHaveLength(records.length);
    back.forEach((r, i) => {
      const want = records[i] as OutRecord;
      expect(r.topic).toBe(want.topic);
      expect(r.key.toString('utf8')).toBe(want.key);
      expect(Buffer.from(r.value).equals(Buffer.from(want.value))).toBe(true);
      if (want.headers === undefined) expect(r.headers).toBeUndefined();
      else expect(Object.fromEntries(Object.entries(r.headers ?? {}).map(([k, v]) => [k, v.toString('hex')]))).toEqual(
        Object.fromEntries(Object.entries(want.headers).map(([k, v]) => [k, v.toString('hex')])),
      );
    });
  });

  it('gives a buffer of exactly the packed size, of its own (transferable)', () => {
    const packed = packRecords(records);
    // 2 topics... every byte accounted for: unpack checks there is nothing left over.
    expect(() => unpackRecords(packed)).not.toThrow();
    expect(packed.byteLength).toBeLessThan(400);
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(packed, [packed]);
    expect(packed.byteLength).toBe(0); // detached: transferred, not copied
    port1.close();
    port2.close();
  });

  it('packs an empty batch', () => {
    expect(unpackRecords(packRecords([]))).toEqual([]);
  });

  it('refuses a topic or key that does not fit a 16-bit length', () => {
    expect(() => packRecords([{ topic: 't', key: 'k'.repeat(70_000), value: new Uint8Array(1) }])).toThrow(RecordPackError);
  });

  it('answers every truncation and corruption with RecordPackError, never a read past the end', () => {
    const packed = Buffer.from(packRecords(records));
    for (let cut = 0; cut < packed.length; cut++) {
      const part = packed.subarray(0, cut);
      expect(() => unpackRecords(part.buffer.slice(part.byteOffset, part.byteOffset + part.length))).toThrow(RecordPackError);
    }
    const extra = Buffer.concat([packed, Buffer.from([0])]);
    expect(() => unpackRecords(extra.buffer.slice(extra.byteOffset, extra.byteOffset + extra.length))).toThrow(/left after/);
    // A record count far beyond what the bytes can hold is refused before any loop.
    const huge = Buffer.from(packed);
    const countAt = 2 + 2 + Buffer.byteLength('tb_rule_engine.main.0') + 2 + Buffer.byteLength('tb_transport.api.requests') + 2 + Buffer.byteLength('tb_core.3');
    huge.writeUInt32BE(0xffffffff, countAt);
    expect(() => unpackRecords(huge.buffer.slice(huge.byteOffset, huge.byteOffset + huge.length))).toThrow(/record count/);
    // A topic index outside the table.
    const one = Buffer.from(packRecords([{ topic: 't', key: 'k', value: new Uint8Array(1) }]));
    one.writeUInt16BE(5, 2 + 2 + 1 + 4);
    expect(() => unpackRecords(one.buffer.slice(one.byteOffset, one.byteOffset + one.length))).toThrow(/topic index/);
  });
});
