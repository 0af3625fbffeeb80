/**
 * The process logger: pino, one JSON object per line on stdout. Level from LOG_LEVEL (default
 * info). Human-readable output only when stdout is a terminal and pino-pretty is installed (a
 * developer's `npm start`); the production image has no dev dependencies and logs JSON.
 */
import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import { oneOf, readSection, type Env } from '../config/env.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const loggerSpec = {
  level: oneOf('LOG_LEVEL', LOG_LEVELS, 'info', true),
};

export interface LoggerOptions {
  readonly env?: Env;
  /** Where JSON lines go; stdout when absent. Given a destination, output is never prettified. */
  readonly destination?: DestinationStream;
  /** Whether stdout is a terminal; `process.stdout.isTTY` when absent. */
  readonly isTty?: boolean;
  /** Resolves a module id (for tests); `require.resolve` from this file when absent. */
  readonly resolve?: (id: string) => string;
  readonly name?: string;
}

/** True when `id` can be loaded from here. */
export function isResolvable(id: string, resolve: (id: string) => string = createRequire(import.meta.url).resolve): boolean {
  try {
    resolve(id);
    return true;
  } catch {
    return false;
  }
}

/** Whether to prettify: only for a terminal on stdout with pino-pretty installed. */
export function wantsPretty(opts: LoggerOptions): boolean {
  if (opts.destination !== undefined) return false;
  const tty = opts.isTty ?? process.stdout.isTTY === true;
  return tty && isResolvable('pino-pretty', opts.resolve);
}

/** Builds the logger; a bad LOG_LEVEL throws a ConfigError naming the variable. */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const { level } = readSection(opts.env ?? process.env, loggerSpec);
  const base = {
    level,
    ...(opts.name === undefined ? {} : { name: opts.name }),
    // ISO times read better in `docker logs` than epoch milliseconds.
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  if (opts.destination !== undefined) return pino(base, opts.destination);
  if (wantsPretty(opts)) return pino({ ...base, transport: { target: 'pino-pretty', options: { colorize: true } } });
  return pino(base);
}
