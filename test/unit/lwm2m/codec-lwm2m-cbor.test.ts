import { beforeAll, describe, expect, it } from 'vitest';
import { lwm2mCborCodec } from '../../../src/lwm2m/codec/lwm2m-cbor-codec.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type {
  MultiResourceNode,
  ObjectInstanceNode,
  ResourceValue,
  SingleResourceNode,
  ValueEntry,
} from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels, makeTestRegistry } from '../../support/models.js';

// Byte expectations are compared as hex text, which gives readable diffs.
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');
const ascii = (s: string): string => Buffer.from(s, 'latin1').toString('hex');

let models: ModelRegistry;
beforeAll(async () => {
  models = await loadTestModels();
});

function expectCodecError(f: () => unknown): void {
  let thrown: unknown;
  try {
    f();
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(CodecError);
  expect((thrown as CodecError).format).toBe(11544);
}

const reg13 = () =>
  makeTestRegistry(13, [
    [1, 'integer'],
    [2, 'integer'],
    [3, 'float', true],
    [4, 'opaque'],
    [5, 'string'],
    [6, 'objlnk'],
    [7, 'time'],
  ]);

describe('LwM2M CBOR key forms (LwM2M Core 1.2 §7.4.6)', () => {
  // {[13, 26, 1]: 42} written five ways: path array, indefinite, nested ids, nested one-id arrays.
  const forms: [string, string][] = [
    ['path-array key', 'a1830d181a01182a'],
    ['indefinite map and array', 'bf9f0d181a01ff182aff'],
    ['nested maps', 'a10da1181aa101182a'],
    ['nested indefinite maps', 'bf0dbf181abf01182affffff'],
    ['nested one-id arrays', 'a1810da181181aa18101182a'],
  ];
  for (const [name, h] of forms) {
    it(`reads a single resource with ${name}`, () => {
      const node = lwm2mCborCodec.decode(hex(h), parsePath('/13/26/1'), reg13());
      expect(node).toEqual({ kind: 'resource', id: 1, type: 'integer', value: 42 });
    });
  }

  it('reads mixed key forms for two resources of one instance', () => {
    for (const h of [
      'a1820d181aa201182a0215', // {[13, 26]: {1: 42, 2: 21}}
      'a2830d181a01182a830d181a0215', // {[13, 26, 1]: 42, [13, 26, 2]: 21}
      'a2820d181aa101182a830d181a0215', // {[13, 26]: {1: 42}, [13, 26, 2]: 21}
      'a2830d181a01182a820d181aa1810215', // {[13, 26, 1]: 42, [13, 26]: {[2]: 21}}
    ]) {
      const node = lwm2mCborCodec.decode(hex(h), parsePath('/13/26'), reg13()) as ObjectInstanceNode;
      expect(node.kind).toBe('instance');
      expect([...node.resources.values()]).toEqual([
        { kind: 'resource', id: 1, type: 'integer', value: 42 },
        { kind: 'resource', id: 2, type: 'integer', value: 21 },
      ]);
    }
  });

  it('reads a resource instance holding a decimal fraction (tag 4)', () => {
    // {[13]: {[26]: {[3]: {[2]: 4([-1, 45])}}}}
    const node = lwm2mCborCodec.decode(hex('a1810da181181aa18103a18102c48220182d'), parsePath('/13/26/3'), reg13());
    expect(node).toEqual({ kind: 'multiResource', id: 3, type: 'float', instances: new Map([[2, 4.5]]) });
  });

  it('reads definite and indefinite byte strings as opaque', () => {
    const bytes = '00112233445566778899aabbccddeeff';
    const definite = lwm2mCborCodec.decode(hex('a1830d181a0450' + bytes), parsePath('/13/26/4'), reg13());
    expect((definite as SingleResourceNode).value).toEqual(hex(bytes));
    const chunked = lwm2mCborCodec.decode(
      hex('a1830d181a045f48' + bytes.slice(0, 16) + '48' + bytes.slice(16) + 'ff'),
      parsePath('/13/26/4'),
      reg13(),
    );
    expect((chunked as SingleResourceNode).value).toEqual(hex(bytes));
  });

  it('reads the Device object from the root with model types', () => {
    // {3: {0: {0: "OMA", 9: 100, 13: 1(1367491215), 7: {0: 3800, 1: 5000}}}}
    const h = 'a103a100a4006' + '3' + ascii('OMA') + '091864' + '0dc11a5182428f' + '07a200190ed801191388';
    const node = lwm2mCborCodec.decode(hex(h), parsePath('/3/0'), models) as ObjectInstanceNode;
    expect((node.resources.get(0) as SingleResourceNode).value).toBe('OMA');
    expect((node.resources.get(9) as SingleResourceNode).value).toBe(100);
    expect((node.resources.get(13) as SingleResourceNode).value).toEqual(new Date(1367491215000));
    expect([...(node.resources.get(7) as MultiResourceNode).instances]).toEqual([
      [0, 3800],
      [1, 5000],
    ]);
  });
});

describe('LwM2M CBOR encode', () => {
  it('writes absolute nested maps whatever the request level', () => {
    // {3: {3: {3: 25}}}
    const node: SingleResourceNode = { kind: 'resource', id: 3, type: 'integer', value: 25 };
    expect(lwm2mCborCodec.encode(node, parsePath('/3/3/3'), models).toString('hex')).toBe('a103a103a1031819');
    const ri = { kind: 'resourceInstance', id: 3, type: 'integer', value: 25 } as const;
    // {3: {3: {3: {3: 25}}}}
    expect(lwm2mCborCodec.encode(ri, parsePath('/3/3/3/3'), models).toString('hex')).toBe('a103a103a103a1031819');
  });

  it('writes every value kind as the spec types it', () => {
    const reg = makeTestRegistry(8, [
      [0, 'integer'],
      [1, 'unsigned'],
      [2, 'time'],
      [3, 'string'],
      [4, 'opaque'],
      [5, 'boolean'],
      [6, 'objlnk'],
      [7, 'float'],
    ]);
    const resources: [number, SingleResourceNode][] = (
      [
        [0, 'integer', 25],
        [1, 'unsigned', 100],
        [2, 'time', new Date(3000)],
        [3, 'string', 'X'.repeat(50)],
        [4, 'opaque', Buffer.alloc(50, 0x44)],
        [5, 'boolean', false],
        [6, 'objlnk', { objectId: 17, instanceId: 18 }],
        [7, 'float', 1.1],
      ] as const
    ).map(([id, type, value]) => [id, { kind: 'resource', id, type, value: value as ResourceValue }]);
    const node: ObjectInstanceNode = { kind: 'instance', id: 8, resources: new Map(resources) };
    // {8: {8: {0: 25, 1: 100, 2: 1(3), 3: "XX…", 4: h'44…', 5: false, 6: "17:18", 7: 1.1}}}
    const expected =
      'a108a108a8' +
      '001819' +
      '011864' +
      '02c103' +
      '037832' + ascii('X'.repeat(50)) +
      '045832' + '44'.repeat(50) +
      '05f4' +
      '0665' + ascii('17:18') +
      '07fb3ff199999999999a';
    const bytes = lwm2mCborCodec.encode(node, parsePath('/8/8'), reg);
    expect(bytes.toString('hex')).toBe(expected);
    expect(lwm2mCborCodec.decode(bytes, parsePath('/8/8'), reg)).toEqual(node);
  });

  it('groups entries of several objects into one tree', () => {
    const entries: ValueEntry[] = [
      { path: parsePath('/3/3/3/0'), type: 'integer', value: 25 },
      { path: parsePath('/3/3/3/1'), type: 'integer', value: 11 },
      { path: parsePath('/1/0/0'), type: 'integer', value: 11 },
    ];
    // {3: {3: {3: {0: 25, 1: 11}}}, 1: {0: {0: 11}}}
    const bytes = lwm2mCborCodec.encodeEntries(entries);
    expect(bytes.toString('hex')).toBe('a203a103a103a2001819010b01a100a1000b');
    expect(lwm2mCborCodec.decodeEntries(bytes, makeTestRegistry(99, [])).map((e) => [formatPath(e.path), e.value])).toEqual([
      ['/3/3/3/0', 25],
      ['/3/3/3/1', 11],
      ['/1/0/0', 11],
    ]);
  });

  it('refuses the same path twice and a resource both single and multiple', () => {
    const a: ValueEntry = { path: parsePath('/3/3/3'), type: 'integer', value: 25 };
    expectCodecError(() => lwm2mCborCodec.encodeEntries([a, a]));
    expectCodecError(() =>
      lwm2mCborCodec.encodeEntries([a, { path: parsePath('/3/3/3/0'), type: 'integer', value: 1 }]),
    );
  });

  it('reads an empty payload as an empty multi-instance resource', () => {
    const node = lwm2mCborCodec.decode(Buffer.alloc(0), parsePath('/3/0/7'), models);
    expect(node).toMatchObject({ kind: 'multiResource', id: 7 });
    expect((node as MultiResourceNode).instances.size).toBe(0);
  });
});

describe('LwM2M CBOR hostile input gives CodecError', () => {
  const cases: [string, string][] = [
    ['not a map', '83010203'],
    ['truncated', 'a1830d181a'],
    ['trailing bytes', 'a1830d181a01182a00'],
    ['text key', 'a16178a101a1012a'],
    ['negative id', 'a120a101a1012a'],
    ['id above 65535', 'a11a00010000a101a1012a'],
    ['empty path array', 'a180a101a1012a'],
    ['path array too long', 'a185010101010101'],
    ['value above resource level', 'a1820d181a01'],
    ['map below a resource instance', 'a1840d181a0102a10001'],
    ['null value', 'a1830d181a01f6'],
    ['array value', 'a1830d181a0182 0102'.replace(' ', '')],
    ['duplicate path through two key forms', 'a2830d181a01182a820d181aa101182b'],
    ['string for an integer resource', 'a1830d181a016178'],
    ['deep nesting', 'a1' + '81'.repeat(4000) + '00'],
  ];
  for (const [name, h] of cases) {
    it(name, () => expectCodecError(() => lwm2mCborCodec.decode(hex(h), parsePath('/13/26'), reg13())));
  }

  it('has no composite path list form', () => {
    expectCodecError(() => lwm2mCborCodec.encodePaths([parsePath('/3/0/0')]));
    expectCodecError(() => lwm2mCborCodec.decodePaths(hex('a0')));
  });
});
