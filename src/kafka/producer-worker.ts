/**
 * The producer thread's body: a kafkajs producer that takes packed batches (record-pack.ts) from
 * KafkaLink and answers each with `acked` or `failed`. kafkajs's per-record encoding (record
 * batch, varints, CRC) and its garbage then cost this thread's CPU, not the event loop that
 * serves the devices: on a 2-core machine the transport uses both cores.
 *
 * Nothing is retried here beyond kafkajs's own retries: a failed batch goes back to the main
 * side, whose BufferedProducer keeps it (bounded) and sends it again.
 */
import { parentPort } from 'node:worker_threads';
import { Kafka, logLevel, type LogEntry, type Message, type Producer, type TopicMessages } from 'kafkajs';
import { Murmur2Partitioner } from './murmur2-partitioner.js';
import { kafkajsEntry } from './kafkajs-log.js';
import { toWireError, type FromWorker, type ProducerThreadOptions, type ToWorker } from './producer-protocol.js';
import { unpackRecords } from './record-pack.js';

const port = parentPort;
if (port === null) throw new Error('producer-worker.ts runs as a worker thread (see producer-thread.ts)');

const post = (m: FromWorker): void => port.postMessage(m);

/** Log fields that survive postMessage: errors flattened, anything else unclonable dropped. */
function clonable(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v instanceof Error) out[k] = toWireError(v);
    else if (v === null || ['string', 'number', 'boolean'].includes(typeof v)) out[k] = v;
    else if (typeof v === 'object') {
      try {
        out[k] = JSON.parse(JSON.stringify(v)) as unknown;
      } catch {
        // circular or otherwise unserialisable: left out
      }
    }
  }
  return out;
}

const logCreator = () =>
  (entry: LogEntry): void => {
    const e = kafkajsEntry(entry);
    post({ type: 'log', level: e.level, fields: clonable(e.fields), msg: e.msg });
  };

let producer: Producer | undefined;
let opts: ProducerThreadOptions | undefined;

async function start(o: ProducerThreadOptions): Promise<void> {
  opts = o;
  const kafka = new Kafka({
    clientId: o.clientId,
    brokers: o.brokers,
    requestTimeout: o.requestTimeoutMs,
    connectionTimeout: Math.min(o.requestTimeoutMs, 10_000),
    logLevel: logLevel.WARN,
    logCreator,
    ...(o.tlsAndSasl ?? {}),
  });
  producer = kafka.producer({
    allowAutoTopicCreation: true,
    // Java-compatible murmur2 key partitioner (thingsboard-transport-wire.md §1.8): per-device order.
    createPartitioner: Murmur2Partitioner,
    maxInFlightRequests: o.maxInFlight,
    retry: { retries: o.retries },
  });
  try {
    await producer.connect();
    post({ type: 'ready' });
  } catch (e) {
    post({ type: 'startFailed', error: toWireError(e) });
  }
}

async function send(id: number, data: ArrayBuffer): Promise<void> {
  try {
    if (producer === undefined || opts === undefined) throw new Error('producer thread not started');
    const byTopic = new Map<string, Message[]>();
    for (const r of unpackRecords(data)) {
      const message: Message = r.headers === undefined ? { key: r.key, value: r.value } : { key: r.key, value: r.value, headers: r.headers };
      const list = byTopic.get(r.topic);
      if (list) list.push(message);
      else byTopic.set(r.topic, [message]);
    }
    const topicMessages: TopicMessages[] = [];
    for (const [topic, messages] of byTopic) topicMessages.push({ topic, messages });
    await producer.sendBatch({ acks: opts.acks, compression: opts.compression, timeout: opts.requestTimeoutMs, topicMessages });
    post({ type: 'acked', id });
  } catch (e) {
    post({ type: 'failed', id, error: toWireError(e) });
  }
}

async function stop(): Promise<void> {
  try {
    await producer?.disconnect();
  } catch (e) {
    post({ type: 'log', level: 'warn', fields: { err: toWireError(e) }, msg: 'producer disconnect failed' });
  }
  post({ type: 'stopped' });
}

port.on('message', (m: ToWorker) => {
  switch (m.type) {
    case 'start':
      void start(m.options);
      break;
    case 'batch':
      void send(m.id, m.data);
      break;
    case 'stop':
      void stop();
      break;
  }
});
