/**
 * The system under test of the Kafka section (issue 3 item 11), in its own process: the product's
 * LwM2M endpoint as the composition root builds it (src/app/endpoints.ts: UDP socket, CoAP layer,
 * LwM2M server, registration gate, ThingsBoard behaviour) on the Kafka core adapter
 * (src/kafka/create-kafka-core.ts) talking to the mock broker the parent started.
 *
 * Instrumentation stays in this file, outside src/: the UDP transport's datagram handler is
 * wrapped (prototype patch before the endpoint is built) to stamp the arrival time of each
 * numbered notification (8-digit payload, coap-load's `ids` option), and the core port handed to
 * the behaviour is a proxy whose postTelemetry looks that number up and stops the clock when the
 * adapter's promise settles, which is when the broker acknowledged the record (acks=all).
 *
 * Operations (over IPC, see child.ts): `start` {bootstrap, linger?} → CoAP port; `reset`; `stats`.
 * SIGTERM (child.ts) ends it at once: the broker goes away with the run.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { startLwm2mEndpoint, type Lwm2mEndpoint } from '../../src/app/endpoints.js';
import type { CorePort } from '../../src/core/index.js';
import type { TelemetryBatch } from '../../src/core/core-types.js';
import { readDtlsConfig } from '../../src/config/dtls-config.js';
import { createKafkaCore, type KafkaCore } from '../../src/kafka/create-kafka-core.js';
import { loadModelRegistry } from '../../src/lwm2m/model/builtin/index.js';
import type { DatagramHandler } from '../../src/net/datagram.js';
import { UdpTransport } from '../../src/net/udp-transport.js';
import { createObservability } from '../../src/obs/observability.js';
import { ready, serveParent } from './child.js';
import { KAFKA_BENCH_SERVICE_ID } from './kafka-bench-constants.js';


const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Arrival time per notification number; bounded so unmatched numbers cannot grow it forever. */
const arrivals = new Map<number, number>();
const ARRIVALS_BOUND = 1_000_000;
const latencies: number[] = [];
let telemetryCalls = 0;
let telemetryOk = 0;
let telemetryFailed = 0;
let unmatched = 0;

/** The number in a CON 2.05 notification's text payload (bytes after the 0xFF marker), if any. */
function notificationNumber(dg: Buffer): number | undefined {
  // RFC 7252 §3: byte 0 = version 1 and type CON (0x40 | TKL), byte 1 = code 2.05 (0x45).
  if (dg.length < 6 || (dg[0] ?? 0) >> 4 !== 0x4 || dg[1] !== 0x45) return undefined;
  const marker = dg.lastIndexOf(0xff);
  if (marker < 0 || dg.length - marker - 1 !== 8) return undefined;
  let n = 0;
  for (let i = marker + 1; i < dg.length; i++) {
    const c = (dg[i] ?? 0) - 0x30;
    if (c < 0 || c > 9) return undefined;
    n = n * 10 + c;
  }
  return n;
}

// Wrap before any UdpTransport installs its receiver: the stamp is taken as the datagram leaves
// the socket's 'message' event, before the CoAP layer parses it.
const originalOnDatagram = UdpTransport.prototype.onDatagram;
UdpTransport.prototype.onDatagram = function (this: UdpTransport, handler: DatagramHandler): void {
  originalOnDatagram.call(this, (peer, dg) => {
    const n = notificationNumber(dg);
    if (n !== undefined && arrivals.size < ARRIVALS_BOUND) arrivals.set(n, nowMs());
    handler(peer, dg);
  });
};

/** Arrival times of the numbered values in a telemetry call (taken out of `arrivals`); NaN when unknown. */
function arrivalTimes(batches: readonly TelemetryBatch[]): number[] {
  const out: number[] = [];
  for (const b of batches) {
    for (const v of b.values) {
      if (v.type !== 'long' && v.type !== 'double') continue;
      out.push(arrivals.get(v.value) ?? NaN);
      arrivals.delete(v.value);
    }
  }
  return out;
}

/** The adapter as the behaviour sees it, with postTelemetry timed from datagram in to ack. */
function instrumented(core: CorePort): CorePort {
  // A plain .then, not an async function: the instrument's own promises and closures are part of
  // the CPU per record this process reports, so it keeps them to one.
  const postTelemetry: CorePort['postTelemetry'] = (sessionId, batches) => {
    telemetryCalls++;
    const started = arrivalTimes(batches);
    if (process.env['BENCH_THREADS']) {
      const t = nowMs();
      for (const a of started) if (!Number.isNaN(a)) preKafka.push(t - a);
    }
    return core.postTelemetry(sessionId, batches).then((r) => {
      const acked = nowMs();
      if (!r.ok) {
        telemetryFailed++;
        return r;
      }
      telemetryOk++;
      for (const t of started) {
        if (Number.isNaN(t)) unmatched++;
        else latencies.push(acked - t);
      }
      return r;
    });
  };
  // Bound methods are made once per name: a fresh bind per property read would put the
  // instrumentation's own allocations into the measured CPU per record.
  const bound = new Map<string | symbol, unknown>();
  return new Proxy(core, {
    get(target, prop, receiver) {
      if (prop === 'postTelemetry') return postTelemetry;
      const hit = bound.get(prop);
      if (hit !== undefined) return hit;
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      const f = (v as (...a: unknown[]) => unknown).bind(target);
      bound.set(prop, f);
      return f;
    },
  });
}

let kafka: KafkaCore | undefined;
let endpoint: Lwm2mEndpoint | undefined;
const lag = monitorEventLoopDelay({ resolution: 10 });
lag.enable();
let cpuMark = process.cpuUsage();
let wallMark = process.hrtime.bigint();
let ackedMark = 0;
let batchesMark = 0;

async function start(msg: Record<string, unknown>): Promise<number> {
  const log = pino({ level: process.env['BENCH_LOG'] ?? 'warn' });
  kafka = createKafkaCore(
    {
      TB_QUEUE_TYPE: 'kafka',
      TB_KAFKA_SERVERS: String(msg['bootstrap']),
      TB_SERVICE_ID: KAFKA_BENCH_SERVICE_ID,
      // Keep the periodic reports out of the measured records.
      USAGE_STATS_REPORT_ENABLED: 'false',
      TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT: '600000',
      ...(typeof msg['linger'] === 'string' ? { TB_KAFKA_LINGER_MS: msg['linger'] } : {}),
    },
    log.child({ component: 'kafka' }),
  );
  await kafka.adapter.start();
  const models = await loadModelRegistry(); // built-in models, as LWM2M_MODELS_DIR unset
  const obs = createObservability();
  endpoint = await startLwm2mEndpoint('coap', '127.0.0.1', 0, {
    core: instrumented(kafka.adapter),
    models,
    log,
    metrics: obs.metrics,
    requestTimeoutMs: 10_000,
    dtls: readDtlsConfig({}), // defaults; unused by the plain CoAP endpoint
  });
  return endpoint.port;
}

const pct = (sorted: readonly number[], p: number): number =>
  sorted.length === 0 ? NaN : (sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN);

// BENCH_ALLOC_PROF=<file>: sampled allocations (garbage included) over the half-rate phase
// (from the second reset to the stats after it), for /tmp-style analysis of bytes per record.
const allocFile = process.env['BENCH_ALLOC_PROF'];
const inspector = allocFile ? new Session() : undefined;
inspector?.connect();
let allocOn = 0;
// BENCH_THREADS=1: CPU per thread of this process between reset and stats, on stderr (/proc ticks):
// the event loop ("main"), the Kafka producer thread and V8's helper threads apart.
const threadTicks = (): Map<string, number> => {
  const out = new Map<string, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const f = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
      out.set(tid, Number(f[11]) + Number(f[12]));
    } catch {
      // thread gone
    }
  }
  return out;
};
let ticksMark = new Map<string, number>();
/** BENCH_THREADS: datagram in → postTelemetry called (the part before the Kafka link), ms. */
const preKafka: number[] = [];
serveParent({
  start,
  reset: () => {
    if (process.env['BENCH_THREADS']) {
      ticksMark = threadTicks();
      preKafka.length = 0;
    }
    if (inspector && allocOn++ === 1) inspector.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true });
    latencies.length = 0;
    arrivals.clear();
    telemetryCalls = telemetryOk = telemetryFailed = unmatched = 0;
    lag.reset();
    cpuMark = process.cpuUsage();
    wallMark = process.hrtime.bigint();
    ackedMark = kafka?.adapter.stats.link.acked ?? 0;
    batchesMark = kafka?.adapter.stats.link.sentBatches ?? 0;
    return 0;
  },
  stats: () => {
    if (inspector && allocOn === 2) {
      allocOn++;
      inspector.post('HeapProfiler.stopSampling', (err, r) => {
        if (err === null) writeFileSync(allocFile as string, JSON.stringify(r.profile));
      });
    }
    const cpu = process.cpuUsage(cpuMark);
    if (process.env['BENCH_THREADS']) {
      const now = threadTicks();
      const rows = [...now].map(([tid, t]) => [tid === String(process.pid) ? 'main' : tid, (t - (ticksMark.get(tid) ?? 0)) * 10] as const).filter(([, ms]) => ms > 0);
      const pre = [...preKafka].sort((a, b) => a - b);
      process.stderr.write(`threads ms: ${rows.map(([n, ms]) => `${n}=${ms}`).join(' ')} telemetryOk=${telemetryOk} preKafka p50=${pct(pre, 50).toFixed(2)} p99=${pct(pre, 99).toFixed(2)} max=${(pre[pre.length - 1] ?? NaN).toFixed(1)}\n`);
    }
    const wallUs = Number(process.hrtime.bigint() - wallMark) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const link = kafka?.adapter.stats.link;
    return {
      telemetryCalls,
      telemetryOk,
      telemetryFailed,
      unmatched,
      samples: sorted.length,
      p50: pct(sorted, 50),
      p99: pct(sorted, 99),
      // Every record the producer had acknowledged since the reset (telemetry and the rest).
      recordsAcked: (link?.acked ?? 0) - ackedMark,
      overflowDropped: link?.overflowDropped ?? 0,
      // Produce requests since the reset: records per request shows how well batching works.
      produceRequests: (link?.sentBatches ?? 0) - batchesMark,
      registrations: endpoint?.server.registrations.size ?? 0,
      cpuPercent: wallUs > 0 ? ((cpu.user + cpu.system) / wallUs) * 100 : 0,
      cpuUs: cpu.user + cpu.system,
      lagP99Ms: lag.count > 0 ? Math.max(0, lag.percentile(99) / 1e6 - 10) : 0,
    };
  },
});
ready();
