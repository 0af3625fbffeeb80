import { beforeAll, describe, expect, it } from 'vitest';
import { cborCodec } from '../../../src/lwm2m/codec/cbor-codec.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ResourceValue, SingleResourceNode } from '../../../src/lwm2m/node.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type { ResourceType } from '../../../src/lwm2m/model/types.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { makeTestRegistry } from '../../support/models.js';

const hex = (s: string): Buffer => Buffer.from(s, 'hex');
const TYPES: ResourceType[] = ['integer', 'unsigned', 'float', 'boolean', 'time', 'objlnk', 'opaque', 'string', 'none', 'corelnk'];

describe('cborCodec (format 60, one CBOR data item)', () => {
  let models: ModelRegistry;
  beforeAll(() => {
    const specs: Array<[number, ResourceType, boolean?]> = TYPES.map((t, i) => [i, t]);
    specs.push([20, 'integer', true]);
    models = makeTestRegistry(42000, specs);
  });
  const p = (r: number | string): ReturnType<typeof parsePath> => parsePath(`/42000/0/${r}`);

  // RFC 8949 Appendix A encodings for the plain items.
  it.each<[number, ResourceValue, string]>([
    [0, 100, '1864'],
    [0, -1000, '3903e7'],
    [0, 1000000000000, '1b000000e8d4a51000'],
    [0, -(2n ** 63n), '3b7fffffffffffffff'],
    [1, 2n ** 64n - 1n, '1bffffffffffffffff'],
    [2, 1.5, 'fb3ff8000000000000'],
    [3, true, 'f5'],
    [4, new Date(1363896240000), 'c11a514b67b0'],
    [5, { objectId: 3, instanceId: 0 }, '63333a30'],
    [6, Buffer.from([1, 2, 3, 4]), '4401020304'],
    [7, 'IETF', '6449455446'],
    [9, '</3>', '643c2f333e'],
  ])('resource %s value %s encodes as %s and back', (rid, value, bytes) => {
    const type = TYPES[rid] as ResourceType;
    const node: SingleResourceNode = { kind: 'resource', id: rid, type, value };
    expect(cborCodec.encode(node, p(rid), models).toString('hex')).toBe(bytes);
    expect(cborCodec.decode(hex(bytes), p(rid), models)).toEqual(node);
  });

  it('accepts other valid forms: half float, whole float for integer, bare integer time, float time', () => {
    expect(cborCodec.decode(hex('f93e00'), p(2), models)).toMatchObject({ value: 1.5 });
    expect(cborCodec.decode(hex('fa47c35000'), p(0), models)).toMatchObject({ value: 100000 });
    expect(cborCodec.decode(hex('1a514b67b0'), p(4), models)).toMatchObject({ value: new Date(1363896240000) });
    expect(cborCodec.decode(hex('c1fb41d452d9ec200000'), p(4), models)).toMatchObject({ value: new Date(1363896240500) });
  });

  it('infers the type of an unknown resource from the item', () => {
    const unknown = parsePath('/31999/0/1');
    expect(cborCodec.decode(hex('1864'), unknown, models)).toMatchObject({ type: 'integer', value: 100 });
    expect(cborCodec.decode(hex('f5'), unknown, models)).toMatchObject({ type: 'boolean' });
    expect(cborCodec.decode(hex('4101'), unknown, models)).toMatchObject({ type: 'opaque' });
    expect(cborCodec.decode(hex('c11a514b67b0'), unknown, models)).toMatchObject({ type: 'time' });
  });

  it('decodes a resource instance', () => {
    expect(cborCodec.decode(hex('07'), p('20/3'), models)).toEqual({ kind: 'resourceInstance', id: 3, type: 'integer', value: 7 });
  });

  it.each([
    ['empty payload', '', 0],
    ['truncated item', '1a0000', 0],
    ['trailing bytes', '0101', 0],
    ['break outside indefinite item', 'ff', 0],
    ['array', '820102', 0],
    ['map', 'a0', 0],
    ['null', 'f6', 0],
    ['undefined', 'f7', 0],
    ['text for integer', '6131', 0],
    ['fraction for integer', 'fb3ff8000000000000', 0],
    ['integer beyond int64', '1bffffffffffffffff', 0],
    ['negative unsigned', '20', 1],
    ['NaN float', 'f97e00', 2],
    ['integer for boolean', '01', 3],
    ['tag 1 with text', 'c16161', 4],
    ['objlnk not a:b', '6133', 5],
    ['objlnk id too big', '6737303030303a30', 5],
    ['text for opaque', '6161', 6],
    ['executable resource', '01', 8],
    ['bignum tag for integer', 'c249010000000000000000', 0],
    ['absurd byte-string length', '5bffffffffffffffff00', 6],
    ['absurd text length', '7b000000010000000041', 7],
    ['unknown tag', 'd9ffff01', 0],
    ['deep nesting', '81'.repeat(100_000) + '01', 0],
  ])('rejects %s', (_n, bytes, rid) => {
    expect(() => cborCodec.decode(hex(bytes), p(rid), models)).toThrow(CodecError);
  });

  it('rejects paths that do not name one value', () => {
    expect(() => cborCodec.decode(hex('01'), parsePath('/42000/0'), models)).toThrow(CodecError);
    expect(() => cborCodec.decode(hex('01'), p(20), models)).toThrow(CodecError);
    expect(() => cborCodec.encode({ kind: 'object', id: 1, instances: new Map() }, parsePath('/1'), models)).toThrow(CodecError);
  });
});
