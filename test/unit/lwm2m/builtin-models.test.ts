import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtinModels, createBuiltinRegistry, loadModelRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { DEFAULT_OUT_FILE, factualRange, generateBuiltinModule, isBuiltinObjectId } from '../../../tools/gen-builtin-models.js';
import { loadTestModels, TEST_MODELS_DIR } from '../../support/models.js';

describe('built-in object models', () => {
  it('the committed generated module equals the generator output (run tools/gen-builtin-models.ts if not)', async () => {
    const committed = await readFile(DEFAULT_OUT_FILE, 'utf8');
    expect(committed).toBe(await generateBuiltinModule(TEST_MODELS_DIR));
  });

  it('holds exactly objects 0-7, 9, 19 and the IPSO sensors 3303-3347 that the DDF set has', async () => {
    const ids = builtinModels().map((m) => m.id);
    for (const id of [0, 1, 2, 3, 4, 5, 6, 7, 9, 19, 3303, 3304, 3347]) expect(ids).toContain(id);
    for (const id of [8, 10, 3300, 3302, 3348, 10241]) expect(ids).not.toContain(id);
    expect(ids.every(isBuiltinObjectId)).toBe(true);
  });

  it('keeps the facts of well-known resources', () => {
    const reg = createBuiltinRegistry();
    expect(reg.object(3)?.name).toBe('Device');
    expect(reg.object(3)?.multiple).toBe(false);
    expect(reg.object(3)?.mandatory).toBe(true);
    expect(reg.resource(3, 9)).toMatchObject({
      name: 'Battery Level',
      type: 'integer',
      operations: { read: true, write: false, execute: false },
      multiple: false,
      range: '0..100',
      // Object 3 version 1.2 writes units in UCUM: percent is "/100".
      units: '/100',
    });
    expect(reg.resource(3, 4)).toMatchObject({ name: 'Reboot', type: 'none', operations: { read: false, write: false, execute: true } });
    expect(reg.resource(3, 6)).toMatchObject({ name: 'Available Power Sources', multiple: true, type: 'integer' });
    expect(reg.resource(1, 1)).toMatchObject({ name: 'Lifetime', operations: { read: true, write: true, execute: false }, units: 's' });
    expect(reg.resource(4, 2)).toMatchObject({ name: 'Radio Signal Strength', type: 'integer', units: 'dBm' });
    expect(reg.resource(4, 3)).toMatchObject({ name: 'Link Quality', type: 'integer' });
    expect(reg.resource(5, 0)).toMatchObject({ name: 'Package', type: 'opaque', operations: { read: false, write: true, execute: false } });
    expect(reg.resource(3303, 5700)).toMatchObject({ name: 'Sensor Value', type: 'float', operations: { read: true, write: false, execute: false } });
    expect(reg.object(3303)?.urn).toMatch(/^urn:oma:lwm2m:ext:3303/);
  });

  it('every built-in model equals what the DDF parser reads from the shipped file (ranges only when numeric)', async () => {
    const full = await loadTestModels();
    for (const m of builtinModels()) {
      const ref = full.object(m.id, m.version);
      expect(ref, `object ${m.id}@${m.version}`).toBeDefined();
      if (ref === undefined) continue;
      expect({ ...m, resources: undefined }).toEqual({ ...ref, resources: undefined });
      expect([...m.resources.keys()]).toEqual([...ref.resources.keys()]);
      for (const [id, r] of m.resources) {
        const want = ref.resources.get(id);
        expect(r, `/${m.id}/${id}`).toEqual(want === undefined ? undefined : { ...want, range: factualRange(want.range) });
      }
    }
  });

  it('keeps prose out: a sentence in RangeEnumeration is dropped, numeric forms stay', async () => {
    expect(factualRange('0..255 bytes')).toBe('0..255 bytes');
    expect(factualRange('16,32,48')).toBe('16,32,48');
    expect(factualRange('The possible values are those listed in the LwM2M Core Specification')).toBe('');
    const text = await readFile(DEFAULT_OUT_FILE, 'utf8');
    // No description text: a DDF <Description> runs to sentences; the longest generated line is a resource tuple.
    expect(text).not.toMatch(/<Description|Description1|Description2/);
    const longest = Math.max(...text.split('\n').filter((l) => l.startsWith('    [')).map((l) => l.length));
    expect(longest).toBeLessThan(160);
  });

  it('each registry is independent (adding to one leaves the next untouched)', () => {
    const a = createBuiltinRegistry();
    a.add({ ...(a.object(3) as NonNullable<ReturnType<typeof a.object>>), version: '9.9' });
    expect(createBuiltinRegistry().versions(3)).not.toContain('9.9');
  });

  it('loadModelRegistry adds a models directory over the built-ins and records bad files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'models-'));
    try {
      const ddf = (id: number, resName: string): string =>
        `<?xml version="1.0"?><LWM2M><Object ObjectType="MODefinition"><Name>Custom ${id}</Name><ObjectID>${id}</ObjectID>` +
        `<ObjectVersion>1.0</ObjectVersion><MultipleInstances>Multiple</MultipleInstances><Mandatory>Optional</Mandatory>` +
        `<Resources><Item ID="1"><Name>${resName}</Name><Operations>R</Operations><MultipleInstances>Single</MultipleInstances>` +
        `<Mandatory>Mandatory</Mandatory><Type>Float</Type></Item></Resources></Object></LWM2M>`;
      await writeFile(join(dir, '42000.xml'), ddf(42000, 'Level'));
      await writeFile(join(dir, 'broken.xml'), '<LWM2M><Object>');
      const reg = await loadModelRegistry(dir);
      expect(reg.resource(42000, 1)).toMatchObject({ name: 'Level', type: 'float' });
      expect(reg.resource(3, 9)?.name).toBe('Battery Level');
      expect(reg.errors.map((e) => e.file)).toEqual(['broken.xml']);
      expect((await loadModelRegistry()).object(42000)).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
