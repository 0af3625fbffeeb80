/**
 * Child process of restart-sigkill.test.ts: the LwM2M server stack on 127.0.0.1:PORT, with the
 * Redis state store when REDIS_PORT is set. Talks JSON lines: events and replies on stdout,
 * commands on stdin ({"id":1,"cmd":"observe"|"read"|"flush","endpoint":"...","path":"..."}).
 */
import { createInterface } from 'node:readline';
import { Redis } from 'ioredis';
import type { Lwm2mNode } from '../../../src/lwm2m/node.js';
import { RedisStateStore } from '../../../src/store/redis-state-store.js';
import { startServerStack } from './server-stack.js';

function out(msg: Record<string, unknown>): void {
  process.stdout.write(JSON.stringify(msg) + '\n');
}

function valueOf(node: Lwm2mNode | undefined): unknown {
  return node !== undefined && 'value' in node ? String(node.value) : undefined;
}

const port = Number(process.env['PORT'] ?? '0');
const redisPort = process.env['REDIS_PORT'];
const store =
  redisPort === undefined
    ? undefined
    : new RedisStateStore(new Redis({ host: '127.0.0.1', port: Number(redisPort), maxRetriesPerRequest: 2 }), {
        keyPrefix: 'restart-test:',
        onError: (err, what) => out({ event: 'storeError', what, message: err.message }),
      });
const stack = await startServerStack(port, store);
const { server } = stack;
server.on('registered', (r) => out({ event: 'registered', endpoint: r.endpoint, id: r.id }));
server.on('updated', (r) => out({ event: 'updated', endpoint: r.endpoint, id: r.id }));
server.on('notification', (r, n) => out({ event: 'notification', endpoint: r.endpoint, code: n.code, value: valueOf(n.node) }));
out({ event: 'ready', port: stack.port, restored: stack.restored });

interface Command {
  id: number;
  cmd: string;
  endpoint?: string;
  path?: string;
}

async function run(c: Command): Promise<Record<string, unknown>> {
  if (c.cmd === 'flush') {
    await store?.flush();
    return {};
  }
  const reg = server.registrations.getByEndpoint(c.endpoint ?? '');
  if (reg === undefined) return { error: 'unknown endpoint' };
  if (c.cmd === 'observe') {
    const r = await server.observe(reg, c.path ?? '');
    return { code: r.code, observed: r.observation !== undefined };
  }
  if (c.cmd === 'read') {
    const r = await server.read(reg, c.path ?? '');
    return { code: r.code, value: valueOf(r.node) };
  }
  return { error: `unknown command ${c.cmd}` };
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  let c: Command;
  try {
    c = JSON.parse(line) as Command;
  } catch {
    return;
  }
  run(c).then(
    (r) => out({ reply: c.id, ...r }),
    (err: unknown) => out({ reply: c.id, error: String(err) }),
  );
});
// The parent closing stdin (or dying) ends the child.
lines.on('close', () => {
  void stack.stop().then(() => store?.close()).finally(() => process.exit(0));
});
