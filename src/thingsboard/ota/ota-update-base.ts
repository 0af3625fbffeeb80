import type { CoreError, OtaPackageInfo, OtaPackageType } from '../../core/core-types.js';
import type { PackageSource } from '../../lwm2m/ota/package-source.js';
import type { ResourceValue } from '../../lwm2m/node.js';
import type { OtaStatus } from './ota-codes.js';
import { otaLogText } from './ota-log-text.js';
import { object19Metadata, packageChecksum, sendObject19Metadata } from './object19-info.js';
import type { OtaDevicePort, OtaInfo, OtaPackageProvider, OtaReporter, OtaSettings } from './ota-ports.js';
import { isSupported, isUpdateRequired, packageKey, targetFromAttributes, type OtaKind } from './ota-target.js';
import type { KvEntry } from '../../core/core-types.js';

/** What both state machines share: target handling, reporting, package fetch, Object 19 metadata. */
export interface OtaUpdateDeps {
  readonly port: OtaDevicePort;
  readonly provider: OtaPackageProvider;
  readonly reporter: OtaReporter;
  readonly settings: OtaSettings;
  readonly info: OtaInfo;
}

const IN_PROGRESS: ReadonlySet<OtaStatus> = new Set(['DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATING']);

export function asInt(v: ResourceValue | undefined): number | undefined {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return undefined;
}

export function asText(v: ResourceValue | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (Buffer.isBuffer(v)) return v.toString('utf8');
  return typeof v === 'object' ? undefined : String(v);
}

/** ThingsBoard's response status names for a failed GetOtaPackageRequest (#67). */
function fetchStatus(e: CoreError): string {
  return e.kind === 'not-found' ? 'NOT_FOUND' : 'FAILURE';
}

export abstract class OtaUpdateBase {
  protected readonly port: OtaDevicePort;
  protected readonly provider: OtaPackageProvider;
  protected readonly reporter: OtaReporter;
  protected readonly settings: OtaSettings;
  readonly info: OtaInfo;
  /** Set once the current values were read at registration; before that nothing starts. */
  protected ready = false;
  private starting = false;

  constructor(
    readonly kind: OtaKind,
    deps: OtaUpdateDeps,
  ) {
    this.port = deps.port;
    this.provider = deps.provider;
    this.reporter = deps.reporter;
    this.settings = deps.settings;
    this.info = deps.info;
  }

  protected abstract readonly packageType: OtaPackageType;
  /** Paths read at registration, in order. */
  protected abstract readonly initPaths: readonly string[];
  /** The kind's State and Update Result resources (/5/0/3 + /5/0/5, /9/0/7 + /9/0/9). */
  protected abstract readonly statePath: string;
  protected abstract readonly resultPath: string;
  /** A new State / Update Result value (already different from the last one). */
  protected abstract onState(state: number): Promise<void>;
  protected abstract onResult(result: number): Promise<void>;
  /** Records a value other than state and result (name, version...). */
  protected abstract recordValue(path: string, value: ResourceValue): void;
  /** Sends the package (the update is required and the package known). */
  protected abstract deliver(pkg: OtaPackageInfo | undefined): Promise<void>;

  get inProgress(): boolean {
    return this.info.status !== undefined && IN_PROGRESS.has(this.info.status);
  }

  /**
   * At (re-)registration: reads the current values, then resumes or starts. Values of an update
   * that was in progress (the device rebooted) go through the state machine; otherwise they are
   * only recorded, so an old result does not post a status again.
   */
  async init(attributes: readonly KvEntry[]): Promise<void> {
    const t = targetFromAttributes(this.kind, attributes);
    if (t === undefined) delete this.info.target;
    else this.info.target = t;
    const resuming = this.inProgress;
    for (const path of this.initPaths) {
      const objectId = Number(path.split('/')[1]);
      if (!this.port.hasObject(objectId)) continue;
      let value: ResourceValue | undefined;
      try {
        value = await this.port.read(path);
      } catch {
        continue;
      }
      if (value === undefined) continue;
      if (resuming) await this.onResource(path, value);
      else this.record(path, value);
    }
    this.ready = true;
    if (!resuming) await this.startIfNeeded();
  }

  /** Shared attribute update (#66): a new target may start an update. */
  async onAttributes(updated: readonly KvEntry[], deleted: readonly string[]): Promise<void> {
    const t = targetFromAttributes(this.kind, updated, this.info.target, deleted);
    const before = this.info.target === undefined ? '' : packageKey(this.info.target.title, this.info.target.version) + (this.info.target.url ?? '');
    const after = t === undefined ? '' : packageKey(t.title, t.version) + (t.url ?? '');
    if (t === undefined) delete this.info.target;
    else this.info.target = t;
    if (before === after || !this.ready) return;
    this.info.retries = 0;
    await this.startIfNeeded();
  }

  /** The whole attribute set again (wake-up): the target is replaced, then started if required and idle. */
  async refresh(attributes: readonly KvEntry[]): Promise<void> {
    const t = targetFromAttributes(this.kind, attributes);
    if (t === undefined) delete this.info.target;
    else this.info.target = t;
    if (this.ready) await this.startIfNeeded();
  }

  /** Records a value without acting on it. */
  protected record(path: string, value: ResourceValue): void {
    const n = asInt(value);
    if (path === this.statePath) {
      if (n !== undefined) this.info.lastState = n;
    } else if (path === this.resultPath) {
      if (n !== undefined) this.info.lastResult = n;
    } else this.recordValue(path, value);
  }

  /** A value of one of the kind's resources, from a Read or a notification: state changes drive the machine. */
  async onResource(path: string, value: ResourceValue): Promise<void> {
    const n = asInt(value);
    if (path === this.statePath) {
      if (n !== undefined && n !== this.info.lastState) await this.onState(n);
    } else if (path === this.resultPath) {
      if (n !== undefined && n !== this.info.lastResult) await this.onResult(n);
    } else this.recordValue(path, value);
  }

  protected report(status: OtaStatus, line: string): void {
    this.info.status = status;
    this.reporter.status(this.kind, status, line);
  }

  protected markFailed(): void {
    const t = this.info.target;
    if (t !== undefined) this.info.failedPackage = packageKey(t.title, t.version);
  }

  /** #66/#70: the not-supported failure, an external URL, or the package of the core. */
  async startIfNeeded(force = false): Promise<void> {
    const t = this.info.target;
    if (t === undefined || this.starting || (!force && this.inProgress)) return;
    if (!isSupported(this.info.current)) {
      this.report('FAILED', otaLogText.notSupported());
      return;
    }
    if (!isUpdateRequired(t, this.info.current, this.info.failedPackage)) return;
    this.starting = true;
    try {
      if (t.url !== undefined) {
        await this.deliverUrl(t.url);
        return;
      }
      const pkg = await this.provider.packageInfo(this.packageType);
      if (!pkg.ok) {
        this.report('FAILED', otaLogText.fetchFailed(fetchStatus(pkg.error)));
        return;
      }
      this.info.packageId = pkg.value.packageId;
      await this.deliver(pkg.value);
    } catch (err) {
      this.report('FAILED', otaLogText.internalError(err instanceof Error ? err.message : String(err)));
    } finally {
      this.starting = false;
    }
  }

  protected abstract deliverUrl(url: string): Promise<void>;

  protected async source(pkg: OtaPackageInfo): Promise<PackageSource | undefined> {
    const s = await this.provider.packageSource(pkg.packageId);
    if (s === undefined) this.report('FAILED', otaLogText.fetchFailed('NOT_FOUND'));
    return s;
  }

  /** #73 when the profile asks for it; a failure here is logged and does not stop the update. */
  protected async sendMetadata(pkg: OtaPackageInfo, source: PackageSource): Promise<void> {
    if (!this.settings.useObject19ForOtaInfo) return;
    try {
      const checksum = await packageChecksum(source);
      await sendObject19Metadata(this.kind, this.port, this.reporter, object19Metadata(pkg, source.size, checksum));
    } catch (err) {
      this.reporter.log(otaLogText.processFailed(err instanceof Error ? err.message : String(err)));
    }
  }

  /** A write that carried the package or its URI was refused: the update failed. */
  protected checkWrite(what: string, code: string): boolean {
    if (code.startsWith('2.')) return true;
    this.markFailed();
    this.report('FAILED', otaLogText.processFailed(`${what} answered ${code}`));
    return false;
  }

  protected joinUrl(base: string | undefined, resource: string, id: string): string | undefined {
    if (base === undefined || base.trim() === '') return undefined;
    return `${base.replace(/\/+$/, '')}/${resource}/${id}`;
  }
}
