/**
 * OTA targets computed from the mirror (thingsboard-edge-grpc.md §2.6, §5.3): the core never pushes the
 * `fw_*`/`sw_*` shared attributes to an edge, so the transport derives them the way ThingsBoard's
 * OTA state service writes them: the device's firmwareId/softwareId, else its profile's, and the
 * package's title, version, tag, url, size and checksum; and local attribute reads. Pure.
 */
import type { AttributesRequest, AttributesSnapshot, CoreEvent, OtaPackageType, TsKvEntry, Uuid } from '../core/index.js';
import type { EdgeMirror } from './edge-mirror.js';
import type { MirrorOtaPackage } from './entity-json.js';

const PREFIX: Readonly<Record<OtaPackageType, string>> = { FIRMWARE: 'fw', SOFTWARE: 'sw' };

/** The package assigned to a device for a type: device first, then profile; undefined if none or unknown. */
export function assignedPackage(mirror: EdgeMirror, deviceId: Uuid, type: OtaPackageType): MirrorOtaPackage | undefined {
  const d = mirror.devices.get(deviceId);
  if (!d) return undefined;
  const profile = mirror.profiles.get(d.info.deviceProfileId);
  const id = type === 'FIRMWARE' ? d.firmwareId ?? profile?.firmwareId : d.softwareId ?? profile?.softwareId;
  const pkg = id === undefined ? undefined : mirror.otaPackages.get(id);
  return pkg && pkg.type === type ? pkg : undefined;
}

/** The shared attributes ThingsBoard would hold for the device's OTA targets (empty when none). */
export function otaAttributes(mirror: EdgeMirror, deviceId: Uuid, ts: number): TsKvEntry[] {
  const out: TsKvEntry[] = [];
  for (const type of ['FIRMWARE', 'SOFTWARE'] as const) {
    const p = assignedPackage(mirror, deviceId, type);
    if (!p) continue;
    const k = PREFIX[type];
    out.push(
      { key: `${k}_title`, type: 'string', value: p.title, ts },
      { key: `${k}_version`, type: 'string', value: p.version, ts },
    );
    if (p.tag !== '') out.push({ key: `${k}_tag`, type: 'string', value: p.tag, ts });
    if (p.url !== '') out.push({ key: `${k}_url`, type: 'string', value: p.url, ts });
    else {
      out.push({ key: `${k}_size`, type: 'long', value: p.dataSize, ts });
      if (p.checksum !== '') out.push({ key: `${k}_checksum`, type: 'string', value: p.checksum, ts });
      if (p.checksumAlgorithm !== '') out.push({ key: `${k}_checksum_algorithm`, type: 'string', value: p.checksumAlgorithm, ts });
    }
  }
  return out;
}

/** Keys that differ between two attribute lists (by value), and keys that disappeared. */
export function diffAttributes(before: readonly TsKvEntry[], after: readonly TsKvEntry[]): { updated: TsKvEntry[]; deleted: string[] } {
  const old = new Map(before.map((e) => [e.key, e]));
  const updated = after.filter((e) => {
    const o = old.get(e.key);
    return !o || o.type !== e.type || o.value !== e.value;
  });
  const keys = new Set(after.map((e) => e.key));
  return { updated, deleted: before.filter((e) => !keys.has(e.key)).map((e) => e.key) };
}

/**
 * The "OTA target changed" events the Kafka adapter gets from fw_* / sw_* notifications (§5.3):
 * for each watched device whose derived OTA attributes differ from `before`, one update per session.
 */
export function otaChangeEvents(mirror: EdgeMirror, before: ReadonlyMap<Uuid, TsKvEntry[]>, sessionsOf: (deviceId: Uuid) => Iterable<Uuid>, ts: number): CoreEvent[] {
  const out: CoreEvent[] = [];
  for (const [deviceId, old] of before) {
    const { updated, deleted } = diffAttributes(old, otaAttributes(mirror, deviceId, ts));
    if (updated.length === 0 && deleted.length === 0) continue;
    for (const sessionId of sessionsOf(deviceId)) out.push({ type: 'shared-attributes-updated', sessionId, updated, deleted });
  }
  return out;
}

/**
 * An attribute read answered locally (§3.4 has no correlated round trip): the device's pushed shared
 * values with the derived OTA keys on top, and the client attributes this process posted.
 */
export function attributeSnapshot(mirror: EdgeMirror, deviceId: Uuid, client: Iterable<TsKvEntry>, request: AttributesRequest, ts: number): AttributesSnapshot {
  const shared = new Map<string, TsKvEntry>(mirror.sharedAttributes.get(deviceId) ?? []);
  for (const a of otaAttributes(mirror, deviceId, ts)) shared.set(a.key, a);
  const all = request.clientKeys.length === 0 && request.sharedKeys.length === 0;
  const pick = (list: TsKvEntry[], keys: string[]): TsKvEntry[] => (all ? list : list.filter((e) => keys.includes(e.key)));
  return { client: request.onlyShared ? [] : pick([...client], request.clientKeys), shared: pick([...shared.values()], request.sharedKeys) };
}
