/**
 * Keeps the persisted copy of the mirror in step (thingsboard-edge-grpc.md §5.2): one restore at
 * start, debounced writes after downlinks, an immediate write after a completed sync and at stop.
 * Writes are chained so an older snapshot never lands after a newer one; a failed write is logged and
 * its package blobs are retried with the next one.
 */
import type { Logger } from 'pino';
import type { Uuid } from '../core/index.js';
import type { EdgeMirror } from './edge-mirror.js';
import type { MirrorPersistence } from './mirror-store.js';

export class MirrorKeeper {
  private timer: NodeJS.Timeout | undefined;
  private loaded: Promise<void> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private readonly changedPackages = new Set<Uuid>();

  constructor(
    private readonly store: MirrorPersistence,
    private readonly mirror: EdgeMirror,
    private readonly log: Logger,
    private readonly delayMs: number,
  ) {}

  /** Restores once; later calls return the same promise. */
  load(): Promise<void> {
    this.loaded ??= this.store.loadInto(this.mirror, (m) => this.log.warn(m)).then(() => {
      if (this.mirror.synced) this.log.info({ devices: this.mirror.devices.size }, 'edge mirror restored: serving devices before the sync');
    });
    return this.loaded;
  }

  packageChanged(id: Uuid): void {
    this.changedPackages.add(id);
  }

  schedule(delay = this.delayMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, delay);
  }

  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.saving = this.saving.then(async () => {
      const changed = new Set(this.changedPackages);
      this.changedPackages.clear();
      try {
        await this.store.save(this.mirror, changed);
      } catch (e) {
        for (const id of changed) this.changedPackages.add(id);
        this.log.error({ err: e }, 'edge mirror could not be written; a restart will need a sync first');
      }
    });
    return this.saving;
  }
}
