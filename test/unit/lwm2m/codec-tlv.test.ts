import { beforeAll, describe, expect, it } from 'vitest';
import { legacyTlvCodec, tlvCodec } from '../../../src/lwm2m/codec/tlv-codec.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type {
  Lwm2mNode,
  MultiResourceNode,
  ObjectInstanceNode,
  ObjectNode,
  ResourceInstanceNode,
  SingleResourceNode,
} from '../../../src/lwm2m/node.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import { loadTestModels, makeTestModel, makeTestRegistry } from '../../support/models.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

// LwM2M Core 1.1 §7.4.3 examples (the same bytes appear in the 1.0 spec's TLV examples).
// Device object instance 0 as bare resource TLVs (Read /3/0).
const DEVICE_RESOURCES =
  'C800144F70656E204D6F62696C6520416C6C69616E6365' + // 0 Manufacturer "Open Mobile Alliance"
  'C801164C69676874776569676874204D324D20436C69656E74' + // 1 Model "Lightweight M2M Client"
  'C80209333435303030313233' + // 2 Serial "345000123"
  'C303312E30' + // 3 Firmware "1.0"
  '8606410001410105' + // 6 Available power sources {0:1, 1:5}
  '88070842000ED842011388' + // 7 Power source voltage {0:3800, 1:5000}
  '870841007D42010384' + // 8 Power source current {0:125, 1:900}
  'C10964' + // 9 Battery level 100
  'C10A0F' + // 10 Memory free 15
  '830B410000' + // 11 Error code {0:0}
  'C40D5182428F' + // 13 Current time 1367491215
  'C60E2B30323A3030' + // 14 UTC offset "+02:00"
  'C11055'; // 16 Binding "U"
// The same inside one object-instance TLV (Read /3).
const DEVICE_WITH_INSTANCE = '080079' + DEVICE_RESOURCES;
// Access Control object, two instances (Read /2).
const ACL = '08000EC10001C101008302417F07C1037F080212C10003C101008702417F0761013601C1037F';
// Server object, one instance (Read /1).
const SERVER = '08000FC10001C40100015180C10601C10755';
// Objects 65/66 of the objlnk example: a multiple objlnk resource and a null link 65535:65535.
const OBJ65 = '88000C440000420000440100420001C8010D38363133383030373535353030C40212345678';
const OBJ66 =
  '080026C8000B6D79536572766963652031C8010F496E7465726E65742E31352E323334C40200430000' +
  '080126C8000B6D79536572766963652032C8010F496E7465726E65742E31352E323335C402FFFFFFFF';

let models: ModelRegistry;
let linkModels: ModelRegistry;

beforeAll(async () => {
  models = await loadTestModels();
  linkModels = makeTestRegistry(65, [
    [0, 'objlnk', true],
    [1, 'string'],
    [2, 'integer'],
  ]);
  linkModels.add(makeTestModel(66, [[0, 'string'], [1, 'string'], [2, 'objlnk']]));
});

function decode(payload: string, path: string, m: ModelRegistry = models): Lwm2mNode {
  return tlvCodec.decode(hex(payload), parsePath(path), m);
}

function expectDeviceInstance(inst: ObjectInstanceNode): void {
  expect(inst.id).toBe(0);
  const v = (id: number): unknown => (inst.resources.get(id) as SingleResourceNode).value;
  const mv = (id: number): unknown => Object.fromEntries((inst.resources.get(id) as MultiResourceNode).instances);
  expect([...inst.resources.keys()]).toEqual([0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 13, 14, 16]);
  expect(v(0)).toBe('Open Mobile Alliance');
  expect(v(1)).toBe('Lightweight M2M Client');
  expect(v(2)).toBe('345000123');
  expect(v(3)).toBe('1.0');
  expect(mv(6)).toEqual({ 0: 1, 1: 5 });
  expect(mv(7)).toEqual({ 0: 3800, 1: 5000 });
  expect(mv(8)).toEqual({ 0: 125, 1: 900 });
  expect(v(9)).toBe(100);
  expect(v(10)).toBe(15);
  expect(mv(11)).toEqual({ 0: 0 });
  expect(v(13)).toEqual(new Date(1367491215000));
  expect(v(14)).toBe('+02:00');
  expect(v(16)).toBe('U');
  expect(inst.resources.get(13)?.type).toBe('time');
}

describe('TLV spec examples', () => {
  it('decodes the Device instance read as bare resources and re-encodes the same bytes', () => {
    const node = decode(DEVICE_RESOURCES, '/3/0') as ObjectInstanceNode;
    expect(node.kind).toBe('instance');
    expectDeviceInstance(node);
    expect(tlvCodec.encode(node, parsePath('/3/0'), models).toString('hex').toUpperCase()).toBe(DEVICE_RESOURCES);
  });

  it('accepts the Device instance wrapped in its object-instance TLV at /3/0', () => {
    expectDeviceInstance(decode(DEVICE_WITH_INSTANCE, '/3/0') as ObjectInstanceNode);
  });

  it('decodes the Device object read at /3 and re-encodes it', () => {
    const node = decode(DEVICE_WITH_INSTANCE, '/3') as ObjectNode;
    expect(node.kind).toBe('object');
    expect([...node.instances.keys()]).toEqual([0]);
    expectDeviceInstance(node.instances.get(0) as ObjectInstanceNode);
    expect(tlvCodec.encode(node, parsePath('/3'), models).toString('hex').toUpperCase()).toBe(DEVICE_WITH_INSTANCE);
  });

  it('treats bare resources at object level as the single instance 0', () => {
    const node = decode(DEVICE_RESOURCES, '/3') as ObjectNode;
    expectDeviceInstance(node.instances.get(0) as ObjectInstanceNode);
  });

  it('decodes the two-instance Access Control example with a 16-bit resource instance id', () => {
    const node = decode(ACL, '/2') as ObjectNode;
    expect([...node.instances.keys()]).toEqual([0, 2]);
    const i0 = node.instances.get(0) as ObjectInstanceNode;
    const i2 = node.instances.get(2) as ObjectInstanceNode;
    expect((i0.resources.get(0) as SingleResourceNode).value).toBe(1);
    expect((i0.resources.get(3) as SingleResourceNode).value).toBe(127);
    expect([...(i0.resources.get(2) as MultiResourceNode).instances]).toEqual([[127, 7]]);
    expect((i2.resources.get(0) as SingleResourceNode).value).toBe(3);
    expect([...(i2.resources.get(2) as MultiResourceNode).instances]).toEqual([
      [127, 7],
      [310, 1],
    ]);
    expect(tlvCodec.encode(node, parsePath('/2'), models).toString('hex').toUpperCase()).toBe(ACL);
  });

  it('decodes the Server example: 32-bit integer, boolean, string', () => {
    const node = decode(SERVER, '/1') as ObjectNode;
    const inst = node.instances.get(0) as ObjectInstanceNode;
    const v = (id: number): unknown => (inst.resources.get(id) as SingleResourceNode).value;
    expect([v(0), v(1), v(6), v(7)]).toEqual([1, 86400, true, 'U']);
    expect(tlvCodec.encode(node, parsePath('/1'), models).toString('hex').toUpperCase()).toBe(SERVER);
  });

  it('decodes objlnk values (multiple objlnk resource, object 65)', () => {
    const inst = decode(OBJ65, '/65/0', linkModels) as ObjectInstanceNode;
    expect([...(inst.resources.get(0) as MultiResourceNode).instances]).toEqual([
      [0, { objectId: 66, instanceId: 0 }],
      [1, { objectId: 66, instanceId: 1 }],
    ]);
    expect((inst.resources.get(1) as SingleResourceNode).value).toBe('8613800755500');
    expect((inst.resources.get(2) as SingleResourceNode).value).toBe(0x12345678);
    expect(tlvCodec.encode(inst, parsePath('/65/0'), linkModels).toString('hex').toUpperCase()).toBe(OBJ65);
  });

  it('decodes two instances with single objlnk values, including the null link (object 66)', () => {
    const node = decode(OBJ66, '/66', linkModels) as ObjectNode;
    const link = (i: number): unknown => ((node.instances.get(i) as ObjectInstanceNode).resources.get(2) as SingleResourceNode).value;
    expect(link(0)).toEqual({ objectId: 67, instanceId: 0 });
    expect(link(1)).toEqual({ objectId: 65535, instanceId: 65535 });
    expect(tlvCodec.encode(node, parsePath('/66'), linkModels).toString('hex').toUpperCase()).toBe(OBJ66);
  });
});

describe('TLV at resource and resource-instance level', () => {
  it('reads a single resource /3/0/9, also through a versioned path /3_1.2/0/9', () => {
    expect(decode('C10964', '/3/0/9')).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 100 });
    expect(decode('C10964', '/3_1.2/0/9')).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 100 });
  });

  it('reads a multiple resource /3/0/6 and re-encodes it', () => {
    const node = decode('8606410001410105', '/3/0/6') as MultiResourceNode;
    expect(node.kind).toBe('multiResource');
    expect([...node.instances]).toEqual([
      [0, 1],
      [1, 5],
    ]);
    expect(tlvCodec.encode(node, parsePath('/3/0/6'), models).toString('hex').toUpperCase()).toBe('8606410001410105');
  });

  it('reads resource instances sent without the enclosing multiple-resource TLV', () => {
    const node = decode('42000ED842011388', '/3/0/7') as MultiResourceNode;
    expect([...node.instances]).toEqual([
      [0, 3800],
      [1, 5000],
    ]);
  });

  it('reads one resource instance /3/0/7/1', () => {
    const node = decode('42011388', '/3/0/7/1') as ResourceInstanceNode;
    expect(node).toEqual({ kind: 'resourceInstance', id: 1, type: 'integer', value: 5000 });
    expect(tlvCodec.encode(node, parsePath('/3/0/7/1'), models).toString('hex')).toBe('42011388');
  });

  it('uses a 16-bit resource id and a 4-byte float (3303/0/5700)', () => {
    const node: SingleResourceNode = { kind: 'resource', id: 5700, type: 'float', value: 22.5 };
    const bytes = tlvCodec.encode(node, parsePath('/3303/0/5700'), models);
    expect(bytes.toString('hex')).toBe('e4164441b40000');
    expect(tlvCodec.decode(bytes, parsePath('/3303/0/5700'), models)).toEqual(node);
  });

  it('uses 8 bytes for a float that binary32 cannot hold', () => {
    const node: SingleResourceNode = { kind: 'resource', id: 5700, type: 'float', value: 0.1 };
    const bytes = tlvCodec.encode(node, parsePath('/3303/0/5700'), models);
    expect(bytes.toString('hex')).toBe('e81644083fb999999999999a');
    expect(tlvCodec.decode(bytes, parsePath('/3303/0/5700'), models)).toEqual(node);
  });

  it('encodes an instance addressed to its object inside an object-instance TLV (Create)', () => {
    const inst: ObjectInstanceNode = {
      kind: 'instance',
      id: 4,
      resources: new Map([[9, { kind: 'resource', id: 9, type: 'integer', value: 100 }]]),
    };
    expect(tlvCodec.encode(inst, parsePath('/3'), models).toString('hex')).toBe('0304c10964');
    expect(tlvCodec.encode(inst, parsePath('/3/4'), models).toString('hex')).toBe('c10964');
  });

  it('reads an empty object and an empty instance', () => {
    expect(decode('', '/3')).toEqual({ kind: 'object', id: 3, instances: new Map() });
    expect(decode('', '/3/0')).toEqual({ kind: 'instance', id: 0, resources: new Map() });
  });
});

describe('TLV value widths and types', () => {
  const reg = makeTestRegistry(42000, [
    [0, 'integer'],
    [1, 'unsigned'],
    [2, 'float'],
    [3, 'boolean'],
    [4, 'time'],
    [5, 'objlnk'],
    [6, 'opaque'],
    [7, 'string'],
    [8, 'none'],
    [9, 'string', true],
    [10, 'corelnk'],
  ]);
  const p = (r: number): ReturnType<typeof parsePath> => parsePath(`/42000/0/${r}`);
  const roundTrip = (id: number, type: SingleResourceNode['type'], value: SingleResourceNode['value']): string => {
    const node: SingleResourceNode = { kind: 'resource', id, type, value };
    const bytes = tlvCodec.encode(node, p(id), reg);
    expect(tlvCodec.decode(bytes, p(id), reg)).toEqual(node);
    return bytes.toString('hex');
  };

  it.each([
    [0, 'c10000'],
    [-1, 'c100ff'],
    [127, 'c1007f'],
    [128, 'c2000080'],
    [-32768, 'c2008000'],
    [65536, 'c40000010000'],
    [2 ** 31, 'c800080000000080000000'],
    [Number.MAX_SAFE_INTEGER, 'c80008001fffffffffffff'],
  ])('integer %s uses the shortest two-complement width', (value, bytes) => {
    expect(roundTrip(0, 'integer', value)).toBe(bytes);
  });

  it('keeps 64-bit integers beyond 2^53 as bigint', () => {
    expect(roundTrip(0, 'integer', -(2n ** 63n))).toBe('c8000880' + '00'.repeat(7));
    expect(roundTrip(0, 'integer', 2n ** 62n)).toBe('c8000840' + '00'.repeat(7));
  });

  it('reads unsigned integers without sign extension', () => {
    expect(roundTrip(1, 'unsigned', 255)).toBe('c101ff');
    expect(roundTrip(1, 'unsigned', 2n ** 64n - 1n)).toBe('c80108' + 'ff'.repeat(8));
    expect(decode('c401ffffffff', '/42000/0/1', reg)).toMatchObject({ value: 4294967295 });
  });

  it('round-trips boolean, time, objlnk, opaque, string, corelnk', () => {
    expect(roundTrip(3, 'boolean', false)).toBe('c10300');
    expect(roundTrip(4, 'time', new Date(-1000))).toBe('c104ff');
    expect(roundTrip(5, 'objlnk', { objectId: 3, instanceId: 65534 })).toBe('c4050003fffe');
    expect(roundTrip(6, 'opaque', Buffer.alloc(300, 7))).toMatch(/^d006012c(07){300}$/);
    expect(roundTrip(7, 'string', 'é')).toBe('c207c3a9');
    expect(roundTrip(10, 'corelnk', '</3/0>')).toBe('c60a3c2f332f303e');
  });

  it('uses a 24-bit length field past 65535 bytes', () => {
    expect(roundTrip(6, 'opaque', Buffer.alloc(70000, 1)).slice(0, 10)).toBe('d806011170');
  });

  it('decodes resources the model does not know as opaque', () => {
    const inst = decode('C10964C263ABCD', '/3/0') as ObjectInstanceNode;
    expect(inst.resources.get(99)).toEqual({ kind: 'resource', id: 99, type: 'opaque', value: hex('ABCD') });
    const unknownObject = decode('C10101', '/31999/0') as ObjectInstanceNode;
    expect(unknownObject.resources.get(1)).toMatchObject({ type: 'opaque' });
  });

  it('rejects values that do not fit the node type when encoding', () => {
    const bad: SingleResourceNode = { kind: 'resource', id: 0, type: 'integer', value: 'x' };
    expect(() => tlvCodec.encode(bad, p(0), reg)).toThrow(CodecError);
    const big: SingleResourceNode = { kind: 'resource', id: 0, type: 'integer', value: 2n ** 63n };
    expect(() => tlvCodec.encode(big, p(0), reg)).toThrow(CodecError);
    const nan: SingleResourceNode = { kind: 'resource', id: 2, type: 'float', value: Number.NaN };
    expect(() => tlvCodec.encode(nan, p(2), reg)).toThrow(CodecError);
  });

  it.each([
    ['3-byte integer', 'c300000064', 0],
    ['0-byte integer', 'c000', 0],
    ['5-byte unsigned', 'c50100000000ff', 1],
    ['3-byte float', 'c302000000', 2],
    ['boolean 2', 'c10302', 3],
    ['2-byte boolean', 'c2030001', 3],
    ['3-byte objlnk', 'c305000300', 5],
    ['invalid UTF-8 string', 'c207c328', 7],
    ['value for an executable resource', 'c10801', 8],
    ['NaN float', 'c4027fc00000', 2],
  ])('rejects %s', (_name, bytes, rid) => {
    expect(() => decode(bytes, `/42000/0/${rid}`, reg)).toThrow(CodecError);
  });
});

describe('TLV malformed input', () => {
  it.each([
    ['truncated header (type byte only)', 'C8', '/3/0'],
    ['truncated length field', 'C800', '/3/0'],
    ['truncated 16-bit id', 'E116', '/3303/0'],
    ['truncated 24-bit length', 'D80901FF', '/3/0'],
    ['length beyond payload', 'C30964', '/3/0'],
    ['absurd 24-bit length', 'D809FFFFFF00', '/3/0'],
    ['nested length beyond parent', '0803C10964', '/3'],
    ['instance inside instance (too deep)', '02000001', '/3'],
    ['multiple resource inside multiple resource', '850B8300410000', '/3/0/11'],
    ['resource instance at instance level', '410001', '/3/0'],
    ['object payload mixing instance and resource TLVs', '0003C10964C10964', '/3'],
    ['duplicate resource', 'C10964C10963', '/3/0'],
    ['duplicate instance', '0000' + '0000', '/3'],
    ['duplicate resource instance', '8606410001410005', '/3/0/6'],
    ['resource id not the path', 'C10964', '/3/0/10'],
    ['instance id not the path', '0003C10964', '/3/1'],
    ['two instance TLVs at instance level', '00000001', '/3/0'],
    ['single TLV for a multiple resource', 'C10B00', '/3/0/11'],
    ['multiple TLV for a single resource', '8309410064', '/3/0/9'],
    ['two resources at resource level', 'C10964C10A0F', '/3/0/9'],
    ['empty payload at resource level', '', '/3/0/9'],
    ['resource TLV at resource-instance level', 'C10964', '/3/0/6/0'],
    ['resource instance of a single resource', '410064', '/3/0/9/0'],
    ['reserved instance id 65535', '28FFFF00', '/3'],
    ['root path', 'C10964', '/'],
  ])('%s gives CodecError', (_name, bytes, path) => {
    expect(() => decode(bytes, path)).toThrow(CodecError);
  });

  it('reports the legacy format number through the 1542 codec', () => {
    expect(legacyTlvCodec.format).toBe(1542);
    try {
      legacyTlvCodec.decode(hex('C8'), parsePath('/3/0'), models);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CodecError);
      expect((e as CodecError).format).toBe(1542);
    }
    expect(legacyTlvCodec.decode(hex('C10964'), parsePath('/3/0/9'), models)).toMatchObject({ value: 100 });
  });

  it('never throws anything but CodecError on random bytes (bounded, seeded)', () => {
    let seed = 0x2545f491;
    const rnd = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x100000000;
    };
    const paths = ['/3', '/3/0', '/3/0/6', '/3/0/6/1', '/2', '/31999/1'].map((s) => parsePath(s));
    let decoded = 0;
    for (let i = 0; i < 3000; i++) {
      const len = Math.floor(rnd() * 24);
      const buf = Buffer.alloc(len);
      for (let j = 0; j < len; j++) buf[j] = Math.floor(rnd() * 256);
      const path = paths[i % paths.length] ?? parsePath('/3');
      try {
        tlvCodec.decode(buf, path, models);
        decoded++;
      } catch (e) {
        expect(e).toBeInstanceOf(CodecError);
      }
    }
    expect(decoded).toBeGreaterThan(0);
  });
});
