/**
 * A small Prometheus registry without dependencies: counters, gauges and histograms with
 * labels, rendered in the text exposition format 0.0.4.
 *
 * Hot path: a caller resolves a labelled child once (`counter.labels({op: 'read'})`) and keeps
 * it; `child.inc()` is then one addition, with no string building or map lookup. The label
 * block of each child is escaped once, when the child is created.
 */
import { familyHeader, formatSampleValue, isValidLabelName, isValidMetricName, labelBlock } from './metric-format.js';

/** Content-Type of a scrape answer in the text format 0.0.4. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

export type LabelValues<L extends string> = { readonly [K in L]: string };

export class MetricError extends Error {
  override readonly name = 'MetricError';
}

abstract class Family<L extends string, C> {
  private readonly children = new Map<string, C>();
  private readonly blocks = new Map<C, readonly string[]>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly labelNames: readonly L[],
  ) {
    if (!isValidMetricName(name)) throw new MetricError(`invalid metric name ${JSON.stringify(name)}`);
    const seen = new Set<string>();
    for (const l of labelNames) {
      if (!isValidLabelName(l)) throw new MetricError(`${name}: invalid label name ${JSON.stringify(l)}`);
      if (seen.has(l)) throw new MetricError(`${name}: duplicate label name ${l}`);
      seen.add(l);
    }
  }

  /** The child for these label values, created on first use. Resolve once, keep the child. */
  labels(values: LabelValues<L>): C {
    const ordered = this.labelNames.map((n) => {
      const v: unknown = (values as Record<string, unknown>)[n];
      if (typeof v !== 'string') throw new MetricError(`${this.name}: label ${n} needs a string value`);
      return v;
    });
    // \u0000 cannot be confused with text inside a value, so the key is unambiguous.
    const key = ordered.join('\u0000');
    let child = this.children.get(key);
    if (child === undefined) {
      child = this.createChild(ordered);
      this.children.set(key, child);
      this.blocks.set(child, ordered);
    }
    return child;
  }

  private soloChild: C | undefined;

  /** The child of a metric without labels (resolved once: family-level `inc()` stays cheap). */
  protected solo(): C {
    if (this.soloChild !== undefined) return this.soloChild;
    if (this.labelNames.length > 0) throw new MetricError(`${this.name} has labels; use labels({...})`);
    this.soloChild = this.labels({} as LabelValues<L>);
    return this.soloChild;
  }

  protected abstract createChild(values: readonly string[]): C;
  abstract render(): string;

  protected eachChild(fn: (child: C, values: readonly string[]) => void): void {
    for (const c of this.children.values()) fn(c, this.blocks.get(c) ?? []);
  }
}

/** A family whose children each hold one sample (counters and gauges). */
abstract class ValueFamily<L extends string, C extends { readonly labelText: string; readonly value: number }> extends Family<L, C> {
  protected abstract readonly type: 'counter' | 'gauge';

  render(): string {
    let out = familyHeader(this.name, this.help, this.type);
    this.eachChild((c) => {
      out += `${this.name}${c.labelText} ${formatSampleValue(c.value)}\n`;
    });
    return out;
  }
}

export class CounterChild {
  private v = 0;
  constructor(readonly labelText: string) {}

  inc(n = 1): void {
    // A counter only goes up (exposition format: "counter"); a negative step is a caller bug.
    if (!(n >= 0)) throw new MetricError(`counter increment must be >= 0, got ${n}`);
    this.v += n;
  }

  /** Mirrors a total kept elsewhere (a layer's plain counter object), read at scrape time. */
  setTotal(total: number): void {
    this.v = total;
  }

  get value(): number {
    return this.v;
  }
}

export class Counter<L extends string = never> extends ValueFamily<L, CounterChild> {
  protected readonly type = 'counter';

  protected createChild(values: readonly string[]): CounterChild {
    return new CounterChild(labelBlock(this.labelNames, values));
  }

  inc(n = 1): void {
    this.solo().inc(n);
  }

  setTotal(total: number): void {
    this.solo().setTotal(total);
  }

  get value(): number {
    return this.solo().value;
  }
}

export class GaugeChild {
  private v = 0;
  constructor(readonly labelText: string) {}

  set(v: number): void {
    this.v = v;
  }

  inc(n = 1): void {
    this.v += n;
  }

  dec(n = 1): void {
    this.v -= n;
  }

  get value(): number {
    return this.v;
  }
}

export class Gauge<L extends string = never> extends ValueFamily<L, GaugeChild> {
  protected readonly type = 'gauge';

  protected createChild(values: readonly string[]): GaugeChild {
    return new GaugeChild(labelBlock(this.labelNames, values));
  }

  set(v: number): void {
    this.solo().set(v);
  }

  inc(n = 1): void {
    this.solo().inc(n);
  }

  dec(n = 1): void {
    this.solo().dec(n);
  }

  get value(): number {
    return this.solo().value;
  }
}

export class HistogramChild {
  /** Observations per bucket, not cumulative; the last slot is the +Inf bucket. */
  private readonly counts: Float64Array;
  private total = 0;
  private n = 0;

  constructor(
    private readonly bounds: Float64Array,
    readonly bucketLabelTexts: readonly string[],
    readonly labelText: string,
  ) {
    this.counts = new Float64Array(bounds.length + 1);
  }

  observe(v: number): void {
    // NaN would poison _sum for the life of the process; it carries no information, drop it.
    if (Number.isNaN(v)) return;
    const b = this.bounds;
    let i = 0;
    while (i < b.length && v > (b[i] as number)) i++;
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.total += v;
    this.n++;
  }

  get count(): number {
    return this.n;
  }

  get sum(): number {
    return this.total;
  }

  /** Cumulative counts per bucket, `+Inf` last (the form the exposition format wants). */
  cumulative(): number[] {
    const out: number[] = [];
    let acc = 0;
    for (const c of this.counts) {
      acc += c;
      out.push(acc);
    }
    return out;
  }
}

/** Default buckets (seconds), as the official client libraries use. */
export const DEFAULT_BUCKETS: readonly number[] = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Histogram<L extends string = never> extends Family<L, HistogramChild> {
  private readonly bounds: Float64Array;

  constructor(name: string, help: string, labelNames: readonly L[], buckets: readonly number[] = DEFAULT_BUCKETS) {
    super(name, help, labelNames);
    if ((labelNames as readonly string[]).includes('le')) throw new MetricError(`${name}: "le" is reserved in histograms`);
    const finite = buckets.filter((b) => Number.isFinite(b));
    for (let i = 1; i < finite.length; i++) {
      if ((finite[i] as number) <= (finite[i - 1] as number)) throw new MetricError(`${name}: buckets must increase`);
    }
    if (finite.length !== buckets.filter((b) => b !== Number.POSITIVE_INFINITY).length) {
      throw new MetricError(`${name}: buckets must be finite numbers (+Inf is implied)`);
    }
    this.bounds = Float64Array.from(finite);
  }

  protected createChild(values: readonly string[]): HistogramChild {
    const les = [...this.bounds].map((b) => formatSampleValue(b));
    les.push('+Inf');
    const texts = les.map((le) => labelBlock(this.labelNames, values, ['le', le]));
    return new HistogramChild(this.bounds, texts, labelBlock(this.labelNames, values));
  }

  observe(v: number): void {
    this.solo().observe(v);
  }

  render(): string {
    let out = familyHeader(this.name, this.help, 'histogram');
    this.eachChild((c) => {
      const cum = c.cumulative();
      for (let i = 0; i < cum.length; i++) {
        out += `${this.name}_bucket${c.bucketLabelTexts[i] ?? ''} ${formatSampleValue(cum[i] as number)}\n`;
      }
      out += `${this.name}_sum${c.labelText} ${formatSampleValue(c.sum)}\n`;
      out += `${this.name}_count${c.labelText} ${formatSampleValue(c.count)}\n`;
    });
    return out;
  }
}

type AnyFamily = Counter<string> | Gauge<string> | Histogram<string>;

/**
 * Holds metric families by name and renders them. `onCollect` hooks run before each render so
 * values kept elsewhere (plain counter objects of the layers, buffer sizes) are read only when
 * scraped.
 */
export class MetricsRegistry {
  private readonly families = new Map<string, AnyFamily>();
  private readonly collectors: Array<() => void> = [];

  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.add(new Counter<L>(name, help, labelNames));
  }

  gauge<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Gauge<L> {
    return this.add(new Gauge<L>(name, help, labelNames));
  }

  histogram<L extends string = never>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
    buckets: readonly number[] = DEFAULT_BUCKETS,
  ): Histogram<L> {
    return this.add(new Histogram<L>(name, help, labelNames, buckets));
  }

  /** Runs `fn` before every render; returns a function that removes it. */
  onCollect(fn: () => void): () => void {
    this.collectors.push(fn);
    return () => {
      const i = this.collectors.indexOf(fn);
      if (i >= 0) this.collectors.splice(i, 1);
    };
  }

  get(name: string): AnyFamily | undefined {
    return this.families.get(name);
  }

  /** The whole registry in the text format 0.0.4. A failing collector does not stop a scrape. */
  render(): string {
    for (const c of this.collectors) {
      try {
        c();
      } catch {
        // A broken collector leaves its metrics at their last values; the scrape still answers.
      }
    }
    let out = '';
    for (const f of this.families.values()) out += f.render();
    return out;
  }

  private add<F extends AnyFamily>(f: F): F {
    if (this.families.has(f.name)) throw new MetricError(`metric ${f.name} is already registered`);
    this.families.set(f.name, f);
    return f;
  }
}
