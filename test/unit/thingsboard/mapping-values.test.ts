import { describe, expect, it } from 'vitest';
import type { ObjectLinksInfo } from '../../../src/lwm2m/registration/registration.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { comparableText, kvEntry, resourceKv } from '../../../src/thingsboard/kv-values.js';
import { javaDoubleText } from '../../../src/core/java-double-text.js';
import { compositeValueText, javaDateText, nodeText, readValueText } from '../../../src/thingsboard/node-text.js';
import { parseProfileTransport } from '../../../src/thingsboard/profile-config.js';
import { compileMapping, mappedResourceAt } from '../../../src/thingsboard/profile-mapping.js';
import { checkRpcPath } from '../../../src/thingsboard/versioned-id.js';

const REG: ObjectLinksInfo = {
  rootPath: '',
  objects: [
    { id: 1, version: '1.1', instances: [0] },
    { id: 3, version: '1.2', instances: [0] },
    { id: 4, version: '1.3', instances: [0] },
    { id: 5, version: '1.0', instances: [0] },
  ],
};

function profile(observeAttr: Record<string, unknown>) {
  const r = parseProfileTransport({ type: 'LWM2M', observeAttr });
  if (!r.ok) throw new Error(r.problems.join());
  return r.value;
}

describe('profile mapping against a client', () => {
  const mapping = compileMapping(
    profile({
      keyName: { '/3_1.2/0/9': 'batteryLevel', '/3_1.2/0/0': 'manufacturer', '/3_1.1/0/2': 'serial', '/4_1.3/0/2': 'rssi', '/3_1.2/0/15': '' },
      observe: ['/3_1.2/0/9', '/3_1.1/0/2'],
      attribute: ['/3_1.2/0/0', '/3_1.2/0/15'],
      telemetry: ['/3_1.2/0/9', '/4_1.3/0/2', '/3_1.1/0/2'],
      attributeLwm2m: { '/3_1.2/0/9': { pmin: 10 } },
    }),
    REG,
  );

  it('keeps paths whose object version matches and lists the skipped ones', () => {
    expect([...mapping.resources.keys()].sort()).toEqual(['/3/0/0', '/3/0/15', '/3/0/9', '/4/0/2']);
    expect(mapping.skipped).toEqual([{ profilePath: '/3_1.1/0/2', clientVersion: '1.2' }]);
    expect(mapping.keys.get('batteryLevel')).toBe('/3_1.2/0/9');
    expect(mappedResourceAt(mapping, parsePath('/3/0/9'))).toMatchObject({ keyName: 'batteryLevel', attribute: false, telemetry: true });
    // A resource instance updates its resource's key.
    expect(mappedResourceAt(mapping, parsePath('/4/0/2/0'))?.keyName).toBe('rssi');
  });

  it('reads attribute ∪ telemetry minus observed, observes only matching versions', () => {
    expect(mapping.observe.map((p) => `${p.objectId}_${p.objectVersion}/${p.instanceId}/${p.resourceId}`)).toEqual(['3_1.2/0/9']);
    expect(mapping.reads.map((p) => `/${p.objectId}/${p.instanceId}/${p.resourceId}`)).toEqual(['/3/0/0', '/3/0/15', '/4/0/2']);
    expect(mapping.writeAttributes).toHaveLength(1);
  });
});

describe('RPC path versions (documented behaviour)', () => {
  it('takes the client version when the id has none, and names the required version otherwise', () => {
    const ok = checkRpcPath(REG, '/3/0/9');
    expect(ok.ok && ok.path.objectVersion).toBe('1.2');
    expect(checkRpcPath(REG, '/3_1.1/0/9')).toEqual({ ok: false, error: 'Invalid object version. Required version: 1.2' });
    expect(checkRpcPath(REG, '/19/0/0')).toEqual({
      ok: false,
      error: 'Specified object id 19 absent in the list supported objects of the client or is security object!',
    });
    expect(checkRpcPath(REG, '/0/0/0').ok).toBe(false);
    expect(checkRpcPath(REG, '/3/x').ok).toBe(false);
  });

  it('skips the version check for the Server object triggers /1/x/8 and /1/x/9 only (features #65)', () => {
    const bootstrap = checkRpcPath(REG, '/1_1.0/0/9');
    expect(bootstrap.ok && bootstrap.path.resourceId).toBe(9);
    expect(checkRpcPath(REG, '/1_1.2/0/8').ok).toBe(true);
    expect(checkRpcPath(REG, '/1_1.0/0/7')).toEqual({ ok: false, error: 'Invalid object version. Required version: 1.1' });
  });
});

describe('values to ThingsBoard KV (features doc #22-#24)', () => {
  const p = parsePath('/3/0/9');
  it('converts each type', () => {
    expect(kvEntry('k', 'integer', 75)).toEqual({ key: 'k', type: 'long', value: 75 });
    expect(kvEntry('k', 'float', 3)).toEqual({ key: 'k', type: 'double', value: 3 });
    expect(kvEntry('k', 'boolean', true)).toEqual({ key: 'k', type: 'boolean', value: true });
    expect(kvEntry('k', 'time', new Date(1_700_000_000_000))).toEqual({ key: 'k', type: 'long', value: 1_700_000_000_000 });
    expect(kvEntry('k', 'opaque', Buffer.from([0xde, 0xad]))).toEqual({ key: 'k', type: 'string', value: 'dead' });
    expect(kvEntry('k', 'objlnk', { objectId: 3, instanceId: 0 })).toEqual({ key: 'k', type: 'string', value: '3:0' });
    expect(kvEntry('k', 'unsigned', 2n ** 64n - 1n)).toEqual({ key: 'k', type: 'string', value: '18446744073709551615' });
  });

  it('turns a multi-instance resource into one JSON value', () => {
    const kv = resourceKv('v', parsePath('/3/0/7'), { kind: 'multiResource', id: 7, type: 'integer', instances: new Map([[0, 3800], [1, 5000]]) });
    expect(kv).toEqual({ key: 'v', type: 'json', value: '{"0":3800,"1":5000}' });
  });

  it('posts OTA state and result as their descriptions', () => {
    expect(resourceKv('s', parsePath('/5/0/3'), { kind: 'resource', id: 3, type: 'integer', value: 1 }).value).toBe('Downloading');
    expect(resourceKv('r', parsePath('/5/0/5'), { kind: 'resource', id: 5, type: 'integer', value: 1 }).value).toBe('Firmware updated successfully');
    expect(resourceKv('s', parsePath('/9/0/7'), { kind: 'resource', id: 7, type: 'integer', value: 4 }).value).toBe('Installed');
    expect(resourceKv('r', parsePath('/9/0/9'), { kind: 'resource', id: 9, type: 'integer', value: 2 }).value).toBe('Software successfully installed');
    expect(resourceKv('x', p, { kind: 'resource', id: 9, type: 'integer', value: 1 }).value).toBe(1);
  });

  it('compares values as text, bytes as hex', () => {
    expect(comparableText(Buffer.from('hi'))).toBe('6869');
    expect(comparableText(12)).toBe('12');
  });
});

describe('Leshan node text in RPC values (features doc §2.4.2)', () => {
  it('prints single, multiple, instance and object nodes as Leshan does', () => {
    expect(nodeText({ kind: 'resource', id: 9, type: 'integer', value: 75 })).toBe('LwM2mSingleResource [id=9, value=75, type=INTEGER]');
    expect(nodeText({ kind: 'multiResource', id: 11, type: 'integer', instances: new Map([[0, 1]]) })).toBe(
      'LwM2mMultipleResource [id=11, values={0=LwM2mResourceInstance [id=0, value=1, type=INTEGER]}, type=INTEGER]',
    );
    const inst = { kind: 'instance' as const, id: 0, resources: new Map([[1, { kind: 'resource' as const, id: 1, type: 'string' as const, value: 'M' }]]) };
    expect(nodeText(inst)).toBe('LwM2mObjectInstance [id=0, resources={1=LwM2mSingleResource [id=1, value=M, type=STRING]}]');
    expect(nodeText({ kind: 'object', id: 3, instances: new Map([[0, inst]]) })).toBe(
      'LwM2mObject [id=3, instances={0=LwM2mObjectInstance [id=0, resources={1=LwM2mSingleResource [id=1, value=M, type=STRING]}]}]',
    );
  });

  it('prints floats, dates and opaque like Java', () => {
    expect(javaDoubleText(95)).toBe('95.0');
    expect(javaDoubleText(21.5)).toBe('21.5');
    expect(javaDoubleText(1e7)).toBe('1.0E7');
    expect(javaDateText(new Date(Date.UTC(2026, 0, 1)))).toBe('Thu Jan 01 00:00:00 UTC 2026');
    expect(nodeText({ kind: 'resource', id: 4, type: 'opaque', value: Buffer.alloc(5) })).toBe('LwM2mSingleResource [id=4, value=5Bytes, type=OPAQUE]');
    expect(readValueText({ kind: 'resource', id: 4, type: 'opaque', value: Buffer.from([1, 0xab]) })).toBe('LwM2mSingleResource id=4 value=01ab type=OPAQUE');
  });

  it('prints composite results as a Java map with nulls', () => {
    const nodes = new Map([
      ['/3/0/9', { kind: 'resource' as const, id: 9, type: 'integer' as const, value: 75 }],
      ['/1/0/2', null],
    ]);
    expect(compositeValueText(nodes)).toBe('{/3/0/9=LwM2mSingleResource [id=9, value=75, type=INTEGER], /1/0/2=null}');
  });
});
