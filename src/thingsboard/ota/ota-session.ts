import type { KvEntry } from '../../core/core-types.js';
import type { ResourceValue } from '../../lwm2m/node.js';
import { FirmwareUpdate } from './firmware-update.js';
import type { OtaDevicePort, OtaInfoStore, OtaPackageProvider, OtaReporter, OtaSettings } from './ota-ports.js';
import { otaAttributeKeys } from './ota-target.js';
import { SoftwareUpdate } from './software-update.js';

/**
 * OTA for one registered device: the firmware and software state machines behind one entry
 * point for the ThingsBoard layer. Hook it in with four calls:
 *  - `init(sharedAttributes)` after Register (and wake-up), with the values of `OTA_SHARED_KEYS`;
 *  - `onAttributes(updated, deleted)` for shared-attribute updates from the core;
 *  - `onResource(path, value)` for every Read/notification value (paths without version, `/5/0/3`);
 *  - `OTA_OBSERVED_PATHS` are the paths to observe so state changes arrive (see ota-and-bootstrap.md).
 * Every call is serialised per device, so a notification never overtakes a running step.
 */

export const OTA_SHARED_KEYS: readonly string[] = [...otaAttributeKeys('firmware'), ...otaAttributeKeys('software')];
export const OTA_OBSERVED_PATHS: readonly string[] = ['/5/0/3', '/5/0/5', '/5/0/6', '/5/0/7', '/9/0/0', '/9/0/1', '/9/0/7', '/9/0/9'];

export interface OtaSessionOptions {
  readonly port: OtaDevicePort;
  readonly provider: OtaPackageProvider;
  readonly reporter: OtaReporter;
  readonly settings: OtaSettings;
  readonly store: OtaInfoStore;
}

export class OtaSession {
  readonly firmware: FirmwareUpdate;
  readonly software: SoftwareUpdate;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly options: OtaSessionOptions) {
    const deps = { port: options.port, provider: options.provider, reporter: options.reporter, settings: options.settings };
    this.firmware = new FirmwareUpdate({ ...deps, info: options.store.get('firmware', options.port.endpoint) });
    this.software = new SoftwareUpdate({ ...deps, info: options.store.get('software', options.port.endpoint) });
  }

  init(sharedAttributes: readonly KvEntry[]): Promise<void> {
    return this.serial(async () => {
      // Without Object 5 this reports "not supported" when a firmware target is assigned (#66).
      await this.firmware.init(sharedAttributes);
      if (this.options.port.hasObject(9)) await this.software.init(sharedAttributes);
    });
  }

  onAttributes(updated: readonly KvEntry[], deleted: readonly string[] = []): Promise<void> {
    return this.serial(async () => {
      await this.firmware.onAttributes(updated, deleted);
      if (this.options.port.hasObject(9)) await this.software.onAttributes(updated, deleted);
    });
  }

  /** Wake-up: the full attribute set again; starts what is required and not running. */
  refresh(sharedAttributes: readonly KvEntry[]): Promise<void> {
    return this.serial(async () => {
      await this.firmware.refresh(sharedAttributes);
      if (this.options.port.hasObject(9)) await this.software.refresh(sharedAttributes);
    });
  }

  onResource(path: string, value: ResourceValue): Promise<void> {
    const objectId = path.split('/')[1];
    if (objectId !== '5' && objectId !== '9' && path !== '/3/0/3') return Promise.resolve();
    return this.serial(() => (objectId === '9' ? this.software.onResource(path, value) : this.firmware.onResource(path, value)));
  }

  /** Resolves when every queued step has run. */
  idle(): Promise<void> {
    return this.chain;
  }

  private serial(step: () => Promise<void>): Promise<void> {
    const next = this.chain.then(step, step);
    this.chain = next.catch(() => undefined);
    return next;
  }
}
