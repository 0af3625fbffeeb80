/** SessionCache with a second level: write-through, asynchronous lookup on a miss, failures are misses. */
import { describe, expect, it } from 'vitest';
import { suiteById } from '../../../src/dtls/cipher-suites.js';
import type { DtlsPeerIdentity } from '../../../src/dtls/credentials.js';
import { type CachedSession, type DtlsSessionStore, SessionCache } from '../../../src/dtls/session-cache.js';

function session(n: number, identity: DtlsPeerIdentity = { kind: 'psk', identity: `d${n}` }): CachedSession {
  return { id: Buffer.alloc(32, n), suite: suiteById(0xc0a8)!, masterSecret: Buffer.alloc(48, n), extendedMasterSecret: true, encryptThenMac: false, identity };
}

class MapStore implements DtlsSessionStore {
  readonly map = new Map<string, CachedSession>();
  gets = 0;
  async get(id: Buffer): Promise<CachedSession | undefined> {
    this.gets++;
    return this.map.get(id.toString('hex'));
  }
  put(s: CachedSession): void {
    this.map.set(s.id.toString('hex'), s);
  }
  remove(id: Buffer): void {
    this.map.delete(id.toString('hex'));
  }
  removeWhere(match: (i: DtlsPeerIdentity) => boolean): void {
    for (const [k, s] of this.map) if (match(s.identity)) this.map.delete(k);
  }
}

describe('SessionCache second level', () => {
  it('writes through on put and remove, and answers an LRU hit synchronously without asking the store', () => {
    const store = new MapStore();
    const cache = new SessionCache(10, store);
    cache.put(session(1));
    expect(store.map.size).toBe(1);
    expect(cache.lookup(session(1).id)).toMatchObject({ identity: { identity: 'd1' } });
    expect(store.gets).toBe(0);
    cache.remove(session(1).id);
    expect(store.map.size).toBe(0);
    expect(cache.size).toBe(0);
  });

  it('on an LRU miss returns the stored session and promotes it into the LRU', async () => {
    const store = new MapStore();
    store.put(session(2));
    const cache = new SessionCache(10, store);
    const p = cache.lookup(session(2).id);
    expect(p).toBeInstanceOf(Promise);
    expect((await p)?.masterSecret.equals(Buffer.alloc(48, 2))).toBe(true);
    expect(cache.get(session(2).id)).toBeDefined();
  });

  it('treats a rejecting or throwing store as a miss and counts it', async () => {
    const failing: DtlsSessionStore = {
      get: () => Promise.reject(new Error('down')),
      put: () => Promise.reject(new Error('down')),
      remove: () => {
        throw new Error('down');
      },
    };
    const cache = new SessionCache(10, failing);
    expect(await cache.lookup(Buffer.alloc(32, 3))).toBeUndefined();
    cache.put(session(3));
    cache.remove(session(3).id);
    await new Promise((r) => setImmediate(r));
    expect(cache.secondLevelErrors).toBe(3);
  });

  it('ignores a stored record whose id is not the one asked for', async () => {
    const liar: DtlsSessionStore = { get: async () => session(9), put: () => undefined, remove: () => undefined };
    const cache = new SessionCache(10, liar);
    expect(await cache.lookup(Buffer.alloc(32, 4))).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('does not ask the store for an empty session id or when resumption is disabled', () => {
    const store = new MapStore();
    store.put(session(5));
    expect(new SessionCache(10, store).lookup(Buffer.alloc(0))).toBeUndefined();
    expect(new SessionCache(0, store).lookup(session(5).id)).toBeUndefined();
    expect(store.gets).toBe(0);
  });

  it('removeIdentity forgets matching sessions on both levels', () => {
    const store = new MapStore();
    const cache = new SessionCache(10, store);
    cache.put(session(6));
    cache.put(session(7));
    cache.removeIdentity((i) => i.kind === 'psk' && i.identity === 'd6');
    expect(cache.get(session(6).id)).toBeUndefined();
    expect(cache.get(session(7).id)).toBeDefined();
    expect([...store.map.values()].map((s) => s.id[0])).toEqual([7]);
  });
});
