/**
 * The embedded core's OTA packages in a local folder (issue: "a local folder in the embedded
 * core"): each package is one file named by its id, beside an index of package infos and of
 * which package each device is assigned. Bytes are read by range from the file, so a download
 * never holds a whole package in memory, and assignments survive a restart.
 */
import { closeSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OtaPackageInfo, OtaPackageType, Uuid } from '../core/index.js';

interface StoredPackage {
  readonly info: OtaPackageInfo;
  readonly size: number;
}

interface FolderIndex {
  packages: Record<Uuid, StoredPackage>;
  /** `${deviceId}:${type}` → package id. */
  assigned: Record<string, Uuid>;
}

const INDEX = 'index.json';
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export class OtaPackageFolder {
  private index: FolderIndex = { packages: {}, assigned: {} };

  /** Opens (creating it if needed) the folder; an unreadable index starts empty. */
  constructor(private readonly dir: string) {
    mkdirSync(dir, { recursive: true });
    try {
      const parsed = JSON.parse(readFileSync(join(dir, INDEX), 'utf8')) as Partial<FolderIndex>;
      if (typeof parsed.packages === 'object' && parsed.packages !== null && typeof parsed.assigned === 'object' && parsed.assigned !== null) {
        this.index = { packages: parsed.packages, assigned: parsed.assigned };
      }
    } catch {
      // No index yet (first start) or a damaged one: no packages.
    }
  }

  assignedTo(deviceId: Uuid, type: OtaPackageType): StoredPackage | undefined {
    const id = this.index.assigned[`${deviceId}:${type}`];
    return id === undefined ? undefined : this.index.packages[id];
  }

  size(packageId: Uuid): number | undefined {
    return this.index.packages[packageId]?.size;
  }

  /** Stores the bytes, assigns the package to the device and drops the package it replaces. */
  assign(deviceId: Uuid, info: OtaPackageInfo, data: Buffer): void {
    if (!UUID_RE.test(info.packageId)) throw new Error(`not a package id: ${info.packageId}`);
    writeFileSync(this.file(info.packageId), data);
    const key = `${deviceId}:${info.type}`;
    const previous = this.index.assigned[key];
    this.index.packages[info.packageId] = { info, size: data.length };
    this.index.assigned[key] = info.packageId;
    if (previous !== undefined && previous !== info.packageId && !Object.values(this.index.assigned).includes(previous)) {
      delete this.index.packages[previous];
      rmSync(this.file(previous), { force: true });
    }
    this.saveIndex();
  }

  /** Reads `length` bytes from `offset` (to the end when absent); undefined for an unknown id. */
  read(packageId: Uuid, offset = 0, length?: number): Buffer | undefined {
    const p = this.index.packages[packageId];
    if (p === undefined || !UUID_RE.test(packageId)) return undefined;
    const start = Math.max(0, Math.min(offset, p.size));
    const end = length === undefined ? p.size : Math.min(p.size, start + Math.max(0, length));
    const out = Buffer.allocUnsafe(end - start);
    const fd = openSync(this.file(packageId), 'r');
    try {
      let done = 0;
      while (done < out.length) {
        const n = readSync(fd, out, done, out.length - done, start + done);
        if (n === 0) break;
        done += n;
      }
      return done === out.length ? out : out.subarray(0, done);
    } finally {
      closeSync(fd);
    }
  }

  private file(packageId: Uuid): string {
    return join(this.dir, `${packageId}.bin`);
  }

  private saveIndex(): void {
    // Write then rename, so a crash mid-write never leaves a truncated index.
    const tmp = join(this.dir, `${INDEX}.tmp`);
    writeFileSync(tmp, JSON.stringify(this.index));
    renameSync(tmp, join(this.dir, INDEX));
  }
}
