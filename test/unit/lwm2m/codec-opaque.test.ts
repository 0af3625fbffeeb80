import { beforeAll, describe, expect, it } from 'vitest';
import { opaqueCodec } from '../../../src/lwm2m/codec/opaque-codec.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { loadTestModels } from '../../support/models.js';

describe('opaqueCodec (LwM2M Core 1.1 §7.4.2)', () => {
  let models: ModelRegistry;
  beforeAll(async () => {
    models = await loadTestModels();
  });

  it('decodes the raw bytes of an opaque resource into a copy', () => {
    const payload = Buffer.from([0, 1, 2, 255]);
    const node = opaqueCodec.decode(payload, parsePath('/5/0/0'), models);
    expect(node).toEqual({ kind: 'resource', id: 0, type: 'opaque', value: Buffer.from([0, 1, 2, 255]) });
    payload[0] = 9;
    expect((node as { value: Buffer }).value[0]).toBe(0);
  });

  it('round-trips an empty and a large value', () => {
    for (const value of [Buffer.alloc(0), Buffer.alloc(100_000, 0xab)]) {
      const bytes = opaqueCodec.encode({ kind: 'resource', id: 0, type: 'opaque', value }, parsePath('/5/0/0'), models);
      expect(bytes.equals(value)).toBe(true);
      expect(opaqueCodec.decode(bytes, parsePath('/5/0/0'), models)).toMatchObject({ value });
    }
  });

  it('takes an unknown resource as opaque and a resource instance path', () => {
    expect(opaqueCodec.decode(Buffer.from([1]), parsePath('/31999/0/1'), models)).toMatchObject({ kind: 'resource', type: 'opaque' });
    expect(opaqueCodec.decode(Buffer.from([1]), parsePath('/31999/0/1/4'), models)).toMatchObject({ kind: 'resourceInstance', id: 4 });
  });

  it('refuses non-opaque resources and non-resource paths', () => {
    expect(() => opaqueCodec.decode(Buffer.from('100'), parsePath('/3/0/9'), models)).toThrow(CodecError);
    expect(() => opaqueCodec.decode(Buffer.from([1]), parsePath('/5/0'), models)).toThrow(CodecError);
    expect(() => opaqueCodec.encode({ kind: 'resource', id: 9, type: 'integer', value: 1 }, parsePath('/3/0/9'), models)).toThrow(CodecError);
    expect(() => opaqueCodec.encode({ kind: 'resource', id: 0, type: 'opaque', value: 'AQ==' }, parsePath('/5/0/0'), models)).toThrow(CodecError);
  });
});
