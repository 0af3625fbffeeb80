import type { OtaPackageInfo } from '../../core/core-types.js';
import { readWhole } from '../../lwm2m/ota/package-source.js';
import type { ResourceValue } from '../../lwm2m/node.js';
import { MAX_RETRIES, SW_RETRYABLE, SwResult, SwState, swResultName, swStateName } from './ota-codes.js';
import { otaLogText } from './ota-log-text.js';
import { asText, OtaUpdateBase, type OtaUpdateDeps } from './ota-update-base.js';

/**
 * The software update state machine (features doc #72, OMA Object 9): binary to /9/0/2 or a
 * URL to /9/0/3, Uninstall (/9/0/6 with "1") first when a package is installed, Install
 * (/9/0/4) once delivered, `sw_state` for /9/0/7 and /9/0/9 changes, retries of the retryable results.
 */

const PATHS = { name: '/9/0/0', version: '/9/0/1', package: '/9/0/2', uri: '/9/0/3', install: '/9/0/4', uninstall: '/9/0/6', state: '/9/0/7', result: '/9/0/9' };

export class SoftwareUpdate extends OtaUpdateBase {
  protected readonly packageType = 'SOFTWARE' as const;
  protected readonly initPaths = [PATHS.name, PATHS.version, PATHS.state, PATHS.result];

  constructor(deps: OtaUpdateDeps) {
    super('software', deps);
  }

  protected readonly statePath = PATHS.state;
  protected readonly resultPath = PATHS.result;

  protected recordValue(path: string, value: ResourceValue): void {
    if (path === PATHS.name) this.info.current.name = asText(value);
    else if (path === PATHS.version) this.info.current.version = asText(value);
  }

  protected async onState(state: number): Promise<void> {
    this.info.lastState = state;
    const line = otaLogText.softwareState(swStateName(state));
    if (state === SwState.INITIAL) {
      // #72: back in INITIAL (e.g. after the Uninstall for an update): start if still needed.
      await this.startIfNeeded();
    } else if (state === SwState.DOWNLOAD_STARTED || state === SwState.DOWNLOADED) {
      this.report('DOWNLOADING', line);
    } else if (state === SwState.DELIVERED) {
      this.report('DOWNLOADED', line);
      await this.install();
    }
  }

  protected async onResult(result: number): Promise<void> {
    this.info.lastResult = result;
    const line = otaLogText.softwareResult(swResultName(result));
    if (result === SwResult.DOWNLOADING) this.report('DOWNLOADING', line);
    else if (result === SwResult.DOWNLOADED_VERIFIED) this.report('VERIFIED', line);
    else if (result === SwResult.INSTALLED) {
      this.info.retries = 0;
      delete this.info.failedPackage;
      this.report('UPDATED', line);
    } else if (result >= 50) {
      this.report('FAILED', line);
      if (SW_RETRYABLE.has(result) && this.info.retries < MAX_RETRIES) {
        this.info.retries++;
        delete this.info.failedPackage;
        await this.startIfNeeded(true);
      } else this.markFailed();
    }
  }

  private async install(): Promise<void> {
    try {
      const code = await this.port.execute(PATHS.install);
      if (!code.startsWith('2.')) this.reporter.log(otaLogText.processFailed(`Execute ${PATHS.install} answered ${code}`));
    } catch (err) {
      this.reporter.log(otaLogText.processFailed(err instanceof Error ? err.message : String(err)));
    }
  }

  /** #72: an installed package is uninstalled "for update" first; INITIAL then restarts the update. */
  private async uninstallFirst(): Promise<boolean> {
    if (this.info.lastState !== SwState.INSTALLED) return false;
    const code = await this.port.execute(PATHS.uninstall, '1');
    if (!code.startsWith('2.')) this.reporter.log(otaLogText.processFailed(`Execute ${PATHS.uninstall} answered ${code}`));
    return true;
  }

  protected async deliverUrl(url: string): Promise<void> {
    if (await this.uninstallFirst()) return;
    this.checkWrite(`Write ${PATHS.uri}`, await this.port.writeString(PATHS.uri, url));
  }

  protected async deliver(pkg: OtaPackageInfo): Promise<void> {
    const strategy = this.settings.swStrategy;
    if (strategy !== 1 && strategy !== 2) {
      this.report('FAILED', otaLogText.unsupportedStrategy(String(strategy)));
      return;
    }
    if (await this.uninstallFirst()) return;
    const source = await this.source(pkg);
    if (source === undefined) return;
    await this.sendMetadata(pkg, source);
    if (strategy === 2) {
      // The documented resource for software is /tbsw (ThingsBoard's code writes /tbfw; both are served).
      const url = this.joinUrl(this.settings.swBaseUrl, 'tbsw', pkg.packageId);
      if (url === undefined) {
        this.report('FAILED', otaLogText.internalError('the profile has no software update resource (swUpdateResource)'));
        return;
      }
      this.checkWrite(`Write ${PATHS.uri}`, await this.port.writeString(PATHS.uri, url));
      return;
    }
    this.checkWrite(`Write ${PATHS.package}`, await this.port.writeOpaque(PATHS.package, await readWhole(source)));
  }
}
