import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOOPBACK_ENV, runApp, type AppProcess } from './app-process.js';

/** Start-up refusals and --help, through the real entry point. */

const started: AppProcess[] = [];
afterEach(() => {
  for (const a of started.splice(0)) a.kill();
});

function run(env: Record<string, string>, args: readonly string[] = []): AppProcess {
  const a = runApp(env, args);
  started.push(a);
  return a;
}

describe('start-up configuration', () => {
  it('refuses a bad value with exit code 2 and a message naming the variable', async () => {
    const a = run({ ...LOOPBACK_ENV, LWM2M_BIND_PORT: 'port-five' });
    const { code } = await a.exited;
    expect(code).toBe(2);
    expect(a.stderr()).toContain('LWM2M_BIND_PORT="port-five" is invalid');
    expect(a.stdout()).not.toContain('LwM2M transport started');
  }, 20_000);

  it('names every bad variable at once, the mode-specific ones included', async () => {
    const a = run({ ...LOOPBACK_ENV, TB_QUEUE_TYPE: 'kafka', HTTP_BIND_PORT: '70000', TB_KAFKA_SERVERS: 'no-port-here' });
    const { code } = await a.exited;
    expect(code).toBe(2);
    expect(a.stderr()).toContain('HTTP_BIND_PORT');
    expect(a.stderr()).toContain('TB_KAFKA_SERVERS');
  }, 20_000);

  it('refuses an unknown queue type', async () => {
    const a = run({ ...LOOPBACK_ENV, TB_QUEUE_TYPE: 'rabbitmq' });
    expect((await a.exited).code).toBe(2);
    expect(a.stderr()).toMatch(/TB_QUEUE_TYPE="rabbitmq" is invalid: expected one of in-memory, kafka, edge/);
  }, 20_000);

  it('refuses an embedded-core file that is missing or does not validate, naming LWM2M_STANDALONE_CONFIG', async () => {
    const missing = run({ ...LOOPBACK_ENV, LWM2M_STANDALONE_CONFIG: 'no/such/devices.json' });
    expect((await missing.exited).code).toBe(2);
    expect(missing.stderr()).toMatch(/LWM2M_STANDALONE_CONFIG=\S*no\/such\/devices\.json is invalid: cannot read/);
    const dir = await mkdtemp(join(tmpdir(), 'lwm2m-cfg-'));
    try {
      const file = join(dir, 'bad.json');
      await writeFile(file, JSON.stringify({ autoProvision: 'no such profile', profiles: [] }));
      const bad = run({ ...LOOPBACK_ENV, LWM2M_STANDALONE_CONFIG: file });
      expect((await bad.exited).code).toBe(2);
      expect(bad.stderr()).toContain('autoProvision: no profile is named "no such profile"');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('--help lists the variables with their defaults and exits 0', async () => {
    const a = run({}, ['--help']);
    expect((await a.exited).code).toBe(0);
    const out = a.stdout();
    expect(out).toMatch(/^ {2}LWM2M_BIND_PORT +default 5685; /m);
    expect(out).toMatch(/^ {2}HTTP_BIND_ADDRESS +default 127\.0\.0\.1 \(in-memory\), 0\.0\.0\.0 \(kafka, edge\); /m);
    expect(out).toMatch(/^ {2}TB_KAFKA_SERVERS +default localhost:9092; .*\[kafka only\]$/m);
    expect(out).toMatch(/^ {2}TB_QUEUE_TYPE +default in-memory; /m);
  }, 20_000);
});
