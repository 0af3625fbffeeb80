import { appendFile } from 'node:fs/promises';
import type { KvEntry, TelemetryBatch, Uuid } from '../core/index.js';

/**
 * What devices sent, as the embedded core keeps it: the latest value and time of every
 * telemetry and client-attribute key per device, and optionally every message appended to an
 * NDJSON file (one JSON object per line) for tools to follow.
 */

export interface StoredValue {
  readonly ts: number;
  readonly value: KvEntry['value'];
  readonly type: KvEntry['type'];
}

export type UplinkRecord =
  | { kind: 'telemetry'; deviceId: Uuid; ts: number; values: Record<string, KvEntry['value']> }
  | { kind: 'attributes'; deviceId: Uuid; ts: number; values: Record<string, KvEntry['value']> }
  | { kind: 'rpc-response'; deviceId: Uuid; ts: number; requestId: number; payload?: string; error?: string }
  | { kind: 'session'; deviceId: Uuid; ts: number; event: 'OPEN' | 'CLOSED' };

export class UplinkStore {
  private readonly telemetry = new Map<Uuid, Map<string, StoredValue>>();
  private readonly attributes = new Map<Uuid, Map<string, StoredValue>>();
  /** Every telemetry value in arrival order per key, bounded (the newest `historyLimit` kept). */
  private readonly history = new Map<Uuid, Map<string, StoredValue[]>>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly file?: string,
    private readonly historyLimit = 100,
    private readonly onFileError: (err: unknown) => void = () => undefined,
  ) {}

  addTelemetry(deviceId: Uuid, batches: readonly TelemetryBatch[]): void {
    const latest = this.mapFor(this.telemetry, deviceId);
    let hist = this.history.get(deviceId);
    if (hist === undefined) this.history.set(deviceId, (hist = new Map()));
    for (const b of batches) {
      for (const v of b.values) {
        const stored = { ts: b.ts, value: v.value, type: v.type };
        const prev = latest.get(v.key);
        if (prev === undefined || prev.ts <= b.ts) latest.set(v.key, stored);
        let list = hist.get(v.key);
        if (list === undefined) hist.set(v.key, (list = []));
        list.push(stored);
        if (list.length > this.historyLimit) list.shift();
      }
      this.append({ kind: 'telemetry', deviceId, ts: b.ts, values: Object.fromEntries(b.values.map((v) => [v.key, v.value])) });
    }
  }

  addAttributes(deviceId: Uuid, ts: number, values: readonly KvEntry[]): void {
    const latest = this.mapFor(this.attributes, deviceId);
    for (const v of values) latest.set(v.key, { ts, value: v.value, type: v.type });
    this.append({ kind: 'attributes', deviceId, ts, values: Object.fromEntries(values.map((v) => [v.key, v.value])) });
  }

  record(r: UplinkRecord): void {
    this.append(r);
  }

  latestTelemetry(deviceId: Uuid): ReadonlyMap<string, StoredValue> {
    return this.telemetry.get(deviceId) ?? new Map();
  }

  latestAttributes(deviceId: Uuid): ReadonlyMap<string, StoredValue> {
    return this.attributes.get(deviceId) ?? new Map();
  }

  telemetryHistory(deviceId: Uuid, key: string): readonly StoredValue[] {
    return this.history.get(deviceId)?.get(key) ?? [];
  }

  /** Resolves when every line written so far is in the file. */
  flush(): Promise<void> {
    return this.writing;
  }

  private mapFor(m: Map<Uuid, Map<string, StoredValue>>, deviceId: Uuid): Map<string, StoredValue> {
    let inner = m.get(deviceId);
    if (inner === undefined) m.set(deviceId, (inner = new Map()));
    return inner;
  }

  private append(r: UplinkRecord): void {
    const file = this.file;
    if (file === undefined) return;
    const line = JSON.stringify(r) + '\n';
    // Appends are chained so lines keep their order.
    this.writing = this.writing.then(() => appendFile(file, line, 'utf8')).catch(this.onFileError);
  }
}
