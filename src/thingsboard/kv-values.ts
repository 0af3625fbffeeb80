import type { KvEntry } from '../core/index.js';
import type { ResourceType } from '../lwm2m/model/types.js';
import type { ObjectLink, ResourceNode, ResourceValue } from '../lwm2m/node.js';
import type { Lwm2mPath } from '../lwm2m/path.js';

/**
 * Conversion of LwM2M resource values to ThingsBoard key/values (features doc #22-#24, §3.1).
 * Where ThingsBoard's code fails (OBJLNK, UNSIGNED_INTEGER, CORELINK, features doc §4 item 24)
 * the documented intent is followed: every type gets a value.
 */

// OTA state/result descriptions ThingsBoard posts instead of numbers (features doc #24).
const FW_STATE = ['Idle', 'Downloading', 'Downloaded', 'Updating'];
const FW_RESULT = [
  'Initial value',
  'Firmware updated successfully',
  'Not enough flash memory for the new firmware package',
  'Out of RAM during downloading process',
  'Connection lost during downloading process',
  'Integrity check failure for new downloaded package',
  'Unsupported package type',
  'Invalid URI',
  'Firmware update failed',
  'Unsupported protocol',
];
const SW_STATE = ['Initial', 'DownloadStarted', 'Downloaded', 'Delivered', 'Installed'];
const SW_RESULT = new Map<number, string>([
  [0, 'Initial value'],
  [1, 'Downloading'],
  [2, 'Software successfully installed'],
  [3, 'Successfully Downloaded and package integrity verified'],
  [50, 'Not enough storage for the new software package'],
  [51, 'Out of memory during downloading process'],
  [52, 'Connection lost during downloading process'],
  [53, 'Package integrity check failure.'],
  [54, 'Unsupported package type'],
  [56, 'Invalid URI'],
  [57, 'Device defined update error'],
  [58, 'Software installation failure'],
  [59, 'Uninstallation Failure during forUpdate(arg=0)'],
]);

/** The OTA description for `/5/0/3`, `/5/0/5`, `/9/0/7`, `/9/0/9`, or undefined for other paths/values. */
export function otaDescription(path: Lwm2mPath, value: ResourceValue): string | undefined {
  if (path.instanceId !== 0 || path.resourceInstanceId !== undefined || typeof value !== 'number') return undefined;
  // Compared as numbers: this runs for every numeric value a device reports.
  switch ((path.objectId ?? -1) * 0x10000 + (path.resourceId ?? -1)) {
    case 5 * 0x10000 + 3: // Firmware Update: State
      return FW_STATE[value];
    case 5 * 0x10000 + 5: // Firmware Update: Update Result
      return FW_RESULT[value];
    case 9 * 0x10000 + 7: // Software Management: Update State
      return SW_STATE[value];
    case 9 * 0x10000 + 9: // Software Management: Update Result
      return SW_RESULT.get(value);
    default:
      return undefined;
  }
}

function isObjectLink(v: ResourceValue): v is ObjectLink {
  return typeof v === 'object' && v !== null && !Buffer.isBuffer(v) && !(v instanceof Date);
}

/** A value as JSON-able data: numbers stay numbers, opaque is lower-case hex, time is epoch ms. */
export function jsonValue(value: ResourceValue): string | number | boolean {
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  if (Buffer.isBuffer(value)) return value.toString('hex');
  if (value instanceof Date) return value.getTime();
  if (isObjectLink(value)) return `${value.objectId}:${value.instanceId}`;
  return value;
}

/** One single value as a typed KV entry (features doc #22). */
export function kvEntry(key: string, type: ResourceType, value: ResourceValue): KvEntry {
  if (Buffer.isBuffer(value)) return { key, type: 'string', value: value.toString('hex') };
  if (value instanceof Date) return { key, type: 'long', value: value.getTime() };
  if (typeof value === 'boolean') return { key, type: 'boolean', value };
  if (typeof value === 'bigint') {
    const n = Number(value);
    return Number.isSafeInteger(n) ? { key, type: 'long', value: n } : { key, type: 'string', value: value.toString() };
  }
  if (typeof value === 'number') {
    if (type === 'float') return { key, type: 'double', value };
    return Number.isInteger(value) ? { key, type: 'long', value } : { key, type: 'double', value };
  }
  if (isObjectLink(value)) return { key, type: 'string', value: `${value.objectId}:${value.instanceId}` };
  return { key, type: 'string', value };
}

/**
 * The KV entry of a resource at `path` under `key`: a multi-instance resource becomes one JSON
 * value `{"0":v0,"1":v1}` (features doc #23); OTA state/result become their descriptions (#24).
 */
export function resourceKv(key: string, path: Lwm2mPath, node: ResourceNode): KvEntry {
  if (node.kind === 'multiResource') {
    const obj: Record<string, string | number | boolean> = {};
    for (const [i, v] of node.instances) obj[String(i)] = jsonValue(v);
    return { key, type: 'json', value: JSON.stringify(obj) };
  }
  const ota = otaDescription(path, node.value);
  if (ota !== undefined) return { key, type: 'string', value: ota };
  return kvEntry(key, node.type, node.value);
}

/** The value's text for "changed?" comparisons of shared attributes (features doc #46: hex for bytes). */
export function comparableText(value: ResourceValue): string {
  const j = jsonValue(value);
  return typeof j === 'string' ? j : String(j);
}
