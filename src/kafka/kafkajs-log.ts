/**
 * kafkajs log entries in pino's terms, for both kafkajs instances: the consumer's on the event
 * loop (kafka-link.ts) and the producer's in its thread (producer-worker.ts, which posts them).
 */
import { logLevel, type LogEntry } from 'kafkajs';

export type LogLevel = 'error' | 'warn' | 'debug';

/** The entry's pino level, its fields (with the kafkajs namespace) and its message. */
export function kafkajsEntry({ namespace, level, log }: LogEntry): { level: LogLevel; fields: Record<string, unknown>; msg: string } {
  const { message, ...extra } = log;
  return {
    level: level === logLevel.ERROR ? 'error' : level === logLevel.WARN ? 'warn' : 'debug',
    fields: { kafkajs: namespace, ...extra },
    msg: message,
  };
}
