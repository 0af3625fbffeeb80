/**
 * The mirror in Redis instead of on disk (thingsboard-edge-grpc.md §5.2, "or the project's Redis"):
 * `<prefix>:snapshot` holds the JSON snapshot, `<prefix>:ota:<packageId>` the bytes of each package.
 * Useful when the transport runs without a persistent volume. The snapshot is written after the blobs,
 * so a reader never sees a package whose bytes are missing.
 */
import type { Redis } from 'ioredis';
import type { Uuid } from '../core/index.js';
import type { EdgeMirror } from './edge-mirror.js';
import { restoreChecked, snapshotFrom, type MirrorPersistence } from './mirror-store.js';

export type RedisMirrorClient = Pick<Redis, 'get' | 'getBuffer' | 'set' | 'del'>;

export class RedisMirrorStore implements MirrorPersistence {
  /** Packages whose bytes are stored, to delete those of swept packages. */
  private stored = new Set<Uuid>();

  constructor(
    private readonly redis: RedisMirrorClient,
    private readonly prefix: string,
  ) {}

  private blobKey(id: Uuid): string {
    return `${this.prefix}:ota:${id}`;
  }

  async loadInto(mirror: EdgeMirror, problem: (message: string) => void): Promise<void> {
    let text: string | null;
    try {
      text = await this.redis.get(`${this.prefix}:snapshot`);
    } catch (e) {
      problem(`mirror snapshot not readable from Redis (${(e as Error).message}); starting empty`);
      return;
    }
    if (text === null) return;
    const s = snapshotFrom(text);
    if (typeof s === 'string') {
      problem(s);
      return;
    }
    const blobs = new Map<Uuid, Buffer>();
    try {
      for (const p of s.otaPackages) {
        if (!p.hasData || typeof p.id !== 'string') continue;
        const b = await this.redis.getBuffer(this.blobKey(p.id));
        if (b) blobs.set(p.id, b);
      }
    } catch (e) {
      problem(`OTA bytes not readable from Redis (${(e as Error).message}); starting empty`);
      return;
    }
    restoreChecked(mirror, s, (id) => blobs.get(id), problem);
    this.stored = new Set(blobs.keys());
  }

  async save(mirror: EdgeMirror, changedPackages: ReadonlySet<Uuid>): Promise<void> {
    const now = new Set<Uuid>();
    for (const p of mirror.otaPackages.values()) {
      if (p.data === undefined) continue;
      now.add(p.id);
      if (changedPackages.has(p.id) || !this.stored.has(p.id)) await this.redis.set(this.blobKey(p.id), p.data);
    }
    await this.redis.set(`${this.prefix}:snapshot`, JSON.stringify(mirror.snapshot()));
    for (const id of this.stored) if (!now.has(id)) await this.redis.del(this.blobKey(id));
    this.stored = now;
  }
}
