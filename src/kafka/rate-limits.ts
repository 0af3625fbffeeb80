/**
 * Transport rate limits from the tenant profile (thingsboard-transport-wire.md §4.5): strings
 * "capacity:seconds[,capacity:seconds...]" per tenant and per device, for plain messages,
 * telemetry messages and telemetry data points; every bandwidth of a limit must have room.
 * Buckets refill greedily (continuously), like bucket4j's greedy refill. An empty string means
 * unlimited. Checks go tenant first, then device; a refused message is dropped by the caller.
 */
import type { TenantInfo, Uuid } from '../core/core-types.js';

export interface Bandwidth {
  capacity: number;
  periodMs: number;
}

/** "100:1,3000:60" -> bandwidths; malformed parts are ignored (ThingsBoard would reject the profile). */
export function parseRateLimit(text: string | undefined): Bandwidth[] {
  if (!text) return [];
  const out: Bandwidth[] = [];
  for (const part of text.split(',')) {
    const m = /^\s*(\d+)\s*:\s*(\d+)\s*$/.exec(part);
    if (!m) continue;
    const capacity = Number(m[1]);
    const seconds = Number(m[2]);
    if (capacity > 0 && seconds > 0) out.push({ capacity, periodMs: seconds * 1000 });
  }
  return out;
}

export class TokenBucket {
  private readonly tokens: number[];
  private last: number;

  constructor(
    private readonly bandwidths: readonly Bandwidth[],
    now: number,
  ) {
    this.tokens = bandwidths.map((b) => b.capacity);
    this.last = now;
  }

  /** Consumes `n` from every bandwidth if all have room; false (nothing consumed) otherwise. */
  tryConsume(n: number, now: number): boolean {
    const dt = Math.max(0, now - this.last);
    this.last = now;
    for (let i = 0; i < this.bandwidths.length; i++) {
      const b = this.bandwidths[i] as Bandwidth;
      this.tokens[i] = Math.min(b.capacity, (this.tokens[i] ?? 0) + (dt * b.capacity) / b.periodMs);
    }
    for (const t of this.tokens) if (t < n) return false;
    for (let i = 0; i < this.tokens.length; i++) this.tokens[i] = (this.tokens[i] ?? 0) - n;
    return true;
  }
}

type Level = 'Tenant' | 'Device';
const KINDS = ['MsgRateLimit', 'TelemetryMsgRateLimit', 'TelemetryDataPointsRateLimit'] as const;
type Kind = (typeof KINDS)[number];

interface LimitSet {
  profileKey: string;
  buckets: Partial<Record<Kind, TokenBucket>>;
}

function configuration(t: TenantInfo): Record<string, unknown> {
  const data = t.profile.profileData;
  const conf = data && typeof data === 'object' ? (data as { configuration?: unknown }).configuration : undefined;
  return conf && typeof conf === 'object' ? (conf as Record<string, unknown>) : {};
}

export class TransportRateLimiter {
  private readonly tenants = new Map<Uuid, LimitSet>();
  private readonly devices = new Map<Uuid, LimitSet>();
  readonly stats = { refusedTenant: 0, refusedDevice: 0 };

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * The limit strings of one level, read once per tenant profile object: profile updates replace
   * the object (core-api.ts), so a new profile is read afresh, and a check on the hot path does
   * not rebuild the strings per message.
   */
  private readonly texts = new WeakMap<TenantInfo['profile'], Record<Level, { strings: string[]; profileKey: string }>>();

  private limitTexts(t: TenantInfo, level: Level): { strings: string[]; profileKey: string } {
    let e = this.texts.get(t.profile);
    if (e === undefined) {
      const conf = configuration(t);
      const of = (l: Level): { strings: string[]; profileKey: string } => {
        const strings = KINDS.map((k) => String(conf[`transport${l}${k}`] ?? ''));
        return { strings, profileKey: strings.join('|') };
      };
      e = { Tenant: of('Tenant'), Device: of('Device') };
      this.texts.set(t.profile, e);
    }
    return e[level];
  }

  private limits(map: Map<Uuid, LimitSet>, id: Uuid, t: TenantInfo, level: Level): LimitSet {
    // Rebuilt when the tenant profile's limit strings change (profile update broadcast).
    const { strings, profileKey } = this.limitTexts(t, level);
    const existing = map.get(id);
    if (existing && existing.profileKey === profileKey) return existing;
    const buckets: Partial<Record<Kind, TokenBucket>> = {};
    KINDS.forEach((k, i) => {
      const bw = parseRateLimit(strings[i]);
      if (bw.length > 0) buckets[k] = new TokenBucket(bw, this.now());
    });
    const set = { profileKey, buckets };
    map.set(id, set);
    return set;
  }

  private pass(set: LimitSet, dataPoints: number): boolean {
    const now = this.now();
    if (dataPoints > 0) {
      const m = set.buckets.TelemetryMsgRateLimit;
      const d = set.buckets.TelemetryDataPointsRateLimit;
      return (m ? m.tryConsume(1, now) : true) && (d ? d.tryConsume(dataPoints, now) : true);
    }
    const m = set.buckets.MsgRateLimit;
    return m ? m.tryConsume(1, now) : true;
  }

  /** undefined when allowed, else the level that refused. dataPoints > 0 for telemetry/attributes. */
  check(tenant: TenantInfo, deviceId: Uuid, dataPoints: number): 'TENANT' | 'DEVICE' | undefined {
    if (!this.pass(this.limits(this.tenants, tenant.tenantId, tenant, 'Tenant'), dataPoints)) {
      this.stats.refusedTenant += 1;
      return 'TENANT';
    }
    if (!this.pass(this.limits(this.devices, deviceId, tenant, 'Device'), dataPoints)) {
      this.stats.refusedDevice += 1;
      return 'DEVICE';
    }
    return undefined;
  }

  forgetDevice(deviceId: Uuid): void {
    this.devices.delete(deviceId);
  }

  forgetTenant(tenantId: Uuid): void {
    this.tenants.delete(tenantId);
  }
}
