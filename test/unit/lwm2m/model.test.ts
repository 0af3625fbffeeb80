import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/lwm2m/errors.js';
import { parseDdf } from '../../../src/lwm2m/model/ddf-parser.js';
import { ModelRegistry } from '../../../src/lwm2m/model/model-registry.js';
import type { ObjectModel } from '../../../src/lwm2m/model/types.js';
import { loadTestModels } from '../../support/models.js';

function ddf(body: string, head = '<Name>Test</Name><ObjectID>42000</ObjectID><MultipleInstances>Single</MultipleInstances><Mandatory>Optional</Mandatory>'): string {
  return `<?xml version="1.0"?><LWM2M><Object ObjectType="MODefinition">${head}<Resources>${body}</Resources></Object></LWM2M>`;
}

function model(id: number, version: string): ObjectModel {
  return { id, name: `m${id}`, version, lwm2mVersion: '1.0', urn: '', multiple: false, mandatory: false, resources: new Map() };
}

describe('shared DDF registry', () => {
  it('loads all 302 shipped files without error', async () => {
    const reg = await loadTestModels();
    expect(reg.errors).toEqual([]);
    expect(reg.objectIds().length).toBeGreaterThanOrEqual(290);
  });

  it('knows Device 3/9 Battery Level as a single readable Integer', async () => {
    const r = (await loadTestModels()).resource(3, 9);
    expect(r).toMatchObject({ id: 9, name: 'Battery Level', type: 'integer', multiple: false });
    expect(r?.operations).toEqual({ read: true, write: false, execute: false });
    expect(r?.range).toBe('0..100');
    expect(r?.units).toBe('/100');
  });

  it('knows 3/11 Error Code as multiple, 3/4 Reboot as executable none', async () => {
    const reg = await loadTestModels();
    expect(reg.resource(3, 11)?.multiple).toBe(true);
    expect(reg.resource(3, 4)).toMatchObject({ type: 'none', operations: { read: false, write: false, execute: true } });
  });

  it('knows 5/0 Package as writable Opaque and 3303/5700 as Float', async () => {
    const reg = await loadTestModels();
    expect(reg.resource(5, 0)).toMatchObject({ type: 'opaque', operations: { read: false, write: true, execute: false } });
    expect(reg.resource(3303, 5700)?.type).toBe('float');
  });

  it('reads object-level facts: Device is single and mandatory, version 1.2 URN', async () => {
    const dev = (await loadTestModels()).object(3, '1.2');
    expect(dev).toMatchObject({ id: 3, name: 'Device', multiple: false, mandatory: true, version: '1.2' });
    expect(dev?.urn).toBe('urn:oma:lwm2m:oma:3:1.2');
    expect(dev?.lwm2mVersion).toBe('1.1');
  });

  it('unescapes predefined entities in names', async () => {
    const reg = await loadTestModels();
    const names = reg.objectIds().map((id) => reg.object(id)?.name ?? '');
    expect(names.some((n) => n.includes('AT&T'))).toBe(true);
    expect(names.some((n) => n.includes('&amp;'))).toBe(false);
  });
});

describe('parseDdf', () => {
  it('maps every type and operation spelling', () => {
    const types = ['String', 'Integer', 'Unsigned Integer', 'Float', 'Boolean', 'Opaque', 'Time', 'Objlnk', 'Corelnk', '', 'none'];
    const items = types
      .map((t, i) => `<Item ID="${i}"><Name>r${i}</Name><Operations>${['R', 'W', 'RW', 'E', ''][i % 5]}</Operations><MultipleInstances>Single</MultipleInstances><Mandatory>Optional</Mandatory><Type>${t}</Type></Item>`)
      .join('');
    const [m] = parseDdf(ddf(items));
    expect([...(m?.resources.values() ?? [])].map((r) => r.type)).toEqual([
      'string', 'integer', 'unsigned', 'float', 'boolean', 'opaque', 'time', 'objlnk', 'corelnk', 'none', 'none',
    ]);
    expect(m?.resources.get(2)?.operations).toEqual({ read: true, write: true, execute: false });
    expect(m?.resources.get(4)?.operations).toEqual({ read: false, write: false, execute: false });
    expect(m?.version).toBe('1.0');
    expect(m?.lwm2mVersion).toBe('1.0');
  });

  it('returns every Object of a multi-object document', () => {
    const two = '<LWM2M><Object><Name>A</Name><ObjectID>1000</ObjectID><MultipleInstances>Multiple</MultipleInstances><Mandatory>Optional</Mandatory><Resources/></Object><Object><Name>B</Name><ObjectID>1001</ObjectID><ObjectVersion>2.0</ObjectVersion><MultipleInstances>Single</MultipleInstances><Mandatory>Optional</Mandatory></Object></LWM2M>';
    const ms = parseDdf(two);
    expect(ms.map((m) => [m.id, m.version, m.multiple, m.resources.size])).toEqual([
      [1000, '1.0', true, 0],
      [1001, '2.0', false, 0],
    ]);
  });

  it.each([
    ['not xml', 'hello <'],
    ['no LWM2M root', '<Foo/>'],
    ['no Object', '<LWM2M></LWM2M>'],
    ['DOCTYPE entity bomb', '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><LWM2M>&b;</LWM2M>'],
    ['bad ObjectID', ddf('', '<ObjectID>x</ObjectID><MultipleInstances>Single</MultipleInstances>')],
    ['ObjectID too big', ddf('', '<ObjectID>70000</ObjectID><MultipleInstances>Single</MultipleInstances>')],
    ['bad version', ddf('', '<ObjectID>1</ObjectID><ObjectVersion>one</ObjectVersion><MultipleInstances>Single</MultipleInstances>')],
    ['bad MultipleInstances', ddf('', '<ObjectID>1</ObjectID><MultipleInstances>Many</MultipleInstances>')],
    ['unknown type', ddf('<Item ID="0"><Operations>R</Operations><MultipleInstances>Single</MultipleInstances><Type>Decimal</Type></Item>')],
    ['unknown operation', ddf('<Item ID="0"><Operations>RX</Operations><MultipleInstances>Single</MultipleInstances><Type>String</Type></Item>')],
    ['item without ID', ddf('<Item><Operations>R</Operations><MultipleInstances>Single</MultipleInstances><Type>String</Type></Item>')],
    ['duplicate resource', ddf('<Item ID="1"><Operations>R</Operations><MultipleInstances>Single</MultipleInstances><Type>String</Type></Item><Item ID="1"><Operations>R</Operations><MultipleInstances>Single</MultipleInstances><Type>String</Type></Item>')],
    ['absurdly deep nesting', '<LWM2M>' + '<a>'.repeat(200_000) + '</a>'.repeat(200_000) + '</LWM2M>'],
    ['resources as text', ddf('').replace('<Resources></Resources>', '<Resources>x</Resources>')],
  ])('rejects %s with ModelError', (_name, xml) => {
    expect(() => parseDdf(xml)).toThrow(ModelError);
  });
});

describe('ModelRegistry lookup', () => {
  const reg = new ModelRegistry();
  for (const v of ['1.1', '1.0', '1.2', '2.0']) reg.add(model(3, v));
  reg.add(model(7, '1.1'));
  reg.add(model(7, '1.3'));

  it('lists versions lowest first', () => {
    expect(reg.versions(3)).toEqual(['1.0', '1.1', '1.2', '2.0']);
    expect(reg.versions(99)).toEqual([]);
  });

  it('returns the exact version when held', () => {
    expect(reg.object(3, '1.1')?.version).toBe('1.1');
    expect(reg.object(3, '2.0')?.version).toBe('2.0');
  });

  it('defaults to 1.0, else the lowest', () => {
    expect(reg.object(3)?.version).toBe('1.0');
    expect(reg.object(7)?.version).toBe('1.1');
  });

  it('falls back to the highest minor of the same major, else any', () => {
    expect(reg.object(3, '1.9')?.version).toBe('1.2');
    expect(reg.object(7, '1.0')?.version).toBe('1.3');
    expect(reg.object(3, '3.0')?.version).toBe('2.0');
    expect(reg.object(42)).toBeUndefined();
  });
});

describe('ModelRegistry.fromDirectory', () => {
  it('records a bad file and still loads the good ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ddf-'));
    try {
      await writeFile(join(dir, 'good.xml'), ddf('<Item ID="0"><Name>x</Name><Operations>R</Operations><MultipleInstances>Single</MultipleInstances><Mandatory>Optional</Mandatory><Type>Integer</Type></Item>'));
      await writeFile(join(dir, 'bad.xml'), '<LWM2M><Object>');
      await writeFile(join(dir, 'notes.txt'), 'ignored');
      const r = await ModelRegistry.fromDirectory(dir);
      expect(r.resource(42000, 0)?.type).toBe('integer');
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]?.file).toBe('bad.xml');
      expect(r.errors[0]?.message).toMatch(/well-formed/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
