import { applySimulatorTiming, type SimulatorTiming } from './coap-timing.js';
import { SimulatedDevice } from './simulated-device.js';
import type { SimulatedDeviceOptions } from './types.js';

export interface FleetOptions {
  readonly count: number;
  /** Options of device `i` (0-based); endpoint names must be unique. */
  readonly device: (i: number) => SimulatedDeviceOptions;
  /** Devices registering at the same time, default 50. */
  readonly concurrency?: number;
  /** node-coap's global CoAP timing, applied once before the first device starts. */
  readonly timing?: SimulatorTiming;
}

export interface FleetStats {
  readonly started: number;
  readonly registered: number;
  readonly failed: number;
  readonly notificationsSent: number;
  readonly requestsHandled: number;
  readonly sends: number;
  readonly errors: number;
}

/**
 * Many simulated devices in one process, each on its own UDP socket, started with a bounded
 * number of registrations in flight so a server sees a ramp, not a single burst.
 */
export class DeviceFleet {
  readonly devices: SimulatedDevice[] = [];
  private failedCount = 0;
  private stopping = false;

  constructor(private readonly opts: FleetOptions) {
    if (!Number.isInteger(opts.count) || opts.count < 0) throw new RangeError('count must be a non-negative integer');
  }

  /** Creates and registers every device; resolves when all have registered or failed. */
  async start(): Promise<FleetStats> {
    if (this.opts.timing !== undefined) applySimulatorTiming(this.opts.timing);
    const limit = Math.max(1, this.opts.concurrency ?? 50);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < this.opts.count && !this.stopping) {
        const i = next++;
        const d = new SimulatedDevice({ logLimit: 0, ...this.opts.device(i) });
        this.devices.push(d);
        try {
          await d.start();
        } catch {
          this.failedCount++;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, this.opts.count) }, worker));
    return this.stats();
  }

  stats(): FleetStats {
    let registered = 0;
    let notificationsSent = 0;
    let requestsHandled = 0;
    let sends = 0;
    let errors = 0;
    for (const d of this.devices) {
      if (d.location !== undefined) registered++;
      notificationsSent += d.stats.notificationsSent;
      requestsHandled += d.stats.requestsHandled;
      sends += d.stats.sends;
      errors += d.stats.errors;
    }
    return { started: this.devices.length, registered, failed: this.failedCount, notificationsSent, requestsHandled, sends, errors };
  }

  /** Stops every device (optionally de-registering first, with the same concurrency bound). */
  async stop(opts: { deregister?: boolean } = {}): Promise<void> {
    this.stopping = true;
    const limit = Math.max(1, this.opts.concurrency ?? 50);
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < this.devices.length) {
        const d = this.devices[next++];
        await d?.stop(opts).catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: Math.min(limit, this.devices.length) }, worker));
  }
}
