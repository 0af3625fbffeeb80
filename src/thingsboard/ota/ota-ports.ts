import type { CoreResult, OtaPackageInfo, OtaPackageType } from '../../core/core-types.js';
import type { PackageSource } from '../../lwm2m/ota/package-source.js';
import type { ResourceValue } from '../../lwm2m/node.js';
import type { OtaStatus } from './ota-codes.js';
import type { OtaCurrent, OtaKind, OtaTarget } from './ota-target.js';

/**
 * What the OTA state machines need around them, as small interfaces: the device (LwM2M
 * operations on one registration), the packages (the core port), and where status goes
 * (telemetry + transportLog). `lwm2m-ota-port.ts` implements the device side on Lwm2mServer.
 */

/** LwM2M operations on one registered client. Methods resolve with the CoAP code; they reject on transport failure. */
export interface OtaDevicePort {
  readonly endpoint: string;
  /** The client registered this object (any instance). */
  hasObject(objectId: number): boolean;
  hasInstance(objectId: number, instanceId: number): boolean;
  /** Read of a single resource; undefined when absent or not readable. */
  read(path: string): Promise<ResourceValue | undefined>;
  writeString(path: string, value: string): Promise<string>;
  /** Write-Replace of an opaque resource (Block1 below for large data, LwM2M Core 1.1 §E.6 Push). */
  writeOpaque(path: string, data: Buffer): Promise<string>;
  /** Write-Replace of a multiple opaque resource with the given instances (e.g. /19/x/0). */
  writeOpaqueInstances(path: string, instances: ReadonlyMap<number, Buffer>): Promise<string>;
  /** Create of `/objectId/instanceId` with one multiple opaque resource. */
  createWithOpaque(objectId: number, instanceId: number, resourceId: number, instances: ReadonlyMap<number, Buffer>): Promise<string>;
  execute(path: string, args?: string): Promise<string>;
}

export interface OtaPackageProvider {
  /** Package assigned to this device (GetOtaPackageRequestMsg). */
  packageInfo(type: OtaPackageType): Promise<CoreResult<OtaPackageInfo>>;
  /** The bytes, readable in slices; undefined when the cache has none. */
  packageSource(packageId: string): Promise<PackageSource | undefined>;
}

export interface OtaReporter {
  /** `fw_state`/`sw_state` telemetry together with a transportLog line, in one message (#74). */
  status(kind: OtaKind, status: OtaStatus, line: string): void;
  /** A transportLog line alone. */
  log(line: string): void;
}

/** The profile's `clientLwM2mSettings` that drive OTA (#67-#73). */
export interface OtaSettings {
  /** 1 binary /5/0/0, 2 temporary URL /5/0/1, 3 binary to Object 19. */
  readonly fwStrategy: number;
  /** 1 binary /9/0/2, 2 temporary URL /9/0/3. */
  readonly swStrategy: number;
  /** Base URL of the transport's download resource, e.g. `coap://host:5685`. */
  readonly fwBaseUrl?: string;
  readonly swBaseUrl?: string;
  readonly useObject19ForOtaInfo: boolean;
}

/** Per-endpoint OTA memory that outlives a registration, so a rebooted device resumes (#66, issue 7 item 4). */
export interface OtaInfo {
  target?: OtaTarget;
  current: OtaCurrent;
  /** Package key (title+version) that failed last: not retried. */
  failedPackage?: string;
  retries: number;
  /** Last status posted by the transport. */
  status?: OtaStatus;
  lastState?: number;
  lastResult?: number;
  /** The core's package id of the update in progress (what `/tbfw/<id>` may serve to this device). */
  packageId?: string;
  /** Firmware only: /5/0/9 Delivery Method. */
  deliveryMethod?: number;
}

export function emptyOtaInfo(): OtaInfo {
  return { current: {}, retries: 0 };
}

/**
 * Where OtaInfo is kept outside the process (Redis in src/store), so an update in progress
 * survives a restart of the transport. Keys are `<kind>:<endpoint>`. Calls must not throw;
 * a failed write only loses that change.
 */
export interface OtaInfoPersistence {
  /** Every stored entry (unreadable ones already dropped). */
  load(): Promise<Iterable<readonly [key: string, info: OtaInfo]>>;
  save(key: string, info: OtaInfo): void;
  remove(key: string): void;
}

export interface OtaInfoStoreOptions {
  readonly maxEntries?: number;
  readonly persistence?: OtaInfoPersistence;
}

/**
 * Where OtaInfo lives between registrations: memory, and with a persistence also Redis
 * (ThingsBoard keeps it under `OTA#EP#…`, features item 66). The state machines mutate the
 * object they got in place, so with a persistence each entry is handed out behind a proxy that
 * notices assignments (to the info and to its `current`) and writes the entry once per turn.
 */
export class OtaInfoStore {
  private readonly items = new Map<string, OtaInfo>();
  private readonly maxEntries: number;
  private readonly persistence: OtaInfoPersistence | undefined;
  private readonly dirty = new Set<string>();
  private flushScheduled = false;

  constructor(options: number | OtaInfoStoreOptions = {}) {
    const o = typeof options === 'number' ? { maxEntries: options } : options;
    this.maxEntries = o.maxEntries ?? 100_000;
    this.persistence = o.persistence;
  }

  get(kind: OtaKind, endpoint: string): OtaInfo {
    const key = `${kind}:${endpoint}`;
    let info = this.items.get(key);
    if (info === undefined) {
      info = this.add(key, emptyOtaInfo());
    }
    return info;
  }

  /** The info if it exists, without creating it. */
  peek(kind: OtaKind, endpoint: string): OtaInfo | undefined {
    return this.items.get(`${kind}:${endpoint}`);
  }

  delete(endpoint: string): void {
    for (const key of [`firmware:${endpoint}`, `software:${endpoint}`]) this.forget(key);
  }

  /**
   * Loads what the persistence kept (before the first device attaches, e.g. at start-up).
   * Entries already in memory win. Resolves with the number loaded; 0 without a persistence.
   */
  async restore(): Promise<number> {
    if (this.persistence === undefined) return 0;
    let n = 0;
    for (const [key, info] of await this.persistence.load()) {
      if (this.items.has(key) || !/^(firmware|software):./s.test(key)) continue;
      if (this.items.size >= this.maxEntries) break;
      this.items.set(key, this.track(key, info));
      n++;
    }
    return n;
  }

  private add(key: string, info: OtaInfo): OtaInfo {
    if (this.items.size >= this.maxEntries) {
      const oldest = this.items.keys().next().value;
      if (oldest !== undefined) this.forget(oldest);
    }
    const tracked = this.track(key, info);
    this.items.set(key, tracked);
    return tracked;
  }

  private forget(key: string): void {
    if (!this.items.delete(key)) return;
    this.dirty.delete(key);
    this.persistence?.remove(key);
  }

  private track(key: string, info: OtaInfo): OtaInfo {
    if (this.persistence === undefined) return info;
    const onChange = (): void => this.changed(key);
    const watch = <T extends object>(target: T): ProxyHandler<T> => ({
      set(t, prop, value) {
        Reflect.set(t, prop, value);
        onChange();
        return true;
      },
      deleteProperty(t, prop) {
        Reflect.deleteProperty(t, prop);
        onChange();
        return true;
      },
    });
    const nested = new WeakMap<object, OtaCurrent>();
    const currentProxy = (c: OtaCurrent): OtaCurrent => {
      let p = nested.get(c);
      if (p === undefined) {
        p = new Proxy(c, watch(c));
        nested.set(c, p);
      }
      return p;
    };
    return new Proxy(info, {
      ...watch(info),
      get(t, prop) {
        const v: unknown = Reflect.get(t, prop);
        return prop === 'current' && typeof v === 'object' && v !== null ? currentProxy(v as OtaCurrent) : v;
      },
    });
  }

  private changed(key: string): void {
    this.dirty.add(key);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    // Several assignments of one step (state, result, status) become one write.
    queueMicrotask(() => {
      this.flushScheduled = false;
      for (const k of this.dirty) {
        const info = this.items.get(k);
        if (info !== undefined) this.persistence?.save(k, info);
      }
      this.dirty.clear();
    });
  }
}
