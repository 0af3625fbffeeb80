import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HttpServer } from '../../../src/http/http-server.js';
import { addObservabilityRoutes } from '../../../src/http/observability-routes.js';
import { HealthRegistry } from '../../../src/obs/health.js';
import { MetricsRegistry } from '../../../src/obs/metrics.js';
import { PRODUCTION_NODE_FLAGS } from '../../../bench/lib/node-flags.js';

/**
 * What can be checked of the container without a Docker engine: the Dockerfile's instructions,
 * the compose swap file's service, and the HEALTHCHECK probe script against a real /health.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Instruction {
  readonly op: string;
  readonly args: string;
}

/** Dockerfile syntax: `#` comments, `\` line continuations, one instruction per logical line. */
function parseDockerfile(text: string): Instruction[][] {
  const logical: string[] = [];
  let cur = '';
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (cur === '' && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.trim().startsWith('#')) continue;
    if (line.endsWith('\\')) {
      cur += `${line.slice(0, -1)} `;
      continue;
    }
    logical.push((cur + line).trim());
    cur = '';
  }
  const stages: Instruction[][] = [];
  let stage: Instruction[] = [];
  const preamble: Instruction[] = [];
  for (const l of logical) {
    const m = /^(\w+)\s+(.*)$/s.exec(l);
    if (m === null) throw new Error(`unparsable Dockerfile line: ${l}`);
    const ins = { op: (m[1] as string).toUpperCase(), args: (m[2] as string).replace(/\s+/g, ' ').trim() };
    if (ins.op === 'FROM') {
      if (stage.length > 0) stages.push(stage);
      stage = [ins];
    } else if (stage.length === 0) {
      preamble.push(ins);
    } else {
      stage.push(ins);
    }
  }
  if (stage.length > 0) stages.push(stage);
  for (const p of preamble) if (p.op !== 'ARG') throw new Error(`only ARG may precede FROM, got ${p.op}`);
  return stages;
}

const dockerfile = readFileSync(join(ROOT, 'docker/Dockerfile'), 'utf8');
const stages = parseDockerfile(dockerfile);
const runtime = stages[stages.length - 1] as Instruction[];
const argDefault = /ARG NODE_IMAGE=(\S+)/.exec(dockerfile)?.[1];

function all(stage: readonly Instruction[], op: string): string[] {
  return stage.filter((i) => i.op === op).map((i) => i.args);
}

describe('docker/Dockerfile', () => {
  it('has a build stage and a runtime stage on Node 20 LTS slim', () => {
    expect(stages).toHaveLength(2);
    expect(argDefault).toMatch(/^node:20(\.\d+)*-[a-z]+-slim$|^node:20(\.\d+)*-slim$/);
    expect(all(stages[0] as Instruction[], 'FROM')[0]).toBe('${NODE_IMAGE} AS build');
    expect(all(runtime, 'FROM')[0]).toBe('${NODE_IMAGE} AS runtime');
  });

  it('compiles in the build stage (with the generated protobuf module) and installs only production deps at run time', () => {
    const buildRuns = all(stages[0] as Instruction[], 'RUN').join(' && ');
    expect(buildRuns).toContain('npm ci');
    expect(buildRuns).toContain('npm run build');
    // `npm run build` itself copies the generated protobuf modules (src/gen/*.js) into dist.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.build).toContain('tools/copy-generated.mjs');
    expect(all(stages[0] as Instruction[], 'COPY')).toContain('tools ./tools');
    expect(all(runtime, 'RUN').join(' ')).toMatch(/npm ci --omit=dev/);
    // The lock file points at a local stand-in package: both installs need it in the context.
    for (const stage of stages) expect(all(stage, 'COPY')).toContain('tools/stubs ./tools/stubs');
    expect(all(runtime, 'COPY')).toContain('--from=build /app/dist/src ./dist/src');
    // The embedded core's default configuration file ships with the image.
    expect(all(runtime, 'COPY')).toContain('config ./config');
  });

  it('every COPY source from the build context exists in the repository', () => {
    for (const stage of stages) {
      for (const args of all(stage, 'COPY')) {
        if (args.startsWith('--from=')) continue;
        const parts = args.split(' ');
        for (const src of parts.slice(0, -1)) expect(existsSync(join(ROOT, src)), `COPY source ${src}`).toBe(true);
      }
    }
  });

  it('runs as a non-root user, exposes the LwM2M and HTTP ports, and checks health with node', () => {
    const users = all(runtime, 'USER');
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    const exposed = all(runtime, 'EXPOSE').join(' ').split(' ').sort();
    expect(exposed).toEqual(['5685/udp', '5686/udp', '5687/udp', '5688/udp', '8083/tcp']);
    const hc = all(runtime, 'HEALTHCHECK');
    expect(hc).toHaveLength(1);
    const cmd = /CMD (\[.*\])$/.exec(hc[0] as string)?.[1];
    expect(JSON.parse(cmd ?? 'null')).toEqual(['node', 'docker/healthcheck.cjs']);
    expect(hc[0]).not.toMatch(/curl|wget/);
    // The product's V8 flags, the same as `npm start` and the benchmark's server children.
    expect(JSON.parse(all(runtime, 'ENTRYPOINT')[0] ?? 'null')).toEqual(['node', ...PRODUCTION_NODE_FLAGS, 'dist/src/main.js']);
    const start = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start'];
    expect(start).toContain(`node ${PRODUCTION_NODE_FLAGS.join(' ')} dist/src/main.js`);
    expect(all(runtime, 'ENV').join(' ')).toContain('TB_QUEUE_TYPE=kafka');
  });
});

describe('docker/docker-compose.swap.yml', () => {
  const compose = readFileSync(join(ROOT, 'docker/docker-compose.swap.yml'), 'utf8');

  it('overrides the tb-lwm2m-transport service with this image, its ports and health check', () => {
    expect(compose).toMatch(/^services:\n {2}tb-lwm2m-transport:\n/m);
    expect(compose).toMatch(/^ {4}image: "\$\{LWM2M_TS_IMAGE:-tb-lwm2m-transport-ts:latest\}"$/m);
    for (const p of ['5685:5685/udp', '5686:5686/udp', '5687:5687/udp', '5688:5688/udp']) expect(compose).toContain(`- "${p}"`);
    expect(compose).toContain('test: ["CMD", "node", "docker/healthcheck.cjs"]');
  });

  it('carries the ThingsBoard environment names (queue, Kafka, ZooKeeper, Redis, service id, LwM2M)', () => {
    const keys = [...compose.matchAll(/^ {6}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1]);
    for (const k of [
      'TB_SERVICE_ID',
      'TB_QUEUE_TYPE',
      'TB_KAFKA_SERVERS',
      'ZOOKEEPER_ENABLED',
      'ZOOKEEPER_URL',
      'REDIS_HOST',
      'REDIS_PORT',
      'LWM2M_BIND_PORT',
      'LWM2M_SECURITY_BIND_PORT',
      'HTTP_BIND_PORT',
    ]) {
      expect(keys).toContain(k);
    }
    expect(compose).toContain('TB_QUEUE_TYPE: "${TB_QUEUE_TYPE:-kafka}"');
  });
});

function runProbe(env: Record<string, string>): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'docker/healthcheck.cjs')], {
      env: { PATH: process.env['PATH'] ?? '', HEALTHCHECK_TIMEOUT_MS: '3000', ...env },
      stdio: 'ignore',
    });
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.on('exit', (code) => {
      clearTimeout(kill);
      resolve(code);
    });
  });
}

describe('docker/healthcheck.cjs', () => {
  it('exits 0 when /health is 200, 1 when it is 503 or nothing listens', async () => {
    const health = new HealthRegistry();
    let up = false;
    health.register('sockets', () => up);
    const server = new HttpServer();
    addObservabilityRoutes(server, { metrics: new MetricsRegistry(), health });
    const { port } = await server.listen(0, '127.0.0.1');
    try {
      expect(await runProbe({ HTTP_BIND_PORT: String(port), HTTP_BIND_ADDRESS: '0.0.0.0' })).toBe(1);
      up = true;
      expect(await runProbe({ HTTP_BIND_PORT: String(port), HTTP_BIND_ADDRESS: '127.0.0.1' })).toBe(0);
    } finally {
      await server.close();
    }
    expect(await runProbe({ HTTP_BIND_PORT: String(port) })).toBe(1);
  }, 30_000);
});
