import { describe, expect, it } from 'vitest';
import {
  entriesFromNode,
  groupEntriesByTime,
  latestEntries,
  nodeFromEntries,
  nodesByPathFromEntries,
} from '../../../src/lwm2m/codec/node-entries.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ObjectNode, ValueEntry } from '../../../src/lwm2m/node.js';
import { formatPath, parsePath } from '../../../src/lwm2m/path.js';
import { makeTestRegistry } from '../../support/models.js';

const models = makeTestRegistry(3, [
  [0, 'string'],
  [7, 'integer', true],
  [9, 'integer'],
  [11, 'integer', true],
]);

const e = (path: string, value: ValueEntry['value'], type: ValueEntry['type'] = 'integer', time?: number): ValueEntry =>
  time === undefined ? { path: parsePath(path), type, value } : { path: parsePath(path), type, value, time };

const object: ObjectNode = {
  kind: 'object',
  id: 3,
  instances: new Map([
    [
      0,
      {
        kind: 'instance',
        id: 0,
        resources: new Map([
          [9, { kind: 'resource', id: 9, type: 'integer', value: 100 }],
          [0, { kind: 'resource', id: 0, type: 'string', value: 'OMA' }],
          [7, { kind: 'multiResource', id: 7, type: 'integer', instances: new Map([[1, 5000], [0, 3800]]) }],
        ]),
      },
    ],
    [1, { kind: 'instance', id: 1, resources: new Map() }],
  ]),
};

describe('entriesFromNode', () => {
  it('flattens an object to absolute paths in id order', () => {
    expect(entriesFromNode(object, parsePath('/3')).map((x) => [formatPath(x.path), x.value])).toEqual([
      ['/3/0/0', 'OMA'],
      ['/3/0/7/0', 3800],
      ['/3/0/7/1', 5000],
      ['/3/0/9', 100],
    ]);
  });

  it('takes the missing ids of lower-level nodes from the path', () => {
    const inst = object.instances.get(0);
    if (!inst) throw new Error('fixture');
    expect(entriesFromNode(inst, parsePath('/3/0')).map((x) => formatPath(x.path))).toEqual([
      '/3/0/0',
      '/3/0/7/0',
      '/3/0/7/1',
      '/3/0/9',
    ]);
    const ri = { kind: 'resourceInstance', id: 4, type: 'integer', value: 1 } as const;
    expect(entriesFromNode(ri, parsePath('/3/0/11/4')).map((x) => formatPath(x.path))).toEqual(['/3/0/11/4']);
  });

  it('refuses a path too short for the node', () => {
    const res = { kind: 'resource', id: 9, type: 'integer', value: 1 } as const;
    expect(() => entriesFromNode(res, parsePath('/3'), 110)).toThrow(CodecError);
  });
});

describe('nodeFromEntries', () => {
  it('rebuilds the object from its entries (inverse of entriesFromNode)', () => {
    const rebuilt = nodeFromEntries(entriesFromNode(object, parsePath('/3')).reverse(), parsePath('/3'), models);
    const { instances } = rebuilt as ObjectNode;
    expect([...instances.keys()]).toEqual([0]);
    expect(rebuilt).toEqual({ ...object, instances: new Map([[0, object.instances.get(0)]]) });
    expect([...(instances.get(0)?.resources.keys() ?? [])]).toEqual([0, 7, 9]);
  });

  it('builds each level of node', () => {
    const list = [e('/3/0/9', 1), e('/3/0/11/2', 7), e('/3/0/11/0', 5)];
    expect(nodeFromEntries(list.slice(0, 1), parsePath('/3/0/9'), models)).toEqual({ kind: 'resource', id: 9, type: 'integer', value: 1 });
    expect(nodeFromEntries(list.slice(1, 2), parsePath('/3/0/11/2'), models)).toEqual({
      kind: 'resourceInstance',
      id: 2,
      type: 'integer',
      value: 7,
    });
    const multi = nodeFromEntries(list.slice(1), parsePath('/3/0/11'), models);
    expect(multi).toEqual({ kind: 'multiResource', id: 11, type: 'integer', instances: new Map([[0, 5], [2, 7]]) });
  });

  it('detects multi-instance resources from resource-instance paths without a model', () => {
    const multi = nodeFromEntries([e('/99/0/1/0', 'a', 'string')], parsePath('/99/0/1'));
    expect(multi).toMatchObject({ kind: 'multiResource', type: 'string' });
  });

  it('uses the model "multiple" flag for an empty resource, and refuses an empty single one', () => {
    expect(nodeFromEntries([], parsePath('/3/0/7'), models)).toEqual({
      kind: 'multiResource',
      id: 7,
      type: 'integer',
      instances: new Map(),
    });
    expect(() => nodeFromEntries([], parsePath('/3/0/9'), models, 110)).toThrow(CodecError);
    expect(() => nodeFromEntries([], parsePath('/3/0/11/0'), models)).toThrow(CodecError);
  });

  it('refuses duplicates, mixed single/multiple, entries outside the path, root and non-resource paths', () => {
    expect(() => nodeFromEntries([e('/3/0/9', 1), e('/3/0/9', 2)], parsePath('/3/0'))).toThrow(CodecError);
    expect(() => nodeFromEntries([e('/3/0/11', 1), e('/3/0/11/0', 2)], parsePath('/3/0'))).toThrow(CodecError);
    expect(() => nodeFromEntries([e('/3/1/9', 1)], parsePath('/3/0'))).toThrow(CodecError);
    expect(() => nodeFromEntries([e('/3/0/9', 1)], parsePath('/'))).toThrow(CodecError);
    expect(() => nodeFromEntries([{ path: parsePath('/3/0'), type: 'integer', value: 1 }], parsePath('/3'))).toThrow(
      CodecError,
    );
  });

  it('checks values against their type and reports the caller format', () => {
    try {
      nodeFromEntries([e('/3/0/9', 'x')], parsePath('/3/0/9'), models, 112);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CodecError);
      expect((err as CodecError).format).toBe(112);
    }
  });
});

describe('nodesByPathFromEntries', () => {
  it('answers each requested path, null where nothing came back', () => {
    const list = [e('/3/0/0', 'OMA', 'string'), e('/3/0/9', 95), e('/1/0/1', 86400), e('/5/0/1', 1)];
    const out = nodesByPathFromEntries(list, [parsePath('/3/0'), parsePath('/1/0/1'), parsePath('/4/0/0')], models);
    expect([...out.keys()]).toEqual(['/3/0', '/1/0/1', '/4/0/0']);
    expect(out.get('/3/0')).toMatchObject({ kind: 'instance', id: 0 });
    expect(out.get('/1/0/1')).toEqual({ kind: 'resource', id: 1, type: 'integer', value: 86400 });
    expect(out.get('/4/0/0')).toBeNull();
  });
});

describe('time grouping', () => {
  const series = [
    e('/3303/0/5700', 20.5, 'float', 2000),
    e('/3303/0/5700', 21.5, 'float', 1000),
    e('/3303/0/5701', 'C', 'string'),
    e('/3303/0/5700', 22.5, 'float', 3000),
    e('/3303/0/5601', 19.5, 'float', 1000),
  ];

  it('groups by time oldest first, untimed last', () => {
    expect(groupEntriesByTime(series).map((g) => [g.time, g.entries.map((x) => x.value)])).toEqual([
      [1000, [21.5, 19.5]],
      [2000, [20.5]],
      [3000, [22.5]],
      [undefined, ['C']],
    ]);
  });

  it('keeps the newest value per path', () => {
    expect(latestEntries(series).map((x) => [formatPath(x.path), x.value])).toEqual([
      ['/3303/0/5700', 22.5],
      ['/3303/0/5701', 'C'],
      ['/3303/0/5601', 19.5],
    ]);
  });
});
