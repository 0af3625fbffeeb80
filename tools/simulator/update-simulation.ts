import type { ResourceValue } from '../../src/lwm2m/node.js';
import { notAllowed } from './errors.js';
import type { Clock, TimerHandle } from '../../src/coap/types.js';

/** What the firmware/software state machines need from their device. */
export interface UpdateHost {
  get(path: string): ResourceValue | undefined;
  /** Sets a value as the device itself would, notifying observers. */
  set(path: string, value: ResourceValue): void;
  stateChanged(path: string, state: number): void;
  readonly timers: Clock;
  readonly stepMs: number;
}

// LwM2M Core 1.1 §E.6 (Firmware Update object): State and Update Result values.
export const FW_STATE = { IDLE: 0, DOWNLOADING: 1, DOWNLOADED: 2, UPDATING: 3 } as const;
export const FW_RESULT = { INITIAL: 0, SUCCESS: 1, INVALID_URI: 7, FAILED: 8 } as const;
// OMA object 9 (Software Management): Update State and Update Result values.
export const SW_STATE = { INITIAL: 0, DOWNLOAD_STARTED: 1, DOWNLOADED: 2, DELIVERED: 3, INSTALLED: 4 } as const;
export const SW_RESULT = { INITIAL: 0, DOWNLOADING: 1, INSTALLED: 2, DOWNLOADED_VERIFIED: 3 } as const;

/**
 * Simulated firmware (object 5) and software (object 9) updates: a package written by the
 * server (Block1 Write of /5/0/0) or named by URI moves the device through the state machine of
 * LwM2M Core 1.1 §E.6, one step every `stepMs`; Execute /5/0/2 then "installs" it.
 */
export class UpdateSimulation {
  /** The Update Result the next firmware update ends with (1 = success; e.g. 8 to fail). */
  firmwareOutcome: number = FW_RESULT.SUCCESS;
  private readonly timers = new Set<TimerHandle>();
  private pendingVersion = '';

  constructor(private readonly host: UpdateHost) {}

  private later(fn: () => void): void {
    const h = this.host.timers.setTimeout(() => {
      this.timers.delete(h);
      fn();
    }, this.host.stepMs);
    this.timers.add(h);
  }

  private fwState(state: number, result?: number): void {
    this.host.set('/5/0/3', state);
    if (result !== undefined) this.host.set('/5/0/5', result);
    this.host.stateChanged('/5/0/3', state);
  }

  /** Write /5/0/0: an empty package cancels (§E.6: "Write of empty value resets the state machine"). */
  firmwarePackage(pkg: Buffer): void {
    if (pkg.length === 0) {
      this.fwState(FW_STATE.IDLE, FW_RESULT.INITIAL);
      return;
    }
    this.pendingVersion = `pkg-${pkg.length}`;
    this.fwState(FW_STATE.DOWNLOADING, FW_RESULT.INITIAL);
    this.later(() => this.fwState(FW_STATE.DOWNLOADED));
  }

  /** Write /5/0/1: the device "downloads" from the URI (pull mode). */
  firmwareUri(uri: string): void {
    if (uri === '') {
      this.fwState(FW_STATE.IDLE, FW_RESULT.INITIAL);
      return;
    }
    if (!/^(coaps?|https?):\/\/\S+$/.test(uri)) {
      this.fwState(FW_STATE.IDLE, FW_RESULT.INVALID_URI);
      return;
    }
    this.pendingVersion = uri.slice(uri.lastIndexOf('/') + 1) || 'pkg';
    this.fwState(FW_STATE.DOWNLOADING, FW_RESULT.INITIAL);
    this.later(() => this.fwState(FW_STATE.DOWNLOADED));
  }

  /** Execute /5/0/2: only in state Downloaded (§E.6); otherwise 4.05. */
  firmwareUpdate(): void {
    if (this.host.get('/5/0/3') !== FW_STATE.DOWNLOADED) throw notAllowed('firmware is not downloaded');
    this.fwState(FW_STATE.UPDATING);
    this.later(() => {
      const ok = this.firmwareOutcome === FW_RESULT.SUCCESS;
      if (ok) {
        this.host.set('/5/0/6', 'firmware');
        this.host.set('/5/0/7', this.pendingVersion);
        this.host.set('/3/0/3', this.pendingVersion);
      }
      this.fwState(ok ? FW_STATE.IDLE : FW_STATE.DOWNLOADED, this.firmwareOutcome);
    });
  }

  private swState(inst: number, state: number, result: number): void {
    this.host.set(`/9/${inst}/7`, state);
    this.host.set(`/9/${inst}/9`, result);
    this.host.stateChanged(`/9/${inst}/7`, state);
  }

  /** Write /9/x/2 or /9/x/3: download started → downloaded → delivered. */
  softwarePackage(inst: number): void {
    this.swState(inst, SW_STATE.DOWNLOAD_STARTED, SW_RESULT.DOWNLOADING);
    this.later(() => {
      this.swState(inst, SW_STATE.DOWNLOADED, SW_RESULT.DOWNLOADING);
      this.later(() => this.swState(inst, SW_STATE.DELIVERED, SW_RESULT.DOWNLOADED_VERIFIED));
    });
  }

  /** Execute /9/x/4: only a delivered package installs. */
  softwareInstall(inst: number): void {
    if (this.host.get(`/9/${inst}/7`) !== SW_STATE.DELIVERED) throw notAllowed('software is not delivered');
    this.later(() => this.swState(inst, SW_STATE.INSTALLED, SW_RESULT.INSTALLED));
  }

  /** Execute /9/x/6: back to INITIAL. */
  softwareUninstall(inst: number): void {
    this.later(() => {
      this.host.set(`/9/${inst}/12`, false);
      this.swState(inst, SW_STATE.INITIAL, SW_RESULT.INITIAL);
    });
  }

  stop(): void {
    for (const h of this.timers) this.host.timers.clearTimeout(h);
    this.timers.clear();
  }
}
