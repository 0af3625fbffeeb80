import { describe, expect, it } from 'vitest';
import { InvalidPathError } from '../../../src/lwm2m/errors.js';
import {
  comparePaths,
  formatPath,
  isPrefixOf,
  makePath,
  parsePath,
  pathLevel,
  pathSegments,
  samePath,
  type Lwm2mPath,
} from '../../../src/lwm2m/path.js';

describe('parsePath: every valid form (LwM2M Core 1.1 §7.2)', () => {
  it.each<[string, Lwm2mPath, string]>([
    ['/', {}, 'root'],
    ['/3', { objectId: 3 }, 'object'],
    ['/3/0', { objectId: 3, instanceId: 0 }, 'instance'],
    ['/3/0/9', { objectId: 3, instanceId: 0, resourceId: 9 }, 'resource'],
    ['/3/0/11/0', { objectId: 3, instanceId: 0, resourceId: 11, resourceInstanceId: 0 }, 'resourceInstance'],
    ['/3_1.2/0/9', { objectId: 3, objectVersion: '1.2', instanceId: 0, resourceId: 9 }, 'resource'],
    ['/65535/65534/65535/65535', { objectId: 65535, instanceId: 65534, resourceId: 65535, resourceInstanceId: 65535 }, 'resourceInstance'],
    ['/10241_10.0', { objectId: 10241, objectVersion: '10.0' }, 'object'],
  ])('%s', (text, expected, level) => {
    const p = parsePath(text);
    expect(p).toEqual(expected);
    expect(pathLevel(p)).toBe(level);
  });

  it('accepts a missing leading slash, one trailing slash and surrounding blanks', () => {
    expect(parsePath('3/0/9')).toEqual({ objectId: 3, instanceId: 0, resourceId: 9 });
    expect(parsePath('/3/0/')).toEqual({ objectId: 3, instanceId: 0 });
    expect(parsePath(' /3/0 ')).toEqual({ objectId: 3, instanceId: 0 });
    expect(parsePath('')).toEqual({});
  });
});

describe('parsePath: clear errors for bad forms', () => {
  it.each([
    ['/a', /object id "a"/],
    ['/3//0', /object instance id ""/],
    ['/70000', /object id "70000"|out of range/],
    ['/65536', /object id 65536 out of range/],
    ['/3/65535', /object instance id 65535 out of range/],
    ['/3/0/65536', /resource id 65536 out of range/],
    ['/1/2/3/4/5', /too many segments/],
    ['/3_x/0', /object version "x"/],
    ['/3_/0', /object version ""/],
    ['/3_1/0', /object version "1"/],
    ['/3_1.2.3', /object version "1.2.3"/],
    ['/_1.0/0', /object id ""/],
    ['/3/0_1.0', /object instance id "0_1.0"/],
    ['/-1', /object id "-1"/],
    ['/3/-0', /object instance id "-0"/],
    ['/03', /object id "03"/],
    ['/3/00', /object instance id "00"/],
    ['/+3', /object id "\+3"/],
    ['/3.0', /object id "3.0"/],
    ['/0x10', /object id "0x10"/],
    ['/1e3', /object id "1e3"/],
    ['/3/ 0', /object instance id " 0"/],
    ['//', /object id ""/],
    ['//3', /object id ""/],
    ['/3/0//', /resource id ""/],
    ['/３', /object id/],
  ])('%s', (text, message) => {
    expect(() => parsePath(text)).toThrow(InvalidPathError);
    expect(() => parsePath(text)).toThrow(message);
  });

  it('rejects a non-string with InvalidPathError, not a TypeError', () => {
    expect(() => parsePath(3 as unknown as string)).toThrow(InvalidPathError);
  });
});

describe('path helpers', () => {
  it('formats with and without the object version', () => {
    const p = parsePath('/3_1.2/0/9');
    expect(formatPath(p)).toBe('/3/0/9');
    expect(formatPath(p, true)).toBe('/3_1.2/0/9');
    expect(formatPath({})).toBe('/');
    expect(formatPath(parsePath('/3/0/11/0'))).toBe('/3/0/11/0');
  });

  it('round-trips every valid form through formatPath', () => {
    for (const s of ['/', '/3', '/3/0', '/3/0/9', '/3/0/11/0', '/3_1.2/0/9']) expect(formatPath(parsePath(s), true)).toBe(s);
  });

  it('gives CoAP Uri-Path segments without the version', () => {
    expect(pathSegments(parsePath('/3_1.2/0/9'))).toEqual(['3', '0', '9']);
    expect(pathSegments(parsePath('/'))).toEqual([]);
  });

  it('builds paths from ids and refuses gaps and out-of-range ids', () => {
    expect(makePath(3, 0, 9)).toEqual({ objectId: 3, instanceId: 0, resourceId: 9 });
    expect(makePath()).toEqual({});
    expect(() => makePath(3, undefined, 9)).toThrow(InvalidPathError);
    expect(() => makePath(3, 65535)).toThrow(InvalidPathError);
    expect(() => makePath(-1)).toThrow(InvalidPathError);
    expect(() => makePath(1.5)).toThrow(InvalidPathError);
  });

  it('compares, orders and tests prefixes ignoring the version', () => {
    expect(samePath(parsePath('/3_1.2/0'), parsePath('/3/0'))).toBe(true);
    expect(samePath(parsePath('/3/0'), parsePath('/3/0/1'))).toBe(false);
    expect(isPrefixOf(parsePath('/'), parsePath('/3/0/9'))).toBe(true);
    expect(isPrefixOf(parsePath('/3/0'), parsePath('/3/0/9'))).toBe(true);
    expect(isPrefixOf(parsePath('/3/1'), parsePath('/3/0/9'))).toBe(false);
    expect(isPrefixOf(parsePath('/3/0/9'), parsePath('/3/0'))).toBe(false);
    const sorted = ['/3/0/9', '/1/0', '/3', '/3/0/11/0', '/3/0/11', '/'].map((s) => parsePath(s)).sort(comparePaths);
    expect(sorted.map((p) => formatPath(p))).toEqual(['/', '/1/0', '/3', '/3/0/9', '/3/0/11', '/3/0/11/0']);
  });
});
