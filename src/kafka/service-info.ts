/**
 * ServiceInfo published in ZooKeeper (thingsboard-transport-wire.md §2.8, §3). Every publish —
 * the first and each periodic refresh — carries transports ["LWM2M"]: ThingsBoard's refresh
 * drops that list (Appendix B quirk), which stops model broadcasts after a minute.
 */
import { statfsSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import Long from 'long';
import { transport } from '../gen/wire.js';

export interface SystemInfo {
  cpuUsage: number;
  cpuCount: number;
  memoryUsage: number;
  totalMemory: number;
  diskUsage: number;
  totalDiscSpace: number;
}

export const SERVICE_TYPE_TRANSPORT = 'TB_TRANSPORT';
export const LWM2M_TRANSPORT_NAME = 'LWM2M';

export function encodeServiceInfo(serviceId: string, sys: SystemInfo): Buffer {
  return Buffer.from(
    transport.ServiceInfo.encode({
      serviceId,
      serviceTypes: [SERVICE_TYPE_TRANSPORT],
      transports: [LWM2M_TRANSPORT_NAME],
      systemInfo: {
        cpuUsage: Long.fromNumber(Math.round(sys.cpuUsage)),
        cpuCount: Long.fromNumber(sys.cpuCount),
        memoryUsage: Long.fromNumber(Math.round(sys.memoryUsage)),
        totalMemory: Long.fromNumber(sys.totalMemory),
        diskUsage: Long.fromNumber(Math.round(sys.diskUsage)),
        totalDiscSpace: Long.fromNumber(sys.totalDiscSpace),
      },
      ready: true,
    }).finish(),
  );
}

/** Host figures for the System Info page; best effort, zeros where the host does not tell. */
export function currentSystemInfo(diskPath = '/'): SystemInfo {
  const n = Math.max(1, cpus().length);
  const total = totalmem();
  let diskUsage = 0;
  let totalDiscSpace = 0;
  try {
    const s = statfsSync(diskPath);
    totalDiscSpace = s.blocks * s.bsize;
    diskUsage = totalDiscSpace > 0 ? (100 * (s.blocks - s.bfree) * s.bsize) / totalDiscSpace : 0;
  } catch {
    // statfs unsupported: leave zeros
  }
  return {
    cpuUsage: Math.min(100, (100 * (loadavg()[0] ?? 0)) / n),
    cpuCount: n,
    memoryUsage: total > 0 ? (100 * (total - freemem())) / total : 0,
    totalMemory: total,
    diskUsage,
    totalDiscSpace,
  };
}
