/**
 * Disk persistence of the edge mirror (thingsboard-edge-grpc.md §5.2): one JSON snapshot plus one
 * blob file per OTA package, so that a restart serves devices before the link is up and the sync has
 * completed. Writes go to a temporary file that is renamed over the old one, so a crash mid-write
 * leaves the previous snapshot intact. A missing or unreadable snapshot means "start empty".
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Uuid } from '../core/index.js';
import { EdgeMirror, type MirrorSnapshot } from './edge-mirror.js';

const SNAPSHOT = 'mirror.json';
const BLOBS = 'ota';
const UUID_FILE = /^[0-9a-f-]{36}$/;

export class MirrorStore {
  private readonly blobDir: string;

  constructor(private readonly dir: string) {
    this.blobDir = path.join(dir, BLOBS);
  }

  /** Loads the mirror; `problem` receives the reason when a snapshot exists but cannot be used. */
  load(problem: (message: string) => void): EdgeMirror {
    const mirror = new EdgeMirror();
    const file = path.join(this.dir, SNAPSHOT);
    if (!existsSync(file)) return mirror;
    try {
      const s = JSON.parse(readFileSync(file, 'utf8')) as Partial<MirrorSnapshot> | null;
      if (!s || s.version !== 1 || !Array.isArray(s.devices) || !Array.isArray(s.credentials) || !Array.isArray(s.profiles)
        || !Array.isArray(s.otaPackages) || !Array.isArray(s.models) || !Array.isArray(s.sharedAttributes)) {
        problem('mirror snapshot has an unknown shape; starting empty');
        return mirror;
      }
      mirror.restore(s as MirrorSnapshot, (id) => this.readBlob(id));
      return mirror;
    } catch (e) {
      problem(`mirror snapshot unreadable (${(e as Error).message}); starting empty`);
      return new EdgeMirror();
    }
  }

  /** Writes the snapshot, the blobs of new or `changedPackages`, and removes blobs of swept packages. */
  save(mirror: EdgeMirror, changedPackages: ReadonlySet<Uuid> = new Set()): void {
    mkdirSync(this.blobDir, { recursive: true });
    for (const p of mirror.otaPackages.values()) {
      if (p.data === undefined) continue;
      const f = path.join(this.blobDir, p.id);
      if (changedPackages.has(p.id) || !existsSync(f)) this.atomicWrite(f, p.data);
    }
    for (const name of readdirSync(this.blobDir)) {
      if (UUID_FILE.test(name) && !mirror.otaPackages.has(name)) rmSync(path.join(this.blobDir, name), { force: true });
    }
    this.atomicWrite(path.join(this.dir, SNAPSHOT), Buffer.from(JSON.stringify(mirror.snapshot())));
  }

  private readBlob(id: Uuid): Buffer | undefined {
    if (!UUID_FILE.test(id)) return undefined;
    try {
      return readFileSync(path.join(this.blobDir, id));
    } catch {
      return undefined;
    }
  }

  private atomicWrite(file: string, data: Buffer): void {
    const tmp = `${file}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  }
}
