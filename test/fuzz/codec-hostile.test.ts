/**
 * Hostile payloads through every content codec of the registry, the link-format parser and
 * the DDF (object model XML) parser (issue 2 item 11): seeded random bytes, mutations of valid
 * encodings (flipped bits, cuts, repeats, swaps) and hand-made absurd shapes (huge declared
 * lengths, deep nesting). A decoder must return a node or throw its typed error (CodecError for
 * payloads, ModelError for DDF); anything else (TypeError, RangeError, stack overflow) is a bug.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { codecFor, decodeNode, encodeNode, multiPathCodecFor, SUPPORTED_FORMATS } from '../../src/lwm2m/codec/codec-registry.js';
import { formatLinkFormat, parseLinkFormat } from '../../src/lwm2m/codec/link-format.js';
import { CodecError, ModelError } from '../../src/lwm2m/errors.js';
import { parseDdf } from '../../src/lwm2m/model/ddf-parser.js';
import type { ModelLookup } from '../../src/lwm2m/model/types.js';
import type { Lwm2mNode, ObjectInstanceNode, ResourceNode } from '../../src/lwm2m/node.js';
import { parsePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { FuzzRandom } from '../support/fuzz-random.js';
import { loadTestModels, TEST_MODELS_DIR } from '../support/models.js';

const SEED = 0xc0dec;
const PER_FORMAT = 12_000;

let models: ModelLookup;
beforeAll(async () => {
  models = await loadTestModels();
});

/** Valid nodes covering every value type of the Device object and a multi-instance resource. */
function sampleNodes(): { path: Lwm2mPath; node: Lwm2mNode }[] {
  const res = (id: number, type: ResourceNode['type'], value: unknown): [number, ResourceNode] => [id, { kind: 'resource', id, type, value } as ResourceNode];
  const device: ObjectInstanceNode = {
    kind: 'instance',
    id: 0,
    resources: new Map<number, ResourceNode>([
      res(0, 'string', 'Open Mobile Alliance'),
      res(9, 'integer', 95),
      res(13, 'time', new Date(1_700_000_000_000)),
      res(14, 'string', '+02:00'),
      [6, { kind: 'multiResource', id: 6, type: 'integer', instances: new Map([[0, 1], [1, 5]]) }],
    ]),
  };
  const temp: ObjectInstanceNode = {
    kind: 'instance',
    id: 1,
    resources: new Map<number, ResourceNode>([res(5700, 'float', -12.625), res(5701, 'string', 'Cel')]),
  };
  return [
    { path: parsePath('/3/0'), node: device },
    { path: parsePath('/3/0/9'), node: { kind: 'resource', id: 9, type: 'integer', value: 95 } },
    { path: parsePath('/3/0/0'), node: { kind: 'resource', id: 0, type: 'string', value: 'Open Mobile Alliance' } },
    { path: parsePath('/3/0/6'), node: { kind: 'multiResource', id: 6, type: 'integer', instances: new Map([[0, 1], [7, 5]]) } },
    { path: parsePath('/19/0/0/0'), node: { kind: 'resourceInstance', id: 0, type: 'opaque', value: Buffer.from('00ff10', 'hex') } },
    { path: parsePath('/3303'), node: { kind: 'object', id: 3303, instances: new Map([[1, temp]]) } },
  ];
}

/** Payloads built to hit parser limits: declared lengths far past the end, deep nesting. */
function absurdPayloads(): Buffer[] {
  return [
    Buffer.alloc(0),
    Buffer.from([0xff]),
    // CBOR: an array/map/byte string declaring 2^64-1 items or bytes.
    Buffer.from([0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    Buffer.from([0xbb, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]),
    Buffer.from([0x5b, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x01]),
    // CBOR: 100 000 nested arrays; indefinite-length map never closed; a lone "break".
    Buffer.alloc(100_000, 0x81),
    Buffer.from([0xbf, 0x01, 0x02, 0x03]),
    // CBOR tags nested deep.
    Buffer.concat([Buffer.alloc(50_000, 0xc6), Buffer.from([0x00])]),
    // TLV: resource with a 24-bit length of 16 MiB; nested instance headers claiming more than the payload.
    Buffer.from([0xd8 | 0x03, 0x09, 0xff, 0xff, 0xff, 0x01]),
    Buffer.from([0x08, 0x00, 0x7f, 0x08, 0x00, 0x7f, 0x08, 0x00, 0x7f]),
    Buffer.concat(Array.from({ length: 5000 }, () => Buffer.from([0x08, 0x00, 0x03]))),
    // JSON: deep nesting, a huge number, an unterminated string, duplicate keys, prototype keys.
    Buffer.from('['.repeat(100_000)),
    Buffer.from('[{"bn":"/3/0/","n":"9","v":1e999999}]'),
    Buffer.from('[{"n":"/3/0/9","vs":"' + 'a'.repeat(10_000)),
    Buffer.from('[{"n":"/3/0/9","v":1,"v":2}]'),
    Buffer.from('[{"__proto__":{"n":"/3/0/9"},"constructor":1,"n":"/3/0/9","v":1}]'),
    Buffer.from('{"bn":"/3/0/","e":[{"n":"9","v":' + '1'.repeat(5000) + '}]}'),
    // Text: a number too large for any integer type; a NUL inside; invalid UTF-8.
    Buffer.from('9'.repeat(400)),
    Buffer.from([0x31, 0x00, 0x32]),
    Buffer.from([0xc3, 0x28, 0xa0, 0xa1]),
  ];
}

function isTyped(e: unknown): boolean {
  return e instanceof CodecError;
}

describe('content codecs under hostile payloads', () => {
  it.each(SUPPORTED_FORMATS.map((f) => [f]))('format %i: only nodes or CodecError', (format) => {
    const codec = codecFor(format);
    expect(codec).toBeDefined();
    const multi = multiPathCodecFor(format);
    const r = new FuzzRandom(SEED + format);
    const samples = sampleNodes();
    const valid: Buffer[] = [];
    for (const { path, node } of samples) {
      try {
        valid.push(encodeNode(format, node, path, models));
      } catch (e) {
        // A format that cannot carry this node (plain text of an instance) says so with CodecError.
        expect(isTyped(e), `encode in ${format}: ${String(e)}`).toBe(true);
      }
    }
    expect(valid.length, `format ${format} encodes at least one sample`).toBeGreaterThan(0);
    const paths = [...samples.map((s) => s.path), parsePath('/'), parsePath('/65534/65534/65534')];
    const inputs = [...absurdPayloads(), ...valid];
    for (let i = 0; i < PER_FORMAT; i++) inputs.push(r.chance(0.75) ? r.mutate(r.pick(valid)) : r.bytes(r.length(400)));

    const bugs: string[] = [];
    let decoded = 0;
    let rejected = 0;
    for (const payload of inputs) {
      const runs: (() => unknown)[] = [() => codec?.decode(payload, r.pick(paths), models)];
      if (multi !== undefined) runs.push(() => multi.decodeEntries(payload, models), () => multi.decodePaths(payload));
      for (const run of runs) {
        try {
          run();
          decoded++;
        } catch (e) {
          if (isTyped(e)) rejected++;
          else if (bugs.length < 5) bugs.push(`${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} for ${payload.subarray(0, 48).toString('hex')}`);
        }
      }
    }
    expect(bugs).toEqual([]);
    expect(rejected).toBeGreaterThan(PER_FORMAT / 10); // the garbage was seen as garbage
    expect(decoded).toBeGreaterThan(0); // and the valid payloads still decode
  });

  it('an unknown content format is a CodecError, not a crash', () => {
    expect(() => decodeNode(65_000, Buffer.from('x'), parsePath('/3/0/9'), models)).toThrow(CodecError);
  });
});

describe('link-format parser under hostile text', () => {
  it('20,000 mutated and random documents: links or CodecError', () => {
    const r = new FuzzRandom(SEED + 40);
    const valid = [
      '</>;rt="oma.lwm2m";ct="110 112",</1/0>,</3/0>;ver=1.1,</3303/0>,</3303/1>',
      '</3/0>;pmin=10;pmax=60,</3/0/9>;gt=50;lt=10;st=1.5,</3/0/11>;dim=2',
      formatLinkFormat([{ uri: '/5/0', attributes: { ver: '1.0', title: 'a "quoted" ; value' } }]),
    ];
    const bugs: string[] = [];
    let parsed = 0;
    for (let i = 0; i < 20_000; i++) {
      const base = Buffer.from(r.pick(valid));
      const text = (r.chance(0.8) ? r.mutate(base) : r.bytes(r.length(300))).toString(r.chance(0.5) ? 'utf8' : 'latin1');
      try {
        parseLinkFormat(text);
        parsed++;
      } catch (e) {
        if (!(e instanceof CodecError) && bugs.length < 5) bugs.push(`${String(e)} for ${JSON.stringify(text.slice(0, 80))}`);
      }
    }
    for (const text of ['<'.repeat(200_000), `</1/0>;${'a=b;'.repeat(50_000)}`, '<>'.repeat(100_000), '"'.repeat(10_000)]) {
      try {
        parseLinkFormat(text);
      } catch (e) {
        if (!(e instanceof CodecError)) bugs.push(`${String(e)} for a ${text.length}-character run`);
      }
    }
    expect(bugs).toEqual([]);
    expect(parsed).toBeGreaterThan(0);
  });
});

describe('DDF parser under hostile XML', () => {
  it('mutated object model files: models or ModelError', () => {
    const r = new FuzzRandom(SEED + 7);
    const files = readdirSync(TEST_MODELS_DIR).filter((f) => f.endsWith('.xml')).sort();
    const corpus = ['3.xml', '3303.xml', '5.xml', '19.xml'].filter((f) => files.includes(f)).map((f) => readFileSync(join(TEST_MODELS_DIR, f)));
    for (let i = 0; i < 6; i++) corpus.push(readFileSync(join(TEST_MODELS_DIR, r.pick(files))));
    expect(corpus.length).toBeGreaterThanOrEqual(6);
    const hostile = [
      '',
      '<LWM2M>',
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><LWM2M><Object>&c;</Object></LWM2M>',
      `<LWM2M>${'<Object>'.repeat(20_000)}</LWM2M>`,
      '<LWM2M><Object ObjectType="MODefinition"><ObjectID>99999999</ObjectID></Object></LWM2M>',
      '<LWM2M><Object><ObjectID>3</ObjectID><Resources><Item ID="-1"><Type>Nope</Type></Item></Resources></Object></LWM2M>',
    ];
    const bugs: string[] = [];
    let parsed = 0;
    const tryParse = (xml: string): void => {
      try {
        parseDdf(xml);
        parsed++;
      } catch (e) {
        if (!(e instanceof ModelError) && bugs.length < 5) bugs.push(`${e instanceof Error ? `${e.name}: ${e.message}` : String(e)} for ${JSON.stringify(xml.slice(0, 120))}`);
      }
    };
    for (const xml of hostile) tryParse(xml);
    for (let i = 0; i < 1500; i++) {
      const base = r.pick(corpus);
      // Mutations in the middle of the document hit element names, attribute values and text.
      tryParse(r.mutate(base).toString(r.chance(0.8) ? 'utf8' : 'latin1'));
    }
    expect(bugs).toEqual([]);
    expect(parsed).toBeGreaterThan(0);
  });
});
