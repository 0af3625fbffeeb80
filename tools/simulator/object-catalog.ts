import type { ModelLookup, ObjectModel, ResourceModel, ResourceType } from '../../src/lwm2m/model/types.js';

/**
 * The objects a simulated device can expose, with the resource facts the simulator needs
 * (type, operations, multiplicity). Taken from the OMA object registry (DDF XML of objects
 * 0, 1, 3, 4, 5, 6, 9, 19); only the resources a realistic constrained device implements.
 * It doubles as the ModelLookup the content codecs need to type decoded values.
 */

type Ops = 'R' | 'W' | 'RW' | 'E' | '';

function res(id: number, name: string, type: ResourceType, ops: Ops, multiple = false, mandatory = false): ResourceModel {
  return {
    id,
    name,
    type,
    multiple,
    mandatory,
    range: '',
    units: '',
    operations: { read: ops.includes('R'), write: ops.includes('W'), execute: ops === 'E' },
  };
}

function obj(id: number, name: string, version: string, multiple: boolean, resources: ResourceModel[]): ObjectModel {
  return {
    id,
    name,
    version,
    lwm2mVersion: '1.0',
    urn: `urn:oma:lwm2m:oma:${id}${version === '1.0' ? '' : ':' + version}`,
    multiple,
    mandatory: id === 0 || id === 1 || id === 3,
    resources: new Map(resources.map((r) => [r.id, r])),
  };
}

const SECURITY = obj(0, 'LWM2M Security', '1.1', true, [
  // LwM2M Core 1.1 §E.1: Security resources carry no operations; a DM server cannot reach them.
  res(0, 'LWM2M Server URI', 'string', ''),
  res(1, 'Bootstrap-Server', 'boolean', ''),
  res(2, 'Security Mode', 'integer', ''),
  res(3, 'Public Key or Identity', 'opaque', ''),
  res(4, 'Server Public Key', 'opaque', ''),
  res(5, 'Secret Key', 'opaque', ''),
  res(10, 'Short Server ID', 'integer', ''),
  res(11, 'Client Hold Off Time', 'integer', ''),
]);

const SERVER = obj(1, 'LwM2M Server', '1.1', true, [
  res(0, 'Short Server ID', 'integer', 'R'),
  res(1, 'Lifetime', 'integer', 'RW'),
  res(2, 'Default Minimum Period', 'integer', 'RW'),
  res(3, 'Default Maximum Period', 'integer', 'RW'),
  res(4, 'Disable', 'none', 'E'),
  res(5, 'Disable Timeout', 'integer', 'RW'),
  res(6, 'Notification Storing When Disabled or Offline', 'boolean', 'RW'),
  res(7, 'Binding', 'string', 'RW'),
  res(8, 'Registration Update Trigger', 'none', 'E'),
  res(9, 'Bootstrap-Request Trigger', 'none', 'E'),
]);

function device(version: string): ObjectModel {
  return obj(3, 'Device', version, false, [
    res(0, 'Manufacturer', 'string', 'R'),
    res(1, 'Model Number', 'string', 'R'),
    res(2, 'Serial Number', 'string', 'R'),
    res(3, 'Firmware Version', 'string', 'R'),
    res(4, 'Reboot', 'none', 'E'),
    res(5, 'Factory Reset', 'none', 'E'),
    res(6, 'Available Power Sources', 'integer', 'R', true),
    res(7, 'Power Source Voltage', 'integer', 'R', true),
    res(8, 'Power Source Current', 'integer', 'R', true),
    res(9, 'Battery Level', 'integer', 'R'),
    res(10, 'Memory Free', 'integer', 'R'),
    res(11, 'Error Code', 'integer', 'R', true),
    res(12, 'Reset Error Code', 'none', 'E'),
    res(13, 'Current Time', 'time', 'RW'),
    res(14, 'UTC Offset', 'string', 'RW'),
    res(15, 'Timezone', 'string', 'RW'),
    res(16, 'Supported Binding and Modes', 'string', 'R'),
    res(17, 'Device Type', 'string', 'R'),
    res(18, 'Hardware Version', 'string', 'R'),
    res(19, 'Software Version', 'string', 'R'),
    res(20, 'Battery Status', 'integer', 'R'),
    res(21, 'Memory Total', 'integer', 'R'),
  ]);
}

const CONNECTIVITY = obj(4, 'Connectivity Monitoring', '1.2', false, [
  res(0, 'Network Bearer', 'integer', 'R'),
  res(1, 'Available Network Bearer', 'integer', 'R', true),
  res(2, 'Radio Signal Strength', 'integer', 'R'),
  res(3, 'Link Quality', 'integer', 'R'),
  res(4, 'IP Addresses', 'string', 'R', true),
  res(5, 'Router IP Addresses', 'string', 'R', true),
  res(6, 'Link Utilization', 'integer', 'R'),
  res(7, 'APN', 'string', 'R', true),
  res(8, 'Cell ID', 'integer', 'R'),
  res(9, 'SMNC', 'integer', 'R'),
  res(10, 'SMCC', 'integer', 'R'),
]);

const FIRMWARE = obj(5, 'Firmware Update', '1.0', false, [
  res(0, 'Package', 'opaque', 'W'),
  res(1, 'Package URI', 'string', 'RW'),
  res(2, 'Update', 'none', 'E'),
  res(3, 'State', 'integer', 'R'),
  res(5, 'Update Result', 'integer', 'R'),
  res(6, 'PkgName', 'string', 'R'),
  res(7, 'PkgVersion', 'string', 'R'),
  res(8, 'Firmware Update Protocol Support', 'integer', 'R', true),
  res(9, 'Firmware Update Delivery Method', 'integer', 'R'),
]);

const LOCATION = obj(6, 'Location', '1.0', false, [
  res(0, 'Latitude', 'float', 'R'),
  res(1, 'Longitude', 'float', 'R'),
  res(2, 'Altitude', 'float', 'R'),
  res(3, 'Radius', 'float', 'R'),
  res(4, 'Velocity', 'opaque', 'R'),
  res(5, 'Timestamp', 'time', 'R'),
  res(6, 'Speed', 'float', 'R'),
]);

const SOFTWARE = obj(9, 'LWM2M Software Management', '1.0', true, [
  res(0, 'PkgName', 'string', 'R'),
  res(1, 'PkgVersion', 'string', 'R'),
  res(2, 'Package', 'opaque', 'W'),
  res(3, 'Package URI', 'string', 'W'),
  res(4, 'Install', 'none', 'E'),
  res(6, 'Uninstall', 'none', 'E'),
  res(7, 'Update State', 'integer', 'R'),
  res(8, 'Update Supported Objects', 'boolean', 'RW'),
  res(9, 'Update Result', 'integer', 'R'),
  res(10, 'Activate', 'none', 'E'),
  res(11, 'Deactivate', 'none', 'E'),
  res(12, 'Activation State', 'boolean', 'R'),
]);

const BINARY_APP_DATA = obj(19, 'BinaryAppDataContainer', '1.0', true, [
  res(0, 'Data', 'opaque', 'RW', true, true),
  res(1, 'Data Priority', 'integer', 'RW'),
  res(2, 'Data Creation Time', 'time', 'RW'),
  res(3, 'Data Description', 'string', 'RW'),
  res(4, 'Data Format', 'string', 'RW'),
  res(5, 'App ID', 'integer', 'RW'),
]);

const DEVICE_VERSIONS = new Map<string, ObjectModel>([
  ['1.0', device('1.0')],
  ['1.1', device('1.1')],
  ['1.2', device('1.2')],
]);

const DEFAULTS = new Map<number, ObjectModel>([
  [0, SECURITY],
  [1, SERVER],
  [3, device('1.1')],
  [4, CONNECTIVITY],
  [5, FIRMWARE],
  [6, LOCATION],
  [9, SOFTWARE],
  [19, BINARY_APP_DATA],
]);

/** Object ids the simulator can expose. */
export const SIMULATED_OBJECT_IDS: readonly number[] = [...DEFAULTS.keys()];

/**
 * The simulator's models, with per-device chosen versions (object 3 may be exposed as 1.0, 1.1 or
 * 1.2; the resources used here are the same in all three).
 */
export class SimulatorCatalog implements ModelLookup {
  private readonly chosen = new Map<number, ObjectModel>();

  /**
   * `lwm2mVersion` '1.0' announces every object at 1.0 (the versions above came with LwM2M 1.1);
   * `objectVersions` overrides per object.
   */
  constructor(objectVersions: Readonly<Record<number, string>> = {}, lwm2mVersion = '1.1') {
    for (const [id, model] of DEFAULTS) {
      const wanted = objectVersions[id] ?? (lwm2mVersion === '1.0' ? '1.0' : undefined);
      const versioned = id === 3 && wanted !== undefined ? DEVICE_VERSIONS.get(wanted) : undefined;
      this.chosen.set(id, versioned ?? (wanted !== undefined ? { ...model, version: wanted } : model));
    }
  }

  object(objectId: number, version?: string): ObjectModel | undefined {
    const m = this.chosen.get(objectId);
    if (m === undefined) return undefined;
    if (version === undefined || version === m.version) return m;
    return objectId === 3 ? DEVICE_VERSIONS.get(version) : { ...m, version };
  }

  resource(objectId: number, resourceId: number, version?: string): ResourceModel | undefined {
    return this.object(objectId, version)?.resources.get(resourceId);
  }
}
