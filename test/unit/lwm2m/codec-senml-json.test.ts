import { beforeAll, describe, expect, it } from 'vitest';
import { createSenmlJsonCodec, senmlJsonCodec } from '../../../src/lwm2m/codec/senml-json-codec.js';
import { groupEntriesByTime } from '../../../src/lwm2m/codec/node-entries.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type {
  MultiResourceNode,
  ObjectInstanceNode,
  ObjectNode,
  SingleResourceNode,
  ValueEntry,
} from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels, makeTestModel, makeTestRegistry } from '../../support/models.js';

const json = (s: string): Buffer => Buffer.from(s, 'utf8');

// LwM2M Core 1.1 §7.4.4 Table 7.4.4-2: Read /3/0 (Device object instance) in SenML JSON.
const DEVICE_INSTANCE =
  '[{"bn":"/3/0/","n":"0","vs":"Open Mobile Alliance"},{"n":"1","vs":"Lightweight M2M Client"},' +
  '{"n":"2","vs":"345000123"},{"n":"3","vs":"1.0"},{"n":"6/0","v":1},{"n":"6/1","v":5},' +
  '{"n":"7/0","v":3800},{"n":"7/1","v":5000},{"n":"8/0","v":125},{"n":"8/1","v":900},' +
  '{"n":"9","v":100},{"n":"10","v":15},{"n":"11/0","v":0},{"n":"13","v":1367491215},' +
  '{"n":"14","vs":"+02:00"},{"n":"16","vs":"U"}]';

let models: ModelRegistry;
beforeAll(async () => {
  models = await loadTestModels();
});

function expectCodecError(f: () => unknown): CodecError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CodecError);
    return e as CodecError;
  }
  throw new Error('expected a CodecError');
}

describe('SenML JSON decode (LwM2M Core 1.1 §7.4.4 examples)', () => {
  it('reads the Device object instance of Table 7.4.4-2', () => {
    const node = senmlJsonCodec.decode(json(DEVICE_INSTANCE), parsePath('/3/0'), models) as ObjectInstanceNode;
    expect(node.kind).toBe('instance');
    expect(node.id).toBe(0);
    expect((node.resources.get(0) as SingleResourceNode).value).toBe('Open Mobile Alliance');
    expect((node.resources.get(9) as SingleResourceNode).value).toBe(100);
    const r7 = node.resources.get(7) as MultiResourceNode;
    expect(r7.kind).toBe('multiResource');
    expect([...r7.instances]).toEqual([
      [0, 3800],
      [1, 5000],
    ]);
    const r11 = node.resources.get(11) as MultiResourceNode;
    expect(r11.kind).toBe('multiResource');
    expect([...r11.instances]).toEqual([[0, 0]]);
    const r13 = node.resources.get(13) as SingleResourceNode;
    expect(r13.type).toBe('time');
    expect(r13.value).toEqual(new Date(1367491215000));
    expect((node.resources.get(16) as SingleResourceNode).value).toBe('U');
    expect([...node.resources.keys()]).toEqual([0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 13, 14, 16]);
  });

  it('re-encodes the Device instance to the exact spec text', () => {
    const node = senmlJsonCodec.decode(json(DEVICE_INSTANCE), parsePath('/3/0'), models);
    expect(senmlJsonCodec.encode(node, parsePath('/3/0'), models).toString()).toBe(DEVICE_INSTANCE);
  });

  it('reads a single resource named by bn alone (Table 7.4.4-5) and writes it back the same', () => {
    const text = '[{"bn":"/3/0/0","vs":"Open Mobile Alliance"}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/3/0/0'), models);
    expect(node).toEqual({ kind: 'resource', id: 0, type: 'string', value: 'Open Mobile Alliance' });
    expect(senmlJsonCodec.encode(node, parsePath('/3/0/0'), models).toString()).toBe(text);
  });

  it('reads and writes a multi-instance resource', () => {
    const text = '[{"bn":"/3/0/7/","n":"0","v":3800},{"n":"1","v":5000}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/3/0/7'), models) as MultiResourceNode;
    expect(node.kind).toBe('multiResource');
    expect(node.instances.get(1)).toBe(5000);
    expect(senmlJsonCodec.encode(node, parsePath('/3/0/7'), models).toString()).toBe(text);
  });

  it('reads an empty payload or empty pack as an empty multi-instance resource', () => {
    for (const p of ['', '[]']) {
      const node = senmlJsonCodec.decode(json(p), parsePath('/3/0/6'), models) as MultiResourceNode;
      expect(node.kind).toBe('multiResource');
      expect(node.instances.size).toBe(0);
    }
  });

  it('reads an object with two instances built from bn changes', () => {
    const text =
      '[{"bn":"/2/3/","n":"0","v":3},{"n":"1","v":1},{"n":"3","v":123},' +
      '{"bn":"/2/2/","n":"0","v":4},{"n":"1","v":2},{"n":"3","v":124}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/2'), models) as ObjectNode;
    expect(node.kind).toBe('object');
    expect([...node.instances.keys()]).toEqual([2, 3]);
    expect((node.instances.get(2)?.resources.get(3) as SingleResourceNode).value).toBe(124);
  });

  it('reads opaque vd as base64url and objlnk vlo', () => {
    const reg = makeTestRegistry(1024, [
      [0, 'opaque'],
      [1, 'objlnk'],
    ]);
    const text = '[{"bn":"/1024/0/","n":"0","vd":"q83v-_8"},{"n":"1","vlo":"3:0"}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/1024/0'), reg) as ObjectInstanceNode;
    expect((node.resources.get(0) as SingleResourceNode).value).toEqual(Buffer.from('abcdeffbff', 'hex'));
    expect((node.resources.get(1) as SingleResourceNode).value).toEqual({ objectId: 3, instanceId: 0 });
    expect(senmlJsonCodec.encode(node, parsePath('/1024/0'), reg).toString()).toBe(text);
  });

  it('keeps integers beyond 2^53 exact as bigint', () => {
    const reg = makeTestRegistry(1024, [
      [0, 'unsigned'],
      [1, 'integer'],
    ]);
    const text = '[{"bn":"/1024/0/","n":"0","v":18446744073709551615},{"n":"1","v":-9223372036854775800}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/1024/0'), reg) as ObjectInstanceNode;
    expect((node.resources.get(0) as SingleResourceNode).value).toBe(18446744073709551615n);
    expect((node.resources.get(1) as SingleResourceNode).value).toBe(-9223372036854775800n);
    expect(senmlJsonCodec.encode(node, parsePath('/1024/0'), reg).toString()).toBe(text);
  });

  it('does not mistake long fractions for big integers', () => {
    const reg = makeTestRegistry(1024, [[0, 'float']]);
    const text = '[{"n":"/1024/0/0","v":0.12345678901234567890}]';
    const node = senmlJsonCodec.decode(json(text), parsePath('/1024/0/0'), reg) as SingleResourceNode;
    expect(node.value).toBeCloseTo(0.123456789012345, 12);
  });

  it('types values by the object version the request path names', () => {
    const reg = makeTestRegistry(1024, [[0, 'integer']], '1.0');
    reg.add(makeTestModel(1024, [[0, 'string']], '2.0'));
    const text = json('[{"n":"/1024/0/0","vs":"v2 text"}]');
    expect(senmlJsonCodec.decode(text, parsePath('/1024_2.0/0/0'), reg)).toMatchObject({ type: 'string', value: 'v2 text' });
    expectCodecError(() => senmlJsonCodec.decode(text, parsePath('/1024_1.0/0/0'), reg));
  });

  it('reads a time written in exponent notation', () => {
    const node = senmlJsonCodec.decode(json('[{"bn":"/3/0/13","v":1.638435E9}]'), parsePath('/3/0/13'), models);
    expect((node as SingleResourceNode).value).toEqual(new Date(1638435000000));
  });
});

describe('SenML JSON composite and Send (Tables 7.4.4-6/7/8)', () => {
  it('writes and reads the Read-Composite request body of Table 7.4.4-6', () => {
    const text = '[{"n":"/3/0/0"},{"n":"/3/0/9"},{"n":"/1/0/1"}]';
    const paths = [parsePath('/3/0/0'), parsePath('/3/0/9'), parsePath('/1/0/1')];
    expect(senmlJsonCodec.encodePaths(paths).toString()).toBe(text);
    expect(senmlJsonCodec.decodePaths(json(text)).map((p) => formatPath(p))).toEqual(['/3/0/0', '/3/0/9', '/1/0/1']);
    const withBase = '[{"bn":"/4/0/","n":"0"},{"n":"1"}]';
    expect(senmlJsonCodec.decodePaths(json(withBase)).map((p) => formatPath(p))).toEqual(['/4/0/0', '/4/0/1']);
  });

  it('refuses a path list record carrying a value or a time', () => {
    expectCodecError(() => senmlJsonCodec.decodePaths(json('[{"n":"/4/0/0"},{"n":"/4/0/1","v":200}]')));
    expectCodecError(() => senmlJsonCodec.decodePaths(json('[{"n":"/4/0/1","t":20000000}]')));
  });

  it('writes the Read-Composite response of Table 7.4.4-7 and reads it back', () => {
    const text = '[{"n":"/3/0/0","vs":"Open Mobile Alliance"},{"n":"/3/0/9","v":95},{"n":"/1/0/1","v":86400}]';
    const entries = senmlJsonCodec.decodeEntries(json(text), models);
    expect(entries.map((e) => [formatPath(e.path), e.type, e.value])).toEqual([
      ['/3/0/0', 'string', 'Open Mobile Alliance'],
      ['/3/0/9', 'integer', 95],
      ['/1/0/1', 'integer', 86400],
    ]);
    expect(senmlJsonCodec.encodeEntries(entries).toString()).toBe(text);
  });

  it('reads the Write-Composite body of Table 7.4.4-8 with model types', () => {
    const text =
      '[{"n":"/3311/0/5850","vb":false},{"n":"/3311/1/5850","vb":false},' +
      '{"n":"/3311/2/5851","v":20},{"n":"/3308/0/5900","v":18}]';
    const entries = senmlJsonCodec.decodeEntries(json(text), models);
    expect(entries.map((e) => [formatPath(e.path), e.type, e.value])).toEqual([
      ['/3311/0/5850', 'boolean', false],
      ['/3311/1/5850', 'boolean', false],
      ['/3311/2/5851', 'integer', 20],
      ['/3308/0/5900', 'float', 18],
    ]);
  });

  it('resolves bt + t as absolute times at or above 2^28 s and groups them oldest first', () => {
    const text =
      '[{"bn":"/1024/0/","bt":268600000,"n":"1","v":22.9},{"n":"1","v":24.1,"t":-50},' +
      '{"bt":268500000,"n":"0","vs":"a string"},{"n":"1","v":22.4}]';
    const reg = makeTestRegistry(1024, [
      [0, 'string'],
      [1, 'float'],
    ]);
    const entries = senmlJsonCodec.decodeEntries(json(text), reg);
    expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
      ['/1024/0/1', 22.9, 268600000000],
      ['/1024/0/1', 24.1, 268599950000],
      ['/1024/0/0', 'a string', 268500000000],
      ['/1024/0/1', 22.4, 268500000000],
    ]);
    const groups = groupEntriesByTime(entries);
    expect(groups.map((g) => [g.time, g.entries.length])).toEqual([
      [268500000000, 2],
      [268599950000, 1],
      [268600000000, 1],
    ]);
    // A plain decode keeps the newest value of each path.
    const node = senmlJsonCodec.decode(json(text), parsePath('/1024/0'), reg) as ObjectInstanceNode;
    expect((node.resources.get(1) as SingleResourceNode).value).toBe(22.9);
  });

  it('resolves times below 2^28 s relative to the injected clock (RFC 8428 §4.5.3)', () => {
    const now = 1_700_000_000_000;
    const codec = createSenmlJsonCodec({ now: () => now });
    // LwM2M Core 1.1 Table 7.4.4-3 (notification of /72 with a time series), with bt below 2^28.
    const text =
      '[{"bn":"/72/","bt":25462634,"n":"1/2","v":22.4,"t":-5},{"n":"1/2","v":22.9,"t":-30},{"n":"1/2","v":24.1,"t":-50}]';
    const entries = codec.decodeEntries(json(text), models);
    expect(entries.map((e) => e.time)).toEqual([
      now + (25462634 - 5) * 1000,
      now + (25462634 - 30) * 1000,
      now + (25462634 - 50) * 1000,
    ]);
    const minusFive = codec.decodeEntries(json('[{"n":"/72/1/2","v":1.5,"t":-5}]'), models);
    expect(minusFive[0]?.time).toBe(now - 5000);
  });

  it('writes timestamped entries with bt only where the time changes, and reads them back', () => {
    const entries: ValueEntry[] = [
      { path: parsePath('/3303/0/5700'), type: 'float', value: -12.5, time: 1_699_877_805_766 },
      { path: parsePath('/3303/0/5700'), type: 'float', value: -11, time: 1_699_877_805_766 + 101 },
      { path: parsePath('/6/0/0'), type: 'float', value: 43.5, time: 1_699_877_805_766 + 101 },
      { path: parsePath('/3/0/9'), type: 'integer', value: 80 },
    ];
    const text = senmlJsonCodec.encodeEntries(entries).toString();
    expect(text).toBe(
      '[{"bt":1699877805.766,"n":"/3303/0/5700","v":-12.5},{"bt":1699877805.867,"n":"/3303/0/5700","v":-11},' +
        '{"n":"/6/0/0","v":43.5},{"bt":0,"n":"/3/0/9","v":80}]',
    );
    expect(senmlJsonCodec.decodeEntries(Buffer.from(text), models)).toEqual(entries);
  });
});

describe('SenML JSON round trips for every resource type', () => {
  const reg = makeTestRegistry(1024, [
    [0, 'string'],
    [1, 'integer'],
    [2, 'unsigned'],
    [3, 'float'],
    [4, 'boolean'],
    [5, 'opaque'],
    [6, 'time'],
    [7, 'objlnk'],
    [8, 'corelnk'],
    [9, 'integer', true],
  ]);
  const instance: ObjectInstanceNode = {
    kind: 'instance',
    id: 1,
    resources: new Map([
      [0, { kind: 'resource', id: 0, type: 'string', value: 'héllo "world"' }],
      [1, { kind: 'resource', id: 1, type: 'integer', value: -42 }],
      [2, { kind: 'resource', id: 2, type: 'unsigned', value: 2n ** 64n - 1n }],
      [3, { kind: 'resource', id: 3, type: 'float', value: 3.25 }],
      [4, { kind: 'resource', id: 4, type: 'boolean', value: true }],
      [5, { kind: 'resource', id: 5, type: 'opaque', value: Buffer.from([0, 1, 254, 255]) }],
      [6, { kind: 'resource', id: 6, type: 'time', value: new Date(1_600_000_000_000) }],
      [7, { kind: 'resource', id: 7, type: 'objlnk', value: { objectId: 66, instanceId: 65535 } }],
      [8, { kind: 'resource', id: 8, type: 'corelnk', value: '</3/0>;ver=1.1' }],
      [9, { kind: 'multiResource', id: 9, type: 'integer', instances: new Map([[0, 7], [5, -7]]) }],
    ]),
  };
  it('encodes and decodes an instance holding each type', () => {
    const path = parsePath('/1024/1');
    const bytes = senmlJsonCodec.encode(instance, path, reg);
    expect(senmlJsonCodec.decode(bytes, path, reg)).toEqual(instance);
  });
});

describe('SenML JSON hostile input gives CodecError', () => {
  const cases: [string, string][] = [
    ['not JSON', '[{"n":'],
    ['invalid UTF-8', '\u00ff'],
    ['not an array', '{"n":"/3/0/0","vs":"x"}'],
    ['record not an object', '[["/3/0/0"]]'],
    ['nested record', '[{"n":"/3/0/0","vs":{"x":1}}]'],
    ['missing n and bn', '[{"vs":"x"}]'],
    ['must-understand label', '[{"n":"/3/0/0","vs":"x","foo_":1}]'],
    ['two values', '[{"n":"/3/0/0","vs":"x","v":1}]'],
    ['no value', '[{"n":"/3/0/0"}]'],
    ['name not a path', '[{"n":"/3/zero/0","vs":"x"}]'],
    ['path too short', '[{"n":"/3/0","vs":"x"}]'],
    ['id out of range', '[{"n":"/3/0/70000","vs":"x"}]'],
    ['wrong type for model', '[{"n":"/3/0/0","v":12}]'],
    ['float for integer resource', '[{"n":"/3/0/9","v":12.5}]'],
    ['bad base64', '[{"n":"/0/0/3","vd":"@@@"}]'],
    ['bad objlnk', '[{"n":"/1024/0/0","vlo":"3-0"}]'],
    ['n not a string', '[{"n":5,"vs":"x"}]'],
    ['bt not a number', '[{"bn":"/3/0/","bt":"x","n":"0","vs":"a"}]'],
    ['vb not a boolean', '[{"n":"/3/0/0","vb":1}]'],
    ['duplicate path', '[{"n":"/3/0/9","v":1},{"n":"/3/0/9","v":2}]'],
    ['outside requested path', '[{"n":"/3/1/9","v":1}]'],
  ];
  for (const [name, text] of cases) {
    it(name, () => {
      const payload = name === 'invalid UTF-8' ? Buffer.from([0x5b, 0xff, 0x5d]) : json(text);
      const err = expectCodecError(() => senmlJsonCodec.decode(payload, parsePath('/3/0'), models));
      expect(err.format).toBe(110);
    });
  }

  it('refuses a pack above the record limit without building it', () => {
    const big = '[' + Array.from({ length: 10_001 }, () => '{"n":"/3/0/9","v":1}').join(',') + ']';
    expectCodecError(() => senmlJsonCodec.decodeEntries(json(big), models));
  });

  it('refuses a single resource read with no value', () => {
    expectCodecError(() => senmlJsonCodec.decode(json('[]'), parsePath('/3/0/9'), models));
  });
});
