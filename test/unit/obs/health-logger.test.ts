import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.js';
import { HealthRegistry } from '../../../src/obs/health.js';
import { createLogger, wantsPretty } from '../../../src/obs/logger.js';

describe('health registry', () => {
  it('is not ready with no checks, ready only when every check passes', () => {
    const h = new HealthRegistry();
    expect(h.report()).toEqual({ status: 'DOWN', checks: [] });
    let bound = false;
    h.register('sockets', () => bound);
    const kafka = h.flag('kafka');
    expect(h.report().status).toBe('DOWN');
    expect(h.report().checks).toContainEqual({ name: 'kafka', ok: false, detail: 'not reported yet' });
    bound = true;
    expect(h.isReady()).toBe(false);
    kafka.set(true);
    expect(h.report()).toEqual({ status: 'UP', checks: [{ name: 'sockets', ok: true }, { name: 'kafka', ok: true }] });
    kafka.set(false, 'broker down');
    expect(h.report().checks).toContainEqual({ name: 'kafka', ok: false, detail: 'broker down' });
  });

  it('a throwing check counts as failed with its message', () => {
    const h = new HealthRegistry();
    h.register('boom', () => {
      throw new Error('exploded');
    });
    expect(h.report()).toEqual({ status: 'DOWN', checks: [{ name: 'boom', ok: false, detail: 'exploded' }] });
  });

  it('unregistering removes a check', () => {
    const h = new HealthRegistry();
    h.register('a', () => true);
    const off = h.register('b', () => false);
    expect(h.isReady()).toBe(false);
    off();
    expect(h.isReady()).toBe(true);
  });
});

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  return {
    stream,
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('logger factory', () => {
  it('writes JSON lines at info by default and drops debug', () => {
    const out = capture();
    const log = createLogger({ env: {}, destination: out.stream });
    log.debug('hidden');
    log.info({ ep: 'dev-1' }, 'registered');
    const lines = out.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, ep: 'dev-1', msg: 'registered' });
    expect(typeof lines[0]?.['time']).toBe('string');
  });

  it('takes LOG_LEVEL (any case) and refuses a bad one naming the variable', () => {
    const out = capture();
    const log = createLogger({ env: { LOG_LEVEL: 'DEBUG' }, destination: out.stream });
    log.debug('shown');
    expect(out.lines()[0]).toMatchObject({ level: 20, msg: 'shown' });
    expect(() => createLogger({ env: { LOG_LEVEL: 'loud' } })).toThrow(ConfigError);
    expect(() => createLogger({ env: { LOG_LEVEL: 'loud' } })).toThrow(/LOG_LEVEL/);
  });

  it('prettifies only on a terminal with pino-pretty resolvable', () => {
    const found = (): string => '/x/pino-pretty/index.js';
    const missing = (): string => {
      throw new Error('Cannot find module');
    };
    expect(wantsPretty({ isTty: true, resolve: found })).toBe(true);
    expect(wantsPretty({ isTty: false, resolve: found })).toBe(false);
    expect(wantsPretty({ isTty: true, resolve: missing })).toBe(false);
    expect(wantsPretty({ isTty: true, resolve: found, destination: capture().stream })).toBe(false);
  });
});
