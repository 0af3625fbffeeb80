import { createHash } from 'node:crypto';
import type { OtaPackageInfo } from '../../core/core-types.js';
import type { PackageSource } from '../../lwm2m/ota/package-source.js';
import { otaLogText } from './ota-log-text.js';
import type { OtaDevicePort, OtaReporter } from './ota-ports.js';
import type { OtaKind } from './ota-target.js';

/**
 * Package metadata in Object 19 (BinaryAppDataContainer), features doc #73, following
 * ThingsBoard's documentation (features doc §4 items 7 and 8): firmware in instance 65534, JSON
 * keys `Checksum`, `Title`, `Version`, `File Name`, `File Size`. The documented software id
 * 65535 is reserved by LwM2M Core 1.1 §7.1 (MAX_ID) and cannot be addressed, so software uses
 * 65533. ThingsBoard's code uses 65533/65534 and lower-case keys; see docs/ota-and-bootstrap.md.
 */
export const OBJECT19_INSTANCE: Readonly<Record<OtaKind, number>> = { firmware: 65534, software: 65533 };

export interface Object19Metadata {
  readonly Checksum: string;
  readonly Title: string;
  readonly Version: string;
  readonly 'File Name': string;
  readonly 'File Size': number;
}

/** SHA-256 (hex) of a package, read slice by slice. */
export async function packageChecksum(source: PackageSource, chunk = 64 * 1024): Promise<string> {
  const hash = createHash('sha256');
  for (let off = 0; off < source.size; off += chunk) {
    const part = await source.read(off, Math.min(chunk, source.size - off));
    if (part.length === 0) throw new Error(`package ended at ${off} of ${source.size} bytes`);
    hash.update(part);
  }
  return hash.digest('hex');
}

export function object19Metadata(info: OtaPackageInfo, size: number, checksum: string): Object19Metadata {
  return { Checksum: checksum, Title: info.title, Version: info.version, 'File Name': info.fileName, 'File Size': size };
}

/**
 * Writes the metadata JSON (UTF-8 bytes in the opaque Data resource /19/x/0/0): Write-Replace
 * when the instance exists, otherwise Create. A client without Object 19 gets the #3.2 log line.
 */
export async function sendObject19Metadata(
  kind: OtaKind,
  port: OtaDevicePort,
  reporter: OtaReporter,
  metadata: Object19Metadata,
): Promise<string | undefined> {
  const instanceId = OBJECT19_INSTANCE[kind];
  if (!port.hasObject(19)) {
    reporter.log(otaLogText.noObject19(port.endpoint, instanceId));
    return undefined;
  }
  const data = new Map([[0, Buffer.from(JSON.stringify(metadata), 'utf8')]]);
  if (port.hasInstance(19, instanceId)) return port.writeOpaqueInstances(`/19/${instanceId}/0`, data);
  return port.createWithOpaque(19, instanceId, 0, data);
}
