/**
 * Sessions of the edge adapter: local only, since the Edge API has no session events
 * (thingsboard-edge-grpc.md §5.1). Maps session ids to devices and back.
 */
import { randomUUID } from 'node:crypto';
import type { CoreSessionInfo, DeviceInfo, Uuid } from '../core/index.js';

export class LocalSessions {
  private readonly sessions = new Map<Uuid, CoreSessionInfo>();
  private readonly byDevice = new Map<Uuid, Set<Uuid>>();

  open(device: DeviceInfo): CoreSessionInfo {
    const info = { sessionId: randomUUID(), device };
    this.sessions.set(info.sessionId, info);
    let set = this.byDevice.get(device.deviceId);
    if (!set) this.byDevice.set(device.deviceId, (set = new Set()));
    set.add(info.sessionId);
    return info;
  }

  close(sessionId: Uuid): void {
    const s = this.sessions.get(sessionId);
    if (!s) return;
    this.sessions.delete(sessionId);
    const set = this.byDevice.get(s.device.deviceId);
    set?.delete(sessionId);
    if (set && set.size === 0) this.byDevice.delete(s.device.deviceId);
  }

  get(sessionId: Uuid): CoreSessionInfo | undefined {
    return this.sessions.get(sessionId);
  }

  /** Device of an open session (for uplinks). */
  deviceOf(sessionId: Uuid): Uuid | undefined {
    return this.sessions.get(sessionId)?.device.deviceId;
  }

  of(deviceId: Uuid): ReadonlySet<Uuid> {
    return this.byDevice.get(deviceId) ?? new Set();
  }

  /** The newest session of a device: the one an RPC goes to. */
  latest(deviceId: Uuid): Uuid | undefined {
    const set = this.byDevice.get(deviceId);
    return set ? [...set].pop() : undefined;
  }

  devices(): Uuid[] {
    return [...this.byDevice.keys()];
  }

  /** Device fields follow device updates (CorePort.getSession). */
  updateDevice(device: DeviceInfo): void {
    for (const sid of this.of(device.deviceId)) {
      const s = this.sessions.get(sid);
      if (s) this.sessions.set(sid, { sessionId: sid, device });
    }
  }

  clear(): void {
    this.sessions.clear();
    this.byDevice.clear();
  }
}
