// Encodes every declared message type with the project's generated code (src/gen/wire.js) and
// decodes the bytes with protobufjs built from ThingsBoard's shared schema, field for field.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import * as wire from '../../../src/gen/wire.js';
import { loadOwnRoot, loadSharedRoot } from '../../support/core-emulator-schema.js';

type Plain = { [k: string]: unknown };
type Codec = { encode(m: unknown): { finish(): Uint8Array }; fromObject(o: Plain): unknown };

const SCALAR_SAMPLES: Record<string, (seed: number) => unknown> = {
  string: (s) => `s${s}`,
  bytes: (s) => Buffer.from([s & 0xff, 0x00, 0xfe]).toString('base64'),
  bool: () => true,
  int32: (s) => -s - 1,
  uint32: (s) => s + 1,
  sint32: (s) => -s - 2,
  double: (s) => s + 0.5,
  float: () => 1.5,
  // Values past 2^53 and negative ones: UUID halves are signed 64-bit Java longs.
  int64: (s) => (s % 2 === 0 ? '-7395159290813128135' : `${9007199254740993 + s}`),
  uint64: (s) => `${9007199254740993 + s}`,
  sint64: () => '-9007199254740993',
};

/** Builds a plain object with every field set (first member only of a real oneof), nesting two levels. */
function sample(t: protobuf.Type, depth: number, seed: { n: number }): Plain {
  const out: Plain = {};
  const takenOneofs = new Set<string>();
  for (const f of t.fieldsArray) {
    const oneof = f.partOf && !(f.partOf.name.startsWith('_') && f.partOf.oneof.length === 1) ? f.partOf.name : undefined;
    if (oneof) {
      if (takenOneofs.has(oneof)) continue;
      takenOneofs.add(oneof);
    }
    const one = (): unknown => {
      seed.n += 1;
      if (f.resolvedType instanceof protobuf.Enum) {
        const names = Object.keys(f.resolvedType.values);
        return names[seed.n % names.length];
      }
      if (f.resolvedType instanceof protobuf.Type) return depth > 0 ? sample(f.resolvedType, depth - 1, seed) : {};
      const gen = SCALAR_SAMPLES[f.type];
      if (!gen) throw new Error(`no sample for ${f.type}`);
      return gen(seed.n);
    };
    if (f instanceof protobuf.MapField) out[f.name] = { k1: String(one()), k2: String(one()) };
    else if (f.repeated) out[f.name] = [one(), one()];
    else out[f.name] = one();
  }
  return out;
}

const conv: protobuf.IConversionOptions = { longs: String, enums: String, bytes: String, defaults: false, oneofs: false };

function lookupGenerated(fullName: string): Codec {
  const parts = fullName.replace(/^\./, '').split('.');
  let cur: unknown = wire;
  for (const p of parts) cur = (cur as Record<string, unknown>)[p];
  return cur as Codec;
}

describe('encode with generated code, decode with the shared schema', () => {
  const own = loadOwnRoot();
  const shared = loadSharedRoot();
  const types: protobuf.Type[] = [];
  const walk = (ns: protobuf.NamespaceBase): void => {
    for (const n of ns.nestedArray) {
      if (n instanceof protobuf.Type) types.push(n);
      if (n instanceof protobuf.Namespace || n instanceof protobuf.Type) walk(n);
    }
  };
  walk(own);

  it.each(types.map((t) => [t.fullName, t] as const))('%s', (fullName, t) => {
    const input = sample(t, 2, { n: 0 });
    const codec = lookupGenerated(fullName);
    const bytes = codec.encode(codec.fromObject(input)).finish();
    const refType = shared.lookupType(fullName);
    const decoded = refType.toObject(refType.decode(bytes), conv);
    // The reference decodes the whole tree; compare it against what our own reflection says we sent.
    const expected = t.toObject(t.fromObject(input), conv);
    expect(decoded).toEqual(expected);
    if (t.fieldsArray.length > 0) expect(Object.keys(decoded).length).toBeGreaterThan(0);
  });

  it('keeps a signed 64-bit UUID half exactly (no float rounding)', () => {
    const msg = wire.transport.SessionInfoProto.fromObject({ deviceIdMSB: '-7395159290813128135', nodeId: 'n' });
    const bytes = wire.transport.SessionInfoProto.encode(msg).finish();
    const ref = loadSharedRoot().lookupType('transport.SessionInfoProto');
    const obj = ref.toObject(ref.decode(bytes), { longs: String });
    expect(obj['deviceIdMSB']).toBe('-7395159290813128135');
  });
});
