import { beforeAll, describe, expect, it } from 'vitest';
import { textCodec } from '../../../src/lwm2m/codec/text-codec.js';
import { checkValueType, formatTextValue, parseTextValue } from '../../../src/lwm2m/codec/value-text.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { Lwm2mNode, ResourceValue } from '../../../src/lwm2m/node.js';
import type { ResourceType } from '../../../src/lwm2m/model/types.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels } from '../../support/models.js';

describe('parseTextValue / formatTextValue (LwM2M Core 1.1 §7.4.1)', () => {
  it.each<[ResourceType, string, ResourceValue]>([
    ['string', 'Open Mobile Alliance', 'Open Mobile Alliance'],
    ['string', '', ''],
    ['integer', '100', 100],
    ['integer', '-9223372036854775808', -(2n ** 63n)],
    ['integer', '9007199254740993', 9007199254740993n],
    ['unsigned', '18446744073709551615', 2n ** 64n - 1n],
    ['float', '22.5', 22.5],
    ['float', '-0.001', -0.001],
    ['float', '1e+21', 1e21],
    ['boolean', '1', true],
    ['boolean', '0', false],
    ['time', '1367491215', new Date(1367491215000)],
    ['time', '-1', new Date(-1000)],
    ['objlnk', '66:65535', { objectId: 66, instanceId: 65535 }],
    ['opaque', 'AQIDBAU=', Buffer.from([1, 2, 3, 4, 5])],
    ['corelnk', '</3/0>;ver=1.1', '</3/0>;ver=1.1'],
  ])('%s "%s" round-trips', (type, text, value) => {
    expect(parseTextValue(text, type)).toEqual(value);
    expect(formatTextValue(value, type)).toBe(text);
  });

  it('accepts leading plus, unpadded-looking forms and true/false on input only', () => {
    expect(parseTextValue('+7', 'integer')).toBe(7);
    expect(parseTextValue('.5', 'float')).toBe(0.5);
    expect(parseTextValue('true', 'boolean')).toBe(true);
    expect(formatTextValue(true, 'boolean')).toBe('1');
    expect(parseTextValue('', 'opaque')).toEqual(Buffer.alloc(0));
  });

  it.each<[ResourceType, string]>([
    ['integer', '1.5'],
    ['integer', '0x10'],
    ['integer', ' 1'],
    ['integer', ''],
    ['integer', '9223372036854775808'],
    ['integer', '123456789012345678901234'],
    ['unsigned', '-1'],
    ['unsigned', '18446744073709551616'],
    ['float', 'NaN'],
    ['float', 'Infinity'],
    ['float', '1e999'],
    ['float', '1,5'],
    ['float', ''],
    ['boolean', '2'],
    ['boolean', 'yes'],
    ['time', '2013-05-02T10:40:15Z'],
    ['objlnk', '3'],
    ['objlnk', '3:70000'],
    ['objlnk', '-1:0'],
    ['opaque', '!,-INVALID$_\''],
    ['opaque', 'AQIDBAU'],
    ['none', ''],
  ])('%s rejects "%s" with CodecError(0)', (type, text) => {
    try {
      parseTextValue(text, type);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CodecError);
      expect((e as CodecError).format).toBe(0);
    }
  });

  it('formats floats without losing precision and times as whole seconds', () => {
    expect(formatTextValue(0.1, 'float')).toBe('0.1');
    expect(formatTextValue(new Date(1500), 'time')).toBe('1');
  });
});

describe('checkValueType', () => {
  it('normalizes integers: bigint within 2^53 becomes number, beyond stays bigint', () => {
    expect(checkValueType(5n, 'integer')).toBe(5);
    expect(checkValueType(2n ** 60n, 'unsigned')).toBe(2n ** 60n);
    expect(checkValueType(-5, 'integer')).toBe(-5);
  });

  it('takes a number for time as seconds since the epoch', () => {
    expect(checkValueType(10, 'time')).toEqual(new Date(10000));
  });

  it('copies objlnk ids and turns Uint8Array into Buffer', () => {
    expect(checkValueType({ objectId: 1, instanceId: 2 }, 'objlnk')).toEqual({ objectId: 1, instanceId: 2 });
    const b = checkValueType(new Uint8Array([9]) as Buffer, 'opaque');
    expect(Buffer.isBuffer(b)).toBe(true);
  });

  it.each<[ResourceType, ResourceValue]>([
    ['integer', 1.5],
    ['integer', 'x'],
    ['integer', 2n ** 63n],
    ['unsigned', -1],
    ['unsigned', 2n ** 64n],
    ['float', Number.POSITIVE_INFINITY],
    ['float', 'x'],
    ['boolean', 1],
    ['string', 5],
    ['opaque', 'AQ=='],
    ['time', new Date(Number.NaN)],
    ['time', 'now'],
    ['objlnk', { objectId: 70000, instanceId: 0 }],
    ['objlnk', '3:0'],
    ['none', 'x'],
  ])('%s refuses %s', (type, value) => {
    expect(() => checkValueType(value, type, 11542)).toThrow(CodecError);
  });
});

describe('textCodec', () => {
  let models: ModelRegistry;
  beforeAll(async () => {
    models = await loadTestModels();
  });

  const dec = (text: string, path: string): Lwm2mNode => textCodec.decode(Buffer.from(text, 'utf8'), parsePath(path), models);

  it('decodes a typed single resource from the model', () => {
    expect(dec('100', '/3/0/9')).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 100 });
    expect(dec('MyManufacturer', '/3/0/0')).toEqual({ kind: 'resource', id: 0, type: 'string', value: 'MyManufacturer' });
    expect(dec('21.75', '/3303/0/5700')).toEqual({ kind: 'resource', id: 5700, type: 'float', value: 21.75 });
  });

  it('decodes base64 text for an opaque resource (5/0/0)', () => {
    expect(dec('AQIDBAU=', '/5/0/0')).toMatchObject({ type: 'opaque', value: Buffer.from([1, 2, 3, 4, 5]) });
  });

  it('decodes one instance of a multiple resource', () => {
    expect(dec('5000', '/3/0/7/1')).toEqual({ kind: 'resourceInstance', id: 1, type: 'integer', value: 5000 });
  });

  it('treats an unknown resource as a string', () => {
    expect(dec('hello', '/3/0/999')).toEqual({ kind: 'resource', id: 999, type: 'string', value: 'hello' });
  });

  it('encodes single resources and resource instances', () => {
    const p = parsePath('/3/0/13');
    expect(textCodec.encode({ kind: 'resource', id: 13, type: 'time', value: new Date(1367491215000) }, p, models).toString()).toBe('1367491215');
    expect(textCodec.encode({ kind: 'resourceInstance', id: 0, type: 'boolean', value: false }, p, models).toString()).toBe('0');
    expect(textCodec.encode({ kind: 'resource', id: 1, type: 'string', value: 'é' }, p, models)).toEqual(Buffer.from('c3a9', 'hex'));
  });

  it.each([
    ['bad integer', 'abc', '/3/0/9'],
    ['a whole instance', '1', '/3/0'],
    ['an object', '1', '/3'],
    ['a multiple resource without instance id', '1', '/3/0/7'],
    ['an instance of a single resource', '1', '/3/0/9/0'],
    ['an executable resource', '', '/3/0/4'],
  ])('rejects %s', (_n, text, path) => {
    expect(() => dec(text, path)).toThrow(CodecError);
  });

  it('rejects invalid UTF-8 and nodes with several values', () => {
    expect(() => textCodec.decode(Buffer.from([0xc3, 0x28]), parsePath('/3/0/0'), models)).toThrow(CodecError);
    const inst: Lwm2mNode = { kind: 'instance', id: 0, resources: new Map() };
    expect(() => textCodec.encode(inst, parsePath('/3/0'), models)).toThrow(CodecError);
    expect(() => textCodec.encode({ kind: 'resource', id: 9, type: 'integer', value: 'x' }, parsePath('/3/0/9'), models)).toThrow(CodecError);
  });
});
