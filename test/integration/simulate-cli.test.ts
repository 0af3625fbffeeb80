import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../src/coap/endpoint.js';
import { createBuiltinRegistry } from '../../src/lwm2m/model/builtin/index.js';
import type { Registration } from '../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../src/net/dtls-transport.js';
import { UdpTransport } from '../../src/net/udp-transport.js';
import { formatProgress, parseSimulateArgs, UsageError } from '../../tools/simulate.js';

/**
 * The operator CLI (tools/simulate.ts) as a child process against our LwM2M server on a real
 * UDP socket in this process: devices register, the server observes battery level, the CLI's
 * progress lines report registrations and notifications, and it stops on --duration or SIGINT.
 */

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let port: number;
const registered: Registration[] = [];
const deregistered: string[] = [];
const children: ChildProcess[] = [];

interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function runCli(args: readonly string[]): Run {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/simulate.ts', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  let err = '';
  child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

async function waitFor(check: () => boolean, what: string, limitMs = 15_000): Promise<void> {
  const until = Date.now() + limitMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function progressLines(text: string): { registered: number; total: number; notifications: number; errors: number }[] {
  const out = [];
  for (const m of text.matchAll(/^t=\d+s registered=(\d+)\/(\d+) notifications=(\d+) errors=(\d+) failed=\d+$/gm)) {
    out.push({ registered: Number(m[1]), total: Number(m[2]), notifications: Number(m[3]), errors: Number(m[4]) });
  }
  return out;
}

beforeAll(async () => {
  const transport = await UdpTransport.bind('127.0.0.1', 0);
  endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
  server = new Lwm2mServer({ endpoint, models: createBuiltinRegistry(), requestTimeoutMs: 4000 });
  server.on('registered', (reg) => {
    registered.push(reg);
    // Observe battery level so the devices' changing values turn into notifications.
    server.observe(reg, '/3/0/9').catch(() => undefined);
  });
  server.on('deregistered', (reg) => deregistered.push(reg.endpoint));
  server.start();
  port = transport.localPort();
});

afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

afterAll(async () => {
  server?.stop();
  await endpoint?.close();
});

describe('simulate CLI arguments', () => {
  it('parses the documented options with defaults', () => {
    expect(parseSimulateArgs(['--server', 'coap://10.0.0.5:5685', '--count', '1000', '--prefix', 'ep-', '--rate', '50', '--lwm2m', '1.0'])).toEqual({
      server: 'coap://10.0.0.5:5685',
      count: 1000,
      prefix: 'ep-',
      rate: 50,
      lwm2m: '1.0',
      lifetimeS: 300,
      changeMs: 1000,
      concurrency: 50,
      bind: '0.0.0.0',
    });
    expect(parseSimulateArgs(['--server=coap://h:1', '--duration=2.5'])).toMatchObject({ count: 1, durationS: 2.5, lwm2m: '1.1', prefix: 'sim-' });
    expect(parseSimulateArgs(['--help'])).toBe('help');
  });

  it('refuses bad input naming the option', () => {
    expect(() => parseSimulateArgs([])).toThrow(/--server is required/);
    expect(() => parseSimulateArgs(['--server', 'http://x:1'])).toThrow(/coap:\/\//);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--count', '0'])).toThrow(/--count/);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--count', '2.5'])).toThrow(/--count/);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--lwm2m', '2.0'])).toThrow(/--lwm2m/);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--bogus', '1'])).toThrow(/unknown option --bogus/);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--prefix', 'a b'])).toThrow(UsageError);
    expect(() => parseSimulateArgs(['--server', 'coap://x:1', '--psk-key', '00'])).toThrow(/need a coaps:\/\/ server/);
    expect(() => parseSimulateArgs(['--server', 'coaps://x:1', '--psk-key', '00'])).toThrow(/needs both/);
    expect(() => parseSimulateArgs(['--server', 'coaps://x:1', '--psk-identity-prefix', 'a', '--psk-key', 'xyz'])).toThrow(/hex/);
  });

  it('parses PSK options: coaps URL, identity prefix, hex key', () => {
    const o = parseSimulateArgs(['--server', 'coaps://10.0.0.5:5686', '--psk-identity-prefix', 'id-', '--psk-key', '0A1b']);
    expect(o).toMatchObject({ server: 'coaps://10.0.0.5:5686', psk: { identityPrefix: 'id-', host: '10.0.0.5', port: 5686 } });
    expect(o !== 'help' && o.psk?.key).toEqual(Buffer.from([0x0a, 0x1b]));
    expect(parseSimulateArgs(['--server', 'coaps://h', '--psk-identity-prefix', 'i', '--psk-key', '00'])).toMatchObject({ psk: { port: 5684 } });
  });

  it('formats the progress line', () => {
    expect(formatProgress(3.2, 10, { started: 10, registered: 7, failed: 1, notificationsSent: 42, errors: 2 })).toBe(
      't=3s registered=7/10 notifications=42 errors=2 failed=1',
    );
  });
});

describe('simulate CLI against an in-process LwM2M server', () => {
  it('registers --count devices, reports progress each second with notifications, de-registers at --duration', async () => {
    const run = runCli([
      '--server', `coap://127.0.0.1:${port}`, '--count', '5', '--prefix', 'cli-', '--duration', '4',
      '--change-ms', '100', '--bind', '127.0.0.1', '--lifetime', '60',
    ]);
    const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 25_000))]);
    expect(code, run.stderr()).toBe(0);
    const text = run.stdout();
    const lines = progressLines(text);
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.every((l) => l.total === 5)).toBe(true);
    expect(lines.some((l) => l.registered === 5)).toBe(true);
    expect(Math.max(...lines.map((l) => l.notifications))).toBeGreaterThan(0);
    expect(text).toMatch(/^stopping \(duration reached\)/m);
    expect(text).toMatch(/^done: registered=5\/5 /m);
    const eps = registered.map((r) => r.endpoint).filter((e) => e.startsWith('cli-'));
    expect(eps.sort()).toEqual(['cli-0', 'cli-1', 'cli-2', 'cli-3', 'cli-4']);
    await waitFor(() => deregistered.filter((e) => e.startsWith('cli-')).length === 5, 'de-registrations');
  }, 40_000);

  it('stops cleanly on SIGINT', async () => {
    const run = runCli(['--server', `coap://127.0.0.1:${port}`, '--count', '2', '--prefix', 'sig-', '--bind', '127.0.0.1', '--rate', '20']);
    await waitFor(() => progressLines(run.stdout()).some((l) => l.registered === 2), 'both devices registered');
    run.child.kill('SIGINT');
    const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 15_000))]);
    expect(code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^stopping \(SIGINT\)/m);
    await waitFor(() => deregistered.filter((e) => e.startsWith('sig-')).length === 2, 'de-registrations');
  }, 30_000);

  it('bad usage exits 2 with the message and the usage text', async () => {
    const run = runCli(['--server', `coap://127.0.0.1:${port}`, '--count', 'many']);
    expect(await run.exited).toBe(2);
    expect(run.stderr()).toMatch(/--count needs an integer/);
    expect(run.stderr()).toMatch(/^Usage: npm run simulate/m);
    expect(run.stdout()).toBe('');
  }, 20_000);
});

describe('simulate CLI with DTLS PSK devices against an in-process DTLS server', () => {
  const KEY = Buffer.from('00112233445566778899aabbccddeeff', 'hex');
  let dtlsEndpoint: CoapEndpoint;
  let dtlsServer: Lwm2mServer;
  let dtlsPort: number;
  const pskRegistered: Registration[] = [];

  beforeAll(async () => {
    const transport = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: {
        credentials: {
          // Identities "psk-<n>" share one key; anything else is unknown.
          pskKey: (identity) => Promise.resolve(identity.startsWith('psk-') ? KEY : undefined),
          verifyRawPublicKey: () => Promise.resolve(false),
          verifyCertificateChain: () => Promise.resolve(false),
        },
        retransmissionTimeoutMs: 1000,
      },
    });
    dtlsPort = transport.localPort();
    dtlsEndpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 2 } });
    dtlsServer = new Lwm2mServer({ endpoint: dtlsEndpoint, models: createBuiltinRegistry(), requestTimeoutMs: 4000 });
    dtlsServer.on('registered', (reg) => {
      pskRegistered.push(reg);
      dtlsServer.observe(reg, '/3/0/9').catch(() => undefined);
    });
    dtlsServer.start();
  });

  afterAll(async () => {
    dtlsServer?.stop();
    await dtlsEndpoint?.close();
  });

  it('each device registers over its own PSK session with identity <prefix><i> and notifies', async () => {
    const run = runCli([
      '--server', `coaps://127.0.0.1:${dtlsPort}`, '--psk-identity-prefix', 'psk-', '--psk-key', KEY.toString('hex'),
      '--count', '3', '--prefix', 'sec-', '--duration', '4', '--change-ms', '100', '--bind', '127.0.0.1',
    ]);
    const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 25_000))]);
    expect(code, run.stderr()).toBe(0);
    const lines = progressLines(run.stdout());
    expect(lines.some((l) => l.registered === 3)).toBe(true);
    expect(Math.max(...lines.map((l) => l.notifications))).toBeGreaterThan(0);
    const seen = pskRegistered.filter((r) => r.endpoint.startsWith('sec-'));
    expect(seen.map((r) => [r.endpoint, r.peer.identity]).sort()).toEqual([
      ['sec-0', { kind: 'psk', identity: 'psk-0' }],
      ['sec-1', { kind: 'psk', identity: 'psk-1' }],
      ['sec-2', { kind: 'psk', identity: 'psk-2' }],
    ]);
    expect(seen.every((r) => r.peer.secure === true)).toBe(true);
  }, 40_000);

  it('a wrong key fails the handshakes and is reported as failed devices', async () => {
    const run = runCli([
      '--server', `coaps://127.0.0.1:${dtlsPort}`, '--psk-identity-prefix', 'psk-', '--psk-key', 'ffff',
      '--count', '2', '--prefix', 'bad-', '--duration', '4', '--bind', '127.0.0.1',
    ]);
    const code = await Promise.race([run.exited, new Promise<'hung'>((r) => setTimeout(() => r('hung'), 25_000))]);
    expect(code, run.stderr()).toBe(0);
    expect(run.stdout()).toMatch(/^done: registered=0\/2 .* failed=2$/m);
    expect(pskRegistered.filter((r) => r.endpoint.startsWith('bad-'))).toEqual([]);
  }, 40_000);
});
