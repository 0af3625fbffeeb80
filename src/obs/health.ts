/**
 * Readiness: named checks (UDP sockets bound, Kafka connected in cluster mode, ...). The
 * process is ready only when every registered check passes; `/health` answers 200 or 503.
 */

export interface CheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly detail?: string;
}

export interface HealthReport {
  readonly status: 'UP' | 'DOWN';
  readonly checks: readonly CheckResult[];
}

/** A check returns true/false, or false with a reason. It must be cheap: it runs per request. */
export type HealthCheck = () => boolean | { ok: boolean; detail?: string };

export class HealthRegistry {
  private readonly checks = new Map<string, HealthCheck>();
  private readonly flags = new Map<string, { ok: boolean; detail?: string }>();

  /** Adds or replaces a check computed on each request. */
  register(name: string, check: HealthCheck): () => void {
    this.checks.set(name, check);
    return () => {
      if (this.checks.get(name) === check) this.checks.delete(name);
    };
  }

  /**
   * A check whose state the owner pushes (`set('kafka', true)` on connect, `false` on a
   * disconnect event). Starts as not ready until set.
   */
  flag(name: string, detail = 'not reported yet'): { set(ok: boolean, detail?: string): void } {
    this.flags.set(name, { ok: false, detail });
    this.register(name, () => this.flags.get(name) ?? false);
    return {
      set: (ok: boolean, d?: string) => {
        this.flags.set(name, d === undefined ? { ok } : { ok, detail: d });
      },
    };
  }

  report(): HealthReport {
    const checks: CheckResult[] = [];
    for (const [name, check] of this.checks) {
      let r: boolean | { ok: boolean; detail?: string };
      try {
        r = check();
      } catch (e) {
        r = { ok: false, detail: e instanceof Error ? e.message : String(e) };
      }
      if (typeof r === 'boolean') checks.push({ name, ok: r });
      else checks.push(r.detail === undefined ? { name, ok: r.ok } : { name, ok: r.ok, detail: r.detail });
    }
    // No checks registered means nothing was started yet: not ready.
    const up = checks.length > 0 && checks.every((c) => c.ok);
    return { status: up ? 'UP' : 'DOWN', checks };
  }

  isReady(): boolean {
    return this.report().status === 'UP';
  }
}
