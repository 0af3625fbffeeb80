import type { ResourceValue } from '../../src/lwm2m/node.js';
import { makePath, parsePath } from '../../src/lwm2m/path.js';
import type { MultiValue, ObjectStore } from './object-store.js';
import type { SimulatedDeviceOptions } from './types.js';

const DEFAULT_OBJECTS: Readonly<Record<number, readonly number[]>> = { 1: [0], 3: [0], 4: [0], 5: [0], 6: [0], 9: [0], 19: [0] };

/**
 * Fills a new device's store: the chosen objects and instances (Security 0 always, with
 * instance 0 for the DM server and 1 for the bootstrap server), the default values below,
 * then the caller's own `values`.
 */
export function populateStore(store: ObjectStore, opts: SimulatedDeviceOptions, lifetime: number): void {
  const binding = opts.queueMode === true ? 'UQ' : 'U';
  const values = defaultValues(opts.endpoint, opts.serverUrl, lifetime, binding);
  const objects: Record<number, readonly number[]> = { 0: [0, 1], ...(opts.objects ?? DEFAULT_OBJECTS) };
  for (const [idText, instances] of Object.entries(objects)) {
    const objectId = Number(idText);
    store.addObject(objectId);
    for (const i of instances) {
      store.createInstance(objectId, i);
      for (const [key, value] of values) {
        const [o, r] = key.split('/').slice(1).map(Number);
        if (o !== objectId || r === undefined) continue;
        // Security instance 1 describes the bootstrap server.
        store.set(makePath(objectId, i, r), objectId === 0 && i === 1 && r === 1 ? true : value);
      }
    }
  }
  if (opts.psk !== undefined && store.hasObject(0)) {
    // Security object mode 0 (PSK) with the identity and key the device uses (LwM2M Core 1.1 §E.1).
    store.set(makePath(0, 0, 2), 0);
    store.set(makePath(0, 0, 3), Buffer.from(opts.psk.identity, 'utf8'));
    store.set(makePath(0, 0, 5), opts.psk.key);
  }
  for (const [p, v] of Object.entries(opts.values ?? {})) store.set(parsePath(p), v);
}

/**
 * Initial resource values of a freshly booted simulated device: plausible numbers for a
 * battery-powered cellular tracker, so a server's reads and observes see realistic content.
 * Keyed by `/object/resource`; applied to every exposed instance of that object.
 */
export function defaultValues(endpoint: string, serverUrl: string, lifetime: number, binding: string): Map<string, ResourceValue | MultiValue> {
  return new Map<string, ResourceValue | MultiValue>([
    // Object 0 (Security): instance 0 is the DM server, instance 1 the bootstrap server.
    ['/0/0', serverUrl],
    ['/0/1', false],
    ['/0/2', 3], // NoSec
    ['/0/10', 123],
    ['/0/11', 0],
    // Object 1 (Server)
    ['/1/0', 123],
    ['/1/1', lifetime],
    ['/1/2', 0],
    ['/1/3', 0],
    ['/1/5', 86400],
    ['/1/6', true],
    ['/1/7', binding],
    // Object 3 (Device)
    ['/3/0', 'Simulated Devices Ltd'],
    ['/3/1', 'SIM-1000'],
    ['/3/2', `SN-${endpoint}`],
    ['/3/3', '1.0.0'],
    ['/3/6', [1, 5]], // internal battery, USB
    ['/3/7', [3800, 5000]], // mV
    ['/3/8', [125, 900]], // mA
    ['/3/9', 95],
    ['/3/10', 15200],
    ['/3/11', [0]],
    ['/3/13', new Date(Date.UTC(2026, 0, 1))],
    ['/3/14', '+00:00'],
    ['/3/15', 'Etc/UTC'],
    ['/3/16', 'UQ'],
    ['/3/17', 'tracker'],
    ['/3/18', 'HW-2'],
    ['/3/19', 'SW-1.0.0'],
    ['/3/20', 0],
    ['/3/21', 65536],
    // Object 4 (Connectivity Monitoring)
    ['/4/0', 6], // LTE-FDD
    ['/4/1', [6, 7]],
    ['/4/2', -87], // dBm
    ['/4/3', 18],
    ['/4/4', ['10.0.0.12', 'fe80::12']],
    ['/4/5', ['10.0.0.1']],
    ['/4/6', 3],
    ['/4/7', ['iot.example']],
    ['/4/8', 51001],
    ['/4/9', 1],
    ['/4/10', 262],
    // Object 5 (Firmware Update)
    ['/5/1', ''],
    ['/5/3', 0], // Idle
    ['/5/5', 0], // Initial value
    ['/5/6', ''],
    ['/5/7', ''],
    ['/5/8', [0, 1]], // CoAP, CoAPS
    ['/5/9', 2], // pull and push
    // Object 6 (Location)
    ['/6/0', 48.8583],
    ['/6/1', 2.2944],
    ['/6/2', 35],
    ['/6/3', 10],
    ['/6/4', Buffer.of(0x00, 0x00, 0x00, 0x00)],
    ['/6/5', new Date(Date.UTC(2026, 0, 1))],
    ['/6/6', 0],
    // Object 9 (Software Management)
    ['/9/0', 'app'],
    ['/9/1', '1.0.0'],
    ['/9/7', 0], // INITIAL
    ['/9/8', false],
    ['/9/9', 0],
    ['/9/12', false],
    // Object 19 (BinaryAppDataContainer)
    ['/19/0', [Buffer.from('hello')]],
    ['/19/1', 1],
    ['/19/3', 'application data'],
    ['/19/4', 'text/plain'],
    ['/19/5', 1],
  ]);
}
