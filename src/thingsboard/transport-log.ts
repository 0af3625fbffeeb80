import type { TransportLogConfig } from './transport-log-config.js';

/**
 * Posts transportLog lines as `transportLog` string telemetry (features doc #27, §3.2): `<` and
 * `>` removed, cut to the configured length, one timestamp per line that never repeats for the
 * session (latest + 1 ms on a collision, as ThingsBoard's per-key clock).
 */

export type TransportLogSink = (ts: number, text: string) => void;

export const TRANSPORT_LOG_KEY = 'transportLog';

export function cleanLogText(text: string, maxLength: number): string {
  const stripped = text.replace(/[<>]/g, '');
  return stripped.length > maxLength ? stripped.slice(0, maxLength) : stripped;
}

export class TransportLog {
  private lastTs = 0;

  constructor(
    private readonly config: TransportLogConfig,
    private readonly now: () => number,
    private readonly sink: TransportLogSink,
  ) {}

  get enabled(): boolean {
    return this.config.enabled;
  }

  /** Posts one line; does nothing when TB_TRANSPORT_LOG_ENABLED is false. */
  write(text: string): void {
    if (!this.config.enabled) return;
    let ts = this.now();
    if (ts <= this.lastTs) ts = this.lastTs + 1;
    this.lastTs = ts;
    this.sink(ts, cleanLogText(text, this.config.maxLength));
  }
}
