/**
 * Disk persistence of the edge mirror (thingsboard-edge-grpc.md §5.2): one JSON snapshot plus one
 * blob file per OTA package, so that a restart serves devices before the link is up and the sync has
 * completed. Writes go to a temporary file that is renamed over the old one, so a crash mid-write
 * leaves the previous snapshot intact. A missing or unreadable snapshot means "start empty".
 */
import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Uuid } from '../core/index.js';
import type { EdgeMirror, MirrorSnapshot } from './edge-mirror.js';

/** Where the mirror lives between runs: the disk (this file) or Redis (redis-mirror-store.ts). */
export interface MirrorPersistence {
  /** Fills an empty mirror; `problem` receives the reason when a stored snapshot cannot be used. */
  loadInto(mirror: EdgeMirror, problem: (message: string) => void): Promise<void>;
  /** Stores the snapshot, the bytes of new or `changedPackages`, and forgets those of removed packages. */
  save(mirror: EdgeMirror, changedPackages: ReadonlySet<Uuid>): Promise<void>;
}

/** A snapshot read back from storage, checked for shape before use (the file may be old or damaged). */
export function snapshotFrom(text: string): MirrorSnapshot | string {
  let s: Partial<MirrorSnapshot> | null;
  try {
    s = JSON.parse(text) as Partial<MirrorSnapshot> | null;
  } catch (e) {
    return `mirror snapshot unreadable (${(e as Error).message}); starting empty`;
  }
  if (!s || s.version !== 1 || !Array.isArray(s.devices) || !Array.isArray(s.credentials) || !Array.isArray(s.profiles)
    || !Array.isArray(s.otaPackages) || !Array.isArray(s.models) || !Array.isArray(s.sharedAttributes)) {
    return 'mirror snapshot has an unknown shape; starting empty';
  }
  return s as MirrorSnapshot;
}

/** Restores into `mirror`, undoing a partial restore if an entry is malformed. */
export function restoreChecked(mirror: EdgeMirror, s: MirrorSnapshot, blob: (id: Uuid) => Buffer | undefined, problem: (m: string) => void): void {
  try {
    mirror.restore(s, blob);
  } catch (e) {
    mirror.clear();
    problem(`mirror snapshot has a malformed entry (${(e as Error).message}); starting empty`);
  }
}

const SNAPSHOT = 'mirror.json';
const BLOBS = 'ota';
const UUID_FILE = /^[0-9a-f-]{36}$/;

export class MirrorStore implements MirrorPersistence {
  private readonly blobDir: string;

  constructor(private readonly dir: string) {
    this.blobDir = path.join(dir, BLOBS);
  }

  async loadInto(mirror: EdgeMirror, problem: (message: string) => void): Promise<void> {
    const file = path.join(this.dir, SNAPSHOT);
    if (!existsSync(file)) return;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      problem(`mirror snapshot unreadable (${(e as Error).message}); starting empty`);
      return;
    }
    const s = snapshotFrom(text);
    if (typeof s === 'string') problem(s);
    else restoreChecked(mirror, s, (id) => this.readBlob(id), problem);
  }

  async save(mirror: EdgeMirror, changedPackages: ReadonlySet<Uuid> = new Set()): Promise<void> {
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
