import { beforeAll, describe, expect, it } from 'vitest';
import { lwm2mJsonCodec } from '../../../src/lwm2m/codec/lwm2m-json-codec.js';
import { groupEntriesByTime } from '../../../src/lwm2m/codec/node-entries.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type {
  MultiResourceNode,
  ObjectInstanceNode,
  ObjectNode,
  ResourceValue,
  SingleResourceNode,
  ValueEntry,
} from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels, makeTestRegistry } from '../../support/models.js';

const json = (s: string): Buffer => Buffer.from(s, 'utf8');

// LwM2M Core 1.0 §6.4.4 (Table 22) / 1.1 §7.4.4: Read /3/0 in application/vnd.oma.lwm2m+json.
const DEVICE_INSTANCE =
  '{"bn":"/3/0/","e":[{"n":"0","sv":"Open Mobile Alliance"},{"n":"1","sv":"Lightweight M2M Client"},' +
  '{"n":"2","sv":"345000123"},{"n":"3","sv":"1.0"},{"n":"6/0","v":1},{"n":"6/1","v":5},' +
  '{"n":"7/0","v":3800},{"n":"7/1","v":5000},{"n":"8/0","v":125},{"n":"8/1","v":900},' +
  '{"n":"9","v":100},{"n":"10","v":15},{"n":"11/0","v":0},{"n":"13","v":1367491215},' +
  '{"n":"14","sv":"+02:00"},{"n":"16","sv":"U"}]}';

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
  expect((thrown as CodecError).format).toBe(11543);
}

const custom = () =>
  makeTestRegistry(1024, [
    [0, 'string'],
    [1, 'float'],
    [2, 'boolean'],
    [3, 'opaque'],
    [4, 'objlnk'],
    [5, 'time'],
    [6, 'integer', true],
    [7, 'unsigned'],
  ]);

describe('LwM2M JSON decode', () => {
  it('reads the Device object instance example', () => {
    const node = lwm2mJsonCodec.decode(json(DEVICE_INSTANCE), parsePath('/3/0'), models) as ObjectInstanceNode;
    expect((node.resources.get(0) as SingleResourceNode).value).toBe('Open Mobile Alliance');
    expect([...(node.resources.get(8) as MultiResourceNode).instances]).toEqual([
      [0, 125],
      [1, 900],
    ]);
    expect((node.resources.get(13) as SingleResourceNode).value).toEqual(new Date(1367491215000));
  });

  it('accepts bn "/" with full names, or no bn with absolute names', () => {
    const a = '{"bn":"/","e":[{"n":"3/0/0","sv":"OMA"},{"n":"3/0/9","v":50}]}';
    const b = '{"e":[{"n":"/3/0/0","sv":"OMA"},{"n":"/3/0/9","v":50}]}';
    for (const text of [a, b]) {
      const node = lwm2mJsonCodec.decode(json(text), parsePath('/3/0'), models) as ObjectInstanceNode;
      expect((node.resources.get(9) as SingleResourceNode).value).toBe(50);
    }
  });

  it('joins bn and n as text even when bn stops inside an id', () => {
    const text = '{"bn":"3/0/1","e":[{"n":"1/0","v":0},{"n":"1/1","v":2}]}';
    const node = lwm2mJsonCodec.decode(json(text), parsePath('/3/0/11'), models) as MultiResourceNode;
    expect(node.kind).toBe('multiResource');
    expect([...node.instances]).toEqual([
      [0, 0],
      [1, 2],
    ]);
  });

  it('reads sv/v/bv/ov values of a custom object, opaque as base64', () => {
    const text =
      '{"bn":"1024/0/","e":[{"n":"0","sv":"a string"},{"n":"1","v":10.5},{"n":"2","bv":true},' +
      '{"n":"3","sv":"AQID/w=="},{"n":"4","ov":"3:0"},{"n":"5","v":1500000000},{"n":"7","v":18446744073709551615}]}';
    const node = lwm2mJsonCodec.decode(json(text), parsePath('/1024/0'), custom()) as ObjectInstanceNode;
    const v = (id: number) => (node.resources.get(id) as SingleResourceNode).value;
    expect(v(0)).toBe('a string');
    expect(v(1)).toBe(10.5);
    expect(v(2)).toBe(true);
    expect(v(3)).toEqual(Buffer.from([1, 2, 3, 255]));
    expect(v(4)).toEqual({ objectId: 3, instanceId: 0 });
    expect(v(5)).toEqual(new Date(1500000000000));
    expect(v(7)).toBe(18446744073709551615n);
  });

  it('reads timestamps as bt + t seconds and groups them', () => {
    const text =
      '{"bn":"/1024/0/","e":[{"n":"1","v":22.9,"t":-30},{"n":"1","v":22.4,"t":-5},' +
      '{"n":"0","sv":"a string","t":-5},{"n":"1","v":24.1,"t":-50}],"bt":25462634}';
    const entries = lwm2mJsonCodec.decodeEntries(json(text), custom());
    expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
      ['/1024/0/1', 22.9, (25462634 - 30) * 1000],
      ['/1024/0/1', 22.4, (25462634 - 5) * 1000],
      ['/1024/0/0', 'a string', (25462634 - 5) * 1000],
      ['/1024/0/1', 24.1, (25462634 - 50) * 1000],
    ]);
    const groups = groupEntriesByTime(entries);
    expect(groups.map((g) => g.time)).toEqual([
      (25462634 - 50) * 1000,
      (25462634 - 30) * 1000,
      (25462634 - 5) * 1000,
    ]);
    expect(groups[2]?.entries).toHaveLength(2);
  });

  it('reads an empty entry list as an empty object, instance or multi-instance resource', () => {
    const obj = lwm2mJsonCodec.decode(json('{"e":[]}'), parsePath('/2'), models) as ObjectNode;
    expect(obj).toEqual({ kind: 'object', id: 2, instances: new Map() });
    const inst = lwm2mJsonCodec.decode(json('{"bn":"2/0","e":[]}'), parsePath('/2/0'), models);
    expect(inst).toEqual({ kind: 'instance', id: 0, resources: new Map() });
    const multi = lwm2mJsonCodec.decode(json('{"bn":"3/0/6","e":[]}'), parsePath('/3/0/6'), models);
    expect(multi).toMatchObject({ kind: 'multiResource', id: 6 });
  });
});

describe('LwM2M JSON encode', () => {
  it('writes the Device object instance example text exactly', () => {
    const node = lwm2mJsonCodec.decode(json(DEVICE_INSTANCE), parsePath('/3/0'), models);
    expect(lwm2mJsonCodec.encode(node, parsePath('/3/0'), models).toString()).toBe(DEVICE_INSTANCE);
  });

  it('writes a single resource with the bn naming it', () => {
    const node: SingleResourceNode = { kind: 'resource', id: 9, type: 'integer', value: 87 };
    expect(lwm2mJsonCodec.encode(node, parsePath('/3/0/9'), models).toString()).toBe('{"bn":"/3/0/9","e":[{"v":87}]}');
  });

  it('round-trips every resource type in an object node', () => {
    const reg = custom();
    const obj: ObjectNode = {
      kind: 'object',
      id: 1024,
      instances: new Map([
        [
          0,
          {
            kind: 'instance',
            id: 0,
            resources: new Map([
              [0, { kind: 'resource', id: 0, type: 'string', value: 'x"y' }],
              [1, { kind: 'resource', id: 1, type: 'float', value: -1.25 }],
              [2, { kind: 'resource', id: 2, type: 'boolean', value: false }],
              [3, { kind: 'resource', id: 3, type: 'opaque', value: Buffer.from('hello') }],
              [4, { kind: 'resource', id: 4, type: 'objlnk', value: { objectId: 65535, instanceId: 65535 } }],
              [5, { kind: 'resource', id: 5, type: 'time', value: new Date(1_234_567_890_000) }],
              [6, { kind: 'multiResource', id: 6, type: 'integer', instances: new Map<number, ResourceValue>([[0, 1], [9, -(2n ** 60n)]]) }],
              [7, { kind: 'resource', id: 7, type: 'unsigned', value: 2n ** 64n - 1n }],
            ]),
          },
        ],
        [1, { kind: 'instance', id: 1, resources: new Map([[1, { kind: 'resource', id: 1, type: 'float', value: 23 }]]) }],
      ]),
    };
    const path = parsePath('/1024');
    expect(lwm2mJsonCodec.decode(lwm2mJsonCodec.encode(obj, path, reg), path, reg)).toEqual(obj);
  });

  it('writes timestamped entries as absolute t and reads them back', () => {
    const entries: ValueEntry[] = [
      { path: parsePath('/1024/0/1'), type: 'float', value: 22.9, time: 210_000 },
      { path: parsePath('/1024/0/0'), type: 'string', value: 'a string', time: 220_000 },
    ];
    const text = lwm2mJsonCodec.encodeEntries(entries).toString();
    expect(text).toBe('{"bn":"/","e":[{"n":"1024/0/1","v":22.9,"t":210},{"n":"1024/0/0","sv":"a string","t":220}]}');
    expect(lwm2mJsonCodec.decodeEntries(Buffer.from(text), custom())).toEqual(entries);
  });

  it('has no composite path list form', () => {
    expectCodecError(() => lwm2mJsonCodec.encodePaths([parsePath('/3/0/0')]));
    expectCodecError(() => lwm2mJsonCodec.decodePaths(json('[]')));
  });
});

describe('LwM2M JSON hostile input gives CodecError', () => {
  const cases: [string, string][] = [
    ['empty payload', ''],
    ['empty object', '{}'],
    ['not JSON', '{"e":['],
    ['e not an array', '{"e":{}}'],
    ['array at top', '[{"n":"0","sv":"x"}]'],
    ['entry not an object', '{"bn":"/3/0/","e":[1]}'],
    ['missing value', '{"bn":"/3/0/","e":[{"n":"0"}]}'],
    ['two values', '{"bn":"/3/0/","e":[{"n":"0","sv":"x","v":1}]}'],
    ['same resource twice', '{"bn":"/3/0/","e":[{"n":"1","sv":"a"},{"n":"1","sv":"b"}]}'],
    ['same resource instance twice', '{"bn":"/3/0/11/","e":[{"n":"1","v":2},{"n":"1","v":0}]}'],
    ['name not a path', '{"bn":"/3/0/","e":[{"n":"x","sv":"a"}]}'],
    ['string for integer', '{"bn":"/3/0/","e":[{"n":"9","sv":"100"}]}'],
    ['bt not a number', '{"bn":"/3/0/","bt":"now","e":[{"n":"9","v":1}]}'],
    ['outside requested path', '{"bn":"/3/1/","e":[{"n":"9","v":1}]}'],
    ['object-level name', '{"bn":"/3/0","e":[{"v":1}]}'],
  ];
  for (const [name, text] of cases) {
    it(name, () => expectCodecError(() => lwm2mJsonCodec.decode(json(text), parsePath('/3/0'), models)));
  }

  it('bad base64 in an opaque sv', () => {
    expectCodecError(() => lwm2mJsonCodec.decodeEntries(json('{"bn":"/1024/0/","e":[{"n":"3","sv":"***"}]}'), custom()));
  });
});
