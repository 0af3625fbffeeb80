import type { Clock, TimerHandle } from '../../src/coap/types.js';
import { isPrefixOf, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { CoapStatusError } from './errors.js';
import type { AttributeStore, Attributes } from './attributes.js';

/** Where one relation's notifications go: node-coap's observe stream, behind a small interface. */
export interface NotificationSink {
  /** Sends one notification payload (RFC 7641 §4.2). */
  notify(payload: Buffer): void;
  /** Ends the relation on the CoAP side. */
  close(): void;
  /** Ends the relation with an error notification (RFC 7641 §4.2: e.g. 4.04 when the path is gone). */
  fail(code: string): void;
}

export interface Relation {
  readonly token: string;
  readonly paths: readonly Lwm2mPath[];
  readonly composite: boolean;
  readonly sink: NotificationSink;
  lastSentAt: number;
  /** The single numeric value last notified, for gt/lt/st (LwM2M Core 1.1 §5.1.2). */
  lastNumber: number | undefined;
  pminTimer: TimerHandle | undefined;
  pmaxTimer: TimerHandle | undefined;
  /** A change arrived while the device slept (queue mode) or before pmin elapsed. */
  pending: boolean;
}

export interface ObserveDeps {
  /** Injected so tests can drive time (src/coap/clock.ts FakeClock). */
  readonly timers: Clock;
  readonly attributes: AttributeStore;
  /** Renders the current content of a relation (throws when the path is gone). */
  render(rel: Relation): Buffer;
  /** The current single numeric value of a non-composite resource relation, if any. */
  numberAt(path: Lwm2mPath): number | undefined;
  /** Server defaults `/1/x/2` and `/1/x/3` (LwM2M Core 1.1 §E.2), in seconds. */
  defaults(): { pmin: number; pmax: number };
  isAwake(): boolean;
  onSent(rel: Relation): void;
  onEnded(rel: Relation): void;
}

/**
 * Observe relations (RFC 7641; LwM2M Core 1.1 §6.4.1) with the notification timing of the
 * attributes: no notification sooner than pmin after the previous one, and one at least every
 * pmax even without change (§5.1.2).
 */
export class ObserveManager {
  private readonly relations = new Map<string, Relation>();

  constructor(private readonly deps: ObserveDeps) {}

  get size(): number {
    return this.relations.size;
  }

  list(): Relation[] {
    return [...this.relations.values()];
  }

  /** Registers a relation whose first response (the Observe=0 answer) has just been sent. */
  add(token: string, paths: readonly Lwm2mPath[], composite: boolean, sink: NotificationSink): Relation {
    this.cancel(token); // RFC 7641 §4.1: a new registration with the same token replaces the old.
    const only = paths[0];
    const rel: Relation = {
      token,
      paths,
      composite,
      sink,
      lastSentAt: this.deps.timers.now(),
      lastNumber: !composite && only !== undefined ? this.deps.numberAt(only) : undefined,
      pminTimer: undefined,
      pmaxTimer: undefined,
      pending: false,
    };
    this.relations.set(token, rel);
    this.armPmax(rel);
    return rel;
  }

  /** Ends a relation (Observe=1 GET or Reset); true when there was one. */
  cancel(token: string): boolean {
    const rel = this.relations.get(token);
    if (rel === undefined) return false;
    this.relations.delete(token);
    this.disarm(rel);
    rel.sink.close();
    this.deps.onEnded(rel);
    return true;
  }

  /** Drops a relation whose CoAP side ended by itself (Reset, or an unacknowledged CON). */
  forget(token: string): void {
    const rel = this.relations.get(token);
    if (rel === undefined) return;
    this.relations.delete(token);
    this.disarm(rel);
    this.deps.onEnded(rel);
  }

  /** Resource paths whose value changed: notify the relations that cover them. */
  changed(paths: readonly Lwm2mPath[]): void {
    for (const rel of this.relations.values()) {
      if (!paths.some((p) => rel.paths.some((o) => isPrefixOf(o, p) || isPrefixOf(p, o)))) continue;
      if (!this.passesThresholds(rel)) continue;
      this.schedule(rel);
    }
  }

  /** Write-Attributes changed pmin/pmax: restart each relation's pmax wait under the new values. */
  attributesChanged(): void {
    for (const rel of this.relations.values()) this.armPmax(rel);
  }

  /** Queue mode: the device woke up; send what changed while it slept. */
  flush(): void {
    for (const rel of this.relations.values()) if (rel.pending && rel.pminTimer === undefined) this.send(rel);
  }

  stop(): void {
    for (const token of [...this.relations.keys()]) this.cancel(token);
  }

  private attrs(rel: Relation): Attributes {
    const first = rel.paths[0];
    return first === undefined ? {} : this.deps.attributes.effective(first);
  }

  private passesThresholds(rel: Relation): boolean {
    if (rel.composite) return true;
    const a = this.attrs(rel);
    if (a.gt === undefined && a.lt === undefined && a.st === undefined) return true;
    const path = rel.paths[0];
    const now = path === undefined ? undefined : this.deps.numberAt(path);
    const before = rel.lastNumber;
    if (now === undefined || before === undefined) return true;
    // §5.1.2: gt/lt notify when the value crosses the threshold; st when it moved at least st.
    const crossed = (t: number | undefined): boolean => t !== undefined && (before - t) * (now - t) <= 0 && before !== now;
    if (crossed(a.gt) || crossed(a.lt)) return true;
    return a.st !== undefined && Math.abs(now - before) >= a.st;
  }

  private schedule(rel: Relation): void {
    rel.pending = true;
    if (!this.deps.isAwake() || rel.pminTimer !== undefined) return;
    const pmin = (this.attrs(rel).pmin ?? this.deps.defaults().pmin) * 1000;
    const wait = rel.lastSentAt + pmin - this.deps.timers.now();
    if (wait <= 0) {
      this.send(rel);
      return;
    }
    rel.pminTimer = this.deps.timers.setTimeout(() => {
      rel.pminTimer = undefined;
      if (rel.pending && this.deps.isAwake()) this.send(rel);
    }, wait);
  }

  private send(rel: Relation): void {
    if (!this.relations.has(rel.token)) return;
    let payload: Buffer;
    try {
      payload = this.deps.render(rel);
    } catch (err) {
      // The observed path is gone (deleted instance) or no longer encodable: tell the observer.
      const code = err instanceof CoapStatusError ? err.code : '5.00';
      this.relations.delete(rel.token);
      this.disarm(rel);
      rel.sink.fail(code);
      this.deps.onEnded(rel);
      return;
    }
    rel.pending = false;
    rel.lastSentAt = this.deps.timers.now();
    const only = rel.paths[0];
    if (!rel.composite && only !== undefined) rel.lastNumber = this.deps.numberAt(only);
    rel.sink.notify(payload);
    this.deps.onSent(rel);
    this.armPmax(rel);
  }

  private armPmax(rel: Relation): void {
    if (rel.pmaxTimer !== undefined) this.deps.timers.clearTimeout(rel.pmaxTimer);
    rel.pmaxTimer = undefined;
    const pmax = this.attrs(rel).pmax ?? this.deps.defaults().pmax;
    if (!(pmax > 0)) return;
    rel.pmaxTimer = this.deps.timers.setTimeout(() => {
      rel.pmaxTimer = undefined;
      if (this.deps.isAwake()) this.send(rel);
      else rel.pending = true;
    }, pmax * 1000);
  }

  private disarm(rel: Relation): void {
    if (rel.pminTimer !== undefined) this.deps.timers.clearTimeout(rel.pminTimer);
    if (rel.pmaxTimer !== undefined) this.deps.timers.clearTimeout(rel.pmaxTimer);
    rel.pminTimer = undefined;
    rel.pmaxTimer = undefined;
  }
}
