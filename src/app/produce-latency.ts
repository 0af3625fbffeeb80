/**
 * kafka_produce_latency_seconds, measured at the core port: the port's uplink calls resolve when
 * the broker acknowledged the record (core-port.ts conventions), so the time from the call to its
 * successful resolution is the produce latency the device's data saw (buffering and linger
 * included). Wrapped on the adapter instance at the composition root.
 */
import type { CorePort } from '../core/index.js';
import type { HistogramChild } from '../obs/metrics.js';

const UPLINK_CALLS = ['openSession', 'postTelemetry', 'postAttributes', 'sendRpcResponse', 'sendRpcStatus'] as const;

type AsyncMethod = (...args: unknown[]) => Promise<{ ok: boolean }>;

export function measureProduceLatency(core: CorePort, histogram: HistogramChild, now: () => number = () => performance.now()): () => void {
  const target = core as unknown as Record<(typeof UPLINK_CALLS)[number], AsyncMethod>;
  const originals = UPLINK_CALLS.map((name) => [name, target[name]] as const);
  for (const [name, original] of originals) {
    target[name] = async (...args: unknown[]) => {
      const t0 = now();
      const r = await original.apply(core, args);
      // Only acknowledged records: a refusal (overflow, stopped) is counted as an error elsewhere.
      if (r.ok) histogram.observe((now() - t0) / 1000);
      return r;
    };
  }
  return () => {
    for (const [name, original] of originals) target[name] = original;
  };
}
