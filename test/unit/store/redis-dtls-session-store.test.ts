/** RedisDtlsSessionStore over a fake client: layout, TTL, round trip of each identity kind, hostile records dropped. */
import { describe, expect, it } from 'vitest';
import { suiteById } from '../../../src/dtls/cipher-suites.js';
import type { CachedSession } from '../../../src/dtls/session-cache.js';
import { decodeDtlsSession, encodeDtlsSession } from '../../../src/store/dtls-session-serdes.js';
import { type RedisDtlsClient, RedisDtlsSessionStore } from '../../../src/store/redis-dtls-session-store.js';

class FakeRedis implements RedisDtlsClient {
  readonly data = new Map<string, { value: string; ttl: number }>();
  fail = false;
  private check(): void {
    if (this.fail) throw new Error('connection lost');
  }
  async get(key: string): Promise<string | null> {
    this.check();
    return this.data.get(key)?.value ?? null;
  }
  async set(key: string, value: string, _mode: 'EX', seconds: number): Promise<unknown> {
    this.check();
    this.data.set(key, { value, ttl: seconds });
    return 'OK';
  }
  async del(...keys: string[]): Promise<number> {
    this.check();
    let n = 0;
    for (const k of keys) if (this.data.delete(k)) n++;
    return n;
  }
  async scan(_c: string | number, _m: 'MATCH', pattern: string): Promise<[string, string[]]> {
    this.check();
    const prefix = pattern.slice(0, -1);
    return ['0', [...this.data.keys()].filter((k) => k.startsWith(prefix))];
  }
}

const base = { suite: suiteById(0xc0ae)!, masterSecret: Buffer.alloc(48, 0xab), extendedMasterSecret: true, encryptThenMac: false };
const psk: CachedSession = { ...base, id: Buffer.alloc(32, 1), suite: suiteById(0xc0a8)!, identity: { kind: 'psk', identity: 'dev-1' } };
const rpk: CachedSession = { ...base, id: Buffer.alloc(32, 2), identity: { kind: 'rpk', publicKey: Buffer.from('3059301306', 'hex') }, clientCertificateType: 2, serverCertificateType: 2 };
const x509: CachedSession = { ...base, id: Buffer.alloc(32, 3), identity: { kind: 'x509', certificate: Buffer.from('3082', 'hex'), commonName: 'dev-3', trusted: true } };

describe('RedisDtlsSessionStore', () => {
  it('stores each session under <prefix>dtls:<id hex> with the TTL and reads every identity kind back', async () => {
    const r = new FakeRedis();
    const store = new RedisDtlsSessionStore(r, { keyPrefix: 'p:', ttlSeconds: 120 });
    for (const s of [psk, rpk, x509]) await store.put(s);
    expect([...r.data.keys()]).toEqual([psk, rpk, x509].map((s) => `p:dtls:${s.id.toString('hex')}`));
    expect([...r.data.values()].every((v) => v.ttl === 120)).toBe(true);
    for (const s of [psk, rpk, x509]) expect(await store.get(s.id)).toEqual(s);
    await store.remove(psk.id);
    expect(await store.get(psk.id)).toBeUndefined();
  });

  it('defaults to a 24 h TTL and the lwm2m: prefix', async () => {
    const r = new FakeRedis();
    await new RedisDtlsSessionStore(r).put(psk);
    expect(r.data.get(`lwm2m:dtls:${psk.id.toString('hex')}`)?.ttl).toBe(86_400);
  });

  it('drops and deletes hostile records instead of throwing', async () => {
    const good = JSON.parse(encodeDtlsSession(psk)) as Record<string, unknown>;
    const hostile = [
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...good, v: 2 }),
      JSON.stringify({ ...good, suite: 0x1234 }),
      JSON.stringify({ ...good, master: Buffer.alloc(47).toString('base64') }),
      JSON.stringify({ ...good, master: 42 }),
      JSON.stringify({ ...good, id: Buffer.alloc(32, 9).toString('hex') }),
      JSON.stringify({ ...good, identity: { kind: 'psk' } }),
      JSON.stringify({ ...good, identity: { kind: 'oscore', identity: 'x' } }),
      JSON.stringify({ ...good, ems: 'yes' }),
      JSON.stringify({ ...good, cct: 300 }),
    ];
    const r = new FakeRedis();
    const errors: string[] = [];
    const store = new RedisDtlsSessionStore(r, { onError: (_e, what) => errors.push(what) });
    const key = `lwm2m:dtls:${psk.id.toString('hex')}`;
    for (const value of hostile) {
      r.data.set(key, { value, ttl: 1 });
      await expect(store.get(psk.id)).resolves.toBeUndefined();
      await new Promise((res) => setImmediate(res));
      expect(r.data.has(key)).toBe(false);
    }
    expect(store.dropped).toBe(hostile.length);
    // The report names the key, never the secret.
    expect(errors.every((e) => e === key)).toBe(true);
  });

  it('turns Redis failures into misses and counted errors', async () => {
    const r = new FakeRedis();
    const store = new RedisDtlsSessionStore(r);
    r.fail = true;
    await expect(store.get(psk.id)).resolves.toBeUndefined();
    await expect(store.put(psk)).resolves.toBeUndefined();
    await expect(store.remove(psk.id)).resolves.toBeUndefined();
    await expect(store.removeWhere(() => true)).resolves.toBeUndefined();
    expect(store.errors).toBe(4);
  });

  it('does not ask Redis for an empty or oversized session id', async () => {
    const r = new FakeRedis();
    r.fail = true;
    const store = new RedisDtlsSessionStore(r);
    expect(await store.get(Buffer.alloc(0))).toBeUndefined();
    expect(await store.get(Buffer.alloc(33))).toBeUndefined();
    expect(store.errors).toBe(0);
  });

  it('removeWhere deletes the matching identities and unreadable records, keeps the rest', async () => {
    const r = new FakeRedis();
    const store = new RedisDtlsSessionStore(r);
    for (const s of [psk, rpk, x509]) await store.put(s);
    r.data.set('lwm2m:dtls:00', { value: 'garbage', ttl: 1 });
    r.data.set('other:key', { value: 'kept', ttl: 1 });
    await store.removeWhere((i) => i.kind === 'x509');
    expect([...r.data.keys()].sort()).toEqual([`lwm2m:dtls:${psk.id.toString('hex')}`, `lwm2m:dtls:${rpk.id.toString('hex')}`, 'other:key'].sort());
  });

  it('decodeDtlsSession inverts encodeDtlsSession', () => {
    expect(decodeDtlsSession(encodeDtlsSession(x509))).toEqual(x509);
  });
});
