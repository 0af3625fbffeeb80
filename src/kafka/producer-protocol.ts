/**
 * The messages between KafkaLink's producer thread (producer-thread.ts, main side) and its worker
 * (producer-worker.ts). Everything here is structured-clonable; batches travel as transferred
 * ArrayBuffers (record-pack.ts).
 */
import type { KafkaConfig as KafkajsConfig } from 'kafkajs';
import type { LogLevel } from './kafkajs-log.js';

export interface ProducerThreadOptions {
  brokers: string[];
  clientId: string;
  tlsAndSasl?: Pick<KafkajsConfig, 'ssl' | 'sasl'> | undefined;
  requestTimeoutMs: number;
  acks: number;
  compression: number;
  retries: number;
  maxInFlight: number;
}

export type ToWorker =
  | { type: 'start'; options: ProducerThreadOptions }
  | { type: 'batch'; id: number; data: ArrayBuffer }
  | { type: 'stop' };


export type FromWorker =
  | { type: 'ready' }
  | { type: 'startFailed'; error: WireError }
  | { type: 'acked'; id: number }
  | { type: 'failed'; id: number; error: WireError }
  | { type: 'log'; level: LogLevel; fields: Record<string, unknown>; msg: string }
  | { type: 'stopped' };

/** An Error as it crosses the thread boundary. */
export interface WireError {
  name: string;
  message: string;
  retriable?: boolean | undefined;
}

export function toWireError(e: unknown): WireError {
  if (e instanceof Error) {
    const retriable = (e as { retriable?: unknown }).retriable;
    return { name: e.name, message: e.message, retriable: typeof retriable === 'boolean' ? retriable : undefined };
  }
  return { name: 'Error', message: String(e) };
}

/** The error the main side throws for a WireError: same name and message. */
export class ProducerThreadError extends Error {
  readonly retriable: boolean | undefined;
  constructor(w: WireError) {
    super(w.message);
    this.name = w.name;
    this.retriable = w.retriable;
  }
}
