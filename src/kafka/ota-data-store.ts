/** Where OTA package bytes are read from (ThingsBoard: the shared Redis cache, §5.7). */
import type { CoreResult, Uuid } from '../core/core-types.js';

export interface OtaDataStore {
  read(packageId: Uuid, offset?: number, length?: number): Promise<CoreResult<Uint8Array>>;
  close(): Promise<void>;
}

/** Redis key of a package's bytes: CacheConstants.OTA_PACKAGE_DATA_CACHE + "::" + id. */
export function otaDataKey(packageId: Uuid): string {
  return `otaPackagesData::${packageId}`;
}
