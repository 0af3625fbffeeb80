/**
 * Operator load generator: many simulated LwM2M devices against a real server.
 *
 *   npm run simulate -- --server coap://host:5685 --count 1000 --prefix ep- [--rate N]
 *                       [--lwm2m 1.0|1.1|1.2] [--duration s] [--lifetime s] [--change-ms ms]
 *   npm run simulate -- --server coaps://host:5686 --psk-identity-prefix id- --psk-key 0a1b... ...
 *
 * PSK devices: each device's CoAP datagrams travel through its own DTLS 1.2 PSK session
 * (simulate-dtls-bridge.ts), identity `<psk-identity-prefix><i>`, the same key for all.
 *
 * Each device registers, answers the server's reads/writes/observes, and changes battery level
 * (/3/0/9), radio signal strength (/4/0/2) and link quality (/4/0/3) so observations notify.
 * A progress line per second shows registrations, notifications sent and errors. SIGINT (or the
 * end of --duration) de-registers the devices and exits; a second SIGINT exits at once.
 */
import { pathToFileURL } from 'node:url';
import { DtlsBridge } from './simulate-dtls-bridge.js';
import { parseServerUrl } from './simulator/registration-client.js';
import { SimulatedDevice, type Lwm2mVersion } from './simulator/index.js';

export interface SimulateOptions {
  readonly server: string;
  readonly count: number;
  readonly prefix: string;
  /** Registrations started per second; unlimited (bounded only by `concurrency`) when absent. */
  readonly rate?: number;
  readonly lwm2m: Lwm2mVersion;
  readonly durationS?: number;
  readonly lifetimeS: number;
  readonly changeMs: number;
  /** Registrations in flight at once. */
  readonly concurrency: number;
  /** Local address the device sockets bind to. */
  readonly bind: string;
  /** DTLS PSK devices (server URL coaps://): identity prefix and the shared key. */
  readonly psk?: { readonly identityPrefix: string; readonly key: Buffer; readonly host: string; readonly port: number };
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `Usage: npm run simulate -- --server coap://host:5685 [options]
  --server URL               LwM2M server: coap://host:port, or coaps://host:port with --psk-*; required
  --count N                  devices to run (default 1)
  --prefix TEXT              endpoint name prefix; device i is <prefix><i> (default sim-)
  --rate N                   registrations started per second (default: as fast as --concurrency allows)
  --concurrency N            registrations in flight at once (default 50)
  --lwm2m 1.0|1.1|1.2        LwM2M version the devices speak (default 1.1)
  --duration S               stop after S seconds (default: run until SIGINT)
  --lifetime S               registration lifetime in seconds (default 300)
  --change-ms MS             how often each device changes its values (default 1000)
  --bind ADDRESS             local address of the device sockets (default 0.0.0.0)
  --psk-identity-prefix ID   DTLS PSK devices: identity of device i is <ID><i> (needs coaps:// and --psk-key)
  --psk-key HEX              the PSK shared by all devices, as hex
  --help                     this text`;

const VERSIONS: readonly Lwm2mVersion[] = ['1.0', '1.1', '1.2'];

function positiveNumber(flag: string, raw: string, integer: boolean, min: number): number {
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} needs ${integer ? 'an integer' : 'a number'} >= ${min}, got "${raw}"`);
  }
  return n;
}

/** Parses the command line; `help` when --help was given. Throws UsageError naming the bad flag. */
export function parseSimulateArgs(argv: readonly string[]): SimulateOptions | 'help' {
  const values = new Map<string, string>();
  const known = new Set(['server', 'count', 'prefix', 'rate', 'concurrency', 'lwm2m', 'duration', 'lifetime', 'change-ms', 'bind', 'psk-identity-prefix', 'psk-key']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (!known.has(name)) throw new UsageError(`unknown option --${name}`);
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else value = argv[++i];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    values.set(name, value);
  }
  const server = values.get('server');
  if (server === undefined) throw new UsageError('--server is required (coap://host:port or coaps://host:port)');
  const psk = parsePskOptions(server, values.get('psk-identity-prefix'), values.get('psk-key'));
  if (psk === undefined) {
    try {
      parseServerUrl(server);
    } catch (e) {
      throw new UsageError(`--server: ${(e as Error).message}`);
    }
  }
  const lwm2m = values.get('lwm2m') ?? '1.1';
  if (!VERSIONS.includes(lwm2m as Lwm2mVersion)) throw new UsageError(`--lwm2m must be one of ${VERSIONS.join(', ')}, got "${lwm2m}"`);
  const prefix = values.get('prefix') ?? 'sim-';
  if (!/^[^&=\s]{0,100}$/.test(prefix)) throw new UsageError(`--prefix must not contain spaces, "&" or "=": "${prefix}"`);
  const opt = (name: string, integer: boolean, min: number): number | undefined => {
    const raw = values.get(name);
    return raw === undefined ? undefined : positiveNumber(`--${name}`, raw, integer, min);
  };
  const rate = opt('rate', false, 0.001);
  const durationS = opt('duration', false, 0.001);
  return {
    server,
    count: opt('count', true, 1) ?? 1,
    prefix,
    ...(rate === undefined ? {} : { rate }),
    lwm2m: lwm2m as Lwm2mVersion,
    ...(durationS === undefined ? {} : { durationS }),
    lifetimeS: opt('lifetime', true, 1) ?? 300,
    changeMs: opt('change-ms', true, 10) ?? 1000,
    concurrency: opt('concurrency', true, 1) ?? 50,
    bind: values.get('bind') ?? '0.0.0.0',
    ...(psk === undefined ? {} : { psk }),
  };
}

/** PSK devices need a coaps:// server, an identity prefix and a hex key, all together. */
function parsePskOptions(server: string, identityPrefix: string | undefined, keyHex: string | undefined): SimulateOptions['psk'] {
  const secure = server.startsWith('coaps://');
  if (!secure && identityPrefix === undefined && keyHex === undefined) return undefined;
  if (!secure) throw new UsageError('--psk-identity-prefix/--psk-key need a coaps:// server URL (ThingsBoard: coaps://host:5686)');
  if (identityPrefix === undefined || keyHex === undefined) {
    throw new UsageError('a coaps:// server needs both --psk-identity-prefix and --psk-key');
  }
  if (!/^([0-9a-fA-F]{2})+$/.test(keyHex)) throw new UsageError('--psk-key must be hex (an even number of 0-9a-f digits)');
  let u: URL;
  try {
    u = new URL(server);
  } catch {
    throw new UsageError(`--server: invalid URL "${server}"`);
  }
  // RFC 7252 §6.2: coaps defaults to port 5684 (ThingsBoard listens on 5686).
  return { identityPrefix, key: Buffer.from(keyHex, 'hex'), host: u.hostname.replace(/^\[|\]$/g, ''), port: u.port === '' ? 5684 : Number(u.port) };
}

export interface SimulationStats {
  readonly started: number;
  readonly registered: number;
  readonly failed: number;
  readonly notificationsSent: number;
  readonly errors: number;
}

/** One progress line: elapsed time, registrations, notifications sent, errors. */
export function formatProgress(elapsedS: number, total: number, s: SimulationStats): string {
  return `t=${Math.round(elapsedS)}s registered=${s.registered}/${total} notifications=${s.notificationsSent} errors=${s.errors} failed=${s.failed}`;
}

/** A bounded random walk within [min, max] (sensor-like values, not noise). */
function walk(start: number, min: number, max: number, step: number): () => number {
  let v = start;
  return () => {
    v = Math.min(max, Math.max(min, v + Math.round((Math.random() * 2 - 1) * step)));
    return v;
  };
}

/** Starts devices at the configured rate and keeps their values changing until stopped. */
export class Simulation {
  private readonly devices: SimulatedDevice[] = [];
  private failed = 0;
  private stopping = false;
  private inFlight = 0;
  private ramp: Promise<void> | undefined;
  private readonly wakeups = new Set<() => void>();
  private readonly bridges: DtlsBridge[] = [];

  constructor(private readonly opts: SimulateOptions) {}

  start(): void {
    this.ramp ??= this.rampUp();
  }

  stats(): SimulationStats {
    let registered = 0;
    let notificationsSent = 0;
    let errors = 0;
    for (const d of this.devices) {
      if (d.location !== undefined) registered++;
      notificationsSent += d.stats.notificationsSent;
      errors += d.stats.errors;
    }
    return { started: this.devices.length, registered, failed: this.failed, notificationsSent, errors };
  }

  /** Stops starting devices, de-registers the registered ones (bounded by `graceMs`), closes all. */
  async stop(graceMs = 5000): Promise<void> {
    this.stopping = true;
    for (const w of this.wakeups) w();
    await this.ramp;
    await this.settle(graceMs);
    const all = [...this.devices];
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < all.length) {
        const d = all[next++] as SimulatedDevice;
        await d.stop({ deregister: true }).catch(() => undefined);
      }
    };
    const deregistering = Promise.all(Array.from({ length: Math.min(this.opts.concurrency, all.length) }, worker));
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
    });
    await Promise.race([deregistering, grace]);
    clearTimeout(timer);
    // Anything still de-registering is closed without waiting for the server's answer.
    await Promise.all(all.map((d) => d.stop().catch(() => undefined)));
    for (const b of this.bridges) b.close();
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(t);
        this.wakeups.delete(done);
        resolve();
      };
      const t = setTimeout(done, ms);
      this.wakeups.add(done);
    });
  }

  private async rampUp(): Promise<void> {
    const gapMs = this.opts.rate === undefined ? 0 : 1000 / this.opts.rate;
    const began = Date.now();
    for (let i = 0; i < this.opts.count && !this.stopping; i++) {
      while (this.inFlight >= this.opts.concurrency && !this.stopping) await this.sleep(10);
      const due = began + i * gapMs;
      const wait = due - Date.now();
      if (wait > 0) await this.sleep(wait);
      if (this.stopping) break;
      this.launch(i);
    }
    while (this.inFlight > 0 && !this.stopping) await this.sleep(10);
  }

  /** Waits (bounded) for launches in flight, so stop() sees every device and bridge. */
  private async settle(limitMs: number): Promise<void> {
    const until = Date.now() + limitMs;
    while (this.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
  }

  private launch(i: number): void {
    this.inFlight++;
    this.startDevice(i)
      .catch(() => {
        this.failed++;
      })
      .finally(() => {
        this.inFlight--;
      });
  }

  private async startDevice(i: number): Promise<void> {
    const psk = this.opts.psk;
    let serverUrl = this.opts.server;
    let bridge: DtlsBridge | undefined;
    if (psk !== undefined) {
      bridge = await DtlsBridge.open({ serverHost: psk.host, serverPort: psk.port, identity: `${psk.identityPrefix}${i}`, key: psk.key });
      if (this.stopping) {
        bridge.close();
        return;
      }
      this.bridges.push(bridge);
      serverUrl = `coap://127.0.0.1:${bridge.port}`;
    }
    const d = new SimulatedDevice({
      endpoint: `${this.opts.prefix}${i}`,
      serverUrl,
      version: this.opts.lwm2m,
      lifetime: this.opts.lifetimeS,
      logLimit: 0,
      // Behind a bridge the device only talks to loopback.
      bindAddress: bridge === undefined ? this.opts.bind : '127.0.0.1',
    });
    this.devices.push(d);
    await d.start();
    const every = this.opts.changeMs;
    d.vary('/3/0/9', walk(90, 0, 100, 2), every);
    d.vary('/4/0/2', walk(-80, -120, -50, 3), every);
    d.vary('/4/0/3', walk(60, 0, 100, 5), every);
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let opts: SimulateOptions | 'help';
  try {
    opts = parseSimulateArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`simulate: ${e.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (opts === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const o = opts;
  const sim = new Simulation(o);
  const began = Date.now();
  const progress = (): void => {
    process.stdout.write(`${formatProgress((Date.now() - began) / 1000, o.count, sim.stats())}\n`);
  };
  process.stdout.write(`simulating ${o.count} LwM2M ${o.lwm2m} devices (${o.prefix}0..${o.prefix}${o.count - 1}) against ${o.server}\n`);
  sim.start();
  const ticker = setInterval(progress, 1000);
  const stopped = new Promise<string>((resolve) => {
    let signals = 0;
    process.on('SIGINT', () => {
      signals++;
      if (signals > 1) process.exit(130);
      resolve('SIGINT');
    });
    process.on('SIGTERM', () => resolve('SIGTERM'));
    if (o.durationS !== undefined) setTimeout(() => resolve('duration reached'), o.durationS * 1000).unref();
  });
  const why = await stopped;
  clearInterval(ticker);
  process.stdout.write(`stopping (${why}): de-registering devices\n`);
  progress();
  const before = sim.stats();
  await sim.stop();
  const s = sim.stats();
  process.stdout.write(
    `done: registered=${before.registered}/${o.count} notifications=${s.notificationsSent} errors=${s.errors} failed=${s.failed}\n`,
  );
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
      // node-coap may keep a socket or timer alive briefly after close; do not hang on it.
      setTimeout(() => process.exit(code), 2000).unref();
    },
    (e: unknown) => {
      process.stderr.write(`simulate: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(1);
    },
  );
}
