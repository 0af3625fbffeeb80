import { describe, expect, it } from 'vitest';
import { ok, fail } from '../../../src/core/core-types.js';
import { bufferPackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { fwResultName, swResultName, swStateName } from '../../../src/thingsboard/ota/ota-codes.js';
import { otaValues } from '../../../src/thingsboard/ota/ota-coordinator.js';
import { OtaInfoStore } from '../../../src/thingsboard/ota/ota-ports.js';
import { isSupported, isUpdateRequired, targetFromAttributes } from '../../../src/thingsboard/ota/ota-target.js';
import { OtaPackageCache } from '../../../src/thingsboard/ota/package-cache.js';
import { object19Metadata, packageChecksum } from '../../../src/thingsboard/ota/object19-info.js';
import { parsePath } from '../../../src/lwm2m/path.js';

const s = (key: string, value: string) => ({ key, type: 'string' as const, value });

describe('OTA target and the "update required" rule (features doc #66)', () => {
  it('reads fw_ and sw_ attributes, merging an update into the previous target', () => {
    const t = targetFromAttributes('firmware', [s('fw_title', 'fw'), s('fw_version', '2'), s('sw_title', 'x')]);
    expect(t).toEqual({ title: 'fw', version: '2' });
    expect(targetFromAttributes('firmware', [s('fw_version', '3'), s('fw_url', 'http://u')], t)).toEqual({ title: 'fw', version: '3', url: 'http://u' });
    expect(targetFromAttributes('firmware', [], t, ['fw_title'])).toBeUndefined();
    expect(targetFromAttributes('software', [s('sw_title', 'app')])).toBeUndefined();
    expect(targetFromAttributes('firmware', [{ key: 'fw_title', type: 'long', value: 1 }, s('fw_version', '1')])).toBeUndefined();
  });

  it('needs some current name or version to count as supported', () => {
    expect(isSupported({})).toBe(false);
    expect(isSupported({ name: '' })).toBe(false);
    expect(isSupported({ version3: '1.0' })).toBe(true);
  });

  it('applies name+version, tag, /3/0/3 and failed-package checks', () => {
    const t = { title: 'fw', version: '2' };
    expect(isUpdateRequired(undefined, { name: 'fw', version: '1' }, undefined)).toBe(false);
    expect(isUpdateRequired(t, {}, undefined)).toBe(false); // not supported
    expect(isUpdateRequired(t, { name: 'fw', version: '1' }, undefined)).toBe(true);
    expect(isUpdateRequired(t, { name: 'fw', version: '2' }, undefined)).toBe(false);
    expect(isUpdateRequired(t, { name: 'fw', version: '1' }, 'fw2')).toBe(false); // the last failed package
    expect(isUpdateRequired({ ...t, tag: 'fw1' }, { name: 'fw', version: '1' }, undefined)).toBe(false); // tag equals current
    expect(isUpdateRequired({ ...t, tag: 'T-2' }, { version3: 'build T-2 (x)' }, undefined)).toBe(false);
    expect(isUpdateRequired(t, { version3: 'fw2' }, undefined)).toBe(false);
    expect(isUpdateRequired(t, { version3: '1.0.0' }, undefined)).toBe(true);
  });

  it('names codes as ThingsBoard prints them', () => {
    expect(fwResultName(4)).toBe('CONNECTION_LOST');
    expect(fwResultName(42)).toBe('UNKNOWN(42)');
    expect(swStateName(3)).toBe('DELIVERED');
    expect(swResultName(56)).toBe('INVALID_URI');
  });
});

describe('OTA values in notifications', () => {
  it('finds the OTA resources in resource, instance and object nodes and ignores others', () => {
    expect(otaValues(parsePath('/5/0/3'), { kind: 'resource', id: 3, type: 'integer', value: 1 })).toEqual([['/5/0/3', 1]]);
    const inst = {
      kind: 'instance' as const,
      id: 0,
      resources: new Map([
        [7, { kind: 'resource' as const, id: 7, type: 'integer' as const, value: 2 }],
        [8, { kind: 'resource' as const, id: 8, type: 'boolean' as const, value: true }],
      ]),
    };
    expect(otaValues(parsePath('/9/0'), inst)).toEqual([['/9/0/7', 2]]);
    expect(otaValues(parsePath('/9'), { kind: 'object', id: 9, instances: new Map([[0, inst]]) })).toEqual([['/9/0/7', 2]]);
    expect(otaValues(parsePath('/3/0/9'), { kind: 'resource', id: 9, type: 'integer', value: 80 })).toEqual([]);
  });
});

describe('package cache', () => {
  it('fetches a package once for concurrent readers and evicts least recently used beyond its bound', async () => {
    let fetches = 0;
    const core = {
      readOtaPackageData: async (id: string) => {
        fetches++;
        await new Promise((r) => setTimeout(r, 5));
        return id === 'missing' ? fail<Uint8Array>('not-found', 'x') : ok<Uint8Array>(Buffer.alloc(id === 'big' ? 600 : 400, 1));
      },
    };
    const cache = new OtaPackageCache(core, 1000);
    const sources = await Promise.all(Array.from({ length: 50 }, () => cache.source('a')));
    expect(fetches).toBe(1);
    expect(sources.every((x) => x?.size === 400)).toBe(true);
    expect(cache.heldBytes).toBe(400);
    await cache.source('b');
    expect(cache.heldBytes).toBe(800);
    await cache.source('big'); // 800 + 600 > 1000: 'a' (least recently used) goes, then it fits
    expect(cache.has('a')).toBe(false);
    expect(cache.has('b')).toBe(true);
    expect(cache.heldBytes).toBe(1000);
    expect(cache.has('big')).toBe(true);
    expect(await cache.source('missing')).toBeUndefined();
  });

  it('OtaInfoStore keeps info per kind and endpoint, bounded', () => {
    const store = new OtaInfoStore(2);
    store.get('firmware', 'a').retries = 2;
    expect(store.get('firmware', 'a').retries).toBe(2);
    expect(store.peek('software', 'a')).toBeUndefined();
    store.get('firmware', 'b');
    store.get('firmware', 'c');
    expect(store.peek('firmware', 'a')).toBeUndefined();
  });
});

describe('Object 19 metadata (documented keys)', () => {
  it('carries checksum, title, version, file name and size', async () => {
    const bytes = Buffer.from('abc');
    const checksum = await packageChecksum(bufferPackageSource(bytes), 2);
    expect(checksum).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'); // SHA-256("abc"), FIPS 180-2
    const info = { packageId: 'p', type: 'FIRMWARE' as const, title: 'fw', version: '2', contentType: 'x', fileName: 'fw.bin' };
    expect(JSON.stringify(object19Metadata(info, 3, checksum))).toBe(
      `{"Checksum":"${checksum}","Title":"fw","Version":"2","File Name":"fw.bin","File Size":3}`,
    );
  });
});
