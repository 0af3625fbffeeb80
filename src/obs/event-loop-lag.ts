/**
 * Event-loop delay from perf_hooks.monitorEventLoopDelay, copied into gauges at every scrape and
 * reset so each scrape shows the delay since the previous one.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { GaugeChild, MetricsRegistry } from './metrics.js';

export interface EventLoopLagGauges {
  readonly mean: GaugeChild;
  readonly p99: GaugeChild;
  readonly max: GaugeChild;
}

export interface EventLoopLagMonitor {
  /** Copies the current histogram into the gauges (seconds) and starts a new interval. */
  sample(): void;
  stop(): void;
}

const NS_PER_S = 1e9;

/**
 * Starts sampling the event loop every `resolutionMs` (default 20 ms: fine enough to see a
 * stall that delays datagrams, coarse enough to cost nothing). When `registry` is given the
 * gauges are refreshed before each scrape.
 */
export function startEventLoopLagMonitor(
  gauges: EventLoopLagGauges,
  registry?: MetricsRegistry,
  resolutionMs = 20,
): EventLoopLagMonitor {
  const h = monitorEventLoopDelay({ resolution: resolutionMs });
  h.enable();
  // The histogram records the whole interval between timer turns, which includes the sampling
  // resolution itself; the lag is what lies beyond it.
  const resolutionNs = resolutionMs * 1e6;
  const lag = (ns: number): number => Math.max(0, ns - resolutionNs) / NS_PER_S;
  const sample = (): void => {
    // An interval without samples reports NaN mean and a huge min; show 0 instead.
    const has = h.count > 0;
    gauges.mean.set(has ? lag(h.mean) : 0);
    gauges.p99.set(has ? lag(h.percentile(99)) : 0);
    gauges.max.set(has ? lag(h.max) : 0);
    h.reset();
  };
  const detach = registry?.onCollect(sample);
  return {
    sample,
    stop: () => {
      detach?.();
      h.disable();
    },
  };
}
