import { beforeEach, expect, it } from 'vitest';
import type { SimulatedDevice } from '../../../tools/simulator/index.js';
import { lwm2mProfileData } from '../../support/standalone-fixtures.js';

/**
 * Every RPC method of features doc §2.4 with the exact response JSON, written once and run on
 * each core port adapter (embedded core, Kafka wire against the core emulator).
 */

export type RpcResult = { kind: 'response'; body: unknown } | { kind: 'status'; status: string };

export interface RpcEnv {
  readonly device: SimulatedDevice;
  rpc(method: string, params?: unknown, timeoutMs?: number): Promise<RpcResult>;
  /** The latest mapped values the core received, where the test can see them. */
  readonly uplink?: { telemetry(key: string): unknown; attribute(key: string): unknown };
}

export const RPC_ENDPOINT_VALUES = { '/3/0/9': 75 };

export const RPC_OBSERVE_ATTR = {
  keyName: { '/3_1.1/0/9': 'batteryLevel', '/3_1.1/0/15': 'timezone', '/3_1.1/0/14': 'utcOffset' },
  observe: [],
  attribute: ['/3_1.1/0/15'],
  telemetry: ['/3_1.1/0/9'],
  attributeLwm2m: {},
};

export const RPC_PROFILE = lwm2mProfileData(RPC_OBSERVE_ATTR);

export function rpcScenarios(env: () => RpcEnv): void {
  const rpc = async (method: string, params: unknown = {}): Promise<unknown> => {
    const r = await env().rpc(method, params);
    return r.kind === 'response' ? r.body : { status: r.status };
  };
  let before = 0;
  beforeEach(() => {
    before = env().device.requests.length;
  });
  const sent = (): string[] => env().device.requests.slice(before).map((r) => `${r.method} ${r.path}`);
  const d = (): SimulatedDevice => env().device;

  it('Read by id and by key, and a wrong object version', async () => {
    expect(await rpc('Read', { id: '/3_1.1/0/9' })).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=75, type=INTEGER]' });
    expect(await rpc('Read', { key: 'timezone' })).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=15, value=Etc/UTC, type=STRING]' });
    expect(await rpc('Read', { id: '/3/0/9' })).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=75, type=INTEGER]' });
    expect(await rpc('Read', { id: '/3_1.2/0/9' })).toEqual({ result: 'BAD_REQUEST', error: 'Invalid object version. Required version: 1.1' });
    expect(await rpc('Read', { key: 'nothing' })).toEqual({ result: 'BAD_REQUEST', error: 'nothing is not configured in the device profile!' });
    expect(await rpc('Read', {})).toEqual({ result: 'BAD_REQUEST', error: "Can't find 'key' or 'id' in the requestParams parameters!" });
    if (env().uplink !== undefined) expect(env().uplink?.telemetry('batteryLevel')).toBe(75);
  });

  it('Read of a missing resource passes the device code through', async () => {
    expect(await rpc('Read', { id: '/3/0/27' })).toMatchObject({ result: 'NOT_FOUND' });
  });

  it('ReadComposite by keys', async () => {
    expect(await rpc('ReadComposite', { keys: ['batteryLevel', 'timezone'] })).toEqual({
      result: 'CONTENT',
      value: '{/3/0/9=LwM2mSingleResource [id=9, value=75, type=INTEGER], /3/0/15=LwM2mSingleResource [id=15, value=Etc/UTC, type=STRING]}',
    });
    expect(sent()).toEqual(['FETCH /']);
  });

  it('WriteReplace (and its alias Write) then WriteUpdate', async () => {
    expect(await rpc('WriteReplace', { key: 'timezone', value: 'Europe/Kyiv' })).toEqual({ result: 'CHANGED' });
    expect(d().get('/3/0/15')).toBe('Europe/Kyiv');
    if (env().uplink !== undefined) expect(env().uplink?.attribute('timezone')).toBe('Europe/Kyiv');
    expect(await rpc('Write', { id: '/3/0/14', value: '+02:00' })).toEqual({ result: 'CHANGED' });
    expect(d().get('/3/0/14')).toBe('+02:00');
    expect(await rpc('WriteUpdate', { id: '/3/0', value: { '14': '+03:00', '15': 'Europe/Paris' } })).toEqual({ result: 'CHANGED' });
    expect([d().get('/3/0/14'), d().get('/3/0/15')]).toEqual(['+03:00', 'Europe/Paris']);
    expect(await rpc('WriteUpdate', { id: '/3/0/14', value: '+04:00' })).toEqual({
      result: 'BAD_REQUEST',
      error: 'Resource /3/0/14. This operation can only be used for ObjectInstance or Multi-Instance Resource !',
    });
    expect(await rpc('WriteReplace', { id: '/3/0', value: 1 })).toEqual({
      result: 'BAD_REQUEST',
      error: 'Path /3/0. This operation can only be used for Resource or ResourceInstance!',
    });
  });

  it('WriteReplace of a read-only resource gives the device code', async () => {
    expect(await rpc('WriteReplace', { id: '/3/0/9', value: 10 })).toMatchObject({ result: 'METHOD_NOT_ALLOWED' });
  });

  it('WriteComposite by path and key', async () => {
    expect(await rpc('WriteComposite', { nodes: { '/3/0/14': '+05:00', timezone: 'Asia/Tokyo' } })).toEqual({ result: 'CHANGED' });
    expect([d().get('/3/0/14'), d().get('/3/0/15')]).toEqual(['+05:00', 'Asia/Tokyo']);
    expect(sent()).toEqual(['iPATCH /']);
  });

  it('WriteAttributes, then Discover shows them', async () => {
    expect(await rpc('WriteAttributes', { id: '/3/0/9', attributes: { pmin: 10, pmax: 100 } })).toEqual({ result: 'CHANGED' });
    expect(await rpc('WriteAttributes', { id: '/3/0/9', attributes: { ver: '1.1' } })).toEqual({
      result: 'BAD_REQUEST',
      error: 'Attribute ver is of class PROPERTIES but only NOTIFICATION attribute can be used in WRITE ATTRIBUTE request.',
    });
    expect(await rpc('WriteAttributes', { id: '/3/0/9' })).toEqual({ result: 'BAD_REQUEST', error: 'Attributes to write are not specified!' });
    expect(await rpc('Discover', { id: '/3/0/9' })).toEqual({ result: 'CONTENT', value: '</3/0/9>;pmin=10;pmax=100' });
  });

  it('DiscoverAll lists the registration links without asking the device', async () => {
    const r = (await rpc('DiscoverAll')) as { result: string; value: string };
    expect(r.result).toBe('CONTENT');
    const links = JSON.parse(r.value) as string[];
    expect(links[0]).toBe('</>;rt="oma.lwm2m";ct="112 110 11542"');
    expect(links).toContain('</3>;ver=1.1');
    expect(links).toContain('</3/0>');
    expect(sent()).toEqual([]);
  });

  it('Execute, and Execute of a non-executable resource', async () => {
    expect(await rpc('Execute', { id: '/3/0/12' })).toEqual({ result: 'CHANGED' });
    expect(sent()).toEqual(['POST /3/0/12']);
    expect(await rpc('Execute', { id: '/3/0/9' })).toEqual({ result: 'BAD_REQUEST', error: 'Resource with /3/0/9 is not executable.' });
  });

  it('Observe, ObserveReadAll, ObserveCancel', async () => {
    expect(await rpc('Observe', { key: 'batteryLevel' })).toEqual({ result: 'CONTENT', value: 'LwM2mSingleResource [id=9, value=75, type=INTEGER]' });
    expect(await rpc('Observe', { id: '/3/0' })).toEqual({
      result: 'BAD_REQUEST',
      error: 'Resource [/3/0] conflict with is already registered as SingleObservation [/3/0/9].',
    });
    expect(await rpc('ObserveReadAll')).toEqual({ result: 'CONTENT', value: '["SingleObservation:/3/0/9"]' });
    expect(await rpc('ObserveCancel', { id: '/3/0/9' })).toEqual({ result: 'CONTENT', value: '1' });
    expect(await rpc('ObserveCancel', { id: '/3/0/9' })).toEqual({ result: 'BAD_REQUEST', error: 'Could not find active Observe component with path: /3/0/9' });
  });

  it('ObserveComposite, ObserveCompositeCancel, ObserveCancelAll', async () => {
    expect(await rpc('ObserveComposite', { ids: ['/3/0/9', '/3/0/15'] })).toEqual({
      result: 'CONTENT',
      value: '{/3/0/9=LwM2mSingleResource [id=9, value=75, type=INTEGER], /3/0/15=LwM2mSingleResource [id=15, value=Asia/Tokyo, type=STRING]}',
    });
    expect(await rpc('ObserveReadAll')).toEqual({ result: 'CONTENT', value: '["CompositeObservation: [/3/0/9, /3/0/15]"]' });
    expect(await rpc('ObserveCompositeCancel', { ids: ['/3/0/9', '/3/0/15'] })).toEqual({ result: 'CONTENT', value: '1' });
    expect(await rpc('ObserveCompositeCancel', { ids: ['/3/0/9', '/3/0/15'] })).toEqual({
      result: 'BAD_REQUEST',
      error: 'Could not find active Observe Composite component with paths: [/3/0/9, /3/0/15]',
    });
    await rpc('Observe', { id: '/3/0/9' });
    await rpc('Observe', { id: '/3/0/15' });
    expect(await rpc('ObserveCancelAll')).toEqual({ result: 'CONTENT', value: '2' });
    expect(await rpc('ObserveReadAll')).toEqual({ result: 'CONTENT', value: '[]' });
  });

  it('Create and Delete an instance of a multi-instance object', async () => {
    expect(await rpc('Create', { id: '/19/1', value: { '0': { '0': 'aabb' }, '3': 'more data' } })).toEqual({ result: 'CREATED', value: 'location=/19/1' });
    expect(d().get('/19/1/3')).toBe('more data');
    expect(await rpc('Create', { id: '/3', value: { '14': '+00:00' } })).toEqual({ result: 'BAD_REQUEST', error: 'Path /3. Object must be Multiple !' });
    expect(await rpc('Delete', { id: '/19/1' })).toEqual({ result: 'DELETED' });
    expect(await rpc('Delete', { id: '/19' })).toEqual({ result: 'BAD_REQUEST', error: 'Invalid path /19 : Only object instances can be delete' });
  });

  it('an unknown method is refused with ThingsBoard text', async () => {
    expect(await rpc('Reboot')).toEqual({ result: 'METHOD_NOT_ALLOWED', error: 'Unsupported operation type: Reboot' });
  });

  it('hostile params get a BAD_REQUEST answer, never a crash or silence', async () => {
    const cases: Array<[string, unknown]> = [
      ['Read', '{"id":'],
      ['Read', []],
      ['Read', { id: 123 }],
      ['Read', { id: '/99999999/0/0' }],
      ['Read', { id: '/3/x/../../etc' }],
      ['ReadComposite', { ids: 'not-a-list' }],
      ['ReadComposite', { ids: ['/3/0/9', 7] }],
      ['WriteReplace', { id: '/3/0/15' }],
      ['WriteReplace', { id: '/3/0/13', value: 'yesterday-ish' }],
      ['WriteUpdate', { id: '/3/0', value: { nine: 1 } }],
      ['WriteComposite', { nodes: [1, 2] }],
      ['WriteComposite', { nodes: { '/3/0/14': { '0': { deep: [1] } } } }],
      ['WriteAttributes', { id: '/3/0/9', attributes: { pmin: 'soon' } }],
      ['Create', { id: '/19', nodes: { abc: {} } }],
      ['Execute', { id: '/3/0/4', value: { a: 1 } }],
    ];
    for (const [method, params] of cases) {
      const body = (await rpc(method, params)) as { result?: string; error?: string };
      expect(body.result, `${method} ${JSON.stringify(params)}`).toBe('BAD_REQUEST');
      expect(typeof body.error).toBe('string');
    }
    expect(d().get('/3/0/9')).toBe(75);
  });

  it('a device that does not answer gives the TIMEOUT status and no response', async () => {
    const remove = d().script({ path: '/3/0/9', method: 'GET', drop: true });
    const out = await env().rpc('Read', { id: '/3/0/9' }, 1500);
    remove();
    expect(out).toEqual({ kind: 'status', status: 'TIMEOUT' });
  });
}
