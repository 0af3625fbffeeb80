/**
 * Runs the product's entry point (src/main.ts through tsx, as `npm start` runs the built copy)
 * as a child process on 127.0.0.1 with ports 0, and reads the bound ports from its start-up log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PRODUCTION_NODE_FLAGS } from '../../../bench/lib/node-flags.js';

export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface AppProcess {
  readonly child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Log lines of stdout parsed as JSON (non-JSON lines skipped). */
  logLines(): Record<string, unknown>[];
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): void;
}

/** Loopback, ephemeral ports, no pretty printing: what every test starts from. */
export const LOOPBACK_ENV: Readonly<Record<string, string>> = {
  LWM2M_BIND_ADDRESS: '127.0.0.1',
  LWM2M_BIND_PORT: '0',
  LWM2M_SECURITY_BIND_ADDRESS: '127.0.0.1',
  LWM2M_SECURITY_BIND_PORT: '0',
  LWM2M_BS_BIND_ADDRESS: '127.0.0.1',
  LWM2M_BS_BIND_PORT: '0',
  LWM2M_BS_SECURITY_BIND_ADDRESS: '127.0.0.1',
  LWM2M_BS_SECURITY_BIND_PORT: '0',
  HTTP_BIND_ADDRESS: '127.0.0.1',
  HTTP_BIND_PORT: '0',
  // Embedded-core OTA uploads go to a scratch folder, not into the checkout's ./data.
  LWM2M_STANDALONE_OTA_DIR: join(tmpdir(), `lwm2m-test-ota-${process.pid}`),
};

export function runApp(env: Record<string, string>, args: readonly string[] = []): AppProcess {
  // Only PATH and HOME from the parent: the test decides every variable the transport reads.
  const base = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' };
  // With the V8 flags the product ships with (npm start, Docker), so these tests run what ships.
  const child = spawn(process.execPath, [...PRODUCTION_NODE_FLAGS, '--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...base, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    logLines: () =>
      out
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .flatMap((l) => {
          try {
            return [JSON.parse(l) as Record<string, unknown>];
          } catch {
            return [];
          }
        }),
    exited,
    kill: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export async function waitUntil<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, limitMs = 20_000): Promise<T> {
  const until = Date.now() + limitMs;
  for (;;) {
    const v = await check();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface Ports {
  readonly http: number;
  readonly coap: number;
  readonly coaps: number;
  readonly bootstrap: number;
  readonly bootstrapSecure: number;
}

/** Waits for the "LwM2M transport started" line and returns the ports it reports. */
export async function startedPorts(app: AppProcess, limitMs = 30_000): Promise<Ports> {
  return waitUntil(
    () => {
      if (app.child.exitCode !== null) throw new Error(`transport exited early (${app.child.exitCode}): ${app.stderr()}${app.stdout()}`);
      const line = app.logLines().find((l) => l['msg'] === 'LwM2M transport started');
      return line === undefined ? undefined : (line['ports'] as Ports);
    },
    'the transport to start',
    limitMs,
  );
}

export async function httpJson(port: number, method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown; text: string }> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    ...(body === undefined ? {} : { body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text };
}
