/**
 * Firmware (Object 5) and software (Object 9) state and result codes, with the names
 * ThingsBoard prints in transportLog lines and the `fw_state`/`sw_state` values they map to
 * (features doc #71, #72, #74). Codes: LwM2M Core 1.1 §E.6 and the OMA Object 9 definition.
 */

/** ThingsBoard's OtaPackageUpdateStatus values the transport posts (QUEUED and INITIATED come from the core). */
export type OtaStatus = 'DOWNLOADING' | 'DOWNLOADED' | 'VERIFIED' | 'UPDATING' | 'UPDATED' | 'FAILED';

export const FwState = { IDLE: 0, DOWNLOADING: 1, DOWNLOADED: 2, UPDATING: 3 } as const;
export const FW_STATE_NAMES: readonly string[] = ['IDLE', 'DOWNLOADING', 'DOWNLOADED', 'UPDATING'];

export const FwResult = {
  INITIAL: 0,
  SUCCESS: 1,
  NOT_ENOUGH_FLASH: 2,
  OUT_OF_RAM: 3,
  CONNECTION_LOST: 4,
  INTEGRITY_CHECK_FAILURE: 5,
  UNSUPPORTED_TYPE: 6,
  INVALID_URI: 7,
  UPDATE_FAILED: 8,
  UNSUPPORTED_PROTOCOL: 9,
} as const;
export const FW_RESULT_NAMES: readonly string[] = [
  'INITIAL',
  'UPDATE_SUCCESSFULLY',
  'NOT_ENOUGH',
  'OUT_OFF_MEMORY',
  'CONNECTION_LOST',
  'INTEGRITY_CHECK_FAILURE',
  'UNSUPPORTED_TYPE',
  'INVALID_URI',
  'UPDATE_FAILED',
  'UNSUPPORTED_PROTOCOL',
];
/** #71: connection lost and integrity failure are worth another attempt. */
export const FW_RETRYABLE: ReadonlySet<number> = new Set([FwResult.CONNECTION_LOST, FwResult.INTEGRITY_CHECK_FAILURE]);

export const SwState = { INITIAL: 0, DOWNLOAD_STARTED: 1, DOWNLOADED: 2, DELIVERED: 3, INSTALLED: 4 } as const;
export const SW_STATE_NAMES: readonly string[] = ['INITIAL', 'DOWNLOAD_STARTED', 'DOWNLOADED', 'DELIVERED', 'INSTALLED'];

export const SwResult = { INITIAL: 0, DOWNLOADING: 1, INSTALLED: 2, DOWNLOADED_VERIFIED: 3 } as const;
const SW_RESULT_NAME_MAP: ReadonlyMap<number, string> = new Map([
  [0, 'INITIAL'],
  [1, 'DOWNLOADING'],
  [2, 'SUCCESSFULLY_INSTALLED'],
  [3, 'SUCCESSFULLY_DOWNLOADED_VERIFIED'],
  [50, 'NOT_ENOUGH_STORAGE'],
  [51, 'OUT_OF_MEMORY'],
  [52, 'CONNECTION_LOST'],
  [53, 'PACKAGE_CHECK_FAILURE'],
  [54, 'UNSUPPORTED_PACKAGE_TYPE'],
  [56, 'INVALID_URI'],
  [57, 'UPDATE_ERROR'],
  [58, 'INSTALL_FAILURE'],
  [59, 'UN_INSTALL_FAILURE'],
]);
/** #72: the software results ThingsBoard retries. */
export const SW_RETRYABLE: ReadonlySet<number> = new Set([50, 51, 56, 57, 58, 59]);
/** #71/#72: at most this many further attempts after a retryable result. */
export const MAX_RETRIES = 3;

export function fwStateName(code: number): string {
  return FW_STATE_NAMES[code] ?? `UNKNOWN(${code})`;
}
export function fwResultName(code: number): string {
  return FW_RESULT_NAMES[code] ?? `UNKNOWN(${code})`;
}
export function swStateName(code: number): string {
  return SW_STATE_NAMES[code] ?? `UNKNOWN(${code})`;
}
export function swResultName(code: number): string {
  return SW_RESULT_NAME_MAP.get(code) ?? `UNKNOWN(${code})`;
}
