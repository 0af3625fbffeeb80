import type { OtaPackageInfo } from '../../core/core-types.js';
import { readWhole } from '../../lwm2m/ota/package-source.js';
import type { ResourceValue } from '../../lwm2m/node.js';
import { FW_RETRYABLE, FwResult, FwState, fwResultName, fwStateName, MAX_RETRIES } from './ota-codes.js';
import { otaLogText } from './ota-log-text.js';
import { asInt, asText, OtaUpdateBase, type OtaUpdateDeps } from './ota-update-base.js';

/**
 * The firmware update state machine (features doc #66-#71, LwM2M Core 1.1 §E.6): picks the
 * delivery (binary to /5/0/0, a temporary URL to /5/0/1, binary to Object 19, or an external
 * URL), posts `fw_state` for the device's /5/0/3 and /5/0/5 changes, executes /5/0/2 once the
 * package is downloaded, and retries the retryable results.
 */

const PATHS = { package: '/5/0/0', uri: '/5/0/1', update: '/5/0/2', state: '/5/0/3', result: '/5/0/5', name: '/5/0/6', version: '/5/0/7', delivery: '/5/0/9', version3: '/3/0/3' };

export class FirmwareUpdate extends OtaUpdateBase {
  protected readonly packageType = 'FIRMWARE' as const;
  protected readonly initPaths = [PATHS.name, PATHS.version, PATHS.version3, PATHS.delivery, PATHS.state, PATHS.result];

  constructor(deps: OtaUpdateDeps) {
    super('firmware', deps);
  }

  /** #71: Delivery Method 0 (pull only) forces the URL strategy, 1 (push only) the binary one. */
  effectiveStrategy(): number {
    const dm = this.info.deliveryMethod;
    if (dm === 0) return 2;
    if (dm === 1) return 1;
    return this.settings.fwStrategy;
  }

  protected readonly statePath = PATHS.state;
  protected readonly resultPath = PATHS.result;

  protected recordValue(path: string, value: ResourceValue): void {
    const c = this.info.current;
    if (path === PATHS.name) c.name = asText(value);
    else if (path === PATHS.version) c.version = asText(value);
    else if (path === PATHS.version3) c.version3 = asText(value);
    else if (path === PATHS.delivery) {
      const dm = asInt(value);
      if (dm === undefined) delete this.info.deliveryMethod;
      else this.info.deliveryMethod = dm;
    }
  }

  protected async onState(state: number): Promise<void> {
    const previous = this.info.lastState;
    this.info.lastState = state;
    const line = otaLogText.firmwareState(fwStateName(state));
    switch (state) {
      case FwState.DOWNLOADING:
        this.report('DOWNLOADING', line);
        break;
      case FwState.DOWNLOADED:
        this.report('DOWNLOADED', line);
        // #71: the transport starts the update itself; not again when an update attempt just
        // fell back to Downloaded (§E.6 failed update), which would loop.
        if (previous !== FwState.UPDATING) await this.executeUpdate();
        break;
      case FwState.UPDATING:
        this.report('UPDATING', line);
        break;
      case FwState.IDLE:
        if (previous === FwState.DOWNLOADING) {
          this.markFailed();
          this.report('FAILED', line);
        }
        break;
      default:
        break;
    }
  }

  protected async onResult(result: number): Promise<void> {
    const wasUpdating = this.info.status === 'UPDATING';
    this.info.lastResult = result;
    const line = otaLogText.firmwareResult(fwResultName(result));
    if (result === FwResult.SUCCESS || (result === FwResult.INITIAL && wasUpdating)) {
      this.info.retries = 0;
      delete this.info.failedPackage;
      this.report('UPDATED', line);
      return;
    }
    if (result === FwResult.INITIAL) return;
    this.report('FAILED', line);
    if (FW_RETRYABLE.has(result) && this.info.retries < MAX_RETRIES) {
      // A retryable result overrides the failure the Idle state may just have recorded.
      this.info.retries++;
      delete this.info.failedPackage;
      await this.startIfNeeded(true);
    } else {
      this.markFailed();
    }
  }

  private async executeUpdate(): Promise<void> {
    try {
      const code = await this.port.execute(PATHS.update);
      if (!code.startsWith('2.')) this.reporter.log(otaLogText.processFailed(`Execute ${PATHS.update} answered ${code}`));
    } catch (err) {
      this.reporter.log(otaLogText.processFailed(err instanceof Error ? err.message : String(err)));
    }
  }

  protected async deliverUrl(url: string): Promise<void> {
    this.checkWrite(`Write ${PATHS.uri}`, await this.port.writeString(PATHS.uri, url));
  }

  protected async deliver(pkg: OtaPackageInfo): Promise<void> {
    const strategy = this.effectiveStrategy();
    if (strategy === 2) {
      const url = this.joinUrl(this.settings.fwBaseUrl, 'tbfw', pkg.packageId);
      if (url === undefined) {
        this.report('FAILED', otaLogText.internalError('the profile has no firmware update resource (fwUpdateResource)'));
        return;
      }
      const source = await this.source(pkg);
      if (source === undefined) return;
      await this.sendMetadata(pkg, source);
      await this.deliverUrl(url);
      return;
    }
    if (strategy !== 1 && strategy !== 3) {
      this.report('FAILED', otaLogText.unsupportedStrategy(String(strategy)));
      return;
    }
    const source = await this.source(pkg);
    if (source === undefined) return;
    await this.sendMetadata(pkg, source);
    // A push needs the image as one body: the CoAP layer cuts it into Block1 blocks (RFC 7959 §2.5).
    const data = await readWhole(source);
    if (strategy === 1) {
      this.checkWrite(`Write ${PATHS.package}`, await this.port.writeOpaque(PATHS.package, data));
    } else {
      // #69 as documented: Object 19 Data (/19/0/0) is a multiple resource, so the image is its instance 0.
      this.checkWrite('Write /19/0/0', await this.port.writeOpaqueInstances('/19/0/0', new Map([[0, data]])));
    }
  }
}
