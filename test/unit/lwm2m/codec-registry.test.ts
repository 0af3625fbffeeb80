import { beforeAll, describe, expect, it } from 'vitest';
import {
  codecFor,
  decodeNode,
  encodeNode,
  multiPathCodecFor,
  SUPPORTED_FORMATS,
} from '../../../src/lwm2m/codec/codec-registry.js';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type { ObjectInstanceNode, ResourceNode, SingleResourceNode } from '../../../src/lwm2m/node.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels } from '../../support/models.js';

let models: ModelRegistry;
beforeAll(async () => {
  models = await loadTestModels();
});

function codecErrorOf(f: () => unknown): CodecError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CodecError);
    return e as CodecError;
  }
  throw new Error('expected a CodecError');
}

const battery: SingleResourceNode = { kind: 'resource', id: 9, type: 'integer', value: 87 };
const instance: ObjectInstanceNode = {
  kind: 'instance',
  id: 0,
  resources: new Map<number, ResourceNode>([
    [0, { kind: 'resource', id: 0, type: 'string', value: 'Open Mobile Alliance' }],
    [9, battery],
    [7, { kind: 'multiResource', id: 7, type: 'integer', instances: new Map([[0, 3800], [1, 5000]]) }],
    [13, { kind: 'resource', id: 13, type: 'time', value: new Date(1367491215000) }],
  ]),
};

describe('codec registry', () => {
  it('lists every LwM2M content format, the legacy numbers included', () => {
    expect(SUPPORTED_FORMATS).toEqual([0, 42, 60, 110, 112, 1542, 1543, 11542, 11543, 11544]);
    for (const f of SUPPORTED_FORMATS) expect(codecFor(f)).toBeDefined();
  });

  it('knows which formats carry absolute paths', () => {
    for (const f of [110, 112, 1543, 11543, 11544]) expect(multiPathCodecFor(f)).toBeDefined();
    for (const f of [0, 42, 60, 1542, 11542, 40, 50]) expect(multiPathCodecFor(f)).toBeUndefined();
    expect(codecFor(40)).toBeUndefined();
  });

  it('maps the legacy numbers to TLV and LwM2M JSON under their own number', () => {
    expect(codecFor(ContentFormat.LEGACY_TLV)?.format).toBe(1542);
    expect(codecFor(ContentFormat.LEGACY_JSON)?.format).toBe(1543);
    const text = Buffer.from('{"bn":"/3/0/9","e":[{"v":87}]}');
    expect(decodeNode(1543, text, parsePath('/3/0/9'), models)).toEqual(battery);
    expect(decodeNode(11543, text, parsePath('/3/0/9'), models)).toEqual(battery);
    expect(codecErrorOf(() => decodeNode(1543, Buffer.from('{}'), parsePath('/3/0/9'), models)).format).toBe(1543);
  });

  it('round-trips an object instance through every multi-value format', () => {
    for (const f of [110, 112, 1542, 1543, 11542, 11543, 11544]) {
      const bytes = encodeNode(f, instance, parsePath('/3/0'), models);
      const back = decodeNode(f, bytes, parsePath('/3/0'), models);
      expect(back, `format ${f}`).toEqual(instance);
    }
  });

  it('round-trips a single resource through every format', () => {
    for (const f of SUPPORTED_FORMATS.filter((x) => x !== ContentFormat.OPAQUE)) {
      const bytes = encodeNode(f, battery, parsePath('/3/0/9'), models);
      expect(decodeNode(f, bytes, parsePath('/3/0/9'), models), `format ${f}`).toEqual(battery);
    }
  });

  it('gives CodecError naming the format for an unknown format', () => {
    expect(codecErrorOf(() => decodeNode(50, Buffer.from('{}'), parsePath('/3/0'), models)).format).toBe(50);
    expect(codecErrorOf(() => encodeNode(40, battery, parsePath('/3/0/9'), models)).format).toBe(40);
  });

  it('gives CodecError for garbage in every format', () => {
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x9f]);
    for (const f of SUPPORTED_FORMATS.filter((x) => x !== ContentFormat.OPAQUE)) {
      codecErrorOf(() => decodeNode(f, garbage, parsePath('/3/0/9'), models));
    }
  });

  it('never throws anything but CodecError on mutated payloads of the flat formats', () => {
    // A fixed-seed LCG keeps the run reproducible; 400 mutations per format bound the time.
    let seed = 0x2545f491;
    const rnd = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (const f of [110, 112, 11543, 11544]) {
      const codec = multiPathCodecFor(f);
      if (!codec) throw new Error(`no codec for ${f}`);
      const valid = encodeNode(f, instance, parsePath('/3/0'), models);
      for (let i = 0; i < 400; i++) {
        const bytes = Buffer.from(valid.subarray(0, 1 + rnd(valid.length)));
        for (let k = 0; k <= rnd(4); k++) bytes[rnd(bytes.length)] = rnd(256);
        for (const run of [
          () => codec.decode(bytes, parsePath('/3/0'), models),
          () => codec.decodeEntries(bytes, models),
        ]) {
          try {
            run();
          } catch (e) {
            if (!(e instanceof CodecError)) throw new Error(`format ${f}: ${String(e)} for ${bytes.toString('hex')}`);
          }
        }
      }
    }
  });
});
