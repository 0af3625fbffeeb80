import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRedis, type RedisServer } from '../../support/redis-server.js';
import { SimulatedDevice } from '../../support/simulator.js';

/**
 * Issue 6 item 5: the server stack runs in a child process; the child is killed with SIGKILL and
 * a new one starts on the same UDP port. With the Redis state store the device's next
 * notification reaches the new server without a new Register and a Read works; without it the
 * device's Update gets 4.04 and it registers again.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const CHILD = 'test/integration/store/restart-child.ts';
const WAIT_MS = 15_000;

type Msg = Record<string, unknown>;

class Child {
  readonly messages: Msg[] = [];
  private readonly waiters: { match: (m: Msg) => boolean; resolve: (m: Msg) => void }[] = [];
  private nextId = 1;
  readonly exited: Promise<void>;
  stderr = '';

  constructor(readonly proc: ChildProcess) {
    let buffer = '';
    proc.stdout?.on('data', (d: Buffer) => {
      buffer += d.toString();
      let i: number;
      while ((i = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 1);
        let m: Msg;
        try {
          m = JSON.parse(line) as Msg;
        } catch {
          continue;
        }
        this.messages.push(m);
        for (const w of [...this.waiters]) {
          if (w.match(m)) {
            this.waiters.splice(this.waiters.indexOf(w), 1);
            w.resolve(m);
          }
        }
      }
    });
    proc.stderr?.on('data', (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-4000);
    });
    this.exited = new Promise((resolve) => proc.once('exit', () => resolve()));
  }

  static start(env: Record<string, string>): Child {
    const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new Child(proc);
  }

  wait(match: (m: Msg) => boolean, what: string): Promise<Msg> {
    const found = this.messages.find(match);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child: timed out waiting for ${what}; stderr: ${this.stderr}`)), WAIT_MS);
      this.waiters.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  event(name: string, extra: (m: Msg) => boolean = () => true): Promise<Msg> {
    return this.wait((m) => m['event'] === name && extra(m), name);
  }

  command(cmd: Msg): Promise<Msg> {
    const id = this.nextId++;
    this.proc.stdin?.write(JSON.stringify({ id, ...cmd }) + '\n');
    return this.wait((m) => m['reply'] === id, `reply to ${String(cmd['cmd'])}`);
  }

  async kill(): Promise<void> {
    if (this.proc.exitCode !== null || this.proc.signalCode !== null) return;
    this.proc.kill('SIGKILL');
    await this.exited;
  }
}

let redis: RedisServer;
const children: Child[] = [];
const devices: SimulatedDevice[] = [];

function startChild(env: Record<string, string>): Child {
  const c = Child.start(env);
  children.push(c);
  return c;
}

beforeAll(async () => {
  redis = await startRedis();
});

afterEach(async () => {
  for (const d of devices.splice(0)) await d.stop().catch(() => undefined);
  for (const c of children.splice(0)) await c.kill();
});

afterAll(async () => {
  await redis?.stop();
});

async function registeredDevice(port: number, endpoint: string): Promise<SimulatedDevice> {
  const d = new SimulatedDevice({ endpoint, serverUrl: `coap://127.0.0.1:${port}`, version: '1.1', values: { '/3/0/9': 80 } });
  devices.push(d);
  await d.start();
  return d;
}

describe('SIGKILL and restart on the same port', () => {
  it('with Redis: the next notification reaches the new server without a Register, and a Read works', async () => {
    const env = { REDIS_PORT: String(redis.port) };
    const a = startChild({ ...env, PORT: '0' });
    const ready = await a.event('ready');
    const port = Number(ready['port']);
    expect(ready['restored']).toMatchObject({ registrations: 0 });
    const dev = await registeredDevice(port, 'kill-redis');
    const reg = await a.event('registered', (m) => m['endpoint'] === 'kill-redis');
    expect(await a.command({ cmd: 'observe', endpoint: 'kill-redis', path: '/3/0/9' })).toMatchObject({ code: '2.05', observed: true });
    await a.command({ cmd: 'flush' });
    await a.kill();
    expect(a.proc.signalCode).toBe('SIGKILL');

    const b = startChild({ ...env, PORT: String(port) });
    const ready2 = await b.event('ready');
    expect(ready2).toMatchObject({ port, restored: { registrations: 1, observations: 1, dropped: 0 } });

    dev.set('/3/0/9', 17);
    const note = await b.event('notification', (m) => m['endpoint'] === 'kill-redis');
    expect(note).toMatchObject({ code: '2.05', value: '17' });
    expect(await b.command({ cmd: 'read', endpoint: 'kill-redis', path: '/3/0/9' })).toMatchObject({ code: '2.05', value: '17' });
    expect(dev.stats.registrations).toBe(1);
    expect(b.messages.filter((m) => m['event'] === 'registered')).toHaveLength(0);

    // The device's next Update is for the same registration id.
    await dev.update();
    expect(await b.event('updated')).toMatchObject({ endpoint: 'kill-redis', id: reg['id'] });
    expect(dev.stats.registrations).toBe(1);
  });

  it('without Redis: the Update from the forgotten registration gets 4.04 and the device registers again', async () => {
    const a = startChild({ PORT: '0' });
    const port = Number((await a.event('ready'))['port']);
    const dev = await registeredDevice(port, 'kill-memory');
    await a.event('registered', (m) => m['endpoint'] === 'kill-memory');
    await a.kill();

    const b = startChild({ PORT: String(port) });
    expect(await b.event('ready')).toMatchObject({ port, restored: { registrations: 0, observations: 0 } });
    await dev.update();
    expect(await b.event('registered', (m) => m['endpoint'] === 'kill-memory')).toBeDefined();
    expect(dev.stats).toMatchObject({ registrations: 2, updates: 0 });
    expect(b.messages.filter((m) => m['event'] === 'updated')).toHaveLength(0);
  });
});
