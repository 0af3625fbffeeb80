/**
 * Kafka section of `npm run bench` (issue 3 item 11): CON notifications from raw simulated devices
 * through the product's LwM2M endpoint, ThingsBoard behaviour and Kafka adapter (one child
 * process, bench/lib/kafka-transport-child.ts) to records ACKNOWLEDGED by librdkafka's mock broker,
 * per second, beside the raw ceilings of the same run (the no-op dgram receiver of run.ts and a
 * plain kafkajs producer on the same broker); then p50/p99 from datagram in to broker ack with the
 * load paced at half of that maximum. The machine's load average is printed beside the figures:
 * on a shared 2-core machine they mean little without it.
 *
 * The core emulator (test/support) plays ThingsBoard: it validates the bench devices, answers the
 * session's attribute reads and gives the queue routing; it does not decode rule-engine records so
 * that its CPU stays with the system under test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { CoreEmulator } from '../test/support/core-emulator.js';
import { addNoSecDevice, answerAttributeReads, deviceProfileProto, seedEmulator } from '../test/support/core-emulator-fixtures.js';
import { startMockBroker, type MockBroker } from '../test/support/kcat-broker.js';
import { lwm2mProfileData } from '../test/support/standalone-fixtures.js';
import { KAFKA_BENCH_SERVICE_ID } from './lib/kafka-bench-constants.js';
import { startChild, type ChildHandle } from './lib/child.js';
import { fmt } from './lib/stats.js';
import type { Row } from './run.js';
import { PRODUCTION_NODE_FLAGS } from './lib/node-flags.js';
import type { Section, SectionContext } from './sections.js';
import type { NotifyResult } from './lib/notify-result.js';

interface SutStats {
  telemetryCalls: number;
  telemetryOk: number;
  telemetryFailed: number;
  unmatched: number;
  samples: number;
  p50: number;
  p99: number;
  recordsAcked: number;
  overflowDropped: number;
  produceRequests: number;
  registrations: number;
  cpuPercent: number;
  cpuUs: number;
  lagP99Ms: number;
}

// The profile every bench device uses: the battery level (/3/0/9, what coap-load notifies) is
// observed and sent as telemetry; coap-load registers </3/0> without a version, i.e. 1.0.
const OBSERVE_ATTR = { keyName: { '/3_1.0/0/9': 'batteryLevel' }, observe: ['/3_1.0/0/9'], attribute: [], telemetry: ['/3_1.0/0/9'], attributeLwm2m: {} };

const loadavg = (): string => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

/** A distinct, valid device id per bench endpoint (the emulator keys sessions by device). */
function deviceId(n: number): string {
  return `b0000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

function seedBenchDevices(emu: CoreEmulator, prefixes: ReadonlyArray<readonly [string, number]>): void {
  const profile = deviceProfileProto('lwm2m-bench', { deviceProfileData: Buffer.from(JSON.stringify(lwm2mProfileData(OBSERVE_ATTR))) });
  let n = 1;
  for (const [prefix, count] of prefixes) {
    for (let i = 0; i < count; i++, n++) addNoSecDevice(emu, `${prefix}${i}`, deviceId(n), profile);
  }
}

/** Plain kafkajs, acks=all, records of `valueSize` bytes, 5 batches of 250 in flight. */
async function rawProducerCeiling(bootstrap: string, seconds: number, valueSize: number): Promise<number> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    const value = Buffer.alloc(valueSize, 7);
    const batch = Array.from({ length: 250 }, (_, i) => ({ key: deviceId(i), value }));
    let acked = 0;
    const end = Date.now() + seconds * 1000;
    const worker = async (): Promise<void> => {
      while (Date.now() < end) {
        await producer.send({ topic: 'bench_raw.0', acks: -1, messages: batch });
        acked += batch.length;
      }
    };
    const t0 = Date.now();
    await Promise.all(Array.from({ length: 5 }, worker));
    return acked / ((Date.now() - t0) / 1000);
  } finally {
    await producer.disconnect();
  }
}

async function measure(ctx: SectionContext, broker: MockBroker, sut: ChildHandle, gen: ChildHandle, port: number): Promise<Row[]> {
  const devices = ctx.quick ? 100 : 200;
  const window = 4;
  const loadBefore = loadavg();
  // Warm-up (JIT, caches, topic metadata), then the maximum on fresh devices.
  await gen.request<NotifyResult>({ op: 'notify', port, devices: 50, window, seconds: 1, prefix: 'kwarm-', ids: true });
  await sut.request({ op: 'reset' });
  const max = await gen.request<NotifyResult>({ op: 'notify', port, devices, window, seconds: ctx.seconds, prefix: 'kmax-', ids: true });
  const atMax = await sut.request<SutStats>({ op: 'stats' });
  const maxRate = atMax.telemetryOk / max.elapsed;
  // Half of the maximum, paced by the generator; latency datagram in → broker ack in the SUT.
  const half = Math.max(50, Math.floor(maxRate / 2));
  await sut.request({ op: 'reset' });
  const paced = await gen.request<NotifyResult>({ op: 'notify', port, devices, window, seconds: ctx.seconds, prefix: 'krate-', ids: true, rate: half });
  const atHalf = await sut.request<SutStats>({ op: 'stats' });
  // NaN crosses IPC as null: no samples must not read as a met target.
  const p99 = typeof atHalf.p99 === 'number' ? atHalf.p99 : NaN;
  const loadAfter = loadavg();
  // The Kafka ceiling last, with the SUT idle: the same broker, records of a telemetry record's size.
  const kafkaCeiling = await rawProducerCeiling(broker.bootstrap, ctx.seconds, 300);
  const pct = (maxRate / ctx.ceiling) * 100;
  const load = `load average ${loadBefore} → ${loadAfter} (2 cores)`;
  const meets = (ok: boolean, text: string): string => `${ok ? 'meets' : 'MISSES'} target ${text}`;
  return [
    { metric: 'raw ceiling: kafkajs producer → mock broker (acks=all)', value: `${fmt(kafkaCeiling)} records/s`, note: '300-byte records, 250 per batch, 5 batches in flight; same broker, same run' },
    {
      metric: 'notifications → acknowledged Kafka records per second (NoSec)',
      value: `${fmt(maxRate)} /s`,
      note:
        `${fmt(pct, 1)} % of the dgram raw ceiling; ${meets(pct >= 15, '>= 15 %')}; ${fmt((maxRate / kafkaCeiling) * 100, 1)} % of the Kafka ceiling; ` +
        `${fmt(max.observed)} devices × ${window} in flight, TB_KAFKA_LINGER_MS=${process.env['BENCH_KAFKA_LINGER'] ?? '1'}, CoAP-ACKed ${fmt(max.perSecond)} /s; transport CPU ${fmt(atMax.cpuPercent)} % of a core; ` +
        `${fmt(atMax.telemetryFailed)} refused, ${fmt(atMax.overflowDropped)} dropped by the buffer; ` +
        `${fmt(atMax.recordsAcked / Math.max(1, atMax.produceRequests), 1)} records per produce request; ${load}`,
    },
    {
      // Load-independent: the transport's CPU time per notification carried to an acknowledged record.
      metric: 'transport CPU per notification → Kafka record',
      value: `${fmt(atMax.cpuUs / Math.max(1, atMax.telemetryOk), 1)} µs`,
      note: `→ ${fmt(1e6 / (atMax.cpuUs / Math.max(1, atMax.telemetryOk)))} records/s per core if the transport had one to itself (CoAP, LwM2M decode, ThingsBoard mapping, protobuf, kafkajs)`,
    },
    {
      metric: `datagram in → broker ack p50 at ${fmt(half)} /s (half max)`,
      value: `${fmt(atHalf.p50, 2)} ms`,
      note: `${fmt(atHalf.samples)} samples (${fmt(atHalf.telemetryOk / paced.elapsed)} acked records/s, ${fmt(atHalf.unmatched)} unmatched: the Observe responses, not stamped); transport CPU ${fmt(atHalf.cpuPercent)} % of a core`,
    },
    {
      metric: 'datagram in → broker ack p99 (half max)',
      value: `${fmt(p99, 2)} ms`,
      note: `${meets(p99 < 20, '< 20 ms')}; transport event-loop lag p99 ${fmt(atHalf.lagP99Ms, 1)} ms; ${load}`,
    },
  ];
}

export const kafkaNotifications: Section = {
  name: 'kafka',
  async run(ctx) {
    const broker = await startMockBroker();
    const emu = new CoreEmulator({ brokers: [broker.bootstrap], watchRuleEngine: false });
    let stopAnswering = (): void => undefined;
    let sut: ChildHandle | undefined;
    let gen: ChildHandle | undefined;
    try {
      seedEmulator(emu);
      seedBenchDevices(emu, [['kwarm-', 50], ['kmax-', 200], ['krate-', 200]]);
      await emu.start();
      stopAnswering = answerAttributeReads(emu, KAFKA_BENCH_SERVICE_ID, 20);
      // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the system under test there (on its exit).
      const profDir = process.env['BENCH_CPU_PROF'];
      // The child runs with the production V8 flags (`npm start`, Dockerfile), so the bench
      // measures the GC cost of what actually runs.
      // BENCH_V8="<flags>" adds V8 flags to compare (e.g. BENCH_V8=--no-single-threaded-gc).
      const extra = (process.env['BENCH_V8'] ?? '').split(' ').filter(Boolean);
      const execArgv = [...PRODUCTION_NODE_FLAGS, ...extra, ...(profDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profDir}`])];
      sut = await startChild(path.join(ctx.here, 'lib/kafka-transport-child.ts'), [], execArgv);
      // BENCH_KAFKA_LINGER overrides TB_KAFKA_LINGER_MS (default 1 ms, as ThingsBoard) to compare.
      const linger = process.env['BENCH_KAFKA_LINGER'];
      const port = await sut.request<number>({ op: 'start', bootstrap: broker.bootstrap, ...(linger === undefined ? {} : { linger }) }, 120_000);
      gen = await startChild(path.join(ctx.here, 'lib/coap-load.ts'));
      return await measure(ctx, broker, sut, gen, port);
    } finally {
      stopAnswering();
      await gen?.stop();
      await sut?.stop();
      await emu.stop();
      await broker.stop();
    }
  },
};
