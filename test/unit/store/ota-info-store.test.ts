/** OtaInfoStore with a persistence: writes on change (coalesced per turn), restore, delete and eviction. */
import { describe, expect, it } from 'vitest';
import { type OtaInfo, type OtaInfoPersistence, OtaInfoStore } from '../../../src/thingsboard/ota/ota-ports.js';
import { decodeOtaInfo, encodeOtaInfo, type RedisOtaClient, RedisOtaInfoStore } from '../../../src/store/redis-ota-info-store.js';

class Recorder implements OtaInfoPersistence {
  readonly saved: Array<[string, string]> = [];
  readonly removed: string[] = [];
  constructor(private readonly stored: Array<readonly [string, OtaInfo]> = []) {}
  async load(): Promise<Array<readonly [string, OtaInfo]>> {
    return this.stored;
  }
  save(key: string, info: OtaInfo): void {
    this.saved.push([key, JSON.stringify(info)]);
  }
  remove(key: string): void {
    this.removed.push(key);
  }
}

const tick = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('OtaInfoStore persistence', () => {
  it('writes an entry once per turn after in-place changes, including changes to current', async () => {
    const p = new Recorder();
    const store = new OtaInfoStore({ persistence: p });
    const info = store.get('firmware', 'ep1');
    await tick();
    expect(p.saved).toEqual([]); // creating an empty entry is not a change
    info.lastState = 1;
    info.status = 'DOWNLOADING';
    info.current.version = '1.0';
    await tick();
    expect(p.saved).toHaveLength(1);
    expect(p.saved[0]![0]).toBe('firmware:ep1');
    expect(JSON.parse(p.saved[0]![1])).toEqual({ current: { version: '1.0' }, retries: 0, lastState: 1, status: 'DOWNLOADING' });
    delete info.status;
    await tick();
    expect(JSON.parse(p.saved[1]![1])).not.toHaveProperty('status');
    expect(store.get('firmware', 'ep1')).toBe(info);
  });

  it('restore() loads stored entries that later changes write again; memory wins over stored', async () => {
    const p = new Recorder([
      ['software:ep2', { current: { name: 'app' }, retries: 2, status: 'UPDATING', packageId: 'pkg-1' }],
      ['firmware:ep3', { current: {}, retries: 0 }],
      ['bogus-key', { current: {}, retries: 0 }],
    ]);
    const store = new OtaInfoStore({ persistence: p });
    store.get('firmware', 'ep3').retries = 5;
    expect(await store.restore()).toBe(1);
    expect(store.peek('software', 'ep2')).toMatchObject({ status: 'UPDATING', packageId: 'pkg-1', retries: 2 });
    expect(store.peek('firmware', 'ep3')?.retries).toBe(5);
    store.peek('software', 'ep2')!.retries = 3;
    await tick();
    expect(p.saved.map(([k]) => k).sort()).toEqual(['firmware:ep3', 'software:ep2']);
  });

  it('delete and eviction remove the entries from the persistence', () => {
    const p = new Recorder();
    const store = new OtaInfoStore({ maxEntries: 2, persistence: p });
    store.get('firmware', 'a');
    store.get('software', 'a');
    store.get('firmware', 'b'); // evicts firmware:a
    store.delete('a');
    expect(p.removed).toEqual(['firmware:a', 'software:a']);
    expect(store.peek('firmware', 'b')).toBeDefined();
  });

  it('without a persistence hands out plain objects and restores nothing', async () => {
    const store = new OtaInfoStore();
    const info = store.get('firmware', 'x');
    expect(await store.restore()).toBe(0);
    expect(info).toEqual({ current: {}, retries: 0 });
  });
});

class FakeHash implements RedisOtaClient {
  readonly data = new Map<string, Map<string, string>>();
  fail = false;
  private h(key: string): Map<string, string> {
    let m = this.data.get(key);
    if (!m) this.data.set(key, (m = new Map()));
    return m;
  }
  async hset(key: string, field: string, value: string): Promise<number> {
    if (this.fail) throw new Error('down');
    this.h(key).set(field, value);
    return 1;
  }
  async hdel(key: string, ...fields: string[]): Promise<number> {
    if (this.fail) throw new Error('down');
    let n = 0;
    for (const f of fields) if (this.h(key).delete(f)) n++;
    return n;
  }
  async hgetall(key: string): Promise<Record<string, string>> {
    if (this.fail) throw new Error('down');
    return Object.fromEntries(this.h(key));
  }
}

describe('RedisOtaInfoStore', () => {
  const full: OtaInfo = {
    target: { title: 'fw', version: '2.0', tag: 'fw 2.0' },
    current: { name: 'fw', version: '1.0', version3: 'v1' },
    failedPackage: 'fw1.5',
    retries: 1,
    status: 'DOWNLOADED',
    lastState: 2,
    lastResult: 0,
    packageId: 'abc',
    deliveryMethod: 0,
  };

  it('round-trips every field under <prefix>ota', async () => {
    const r = new FakeHash();
    const s = new RedisOtaInfoStore(r, { keyPrefix: 'p:' });
    s.save('firmware:ep', full);
    await tick();
    expect([...r.data.get('p:ota')!.keys()]).toEqual(['firmware:ep']);
    expect(await s.load()).toEqual([['firmware:ep', full]]);
    s.remove('firmware:ep');
    await tick();
    expect(await s.load()).toEqual([]);
  });

  it('drops and deletes hostile records, keeps the good ones', async () => {
    const r = new FakeHash();
    const good = JSON.parse(encodeOtaInfo(full)) as Record<string, unknown>;
    const hostile = ['{', '7', JSON.stringify({ ...good, v: 9 }), JSON.stringify({ ...good, retries: -1 }), JSON.stringify({ ...good, status: 'PWNED' }), JSON.stringify({ ...good, current: null }), JSON.stringify({ ...good, target: { title: 1 } })];
    hostile.forEach((v, i) => r.data.set('lwm2m:ota', (r.data.get('lwm2m:ota') ?? new Map()).set(`firmware:bad${i}`, v)));
    r.data.get('lwm2m:ota')!.set('software:ok', encodeOtaInfo(full));
    const s = new RedisOtaInfoStore(r);
    expect((await s.load()).map(([k]) => k)).toEqual(['software:ok']);
    expect(s.dropped).toBe(hostile.length);
    await tick();
    expect([...r.data.get('lwm2m:ota')!.keys()]).toEqual(['software:ok']);
    for (const v of hostile) expect(decodeOtaInfo(v)).toBeUndefined();
  });

  it('a failing Redis is counted, never thrown', async () => {
    const r = new FakeHash();
    r.fail = true;
    const s = new RedisOtaInfoStore(r);
    expect(await s.load()).toEqual([]);
    s.save('firmware:x', full);
    s.remove('firmware:x');
    await tick();
    expect(s.errors).toBe(3);
  });
});
