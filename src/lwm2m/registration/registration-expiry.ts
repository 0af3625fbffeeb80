import type { Clock, TimerHandle } from '../../coap/types.js';
import type { Registration } from './registration.js';
import type { RegistrationStore } from './registration-store.js';

/**
 * Ends registrations whose lifetime passed without an Update (LwM2M Core 1.1 §6.2.1: the
 * server removes the registration when the lifetime expires). One periodic sweep for the
 * whole store instead of a timer per registration keeps idle registrations cheap; expiry is
 * therefore late by at most one interval.
 */
export class RegistrationExpiry {
  private timer: TimerHandle | undefined;

  constructor(
    private readonly store: RegistrationStore,
    private readonly clock: Clock,
    private readonly intervalMs: number,
    private readonly onExpired: (reg: Registration) => void,
  ) {}

  start(): void {
    if (this.timer !== undefined) return;
    this.schedule();
  }

  stop(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Runs one sweep now (also used by tests and by the periodic timer). */
  sweep(): number {
    const expired = this.store.takeExpired(this.clock.now());
    for (const reg of expired) this.onExpired(reg);
    return expired.length;
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      try {
        this.sweep();
      } finally {
        this.schedule();
      }
    }, this.intervalMs);
    this.timer.unref?.();
  }
}
