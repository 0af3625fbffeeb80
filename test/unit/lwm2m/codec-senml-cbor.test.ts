import { beforeAll, describe, expect, it } from 'vitest';
import { createSenmlCborCodec, senmlCborCodec } from '../../../src/lwm2m/codec/senml-cbor-codec.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type {
  MultiResourceNode,
  ObjectInstanceNode,
  SingleResourceNode,
  ValueEntry,
} from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels, makeTestRegistry } from '../../support/models.js';

// Byte expectations are compared as hex text, which gives readable diffs.
const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// LwM2M Core 1.1 §7.4.5: the CBOR forms of the §7.4.4 examples.
// Table 7.4.4-2, Read /3/0: [{-2:"/3/0/",0:"0",3:"Open Mobile Alliance"},{0:"1",3:"Lightweight M2M Client"},…]
const DEVICE_INSTANCE = hex(
  '90a321652f332f302f00613003744f70656e204d6f62696c6520416c6c69616e6365a200613103764c69676874776569676874204d324d' +
    '20436c69656e74a20061320369333435303030313233a20061330363312e30a20063362f300201a20063362f310205a20063372f300219' +
    '0ed8a20063372f3102191388a20063382f3002187da20063382f3102190384a2006139021864a200623130020fa2006431312f300200a2' +
    '00623133021a5182428fa20062313403662b30323a3030a200623136036155',
);
// Table 7.4.4-3, notification of /72 with a time series: [{-2:"/72/",-3:25462634,0:"1/2",2:22.4,6:-5},…]
const TIME_SERIES = hex(
  '83a521642f37322f221a0184876a0063312f3202fb40366666666666660624a30063312f3202fb4036e6666666666606381da30063312f' +
    '3202fb403819999999999a063831',
);
// Table 7.4.4-4, Read / of objects 65..67 with objlnk values ("vlo" keeps its text label).
const OBJLNK_EXAMPLE = hex(
  '8ca321612f006836352f302f302f3063766c6f6436363a30a2006836352f302f302f3163766c6f6436363a31a2006636352f302f31036d' +
    '38363133383030373535353030a2006636352f302f320201a2006636362f302f30036a6d795365727669636531a2006636362f302f3103' +
    '6f496e7465726e65742e31352e323334a2006636362f302f3263766c6f6436373a30a2006636362f312f30036a6d7953657276696365' +
    '32a2006636362f312f31036f496e7465726e65742e31352e323335a2006636362f312f3263766c6f6b36353533353a3635353335a20066' +
    '36372f302f30036b38352e37362e37362e3834a2006636372f302f31036d38352e37362e3235352e323535',
);
// Table 7.4.4-5, Read /3/0/0: [{-2:"/3/0/0",3:"Open Mobile Alliance"}]
const SINGLE_RESOURCE = hex('81a221662f332f302f3003744f70656e204d6f62696c6520416c6c69616e6365');
// Table 7.4.4-6, Read-Composite request: [{0:"/3/0/0"},{0:"/3/0/9"},{0:"/1/0/1"}]
const COMPOSITE_PATHS = hex('83a100662f332f302f30a100662f332f302f39a100662f312f302f31');
// Table 7.4.4-7, Read-Composite response: [{0:"/3/0/0",3:"Open Mobile Alliance"},{0:"/3/0/9",2:95},{0:"/1/0/1",2:86400}]
const COMPOSITE_RESPONSE = hex(
  '83a200662f332f302f3003744f70656e204d6f62696c6520416c6c69616e6365a200662f332f302f3902185fa200662f312f302f31021a00015180',
);
// Table 7.4.4-8, Write-Composite: [{0:"/3311/0/5850",4:false},{0:"/3311/1/5850",4:false},{0:"/3311/2/5851",2:20},{0:"/3308/0/5900",2:18}]
const WRITE_COMPOSITE = hex(
  '84a2006c2f333331312f302f3538353004f4a2006c2f333331312f312f3538353004f4a2006c2f333331312f322f353835310214a2006c2f' +
    '333330382f302f353930300212',
);

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
  expect((thrown as CodecError).format).toBe(112);
}

describe('SenML CBOR spec examples (LwM2M Core 1.1 §7.4.5)', () => {
  it('reads the Device object instance and re-encodes the exact bytes', () => {
    const node = senmlCborCodec.decode(DEVICE_INSTANCE, parsePath('/3/0'), models) as ObjectInstanceNode;
    expect((node.resources.get(1) as SingleResourceNode).value).toBe('Lightweight M2M Client');
    expect([...(node.resources.get(6) as MultiResourceNode).instances]).toEqual([
      [0, 1],
      [1, 5],
    ]);
    expect((node.resources.get(13) as SingleResourceNode).value).toEqual(new Date(1367491215000));
    expect(senmlCborCodec.encode(node, parsePath('/3/0'), models).toString('hex')).toBe(DEVICE_INSTANCE.toString('hex'));
  });

  it('reads a single resource and re-encodes the exact bytes', () => {
    const node = senmlCborCodec.decode(SINGLE_RESOURCE, parsePath('/3/0/0'), models);
    expect(node).toEqual({ kind: 'resource', id: 0, type: 'string', value: 'Open Mobile Alliance' });
    expect(senmlCborCodec.encode(node, parsePath('/3/0/0'), models).toString('hex')).toBe(SINGLE_RESOURCE.toString('hex'));
  });

  it('reads the time series of Table 7.4.4-3 relative to the injected clock', () => {
    const now = 1_750_000_000_000;
    const codec = createSenmlCborCodec({ now: () => now });
    const entries = codec.decodeEntries(TIME_SERIES, models);
    expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
      ['/72/1/2', 22.4, now + (25462634 - 5) * 1000],
      ['/72/1/2', 22.9, now + (25462634 - 30) * 1000],
      ['/72/1/2', 24.1, now + (25462634 - 50) * 1000],
    ]);
    // A plain decode of the series keeps the newest sample.
    const node = codec.decode(TIME_SERIES, parsePath('/72/1/2'), models) as SingleResourceNode;
    expect(node.value).toBe(22.4);
  });

  it('reads objlnk values of Table 7.4.4-4 including the null link 65535:65535', () => {
    const entries = senmlCborCodec.decodeEntries(OBJLNK_EXAMPLE, models);
    expect(entries).toHaveLength(12);
    expect(entries[0]).toMatchObject({ type: 'objlnk', value: { objectId: 66, instanceId: 0 } });
    expect(formatPath(entries[0]?.path ?? {})).toBe('/65/0/0/0');
    expect(entries[9]).toMatchObject({ type: 'objlnk', value: { objectId: 65535, instanceId: 65535 } });
    expect(entries[2]).toMatchObject({ type: 'string', value: '8613800755500' });
  });

  it('writes and reads the Read-Composite request body byte for byte', () => {
    const paths = [parsePath('/3/0/0'), parsePath('/3/0/9'), parsePath('/1/0/1')];
    expect(senmlCborCodec.encodePaths(paths).toString('hex')).toBe(COMPOSITE_PATHS.toString('hex'));
    expect(senmlCborCodec.decodePaths(COMPOSITE_PATHS).map((p) => formatPath(p))).toEqual(['/3/0/0', '/3/0/9', '/1/0/1']);
  });

  it('reads the Read-Composite response and writes it back byte for byte', () => {
    const entries = senmlCborCodec.decodeEntries(COMPOSITE_RESPONSE, models);
    expect(entries.map((e) => [formatPath(e.path), e.value])).toEqual([
      ['/3/0/0', 'Open Mobile Alliance'],
      ['/3/0/9', 95],
      ['/1/0/1', 86400],
    ]);
    expect(senmlCborCodec.encodeEntries(entries).toString('hex')).toBe(COMPOSITE_RESPONSE.toString('hex'));
  });

  it('reads the Write-Composite body with model types', () => {
    const entries = senmlCborCodec.decodeEntries(WRITE_COMPOSITE, models);
    expect(entries.map((e) => [formatPath(e.path), e.type, e.value])).toEqual([
      ['/3311/0/5850', 'boolean', false],
      ['/3311/1/5850', 'boolean', false],
      ['/3311/2/5851', 'integer', 20],
      ['/3308/0/5900', 'float', 18],
    ]);
  });

  it('reads opaque as a byte string under label 8 and writes the same bytes', () => {
    // [{-2: "/0/0/3", 8: h'ABCDEF'}]
    const bytes = hex('81a221662f302f302f330843abcdef');
    const node = senmlCborCodec.decode(bytes, parsePath('/0/0/3'), models);
    expect(node).toEqual({ kind: 'resource', id: 3, type: 'opaque', value: Buffer.from('abcdef', 'hex') });
    expect(senmlCborCodec.encode(node, parsePath('/0/0/3'), models).toString('hex')).toBe('81a221662f302f302f330843abcdef');
  });

  it('reads times given as decimal fractions (tag 4)', () => {
    // [{-2:"/0/0/0",-3:4([0,500000004]),3:"SampleString"}, {-2:"/0/0/1",-3:4([0,500000005]),4:false}, …]
    const bytes = hex(
      '83a321662f302f302f3022c482001a1dcd6504036c53616d706c65537472696e67a321662f302f302f3122c482001a1dcd650504f4' +
        'a321662f302f302f3222c482001a1dcd6506021901c8',
    );
    const entries = senmlCborCodec.decodeEntries(bytes, models);
    expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
      ['/0/0/0', 'SampleString', 500000004000],
      ['/0/0/1', false, 500000005000],
      ['/0/0/2', 456, 500000006000],
    ]);
  });
});

describe('SenML CBOR name and field resolution', () => {
  const reg = makeTestRegistry(65, [
    [0, 'string'],
    [1, 'integer'],
    [2, 'boolean', true],
  ]);

  it('accepts labels in any order within a record', () => {
    // [{-2:"/65/543/",0:"0",3:"LWM2M"},{2:2015,0:"1"},{0:"2/0",4:true},{4:false,0:"2/1"}]
    const bytes = hex(
      '84a321682f36352f3534332f00613003654c574d324da2021907df006131a20063322f3004f5a204f40063322f31',
    );
    const node = senmlCborCodec.decode(bytes, parsePath('/65/543'), reg) as ObjectInstanceNode;
    expect((node.resources.get(0) as SingleResourceNode).value).toBe('LWM2M');
    expect((node.resources.get(1) as SingleResourceNode).value).toBe(2015);
    expect([...(node.resources.get(2) as MultiResourceNode).instances]).toEqual([
      [0, true],
      [1, false],
    ]);
  });

  it('joins bn and n as text ("/2/3" + "/0")', () => {
    // [{-2:"/2/3",0:"/0",2:1234}]
    const entries = senmlCborCodec.decodeEntries(hex('81a321642f322f3300622f30021904d2'), models);
    expect(entries.map((e) => [formatPath(e.path), e.value])).toEqual([['/2/3/0', 1234]]);
  });

  it('adds a base value to numeric values (RFC 8428 §4.1)', () => {
    // [{-2:"/65/0/",-5:100,0:"1",2:5},{0:"1",2:-1,6:1}] with bt absent: the second is 1 s from now
    const now = 1_800_000_000_000;
    const codec = createSenmlCborCodec({ now: () => now });
    const entries = codec.decodeEntries(hex('82a421662f36352f302f2418640061310205a300613102200601'), reg);
    expect(entries.map((e) => [formatPath(e.path), e.value, e.time])).toEqual([
      ['/65/0/1', 105, undefined],
      ['/65/0/1', 99, now + 1000],
    ]);
  });
});

describe('SenML CBOR round trips', () => {
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
    [9, 'float', true],
  ]);
  it('every resource type through encode/decode', () => {
    const instance: ObjectInstanceNode = {
      kind: 'instance',
      id: 0,
      resources: new Map([
        [0, { kind: 'resource', id: 0, type: 'string', value: 'ünïcode' }],
        [1, { kind: 'resource', id: 1, type: 'integer', value: -(2n ** 63n) }],
        [2, { kind: 'resource', id: 2, type: 'unsigned', value: 2n ** 64n - 1n }],
        [3, { kind: 'resource', id: 3, type: 'float', value: -0.1 }],
        [4, { kind: 'resource', id: 4, type: 'boolean', value: false }],
        [5, { kind: 'resource', id: 5, type: 'opaque', value: Buffer.alloc(0) }],
        [6, { kind: 'resource', id: 6, type: 'time', value: new Date(0) }],
        [7, { kind: 'resource', id: 7, type: 'objlnk', value: { objectId: 1, instanceId: 2 } }],
        [8, { kind: 'resource', id: 8, type: 'corelnk', value: '</1>' }],
        [9, { kind: 'multiResource', id: 9, type: 'float', instances: new Map([[3, 1.5], [4, 2]]) }],
      ]),
    };
    const path = parsePath('/1024/0');
    expect(senmlCborCodec.decode(senmlCborCodec.encode(instance, path, reg), path, reg)).toEqual(instance);
  });

  it('timestamped entries survive encodeEntries/decodeEntries', () => {
    const entries: ValueEntry[] = [
      { path: parsePath('/3/0/9'), type: 'integer', value: 90, time: 1_700_000_000_000 },
      { path: parsePath('/3/0/9'), type: 'integer', value: 91, time: 1_700_000_010_500 },
      { path: parsePath('/3/0/0'), type: 'string', value: 'now' },
    ];
    expect(senmlCborCodec.decodeEntries(senmlCborCodec.encodeEntries(entries), models)).toEqual(entries);
  });
});

describe('SenML CBOR hostile input gives CodecError', () => {
  const cases: [string, string][] = [
    ['truncated', '81a221662f332f30'],
    ['trailing bytes', '80ff'],
    ['not an array', 'a100662f332f302f30'],
    ['record not a map', '8182'.concat('0102')],
    ['array nested in value', '81a200662f332f302f300381617a'],
    ['missing n', '81a10361ff'.replace('61ff', '6178')],
    ['must-understand text label', '81a300662f332f302f3003617864666f6f5f01'],
    ['two value labels', '81a300662f332f302f30036178020c'],
    ['vd not bytes', '81a200662f302f302f33086178'],
    ['key of another type', '81a2f500026178'],
    ['huge declared array', '9bffffffffffffffff'],
    ['deep nesting', '9f'.repeat(5000) + 'ff'.repeat(5000)],
    ['duplicate path', '82a200662f332f302f390201a200662f332f302f390202'],
    ['null value', '81a200662f332f302f3902f6'],
  ];
  for (const [name, h] of cases) {
    it(name, () => expectCodecError(() => senmlCborCodec.decode(hex(h), parsePath('/3/0'), models)));
  }

  it('refuses more records than the limit', () => {
    const record = hex('a200662f332f302f390201');
    const count = 10_001;
    const head = Buffer.from([0x99, count >> 8, count & 0xff]);
    const payload = Buffer.concat([head, ...Array.from({ length: count }, () => record)]);
    expectCodecError(() => senmlCborCodec.decodeEntries(payload, models));
  });
});
