/**
 * The kafkajs edge: one producer (behind the bounded BufferedProducer, running in its own thread:
 * producer-thread.ts) and one consumer in
 * group `{px}transport-node-<sid>` for the response and notification topics (both Java
 * consumers use that same group, thingsboard-transport-wire.md §1.3). Records are handed to
 * per-topic handlers; a throwing handler is logged and never stalls the consumer.
 */
import { Kafka, logLevel, type Consumer, type LogEntry, type KafkaConfig as KafkajsConfig } from 'kafkajs';
import type { Logger } from 'pino';
import { BufferedProducer, type OutRecord, type ProduceOutcome, type ProducerStats } from './buffered-producer.js';
import { kafkajsEntry } from './kafkajs-log.js';
import { ProducerThread } from './producer-thread.js';

export interface InRecord {
  topic: string;
  key: string | undefined;
  value: Buffer | null;
  headers: Record<string, Buffer | string | Array<Buffer | string> | undefined>;
  offset: string;
}

export type RecordHandler = (record: InRecord) => void;

export interface KafkaLinkOptions {
  brokers: string[];
  clientId: string;
  groupId: string;
  tlsAndSasl?: Pick<KafkajsConfig, 'ssl' | 'sasl'>;
  requestTimeoutMs: number;
  acks: number;
  compression: number;
  retries: number;
  batchSizeBytes: number;
  maxRequestBytes: number;
  lingerMs: number;
  maxBufferBytes: number;
  maxInFlight: number;
  sessionTimeoutMs: number;
  maxBytesPerPartition: number;
  maxBytes: number;
  fromBeginning: boolean;
  /** Upper bound of a fetch wait; keeps response latency low on a quiet topic. */
  maxWaitTimeInMs: number;
  /** Replication factor for the topics this link creates (its own response/notification topics). */
  replicationFactor: number;
}

export interface LinkStats extends ProducerStats {
  consumed: number;
  handlerErrors: number;
}

function kafkajsLogger(log: Logger) {
  return () =>
    (entry: LogEntry): void => {
      const e = kafkajsEntry(entry);
      log[e.level](e.fields, e.msg);
    };
}

export class KafkaLink {
  private readonly kafka: Kafka;
  private readonly producer: ProducerThread;
  private readonly consumer: Consumer;
  private readonly buffered: BufferedProducer;
  private readonly handlers = new Map<string, RecordHandler>();
  private consumed = 0;
  private handlerErrors = 0;
  private started = false;

  constructor(
    private readonly opts: KafkaLinkOptions,
    private readonly log: Logger,
  ) {
    this.kafka = new Kafka({
      clientId: opts.clientId,
      brokers: opts.brokers,
      requestTimeout: opts.requestTimeoutMs,
      connectionTimeout: Math.min(opts.requestTimeoutMs, 10_000),
      logLevel: logLevel.WARN,
      logCreator: kafkajsLogger(log),
      ...(opts.tlsAndSasl ?? {}),
    });
    this.producer = new ProducerThread(
      {
        brokers: opts.brokers,
        clientId: opts.clientId,
        tlsAndSasl: opts.tlsAndSasl,
        requestTimeoutMs: opts.requestTimeoutMs,
        acks: opts.acks,
        compression: opts.compression,
        retries: opts.retries,
        maxInFlight: opts.maxInFlight,
      },
      log,
    );
    this.consumer = this.kafka.consumer({
      groupId: opts.groupId,
      sessionTimeout: opts.sessionTimeoutMs,
      maxBytesPerPartition: opts.maxBytesPerPartition,
      maxBytes: opts.maxBytes,
      maxWaitTimeInMs: opts.maxWaitTimeInMs,
      allowAutoTopicCreation: true,
    });
    // kafkajs restarts a crashed consumer on retriable errors; say so either way.
    this.consumer.on(this.consumer.events.CRASH, (e) =>
      this.log.error({ err: e.payload.error, restart: e.payload.restart, groupId: e.payload.groupId }, 'Kafka consumer crashed'),
    );
    this.buffered = new BufferedProducer(
      (records) => this.producer.send(records),
      { batchSizeBytes: opts.batchSizeBytes, maxRequestBytes: opts.maxRequestBytes, lingerMs: opts.lingerMs, maxBufferBytes: opts.maxBufferBytes, maxInFlight: opts.maxInFlight },
      log,
    );
  }

  get stats(): LinkStats {
    return { ...this.buffered.stats, consumed: this.consumed, handlerErrors: this.handlerErrors };
  }

  /** Registers the handler of one consumed topic; call before start(). */
  onRecord(topic: string, handler: RecordHandler): void {
    this.handlers.set(topic, handler);
  }

  /**
   * The consumed topics belong to this service: create them with 1 partition as ThingsBoard does
   * (§1.9), so per-session pushes keep their order. A broker that refuses (or a mock without a
   * controller) falls back to auto-creation; that is logged, not fatal.
   */
  private async createOwnTopics(topics: string[]): Promise<void> {
    const admin = this.kafka.admin();
    try {
      await admin.connect();
      const existing = new Set(await admin.listTopics());
      const missing = topics.filter((t) => !existing.has(t));
      if (missing.length === 0) return;
      await admin.createTopics({
        waitForLeaders: true,
        timeout: 5000,
        topics: missing.map((topic) => ({ topic, numPartitions: 1, replicationFactor: this.opts.replicationFactor })),
      });
    } catch (e) {
      this.log.warn({ err: e, topics }, 'could not create own topics; relying on broker auto-creation');
    } finally {
      await admin.disconnect().catch(() => undefined);
    }
  }

  async start(): Promise<void> {
    await this.producer.start();
    await this.consumer.connect();
    const topics = [...this.handlers.keys()];
    if (topics.length > 0) await this.createOwnTopics(topics);
    if (topics.length > 0) {
      await this.consumer.subscribe({ topics, fromBeginning: this.opts.fromBeginning });
      await this.consumer.run({
        // Offsets are committed after each record is handled (ThingsBoard commits after each poll).
        eachMessage: async ({ topic, message }) => {
          this.consumed += 1;
          const handler = this.handlers.get(topic);
          if (!handler) return;
          try {
            handler({ topic, key: message.key?.toString('utf8'), value: message.value, headers: message.headers ?? {}, offset: message.offset });
          } catch (e) {
            this.handlerErrors += 1;
            this.log.error({ err: e, topic, offset: message.offset }, 'record handler failed; record skipped');
          }
        },
      });
    }
    this.started = true;
  }

  produce(record: OutRecord): Promise<ProduceOutcome> {
    return this.buffered.produce(record);
  }

  /** produce() with a callback instead of a promise (see BufferedProducer.enqueue). */
  enqueue(record: OutRecord, done: (o: ProduceOutcome) => void): void {
    this.buffered.enqueue(record, done);
  }

  async stop(flushTimeoutMs = 5000): Promise<void> {
    if (this.started) await this.buffered.flush(flushTimeoutMs);
    this.buffered.stop();
    await this.consumer.disconnect().catch((e: unknown) => this.log.warn({ err: e }, 'consumer disconnect failed'));
    await this.producer.stop().catch((e: unknown) => this.log.warn({ err: e }, 'producer thread stop failed'));
    this.started = false;
  }
}
