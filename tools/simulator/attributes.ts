import { formatPath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import { badRequest } from './errors.js';

/**
 * Notification attributes set by Write-Attributes (LwM2M Core 1.1 §5.1.2, §6.3.5): pmin, pmax
 * (seconds), gt, lt, st (numbers), epmin, epmax. Kept per path; a path without a value inherits
 * from its instance, then its object (§5.1.1: "attached to ... inherited").
 */
export type AttributeName = 'pmin' | 'pmax' | 'gt' | 'lt' | 'st' | 'epmin' | 'epmax';
const NAMES: ReadonlySet<string> = new Set(['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax']);
const INTEGER_NAMES: ReadonlySet<string> = new Set(['pmin', 'pmax', 'epmin', 'epmax']);

export type Attributes = Partial<Record<AttributeName, number>>;

export class AttributeStore {
  private readonly byPath = new Map<string, Attributes>();

  /**
   * Applies a Write-Attributes query such as `pmin=10&pmax=60&gt` (a name without value removes
   * that attribute). Returns the updated set; throws 4.00 on unknown names or bad numbers.
   */
  apply(path: Lwm2mPath, query: readonly string[]): Attributes {
    const key = formatPath(path);
    const next: Attributes = { ...(this.byPath.get(key) ?? {}) };
    for (const part of query) {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      if (!NAMES.has(name)) throw badRequest(`unknown attribute "${name}"`);
      const n = name as AttributeName;
      if (eq < 0) {
        delete next[n];
        continue;
      }
      const text = part.slice(eq + 1);
      const value = Number(text);
      if (text.trim() === '' || !Number.isFinite(value) || (INTEGER_NAMES.has(n) && (!Number.isInteger(value) || value < 0))) {
        throw badRequest(`attribute ${name} has a bad value "${text}"`);
      }
      next[n] = value;
    }
    // §5.1.2: pmax less than pmin is ignored by the client; refuse it so the server learns.
    if (next.pmin !== undefined && next.pmax !== undefined && next.pmax < next.pmin) {
      throw badRequest('pmax is less than pmin');
    }
    if (Object.keys(next).length === 0) this.byPath.delete(key);
    else this.byPath.set(key, next);
    return next;
  }

  /** The attributes written on exactly this path. */
  own(path: Lwm2mPath): Attributes {
    return this.byPath.get(formatPath(path)) ?? {};
  }

  /** Effective attributes: this path's, then its ancestors' (resource → instance → object). */
  effective(path: Lwm2mPath): Attributes {
    const chain: Lwm2mPath[] = [];
    let p: Lwm2mPath | undefined = path;
    while (p !== undefined && p.objectId !== undefined) {
      chain.push(p);
      p = parent(p);
    }
    const out: Attributes = {};
    for (const q of chain.reverse()) Object.assign(out, this.byPath.get(formatPath(q)) ?? {});
    return out;
  }

  clear(): void {
    this.byPath.clear();
  }
}

function parent(p: Lwm2mPath): Lwm2mPath | undefined {
  if (p.resourceInstanceId !== undefined) return { objectId: p.objectId, instanceId: p.instanceId, resourceId: p.resourceId };
  if (p.resourceId !== undefined) return { objectId: p.objectId, instanceId: p.instanceId };
  if (p.instanceId !== undefined) return { objectId: p.objectId };
  return undefined;
}
