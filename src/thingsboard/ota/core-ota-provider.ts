import type { CorePort } from '../../core/core-port.js';
import type { DeviceInfo } from '../../core/core-types.js';
import type { PackageAccess } from '../../lwm2m/ota/package-download-resource.js';
import type { Peer } from '../../net/datagram.js';
import type { OtaInfoStore, OtaPackageProvider } from './ota-ports.js';
import type { OtaPackageCache } from './package-cache.js';

/** Packages of one device through the core port (GetOtaPackageRequestMsg + the shared cache). */
export function coreOtaProvider(core: Pick<CorePort, 'getOtaPackage'>, device: Pick<DeviceInfo, 'tenantId' | 'deviceId'>, cache: OtaPackageCache): OtaPackageProvider {
  return {
    packageInfo: (type) => core.getOtaPackage(device.tenantId, device.deviceId, type),
    packageSource: (packageId) => cache.source(packageId),
  };
}

export interface OtaDownloadAccessOptions {
  /** The registered endpoint behind a peer (the LwM2M server's registration store). */
  readonly endpointOf: (peer: Peer) => string | undefined;
  readonly store: OtaInfoStore;
  readonly cache: OtaPackageCache;
}

/**
 * The `/tbfw` / `/tbsw` access rule (issue 7 item 6): only the registered device whose
 * current update uses the package may fetch it; another caller of a known package gets 4.03,
 * anything else 4.04. ThingsBoard serves any caller (features doc §4 item 30).
 */
export function otaDownloadLookup(options: OtaDownloadAccessOptions): (resource: string, id: string, peer: Peer) => Promise<PackageAccess> {
  return async (resource, id, peer) => {
    const endpoint = options.endpointOf(peer);
    const kind = resource === 'tbsw' ? 'software' : 'firmware';
    if (endpoint !== undefined && options.store.peek(kind, endpoint)?.packageId === id) {
      const source = await options.cache.source(id);
      return source === undefined ? { kind: 'not-found' } : { kind: 'ok', source };
    }
    return options.cache.has(id) ? { kind: 'forbidden' } : { kind: 'not-found' };
  };
}
