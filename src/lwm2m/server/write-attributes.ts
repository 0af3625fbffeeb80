import { Lwm2mError } from '../errors.js';
import type { NotificationAttributes } from './operation-types.js';

// LwM2M Core 1.1 <NOTIFICATION> attributes: pmin/pmax/epmin/epmax are integer seconds; gt/lt/st numbers.
const INTEGER_ATTRS = new Set(['pmin', 'pmax', 'epmin', 'epmax']);
const ORDER: readonly (keyof NotificationAttributes)[] = ['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax'];

/** Write-Attributes Uri-Query segments (LwM2M Core 1.1, Write-Attributes operation): `pmin=10`, or `pmin` to unset. */
export function attributesQuery(attrs: NotificationAttributes): string[] {
  const out: string[] = [];
  for (const name of ORDER) {
    const v = attrs[name];
    if (v === undefined) continue;
    if (v === null) {
      out.push(name);
      continue;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new Lwm2mError(`attribute ${name} must be a finite number`);
    if (INTEGER_ATTRS.has(name) && (!Number.isInteger(v) || v < 0)) {
      throw new Lwm2mError(`attribute ${name} must be a non-negative integer`);
    }
    out.push(`${name}=${v}`);
  }
  if (out.length === 0) throw new Lwm2mError('Write-Attributes needs at least one attribute');
  return out;
}
