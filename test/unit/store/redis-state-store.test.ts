import { describe, expect, it } from 'vitest';
import { RedisStateStore, type RedisStateClient } from '../../../src/store/redis-state-store.js';
import { encodeObservation, encodeRegistration } from '../../../src/store/state-serdes.js';
import { sampleObservation, sampleRegistration } from './samples.js';

/** RedisStateStore against a scripted client (the real redis-server is in test/integration/store). */

class ScriptedRedis implements RedisStateClient {
  readonly calls: string[] = [];
  readonly hashes = new Map<string, Map<string, string>>();
  /** When set, commands never answer (Redis away, ioredis queueing). */
  hang = false;
  /** When set, commands fail with this. */
  fail: Error | undefined;
  throwSync = false;

  private answer<T>(cmd: string, value: () => T): Promise<T> {
    this.calls.push(cmd);
    if (this.throwSync) throw new Error('synchronous failure');
    if (this.hang) return new Promise<T>(() => undefined);
    if (this.fail) return Promise.reject(this.fail);
    return Promise.resolve(value());
  }

  hset(key: string, field: string, value: string): Promise<number> {
    return this.answer(`hset ${key} ${field}`, () => {
      let h = this.hashes.get(key);
      if (h === undefined) this.hashes.set(key, (h = new Map()));
      h.set(field, value);
      return 1;
    });
  }

  hdel(key: string, ...fields: string[]): Promise<number> {
    return this.answer(`hdel ${key} ${fields.join(' ')}`, () => fields.filter((f) => this.hashes.get(key)?.delete(f)).length);
  }

  del(...keys: string[]): Promise<number> {
    return this.answer(`del ${keys.join(' ')}`, () => keys.filter((k) => this.hashes.delete(k)).length);
  }

  hgetall(key: string): Promise<Record<string, string>> {
    return this.answer(`hgetall ${key}`, () => Object.fromEntries(this.hashes.get(key) ?? []));
  }

  quit(): Promise<unknown> {
    return this.answer('quit', () => 'OK');
  }
}

describe('RedisStateStore with a scripted client', () => {
  it('issues one HSET per save and HDEL + DEL per registration removal, under the prefix', async () => {
    const r = new ScriptedRedis();
    const s = new RedisStateStore(r, { keyPrefix: 'p:' });
    s.saveRegistration(sampleRegistration);
    s.saveObservation(sampleObservation);
    s.removeObservation(sampleRegistration.id, sampleObservation.token);
    s.removeRegistration(sampleRegistration.id);
    await s.flush();
    expect(r.calls).toEqual([
      `hset p:reg ${sampleRegistration.id}`,
      `hset p:obs:${sampleRegistration.id} ${sampleObservation.token}`,
      `hdel p:obs:${sampleRegistration.id} ${sampleObservation.token}`,
      `hdel p:reg ${sampleRegistration.id}`,
      `del p:obs:${sampleRegistration.id}`,
    ]);
    await s.close();
    expect(r.calls.at(-1)).toBe('quit');
  });

  it('bounds the writes in flight while Redis does not answer; later writes are dropped and counted', () => {
    const r = new ScriptedRedis();
    r.hang = true;
    const errors: string[] = [];
    const s = new RedisStateStore(r, { maxPendingWrites: 3, onError: (e) => errors.push(e.message) });
    for (let i = 0; i < 5; i++) s.saveRegistration({ ...sampleRegistration, id: `r${i}` });
    expect(s.pendingWrites).toBe(3);
    expect(s.counters).toMatchObject({ writes: 3, writesDropped: 2 });
    expect(errors).toHaveLength(2);
  });

  it('failed writes (asynchronous or thrown at once) are counted; a throwing onError does not escape', async () => {
    const r = new ScriptedRedis();
    r.fail = new Error('READONLY');
    const s = new RedisStateStore(r, {
      onError: () => {
        throw new Error('logger broke');
      },
    });
    s.saveRegistration(sampleRegistration);
    r.fail = undefined;
    r.throwSync = true;
    s.saveObservation(sampleObservation);
    await s.flush();
    expect(s.counters).toMatchObject({ writes: 2, writeErrors: 2 });
    expect(s.pendingWrites).toBe(0);
  });

  it('load() returns the good records and deletes the unreadable ones', async () => {
    const r = new ScriptedRedis();
    r.hashes.set('lwm2m:reg', new Map([
      [sampleRegistration.id, encodeRegistration(sampleRegistration)],
      ['bad', '{"v":1,"id":"bad"}'],
    ]));
    r.hashes.set(`lwm2m:obs:${sampleRegistration.id}`, new Map([
      [sampleObservation.token, encodeObservation(sampleObservation)],
      ['00', encodeObservation({ ...sampleObservation, lastObserve: -1 })],
    ]));
    const s = new RedisStateStore(r);
    const state = await s.load();
    expect(state.registrations).toEqual([sampleRegistration]);
    expect(state.observations).toEqual([sampleObservation]);
    expect(s.counters.badRecords).toBe(2);
    await s.flush();
    expect([...(r.hashes.get('lwm2m:reg')?.keys() ?? [])]).toEqual([sampleRegistration.id]);
    expect([...(r.hashes.get(`lwm2m:obs:${sampleRegistration.id}`)?.keys() ?? [])]).toEqual([sampleObservation.token]);
  });
});
