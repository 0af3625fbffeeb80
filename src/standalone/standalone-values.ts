import type { DeviceInfo, TsKvEntry } from '../core/index.js';

/** Conversions of the embedded core's JSON config values into the port's plain types. */

/** A JSON value as ThingsBoard would store it as an attribute: boolean, long, double, string or JSON. */
export function toTsKv(key: string, v: unknown, ts: number): TsKvEntry {
  if (typeof v === 'boolean') return { key, type: 'boolean', value: v, ts };
  if (typeof v === 'number') return Number.isInteger(v) ? { key, type: 'long', value: v, ts } : { key, type: 'double', value: v, ts };
  if (typeof v === 'string') return { key, type: 'string', value: v, ts };
  return { key, type: 'json', value: JSON.stringify(v), ts };
}

/** Power fields of `deviceData.transportConfiguration` (features doc §2.2), as DeviceInfo carries them. */
export function devicePowerFields(deviceData: unknown): Partial<DeviceInfo> {
  const t = (deviceData as { transportConfiguration?: Record<string, unknown> } | undefined)?.transportConfiguration;
  if (t === undefined || t === null || typeof t !== 'object') return {};
  const out: Partial<DeviceInfo> = {};
  const mode = t['powerMode'];
  if (mode === 'PSM' || mode === 'DRX' || mode === 'E_DRX') out.powerMode = mode;
  for (const k of ['edrxCycle', 'psmActivityTimer', 'pagingTransmissionWindow'] as const) {
    const v = t[k];
    if (typeof v === 'number') out[k] = v;
  }
  return out;
}
