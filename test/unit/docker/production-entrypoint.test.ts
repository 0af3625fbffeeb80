import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startMockBroker } from '../../support/kcat-broker.js';

/**
 * The image's entrypoint from a production-only install, without Docker: compile as the
 * Dockerfile's build stage does, install as its runtime stage does (`npm ci --omit=dev`), then run
 * `node dist/src/main.js --help`. This catches a runtime import of a dev dependency and files the
 * build forgets (the generated protobuf module is .js and tsc does not copy it).
 *
 * `npm ci --omit=dev --offline` needs every package in the npm cache and a lock file in sync with
 * package.json. When it cannot run here, the same production set is taken from the lock file
 * (every package not marked `dev`) and copied from this checkout's node_modules: same versions,
 * no dev packages. The test says which way it installed.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const MAIN_TS = join(ROOT, 'src/main.ts');
const mainSource = existsSync(MAIN_TS) ? readFileSync(MAIN_TS, 'utf8') : '';
const skipReason = !existsSync(MAIN_TS)
  ? 'src/main.ts does not exist yet'
  : !mainSource.includes('--help')
    ? 'src/main.ts does not handle --help yet'
    : undefined;
if (skipReason !== undefined) console.warn(`production entrypoint test skipped: ${skipReason}`);

const DEV_ONLY = ['vitest', 'tsx', 'typescript', 'pino-pretty', 'coap', 'node-dtls-client', 'lwm2m-node-lib', 'protobufjs-cli'];

let work: string | undefined;

afterAll(() => {
  if (work !== undefined) rmSync(work, { recursive: true, force: true });
});

interface LockEntry {
  dev?: boolean;
  link?: boolean;
}

/** Copies the lock file's production packages from this checkout's node_modules. */
function copyProductionTree(dest: string): number {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  let copied = 0;
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (key === '' || entry.dev === true || entry.link === true) continue;
    const from = join(ROOT, key);
    // Optional packages for other platforms are in the lock but not on disk, as npm ci would skip them.
    if (!existsSync(from)) continue;
    const own = join(from, 'node_modules');
    mkdirSync(dirname(join(dest, key)), { recursive: true });
    // A package's nested node_modules entries are lock entries of their own (copied if production).
    cpSync(from, join(dest, key), { recursive: true, filter: (src) => src !== own && !src.startsWith(`${own}/`) });
    copied++;
  }
  return copied;
}

function run(cmd: string, args: string[], cwd: string, timeoutMs: number): { code: number | null; out: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs });
  return { code: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

describe('production entrypoint', () => {
  it.skipIf(skipReason !== undefined)(
    `node dist/src/main.js --help runs from a production-only install${skipReason === undefined ? '' : ` (skipped: ${skipReason})`}`,
    async () => {
      work = mkdtempSync(join(tmpdir(), 'lwm2m-image-'));
      cpSync(join(ROOT, 'package.json'), join(work, 'package.json'));
      cpSync(join(ROOT, 'package-lock.json'), join(work, 'package-lock.json'));
      // The lock file points at a local stand-in package; the Dockerfile copies it before npm ci.
      cpSync(join(ROOT, 'tools/stubs'), join(work, 'tools/stubs'), { recursive: true });

      // Build stage: tsc, then the generated protobuf module beside the compiled sources.
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      const built = run(process.execPath, [tsc, '-p', 'tsconfig.json', '--outDir', join(work, 'build')], ROOT, 120_000);
      expect(existsSync(join(work, 'build/src/main.js')), `tsc produced no main.js:\n${built.out.slice(0, 2000)}`).toBe(true);
      cpSync(join(work, 'build/src'), join(work, 'dist/src'), { recursive: true });
      mkdirSync(join(work, 'dist/src/gen'), { recursive: true });
      for (const f of readdirSync(join(ROOT, 'src/gen')).filter((f) => f.endsWith('.js'))) {
        cpSync(join(ROOT, 'src/gen', f), join(work, 'dist/src/gen', f));
      }
      rmSync(join(work, 'build'), { recursive: true, force: true });

      // Runtime stage: production dependencies only.
      const npmCi = run('npm', ['ci', '--omit=dev', '--offline', '--ignore-scripts', '--no-audit', '--no-fund'], work, 180_000);
      if (npmCi.code === 0) {
        console.info('production install: npm ci --omit=dev --offline');
      } else {
        rmSync(join(work, 'node_modules'), { recursive: true, force: true });
        const n = copyProductionTree(join(work));
        const why = npmCi.out.split('\n').find((l) => l.includes('npm error') && l.trim() !== 'npm error') ?? npmCi.out.slice(0, 200);
        console.info(`production install: npm ci --omit=dev could not run here (${why.trim()}); copied ${n} production packages from the lock file`);
      }
      for (const dev of DEV_ONLY) expect(existsSync(join(work, 'node_modules', dev)), `dev dependency ${dev} installed`).toBe(false);

      // The entrypoint, with every port at 0 in case --help were ignored (nothing fixed gets bound).
      const child = spawn(process.execPath, ['dist/src/main.js', '--help'], {
        cwd: work,
        env: {
          PATH: process.env['PATH'] ?? '',
          NODE_ENV: 'production',
          TB_QUEUE_TYPE: 'in-memory',
          LWM2M_BIND_PORT: '0',
          LWM2M_SECURITY_BIND_PORT: '0',
          LWM2M_BS_BIND_PORT: '0',
          LWM2M_BS_SECURITY_BIND_PORT: '0',
          HTTP_BIND_PORT: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const code = await new Promise<number | null | 'hung'>((resolve) => {
        const t = setTimeout(() => {
          child.kill('SIGKILL');
          resolve('hung');
        }, 20_000);
        child.on('exit', (c) => {
          clearTimeout(t);
          resolve(c);
        });
      });
      expect(code, out).toBe(0);
      expect(out).not.toMatch(/Cannot find (package|module)|ERR_MODULE_NOT_FOUND/);
      // --help lists the operator variables (issue 6, item 7).
      expect(out).toContain('TB_QUEUE_TYPE');
      expect(out).toContain('LWM2M_BIND_PORT');

      // The Kafka producer runs in a worker thread loaded from its own file: it must be in the
      // build and start without dev packages (no tsx). One record to librdkafka's mock broker.
      const broker = await startMockBroker();
      try {
        const script = [
          "const { ProducerThread } = await import('./dist/src/kafka/producer-thread.js');",
          "const { default: pino } = await import('pino');",
          `const t = new ProducerThread({ brokers: ['${broker.bootstrap}'], clientId: 'image-check', requestTimeoutMs: 5000, acks: -1, compression: 0, retries: 1, maxInFlight: 5 }, pino({ level: 'error' }));`,
          'await t.start();',
          "await t.send([{ topic: 'image_check', key: 'k', value: Buffer.from('v') }]);",
          "console.log('producer thread acked');",
          'await t.stop();',
        ].join('\n');
        // A file, not `-e`: the worker inherits the process's flags, and --input-type is refused there.
        writeFileSync(join(work, 'producer-check.mjs'), script);
        const r = spawnSync(process.execPath, ['producer-check.mjs'], { cwd: work, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production' } });
        expect(r.stdout + r.stderr).toContain('producer thread acked');
      } finally {
        await broker.stop();
      }
    },
    300_000,
  );
});
