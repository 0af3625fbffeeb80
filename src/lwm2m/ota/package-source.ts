/**
 * A software/firmware package readable in slices, so a download never needs the whole image
 * in memory (a 1 MB image to 200 devices must not cost 200 MB). Implementations read from a
 * cache (Redis GETRANGE), a file, or memory.
 */
export interface PackageSource {
  /** Total size in bytes. */
  readonly size: number;
  /** Bytes [offset, offset + length) clipped to the end; rejects on a storage failure. */
  read(offset: number, length: number): Promise<Buffer>;
}

/** A package already in memory (tests, small packages, the embedded core's memory store). */
export function bufferPackageSource(bytes: Buffer): PackageSource {
  return {
    size: bytes.length,
    read: (offset, length) => Promise.resolve(bytes.subarray(Math.max(0, offset), Math.max(0, Math.min(bytes.length, offset + length)))),
  };
}

/** Reads `source` whole in `chunk`-byte steps (for a push to the device; the caller bounds the size). */
export async function readWhole(source: PackageSource, chunk = 64 * 1024): Promise<Buffer> {
  const parts: Buffer[] = [];
  for (let off = 0; off < source.size; off += chunk) {
    const part = await source.read(off, Math.min(chunk, source.size - off));
    if (part.length === 0) throw new Error(`package ended at ${off} of ${source.size} bytes`);
    parts.push(part);
  }
  return Buffer.concat(parts, source.size);
}
