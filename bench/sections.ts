/** The benchmark sections after the raw ceiling; each returns table rows. */
import path from 'node:path';
import type { Row } from './run.js';
import { startChild, type ChildHandle } from './lib/child.js';
import { fmt, sleep } from './lib/stats.js';
import { dtlsSections } from './dtls-sections.js';
import { otaDownload } from './ota-download.js';
import { kafkaNotifications } from './kafka-notifications.js';
import { PRODUCTION_NODE_FLAGS } from './lib/node-flags.js';
import type { NotifyResult } from './lib/notify-result.js';

export interface SectionContext {
  readonly ceiling: number;
  readonly seconds: number;
  readonly quick: boolean;
  readonly here: string;
}

export interface Section {
  readonly name: string;
  run(ctx: SectionContext): Promise<Row[]>;
}

interface ServerStats {
  /** Server CPU since the last reset, percent of one core. */
  cpuPercent: number;
  /** Server CPU time since the last reset, microseconds (user + system). */
  cpuUs: number;
  registrations: number;
  stored: number;
  notifications: number;
  values: number;
  decodeErrors: number;
  observeFailures: number;
  lagMeanMs: number;
  lagP99Ms: number;
  lagMaxMs: number;
}

interface ServerMemory {
  rss: number;
  heapUsed: number;
  /** Committed bytes per V8 heap space. */
  spaces: Record<string, number>;
  gcExposed: boolean;
}

interface RegisterResult {
  registered: number;
  failed: number;
  ms: number;
}


/**
 * Runs `body` with the real LwM2M server in a child (with --expose-gc: memory is read after a
 * full collection) and the load generator in another; both are stopped afterwards.
 */
async function withPair<T>(
  ctx: SectionContext,
  opts: { observe: boolean; execArgv?: readonly string[] },
  body: (server: ChildHandle, gen: ChildHandle, port: number) => Promise<T>,
): Promise<T> {
  const args = opts.observe ? ['--observe'] : [];
  const server = await startChild(path.join(ctx.here, 'lib/lwm2m-server-child.ts'), args, ['--expose-gc', ...(opts.execArgv ?? [])]);
  const gen = await startChild(path.join(ctx.here, 'lib/coap-load.ts'));
  try {
    return await body(server, gen, await server.request<number>({ op: 'port' }));
  } finally {
    await gen.stop();
    await server.stop();
  }
}

const kb = (bytes: number): string => `${fmt(bytes / 1024, 2)} KB`;
const mb = (bytes: number): string => `${fmt(bytes / 2 ** 20)} MB`;
const target = (ok: boolean, text: string): string => `${ok ? 'meets' : 'MISSES'} target ${text}`;

/**
 * Registrations per second (NoSec) and RSS per idle registration. One server process takes
 * 10 000 registrations and then (full run) 90 000 more; after each batch it collects garbage and
 * reports its RSS, from which the baseline (the started, empty server) is subtracted. The growth
 * of V8's young generation (new space) is shown beside it: V8 enlarges it under allocation
 * pressure and keeps it, a fixed cost that dominates the per-registration figure at 10 000.
 */
async function registerAndMeasure(
  ctx: SectionContext,
  batches: readonly number[],
  execArgv: readonly string[],
): Promise<{ rows: Row[]; registered: number; ms: number; lag: ServerStats | undefined; cpuUs: number }> {
  return withPair(ctx, { observe: false, execArgv }, async (server, gen, port) => {
    const rows: Row[] = [];
    const base = await server.request<ServerMemory>({ op: 'memory' });
    let total = 0;
    let firstPort = 10_000;
    let registered = 0;
    let ms = 0;
    let lag: ServerStats | undefined;
    let cpuUs = 0;
    const flags = execArgv.length > 0 ? ` (${execArgv.join(' ')})` : '';
    for (const count of batches) {
      await server.request({ op: 'reset' }); // event-loop delay of this burst only
      const r = await gen.request<RegisterResult>({ op: 'register', port, count, prefix: `reg${total}-`, firstPort, concurrency: 256 });
      registered += r.registered;
      ms += r.ms;
      total += count;
      firstPort += count; // each source (address, port) pair registers once
      const stats = await server.request<ServerStats>({ op: 'stats' });
      cpuUs += stats.cpuUs;
      if (lag === undefined || stats.lagMaxMs > lag.lagMaxMs) lag = stats;
      if (r.failed > 0) rows.push({ metric: `registrations failed (batch of ${fmt(count)})`, value: fmt(r.failed), note: 'no 2.01 after 4 tries' });
      await sleep(500);
      const mem = await server.request<ServerMemory>({ op: 'memory' });
      const perReg = (mem.rss - base.rss) / stats.stored;
      const newSpace = (mem.spaces['new_space'] ?? 0) - (base.spaces['new_space'] ?? 0);
      rows.push({
        metric: `RSS per idle registration at ${fmt(stats.stored)}${flags}`,
        value: kb(perReg),
        note:
          `${target(perReg <= 2048, '<= 2 KB')}; RSS ${mb(mem.rss)} − baseline ${mb(base.rss)}; ` +
          `heap retained ${kb((mem.heapUsed - base.heapUsed) / stats.stored)}/reg; new-space growth ${mb(newSpace)}` +
          (mem.gcExposed ? '' : '; gc NOT exposed'),
      });
    }
    return { rows, registered, ms, lag, cpuUs };
  });
}

const registrations: Section = {
  name: 'registrations',
  async run(ctx) {
    // The server runs with the flags the product runs with (`npm start`, the Docker image's
    // NODE_OPTIONS); a second run of 10 000 with Node's defaults shows what the flag is worth.
    const main = await registerAndMeasure(ctx, ctx.quick ? [10_000] : [10_000, 90_000], PRODUCTION_NODE_FLAGS);
    const defaults = await registerAndMeasure(ctx, [10_000], []);
    const lag = main.lag;
    return [
      {
        metric: 'registrations per second (NoSec)',
        value: `${fmt((main.registered / main.ms) * 1000)} /s`,
        note: `${fmt(main.registered)} Register → 2.01, 256 in flight, one source port each; server CPU ${fmt(lag?.cpuPercent ?? NaN)} % of a core (worst batch)`,
      },
      {
        // Server CPU time per Register, independent of the generator and of other load on the machine.
        metric: 'server CPU per registration',
        value: `${fmt(main.cpuUs / main.registered, 1)} µs`,
        note: `→ ${fmt(1e6 / (main.cpuUs / main.registered))} registrations/s per core if the server had one to itself`,
      },
      ...main.rows,
      ...defaults.rows,
      {
        metric: 'event-loop lag during a registration burst',
        value: `p99 ${fmt(lag?.lagP99Ms ?? NaN, 1)} ms`,
        note: `mean ${fmt(lag?.lagMeanMs ?? NaN, 1)} ms, max ${fmt(lag?.lagMaxMs ?? NaN, 1)} ms (worst batch)`,
      },
    ];
  },
};

/**
 * CON notifications handled per second, each decoded to its value by the real server (Observe on
 * /3/0/9 set up at registration), beside the raw ceiling; ACK latency at that load and the server's
 * event-loop delay while under it.
 */
const notifications: Section = {
  name: 'notifications',
  async run(ctx) {
    return withPair(ctx, { observe: true, execArgv: PRODUCTION_NODE_FLAGS }, async (server, gen, port) => {
      // In flight: devices × window. The server's UDP socket keeps the kernel default receive
      // buffer (net.core.rmem_default); far more in flight than it holds and the kernel drops
      // datagrams, and the figure would measure loss recovery instead of the server.
      const devices = ctx.quick ? 100 : 200;
      const window = 4;
      // Warm-up (JIT, caches), then the measured run on fresh devices.
      await gen.request<NotifyResult>({ op: 'notify', port, devices: 50, window, seconds: 1, prefix: 'warm-' });
      await server.request({ op: 'reset' });
      const r = await gen.request<NotifyResult>({ op: 'notify', port, devices, window, seconds: ctx.seconds, prefix: 'obs-' });
      const stats = await server.request<ServerStats>({ op: 'stats' });
      const pct = (r.perSecond / ctx.ceiling) * 100;
      const decodedPerSecond = stats.values / r.elapsed;
      return [
        {
          metric: 'CON notifications handled per second (decoded)',
          value: `${fmt(r.perSecond)} /s`,
          note: `${fmt(pct, 1)} % of raw ceiling; ${target(pct >= 25, '>= 25 %')}; ${fmt(r.observed)} devices × ${window} in flight; server CPU ${fmt(stats.cpuPercent)} % of a core`,
        },
        {
          // Load-independent: CPU time the server spent per notification (receive, match, ACK, decode).
          metric: 'server CPU per notification',
          value: `${fmt(stats.cpuUs / Math.max(1, stats.notifications), 1)} µs`,
          note: `→ ${fmt(1e6 / (stats.cpuUs / Math.max(1, stats.notifications)))} notifications/s per core if the server had one to itself`,
        },
        {
          metric: 'notification values decoded by the server',
          value: `${fmt(decodedPerSecond)} /s`,
          note: `${fmt(stats.values)} values, ${fmt(stats.decodeErrors)} decode errors, ${fmt(stats.observeFailures)} observes refused`,
        },
        { metric: 'ACK latency p50 at that load', value: `${fmt(r.p50, 2)} ms`, note: 'CON notification sent → empty ACK received' },
        { metric: 'ACK latency p99 at that load', value: `${fmt(r.p99, 2)} ms`, note: '' },
        {
          metric: 'event-loop lag under notification load',
          value: `p99 ${fmt(stats.lagP99Ms, 1)} ms`,
          note: `mean ${fmt(stats.lagMeanMs, 1)} ms, max ${fmt(stats.lagMaxMs, 1)} ms (monitorEventLoopDelay at 10 ms, resolution subtracted)`,
        },
      ];
    });
  },
};

export const all: Section[] = [registrations, notifications, otaDownload, kafkaNotifications, ...dtlsSections];
