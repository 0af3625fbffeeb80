// KafkaLink's producer thread against librdkafka's mock broker: batches leave through the worker
// and arrive intact (key, value, headers, murmur2 partition); a worker that dies fails its batch
// and the next send starts a new one; an unreachable broker fails start() as kafkajs's connect does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Kafka, logLevel } from 'kafkajs';
import pino from 'pino';
import type { Worker } from 'node:worker_threads';
import { ProducerThread } from '../../../src/kafka/producer-thread.js';
import type { ProducerThreadOptions } from '../../../src/kafka/producer-protocol.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';

let broker: MockBroker;
const logLines: Array<{ msg?: string }> = [];
const log = pino({ level: 'warn' }, { write: (s: string) => void logLines.push(JSON.parse(s) as { msg?: string }) });

const options = (brokers: string[]): ProducerThreadOptions => ({
  brokers,
  clientId: 'producer-thread-test',
  requestTimeoutMs: 3000,
  acks: -1,
  compression: 0,
  retries: 1,
  maxInFlight: 5,
});

beforeAll(async () => {
  broker = await startMockBroker();
});

afterAll(async () => {
  await broker.stop();
});

async function consumeAll(topic: string, count: number): Promise<Array<{ key: string; value: string; headers: Record<string, string>; partition: number }>> {
  const kafka = new Kafka({ clientId: 'reader', brokers: [broker.bootstrap], logLevel: logLevel.NOTHING });
  const consumer = kafka.consumer({ groupId: `reader-${topic}`, maxWaitTimeInMs: 100 });
  const seen: Array<{ key: string; value: string; headers: Record<string, string>; partition: number }> = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  const done = new Promise<void>((resolve) => {
    void consumer.run({
      eachMessage: async ({ message, partition }) => {
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = Buffer.isBuffer(v) ? v.toString('hex') : String(v);
        seen.push({ key: message.key?.toString('utf8') ?? '', value: message.value?.toString('utf8') ?? '', headers, partition });
        if (seen.length >= count) resolve();
      },
    });
  });
  await Promise.race([done, new Promise((r) => setTimeout(r, 15_000))]);
  await consumer.disconnect();
  return seen;
}

describe('ProducerThread', () => {
  it('sends batches through the worker thread; the records arrive as sent', async () => {
    const thread = new ProducerThread(options([broker.bootstrap]), log);
    await thread.start();
    try {
      const topic = 'pt_records';
      await thread.send([
        { topic, key: 'device-a', value: Buffer.from('one') },
        { topic, key: 'device-b', value: Buffer.from('two'), headers: { requestId: Buffer.from([0xde, 0xad]) } },
      ]);
      await thread.send([{ topic, key: 'device-a', value: new TextEncoder().encode('three') }]);
      const seen = await consumeAll(topic, 3);
      expect(seen.map((r) => [r.key, r.value]).sort()).toEqual([['device-a', 'one'], ['device-a', 'three'], ['device-b', 'two']]);
      expect(seen.find((r) => r.value === 'two')?.headers).toEqual({ requestId: 'dead' });
    } finally {
      await thread.stop();
    }
  });

  it('fails the batches of a worker that died and starts a new worker on the next send', async () => {
    const thread = new ProducerThread(options([broker.bootstrap]), log);
    await thread.start();
    try {
      const worker = (thread as unknown as { worker: Worker }).worker;
      const exited = new Promise((r) => worker.once('exit', r));
      const inFlight = thread.send([{ topic: 'pt_crash', key: 'k', value: Buffer.from('lost?') }]);
      await worker.terminate();
      await exited;
      // Either the broker acknowledged it before the thread died, or the send failed: never a hang.
      const outcome = await inFlight.then(() => 'acked', (e: Error) => e.name);
      expect(['acked', 'KafkaProducerThreadExited']).toContain(outcome);
      await thread.send([{ topic: 'pt_crash', key: 'k', value: Buffer.from('after') }]);
      const seen = await consumeAll('pt_crash', outcome === 'acked' ? 2 : 1);
      expect(seen.map((r) => r.value)).toContain('after');
      expect((thread as unknown as { worker: Worker }).worker).not.toBe(worker);
    } finally {
      await thread.stop();
    }
  });

  it('rejects start() when no broker answers, and refuses sends after stop()', async () => {
    const thread = new ProducerThread({ ...options(['127.0.0.1:1']), requestTimeoutMs: 500, retries: 0 }, log);
    await expect(thread.start()).rejects.toThrow();
    await thread.stop();
    await expect(thread.send([{ topic: 't', key: 'k', value: Buffer.from('x') }])).rejects.toThrow(/stopped/);
  });
});
