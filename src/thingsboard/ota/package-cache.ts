import type { CorePort } from '../../core/core-port.js';
import { bufferPackageSource, type PackageSource } from '../../lwm2m/ota/package-source.js';

/**
 * OTA package bytes shared by every device and download: one copy per package, fetched once
 * from the core port (Redis `otaPackagesData::<id>` in cluster mode) however many devices ask
 * at the same time, and evicted least-recently-used beyond `maxBytes`. Downloads then read
 * slices of that one copy, so 200 devices pulling a 1 MB image cost about 1 MB, not 200 MB.
 */
export class OtaPackageCache {
  private readonly entries = new Map<string, Buffer>();
  private readonly loading = new Map<string, Promise<Buffer | undefined>>();
  private bytes = 0;

  constructor(
    private readonly core: Pick<CorePort, 'readOtaPackageData'>,
    private readonly maxBytes = 256 * 1024 * 1024,
  ) {}

  /** The package as a slice-readable source; undefined when the core has no bytes for it. */
  async source(packageId: string): Promise<PackageSource | undefined> {
    const bytes = await this.load(packageId);
    return bytes === undefined ? undefined : bufferPackageSource(bytes);
  }

  /** Whether the package's bytes are held now (a known package). */
  has(packageId: string): boolean {
    return this.entries.has(packageId);
  }

  /** Drops a package (e.g. after the core deleted or replaced it). */
  evict(packageId: string): void {
    const b = this.entries.get(packageId);
    if (b === undefined) return;
    this.entries.delete(packageId);
    this.bytes -= b.length;
  }

  get heldBytes(): number {
    return this.bytes;
  }

  private load(packageId: string): Promise<Buffer | undefined> {
    const hit = this.entries.get(packageId);
    if (hit !== undefined) {
      // Map order is the LRU order: move to the back.
      this.entries.delete(packageId);
      this.entries.set(packageId, hit);
      return Promise.resolve(hit);
    }
    let pending = this.loading.get(packageId);
    if (pending === undefined) {
      pending = this.fetch(packageId).finally(() => this.loading.delete(packageId));
      this.loading.set(packageId, pending);
    }
    return pending;
  }

  private async fetch(packageId: string): Promise<Buffer | undefined> {
    const r = await this.core.readOtaPackageData(packageId);
    if (!r.ok || r.value.length === 0) return undefined;
    const buf = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    if (buf.length > this.maxBytes) return buf; // served, never held
    while (this.bytes + buf.length > this.maxBytes) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.evict(oldest);
    }
    this.entries.set(packageId, buf);
    this.bytes += buf.length;
    return buf;
  }
}
