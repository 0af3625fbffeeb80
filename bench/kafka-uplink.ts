/**
 * Kafka uplink benchmark (issue 3 item 11, the part that does not need the LwM2M server yet):
 * telemetry posted through the CorePort and acknowledged by the broker, per second, beside the raw
 * ceiling of plain kafkajs producing same-sized records to the same mock broker in the same run;
 * then p50/p99 from the postTelemetry call to the broker ack at half of the measured maximum.
 * Run: `npx tsx bench/kafka-uplink.ts [--quick]`. Broker: librdkafka's mock cluster (kcat).
 * Not yet measured here: "datagram in" — that needs the LwM2M server and the ThingsBoard layer.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import pino from 'pino';
import { readCoreLinkConfig } from '../src/config/core-link-config.js';
import { KafkaCoreAdapter } from '../src/kafka/kafka-core-adapter.js';
import { startMockBroker } from '../test/support/kcat-broker.js';
import { CoreEmulator } from '../test/support/core-emulator.js';
import { seedEmulator } from '../test/support/core-emulator-fixtures.js';

const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 8;
const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

async function rawCeiling(bootstrap: string, valueSize: number): Promise<number> {
  const kafka = new Kafka({ clientId: 'raw', brokers: [bootstrap], logLevel: logLevel.NOTHING });
  const producer = kafka.producer({ allowAutoTopicCreation: true, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  const value = Buffer.alloc(valueSize, 7);
  const batch = Array.from({ length: 250 }, (_, i) => ({ key: `784f394c-42b6-435a-983c-b7beff27${String(i).padStart(4, '0')}`, value }));
  let acked = 0;
  const end = Date.now() + seconds * 1000;
  const worker = async (): Promise<void> => {
    while (Date.now() < end) {
      await producer.send({ topic: 'tb_rule_engine.main.8', acks: -1, messages: batch });
      acked += batch.length;
    }
  };
  const t0 = Date.now();
  await Promise.all(Array.from({ length: 5 }, worker));
  const rate = acked / ((Date.now() - t0) / 1000);
  await producer.disconnect();
  return rate;
}

async function main(): Promise<void> {
  const broker = await startMockBroker();
  const core = new CoreEmulator({ brokers: [broker.bootstrap], watchRuleEngine: false });
  seedEmulator(core);
  await core.start();
  const config = readCoreLinkConfig({ TB_KAFKA_SERVERS: broker.bootstrap, TB_SERVICE_ID: 'bench', TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT: '600000', USAGE_STATS_REPORT_ENABLED: 'false', ...(process.env['BENCH_LINGER'] ? { TB_KAFKA_LINGER_MS: process.env['BENCH_LINGER'] } : {}) });
  const adapter = new KafkaCoreAdapter({ config, serviceId: 'bench', log: pino({ level: 'warn' }) });
  try {
    await adapter.start();
    const v = await adapter.validateCredentials({ kind: 'endpoint', endpoint: 'ep-nosec' });
    if (!v.ok) throw new Error(`validation failed: ${v.error.message}`);
    const s = await adapter.openSession(v.value.device);
    if (!s.ok) throw new Error('open failed');
    const sessionId = s.value.sessionId;
    let seq = 0;
    const post = () => adapter.postTelemetry(sessionId, [{ ts: Date.now(), values: [{ key: 'temperature', type: 'double', value: 20 + (seq++ % 10) }] }]);
    await post(); // warm the tenant/profile caches

    // 1. Maximum acknowledged uplink rate through the port (a window of calls in flight).
    let acked = 0;
    let failed = 0;
    const end = Date.now() + seconds * 1000;
    const t0 = Date.now();
    const windowSize = 2000;
    await Promise.all(Array.from({ length: windowSize }, async () => {
      while (Date.now() < end) {
        const r = await post();
        if (r.ok) acked += 1;
        else failed += 1;
      }
    }));
    const max = acked / ((Date.now() - t0) / 1000);

    // 2. Raw ceiling: plain kafkajs, records of the size the adapter produced.
    const recordSize = 260;
    const ceiling = await rawCeiling(broker.bootstrap, recordSize);

    // 3. Latency call -> broker ack at half the maximum rate, paced every 10 ms.
    const rate = Math.max(100, max / 2);
    const latencies: number[] = [];
    const pending: Array<Promise<void>> = [];
    const tEnd = Date.now() + seconds * 1000;
    const lag = monitorEventLoopDelay({ resolution: 10 });
    lag.enable();
    let credit = 0;
    while (Date.now() < tEnd) {
      credit += rate / 100;
      for (; credit >= 1; credit -= 1) {
        const start = process.hrtime.bigint();
        pending.push(post().then(() => { latencies.push(Number(process.hrtime.bigint() - start) / 1e6); }));
      }
      await new Promise((r) => setTimeout(r, 10));
    }
    await Promise.all(pending);
    lag.disable();
    latencies.sort((a, b) => a - b);
    const pct = (max / ceiling) * 100;
    const p99 = percentile(latencies, 99);
    const rows = [
      ['raw ceiling: kafkajs producer, acks=all, mock broker', `${fmt(ceiling)} records/s`, `${recordSize}-byte values, 250 per batch, 5 in flight`],
      ['telemetry via CorePort → broker ack', `${fmt(max)} /s`, `${fmt(pct, 1)} % of raw ceiling (target >= 15 %: ${pct >= 15 ? 'meets' : 'MISSES'}); ${windowSize} calls in flight; ${failed} refused`],
      [`latency call → ack at ${fmt(rate)} /s (half max), p50`, `${fmt(percentile(latencies, 50), 2)} ms`, `${fmt(latencies.length)} samples`],
      ['latency call → ack, p99', `${fmt(p99, 2)} ms`, `target < 20 ms: ${p99 < 20 ? 'meets' : 'MISSES'}`],
      ['event-loop lag during the latency run, p99', `${fmt(lag.percentile(99) / 1e6, 1)} ms`, `max ${fmt(lag.max / 1e6, 1)} ms (broker, emulator and adapter share this machine)`],
    ];
    const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
    for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i] ?? 0)).join('  '));
  } finally {
    await adapter.stop();
    await core.stop();
    await broker.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
