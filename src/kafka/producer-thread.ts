/**
 * The main-thread end of KafkaLink's producer: a worker thread (producer-worker.ts) that owns
 * the kafkajs producer. Each batch is packed into one transferred ArrayBuffer (record-pack.ts)
 * and its promise settles when the worker reports the broker's answer.
 *
 * Why a thread: with kafkajs on the event loop, its per-record encoding and garbage were a fifth
 * of the transport's CPU per notification, on the same core that parses datagrams and answers
 * devices. The thread puts that work on the machine's other core.
 *
 * A worker that dies fails its pending batches (the BufferedProducer keeps and resends them) and
 * is started again on the next send.
 */
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { OutRecord } from './buffered-producer.js';
import { ProducerThreadError, type FromWorker, type ProducerThreadOptions, type ToWorker } from './producer-protocol.js';
import { packRecords } from './record-pack.js';

interface Waiter {
  resolve: () => void;
  reject: (e: Error) => void;
}

/**
 * The worker beside this file. Built (dist/), it is producer-worker.js. From the TypeScript
 * sources (tsx, vitest) Node 20 does not pass the main thread's loader hooks to workers, so the
 * worker registers tsx's ESM loader itself before importing producer-worker.ts.
 */
function createWorker(): Worker {
  if (!fileURLToPath(import.meta.url).endsWith('.ts')) return new Worker(new URL('./producer-worker.js', import.meta.url));
  // tsx's ESM API (its `import` export): require.resolve finds the CommonJS twin beside it.
  const tsxApi = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./producer-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true });
}

export class ProducerThread {
  private worker: Worker | undefined;
  private starting: Promise<void> | undefined;
  private readonly pending = new Map<number, Waiter>();
  private nextId = 1;
  private stopping = false;
  private onStarted: Waiter | undefined;
  private onStopped: (() => void) | undefined;

  constructor(
    private readonly opts: ProducerThreadOptions,
    private readonly log: Logger,
  ) {}

  /** Starts the worker and connects its producer; rejects as kafkajs's connect() would. */
  start(): Promise<void> {
    this.stopping = false;
    this.starting ??= this.spawn().finally(() => {
      this.starting = undefined;
    });
    return this.starting;
  }

  /** Sends one batch; resolves when the broker acknowledged all of it. */
  async send(records: OutRecord[]): Promise<void> {
    if (this.stopping) throw new ProducerThreadError({ name: 'KafkaProducerStopped', message: 'producer thread stopped' });
    if (this.worker === undefined) await this.start();
    const worker = this.worker;
    if (worker === undefined) throw new ProducerThreadError({ name: 'KafkaProducerStopped', message: 'producer thread not running' });
    const data = packRecords(records);
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      const m: ToWorker = { type: 'batch', id, data };
      worker.postMessage(m, [data]);
    });
  }

  /** Disconnects the producer (in-flight batches are answered first) and ends the thread. */
  async stop(timeoutMs = 5000): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (worker === undefined) return;
    await new Promise<void>((resolve) => {
      const t = setTimeout(resolve, timeoutMs);
      this.onStopped = () => {
        clearTimeout(t);
        resolve();
      };
      const m: ToWorker = { type: 'stop' };
      worker.postMessage(m);
    });
    await worker.terminate();
  }

  private spawn(): Promise<void> {
    const worker = createWorker();
    this.worker = worker;
    worker.on('message', (m: FromWorker) => this.onMessage(m));
    worker.on('error', (e) => this.log.error({ err: e }, 'Kafka producer thread failed'));
    worker.on('exit', (code) => this.onExit(worker, code));
    return new Promise<void>((resolve, reject) => {
      this.onStarted = { resolve, reject };
      const m: ToWorker = { type: 'start', options: this.opts };
      worker.postMessage(m);
    });
  }

  private onMessage(m: FromWorker): void {
    switch (m.type) {
      case 'acked':
        this.settle(m.id)?.resolve();
        break;
      case 'failed':
        this.settle(m.id)?.reject(new ProducerThreadError(m.error));
        break;
      case 'log':
        this.log[m.level](m.fields, m.msg);
        break;
      case 'ready':
        this.onStarted?.resolve();
        this.onStarted = undefined;
        break;
      case 'startFailed': {
        const started = this.onStarted;
        this.onStarted = undefined;
        // The thread is of no use without a connected producer: end it (quietly: forgotten first,
        // so onExit ignores it); start() may try again.
        const worker = this.worker;
        this.worker = undefined;
        void worker?.terminate();
        started?.reject(new ProducerThreadError(m.error));
        break;
      }
      case 'stopped':
        this.onStopped?.();
        this.onStopped = undefined;
        break;
    }
  }

  private settle(id: number): Waiter | undefined {
    const w = this.pending.get(id);
    this.pending.delete(id);
    return w;
  }

  private onExit(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    if (!this.stopping && code !== 0) this.log.error({ code, pendingBatches: this.pending.size }, 'Kafka producer thread exited; it restarts on the next send');
    const error = new ProducerThreadError({ name: 'KafkaProducerThreadExited', message: `producer thread exited (code ${code})`, retriable: true });
    for (const w of this.pending.values()) w.reject(error);
    this.pending.clear();
    this.onStarted?.reject(error);
    this.onStarted = undefined;
    this.onStopped?.();
    this.onStopped = undefined;
  }
}
