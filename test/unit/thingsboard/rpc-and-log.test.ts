import { describe, expect, it } from 'vitest';
import { makeTestRegistry } from '../../support/models.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { parseParams, targetId, targetIds } from '../../../src/thingsboard/rpc-params.js';
import { resultName, rpcBodyJson, RpcValidationError } from '../../../src/thingsboard/rpc-response.js';
import { logText } from '../../../src/thingsboard/transport-log-text.js';
import { cleanLogText, TransportLog } from '../../../src/thingsboard/transport-log.js';
import { readTransportLogConfig } from '../../../src/thingsboard/transport-log-config.js';
import { compositeEntries, instanceNodeFrom, toResourceValue } from '../../../src/thingsboard/write-values.js';

const keys = new Map([['timezone', '/3_1.2/0/15']]);
const resolve = (k: string): string | undefined => keys.get(k);

describe('RPC params (features doc §2.4.1)', () => {
  it('prefers key over id and resolves it through the profile', () => {
    expect(targetId(parseParams('{"key":"timezone","id":"/3/0/9"}'), resolve)).toBe('/3_1.2/0/15');
    expect(targetId(parseParams('{"id":"/3_1.2/0/9"}'), resolve)).toBe('/3_1.2/0/9');
    expect(targetIds(parseParams('{"keys":["timezone"],"ids":["/1/0/1"]}'), resolve)).toEqual(['/3_1.2/0/15']);
    expect(targetIds(parseParams('{"ids":["/1/0/1","/3/0/9"]}'), resolve)).toEqual(['/1/0/1', '/3/0/9']);
  });

  it('gives the exact ThingsBoard messages for missing targets', () => {
    expect(() => targetId(parseParams('{"key":"nope"}'), resolve)).toThrow('nope is not configured in the device profile!');
    expect(() => targetId(parseParams('{}'), resolve)).toThrow("Can't find 'key' or 'id' in the requestParams parameters!");
    expect(() => parseParams('{bad')).toThrow(RpcValidationError);
    expect(parseParams(undefined)).toEqual({});
  });
});

describe('RPC response body (features doc §2.4.2)', () => {
  it('names codes as Leshan and leaves out empty fields', () => {
    expect(resultName('2.05')).toBe('CONTENT');
    expect(resultName('2.02')).toBe('DELETED');
    expect(resultName('4.05')).toBe('METHOD_NOT_ALLOWED');
    expect(rpcBodyJson({ result: 'CHANGED' })).toBe('{"result":"CHANGED"}');
    expect(rpcBodyJson({ result: 'CONTENT', value: '3' })).toBe('{"result":"CONTENT","value":"3"}');
    expect(rpcBodyJson({ result: 'BAD_REQUEST', value: '', error: 'x' })).toBe('{"result":"BAD_REQUEST","error":"x"}');
  });
});

describe('write values (features doc §2.4.3)', () => {
  it('converts per type with ThingsBoard time units', () => {
    expect(toResourceValue('42', 'integer', 'ms')).toBe(42);
    expect(toResourceValue(-5, 'integer', 'ms')).toBe(-5); // not 4294967291: features doc §4 item 25 is a bug
    expect(toResourceValue('9223372036854775807', 'integer', 'ms')).toBe(2n ** 63n - 1n);
    expect(() => toResourceValue('9223372036854775808', 'integer', 'ms')).toThrow(RpcValidationError);
    expect(toResourceValue('1.5', 'float', 'ms')).toBe(1.5);
    expect(toResourceValue('true', 'boolean', 'ms')).toBe(true);
    expect(toResourceValue(1, 'boolean', 'mixed')).toBe(true);
    expect(() => toResourceValue('yes', 'boolean', 'ms')).toThrow(RpcValidationError);
    expect(toResourceValue(1000, 'time', 'ms')).toEqual(new Date(1000));
    expect(toResourceValue(1000, 'time', 'mixed')).toEqual(new Date(1_000_000));
    expect(toResourceValue('1000', 'time', 'mixed')).toEqual(new Date(1000));
    expect(toResourceValue('0aff', 'opaque', 'ms')).toEqual(Buffer.from([0x0a, 0xff]));
    expect(toResourceValue('aGk=', 'opaque', 'ms')).toEqual(Buffer.from('hi'));
    expect(toResourceValue('3:0', 'objlnk', 'ms')).toEqual({ objectId: 3, instanceId: 0 });
  });

  it('builds WriteUpdate instances and WriteComposite entries, refusing nested objects', () => {
    const models = makeTestRegistry(3303, [[5700, 'float'], [5701, 'string'], [6, 'integer', true]]);
    const inst = instanceNodeFrom(models, 3303, undefined, 0, { '5700': 21.5, '6': { '0': 1, '1': 2 } }, 'mixed');
    expect(inst.resources.get(5700)).toEqual({ kind: 'resource', id: 5700, type: 'float', value: 21.5 });
    expect(inst.resources.get(6)).toMatchObject({ kind: 'multiResource', instances: new Map([[0, 1], [1, 2]]) });
    const byPath = (t: string) => parsePath(t);
    const entries = compositeEntries(models, byPath, { '/3303/0/5700': 1.5, '/3303/0': { '5701': 'C' }, '/3303/0/6': { '2': 7 } });
    expect(entries.map((e) => [`/${e.path.objectId}/${e.path.instanceId}/${e.path.resourceId}/${e.path.resourceInstanceId ?? ''}`, e.value])).toEqual([
      ['/3303/0/5700/', 1.5],
      ['/3303/0/5701/', 'C'],
      ['/3303/0/6/2', 7],
    ]);
    expect(() => compositeEntries(models, byPath, { '/3303/0/5700': { '0': { x: 1 } } })).toThrow(
      /is not validate value\. The WriteComposite operation is only used for SingleResources or\/and ResourceInstance\./,
    );
  });
});

describe('transportLog (features doc §3.2)', () => {
  it('writes the registration line exactly', () => {
    const line = logText.registered({
      endpoint: 'dev1',
      registrationId: 'r1',
      lwm2mVersion: '1.1',
      objectVersions: [[1, '1.1'], [3, '1.2']],
      queueMode: false,
      binding: 'U',
    });
    expect(line).toBe('info: Endpoint [dev1] Client registered with registration id: [r1] LwM2mVersion: [1.1], SupportedObjectIdVer [{1=1.1, 3=1.2}] QueueMode [false], BindingMode [U]\n');
    expect(logText.success('ReadRequest', '/3_1.2/0/9', 'x')).toBe('[info]: ReadRequest [/3_1.2/0/9] successful. Result: x');
    expect(logText.updated('r1', '/127.0.0.1:5683')).toBe('[r1][/127.0.0.1:5683] Updated registration.');
  });

  it('strips angle brackets, caps the length, keeps timestamps increasing, obeys the switch', () => {
    expect(cleanLogText('</3/0>,</3/0/1>', 100)).toBe('/3/0,/3/0/1');
    const out: Array<[number, string]> = [];
    const log = new TransportLog({ enabled: true, maxLength: 5 }, () => 1000, (ts, t) => out.push([ts, t]));
    log.write('abcdefgh');
    log.write('<x>');
    expect(out).toEqual([
      [1000, 'abcde'],
      [1001, 'x'],
    ]);
    const off: string[] = [];
    new TransportLog({ enabled: false, maxLength: 5 }, () => 1, (_ts, t) => off.push(t)).write('hidden');
    expect(off).toEqual([]);
    expect(readTransportLogConfig({ TB_TRANSPORT_LOG_ENABLED: 'false', TB_TRANSPORT_LOG_MAX_LENGTH: '200' })).toEqual({ enabled: false, maxLength: 200 });
    expect(readTransportLogConfig({})).toEqual({ enabled: true, maxLength: 1024 });
    expect(() => readTransportLogConfig({ TB_TRANSPORT_LOG_MAX_LENGTH: 'many' })).toThrow(/TB_TRANSPORT_LOG_MAX_LENGTH/);
  });
});
