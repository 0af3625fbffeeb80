// ZooKeeper registration against Debian's real ZooKeeper on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import zookeeper, { type Client } from 'node-zookeeper-client';
import pino from 'pino';
import { ZkRegistration } from '../../../src/kafka/zk-registration.js';
import { loadSharedRoot } from '../../support/core-emulator-schema.js';
import { startTcpProxy, startZookeeper, type ZookeeperServer } from '../../support/zookeeper-server.js';

const log = pino({ level: process.env['TEST_LOG'] ?? 'silent' });
const ServiceInfo = loadSharedRoot().lookupType('transport.ServiceInfo');
let zk: ZookeeperServer;
let observer: Client;

function call<T>(run: (cb: (e: Error | null, v: T) => void) => void): Promise<T> {
  return new Promise((res, rej) => run((e, v) => (e ? rej(e) : res(v))));
}
async function children(): Promise<string[]> {
  return call<string[]>((cb) => observer.getChildren('/thingsboard/nodes', cb)).catch(() => []);
}
async function readInfo(path: string): Promise<Record<string, unknown>> {
  const data = await call<Buffer>((cb) => observer.getData(path, undefined, (e, d) => cb(e, d)));
  return ServiceInfo.toObject(ServiceInfo.decode(data), { longs: String }) as Record<string, unknown>;
}
async function until<T>(f: () => Promise<T | undefined>, ms: number, what: string): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
function connectObserver(): Promise<Client> {
  const c = zookeeper.createClient(zk.connectString, { sessionTimeout: 5000, spinDelay: 200, retries: 100 });
  return new Promise((res) => { c.once('connected', () => res(c)); c.connect(); });
}

beforeAll(async () => {
  zk = await startZookeeper();
  observer = await connectObserver();
}, 60_000);

afterAll(async () => {
  observer?.close();
  await zk?.stop();
}, 30_000);

const opts = () => ({ servers: [zk.connectString], nodesDir: '/thingsboard', sessionTimeoutMs: 1500, connectionTimeoutMs: 5000, retryIntervalMs: 200, serviceId: 'tb-lwm2m-zk' });

describe('ZooKeeper registration', () => {
  it('publishes an ephemeral node with ServiceInfo, keeps transports on refresh, removes it on stop', async () => {
    const reg = new ZkRegistration(opts(), log);
    await reg.start();
    const path = reg.path!;
    expect(path).toMatch(/^\/thingsboard\/nodes\/\d{10}$/);
    expect(await children()).toContain(path.split('/').pop());
    const info = await readInfo(path);
    expect(info).toMatchObject({ serviceId: 'tb-lwm2m-zk', serviceTypes: ['TB_TRANSPORT'], transports: ['LWM2M'], ready: true });
    expect(Number((info['systemInfo'] as Record<string, string>)['cpuCount'])).toBeGreaterThan(0);
    await reg.refresh();
    await reg.refresh();
    expect(reg.stats.refreshed).toBe(2);
    expect(await readInfo(path)).toMatchObject({ transports: ['LWM2M'], serviceTypes: ['TB_TRANSPORT'] });
    const stat = await call<unknown>((cb) => observer.exists(path, undefined, cb));
    expect(stat).not.toBeNull();
    await reg.stop();
    expect(await children()).not.toContain(path.split('/').pop());
  });

  it('re-publishes when its node is deleted', async () => {
    const reg = new ZkRegistration(opts(), log);
    await reg.start();
    const first = reg.path!;
    await call<void>((cb) => observer.remove(first, -1, (e) => cb(e, undefined)));
    const second = await until(async () => (reg.path && reg.path !== first ? reg.path : undefined), 10_000, 'republish');
    expect(await readInfo(second)).toMatchObject({ transports: ['LWM2M'] });
    await reg.stop();
  });

  it('re-creates the node with a new session after the ZooKeeper session expired', async () => {
    // The registration reaches ZooKeeper through a proxy; cutting it longer than the session
    // timeout makes the server expire the session (and its ephemeral node).
    const proxy = await startTcpProxy(zk.port);
    const reg = new ZkRegistration({ ...opts(), servers: [`127.0.0.1:${proxy.port}`] }, log);
    try {
      await reg.start();
      const first = reg.path!;
      proxy.cut();
      await until(async () => ((await children()).includes(first.split('/').pop()!) ? undefined : true), 20_000, 'old node expired');
      proxy.restore();
      await until(async () => (reg.stats.sessionsLost > 0 && reg.path ? reg.path : undefined), 20_000, 'new registration');
      const second = reg.path!;
      expect(second).not.toBe(first);
      await until(async () => ((await children()).includes(second.split('/').pop()!) ? true : undefined), 20_000, 'node visible');
      expect(await readInfo(second)).toMatchObject({ serviceId: 'tb-lwm2m-zk', transports: ['LWM2M'] });
    } finally {
      await reg.stop();
      await proxy.close();
    }
  }, 60_000);
});
