import { describe, expect, it } from 'vitest';
import { readCbor } from '../../../src/lwm2m/codec/senml-cbor-reader.js';
import { CodecError } from '../../../src/lwm2m/errors.js';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const read = (s: string): unknown => readCbor(hex(s), 112);

describe('strict CBOR reader (RFC 8949)', () => {
  it('reads the RFC 8949 Appendix A integer and float vectors', () => {
    expect(read('00')).toBe(0);
    expect(read('17')).toBe(23);
    expect(read('1818')).toBe(24);
    expect(read('1903e8')).toBe(1000);
    expect(read('1a000f4240')).toBe(1000000);
    expect(read('1b000000e8d4a51000')).toBe(1000000000000);
    expect(read('1bffffffffffffffff')).toBe(18446744073709551615n);
    expect(read('3bffffffffffffffff')).toBe(-18446744073709551616n);
    expect(read('20')).toBe(-1);
    expect(read('3863')).toBe(-100);
    expect(read('c249010000000000000000')).toBe(18446744073709551616n);
    expect(read('f90000')).toBe(0);
    expect(read('f93c00')).toBe(1);
    expect(read('f93e00')).toBe(1.5);
    expect(read('f97bff')).toBe(65504);
    expect(read('f90001')).toBe(5.960464477539063e-8);
    expect(read('f9c400')).toBe(-4);
    expect(read('fa47c35000')).toBe(100000);
    expect(read('fb3ff199999999999a')).toBe(1.1);
    expect(read('f97c00')).toBe(Infinity);
  });

  it('reads strings, containers and tags', () => {
    expect(read('6449455446')).toBe('IETF');
    expect(read('7f657374726561646d696e67ff')).toBe('streaming');
    expect(read('5f42010243030405ff')).toEqual(Buffer.from([1, 2, 3, 4, 5]));
    expect(read('9f018202039f0405ffff')).toEqual([1, [2, 3], [4, 5]]);
    expect(read('a201020304')).toEqual(new Map([[1, 2], [3, 4]]));
    expect(read('bf61610161629f0203ffff')).toEqual(new Map<unknown, unknown>([['a', 1], ['b', [2, 3]]]));
    expect(read('c11a514b67b0')).toEqual(new Date(1363896240000));
    expect(read('c1fb41d452d9ec200000')).toEqual(new Date(1363896240500));
    expect(read('c074323031332d30332d32315432303a30343a30305a')).toEqual(new Date('2013-03-21T20:04:00Z'));
    expect(read('c48221196ab3')).toBeCloseTo(273.15, 10);
    expect(read('c5822003')).toBe(1.5);
    expect(read('d9d9f700')).toBe(0);
    expect(read('f4')).toBe(false);
    expect(read('f6')).toBe(null);
  });

  const bad: [string, string][] = [
    ['empty', ''],
    ['truncated integer', '19 01'],
    ['reserved additional info', '1c'],
    ['indefinite integer', '1f'],
    ['stray break', 'ff'],
    ['length past the end', '5a ffffffff 00'],
    ['count past the end', '9b 00000000ffffffff 00'],
    ['map count past the end', 'b9 ffff 00'],
    ['bad UTF-8', '62 c328'],
    ['nested chunk of wrong type', '5f 6161 ff'],
    ['duplicate map key', 'a2 01 02 01 03'],
    ['trailing bytes', '00 00'],
    ['deep nesting', '81'.repeat(40) + '00'],
    ['unassigned simple value', 'e0'],
    ['tag 1 over text', 'c1 6161'],
    ['unterminated indefinite array', '9f 01 02'],
  ];
  for (const [name, h] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => read(h.replace(/\s+/g, ''))).toThrow(CodecError);
    });
  }
});
