/**
 * The embedded core as `npm start` runs it: the StandaloneCore plus what the local HTTP API and
 * the config file promise on top of it: auto-provisioning of unknown NoSec endpoints
 * (`autoProvision`), a device directory, and OTA packages uploaded over HTTP. An assignment is
 * announced the way ThingsBoard's core does it: the package becomes the device's OTA package
 * and the `fw_*` / `sw_*` shared attributes are pushed to its session.
 */
import { createHash, randomUUID } from 'node:crypto';
import { fail, ok, type CoreResult, type KvEntry, type RpcResponse, type TelemetryBatch, type CredentialsLookup, type DeviceInfo, type OtaPackageInfo, type OtaPackageType, type Uuid, type ValidatedDevice } from '../core/index.js';
import { nameUuid, type StandaloneConfig } from '../standalone/standalone-config.js';
import { StandaloneCore, type StandaloneCoreOptions } from '../standalone/standalone-core.js';
import type { DirectoryDevice, OtaAssignment, OtaUpload } from '../standalone/http-api.js';
import { OtaPackageFolder } from './ota-package-folder.js';

function endpointOf(credentialsValue: string): string | undefined {
  try {
    const c = JSON.parse(credentialsValue) as { client?: { endpoint?: unknown } };
    return typeof c.client?.endpoint === 'string' ? c.client.endpoint : undefined;
  } catch {
    return undefined;
  }
}

/** Where uplink is logged (info level in the process log). */
export type UplinkLog = (obj: object, msg: string) => void;

export class EmbeddedCore extends StandaloneCore {
  private readonly directory = new Map<Uuid, DirectoryDevice>();
  private readonly provisioned = new Map<string, ValidatedDevice>();
  private readonly packages: OtaPackageFolder;
  private readonly autoProfileId: Uuid | undefined;

  constructor(
    private readonly config: StandaloneConfig,
    options: StandaloneCoreOptions & { readonly otaDir: string },
    private readonly logUplink: UplinkLog = () => undefined,
  ) {
    super(config, options);
    this.packages = new OtaPackageFolder(options.otaDir);
    for (const d of config.devices) this.directory.set(d.id, { id: d.id, name: d.name, endpoint: endpointOf(d.credentials.credentialsValue) });
    this.autoProfileId = config.profiles.find((p) => p.name === config.autoProvision)?.id;
  }

  /** Known devices: those of the file and those admitted by auto-provisioning. */
  deviceList(): DirectoryDevice[] {
    return [...this.directory.values()];
  }

  override async validateCredentials(lookup: CredentialsLookup): Promise<CoreResult<ValidatedDevice>> {
    const found = await super.validateCredentials(lookup);
    if (found.ok || lookup.kind !== 'endpoint' || this.autoProfileId === undefined) return found;
    const known = this.provisioned.get(lookup.endpoint);
    if (known !== undefined) return ok(known);
    const profile = await this.getDeviceProfile(this.autoProfileId);
    if (!profile.ok) return found;
    const device: DeviceInfo = {
      tenantId: this.config.tenantId,
      deviceId: nameUuid('device', lookup.endpoint),
      deviceName: lookup.endpoint,
      deviceType: profile.value.name,
      deviceProfileId: profile.value.id,
      isGateway: false,
    };
    const credentials = { client: { securityConfigClientMode: 'NO_SEC', endpoint: lookup.endpoint } };
    const v: ValidatedDevice = { device, credentialsBody: JSON.stringify(credentials), credentials, securityMode: 'NO_SEC', deviceProfile: profile.value };
    this.provisioned.set(lookup.endpoint, v);
    this.directory.set(device.deviceId, { id: device.deviceId, name: device.deviceName, endpoint: lookup.endpoint });
    return ok(v);
  }

  // Parameters are optional only because the base class declares none (it stores no packages).
  override async postTelemetry(sessionId: Uuid, batches: TelemetryBatch[]): Promise<CoreResult<void>> {
    const r = await super.postTelemetry(sessionId, batches);
    if (r.ok) {
      const device = this.getSession(sessionId)?.device.deviceName;
      for (const b of batches) this.logUplink({ device, ts: b.ts, values: Object.fromEntries(b.values.map((v) => [v.key, v.value])) }, 'telemetry');
    }
    return r;
  }

  override async postAttributes(sessionId: Uuid, values: KvEntry[]): Promise<CoreResult<void>> {
    const r = await super.postAttributes(sessionId, values);
    if (r.ok) this.logUplink({ device: this.getSession(sessionId)?.device.deviceName, values: Object.fromEntries(values.map((v) => [v.key, v.value])) }, 'attributes');
    return r;
  }

  override async sendRpcResponse(sessionId: Uuid, response: RpcResponse): Promise<CoreResult<void>> {
    this.logUplink({ device: this.getSession(sessionId)?.device.deviceName, requestId: response.requestId, payload: response.payload, error: response.error }, 'RPC response');
    return super.sendRpcResponse(sessionId, response);
  }

  override async getOtaPackage(_tenantId?: Uuid, deviceId?: Uuid, type?: OtaPackageType): Promise<CoreResult<OtaPackageInfo>> {
    const p = deviceId === undefined || type === undefined ? undefined : this.packages.assignedTo(deviceId, type);
    return p === undefined ? fail('not-found', `no ${type ?? ''} package assigned to ${deviceId ?? ''}`) : ok(p.info);
  }

  override async readOtaPackageData(packageId?: Uuid, offset = 0, length?: number): Promise<CoreResult<Uint8Array>> {
    const bytes = packageId === undefined ? undefined : this.packages.read(packageId, offset, length);
    return bytes === undefined ? fail('not-found', `OTA package ${packageId} not found`) : ok(bytes);
  }

  /**
   * Stores a package, assigns it to the device and pushes the OTA shared attributes
   * (features doc, OTA: `fw_title`, `fw_version`, `fw_checksum_algorithm`, `fw_checksum`, `fw_size`).
   */
  assignOta(deviceId: Uuid, upload: OtaUpload): OtaAssignment {
    const packageId = randomUUID();
    const info: OtaPackageInfo = {
      packageId,
      type: upload.type,
      title: upload.title,
      version: upload.version,
      contentType: upload.contentType,
      fileName: upload.fileName,
    };
    this.packages.assign(deviceId, info, upload.data);
    const checksum = createHash('sha256').update(upload.data).digest('hex');
    const prefix = upload.type === 'FIRMWARE' ? 'fw' : 'sw';
    this.updateSharedAttributes(deviceId, {
      [`${prefix}_title`]: upload.title,
      [`${prefix}_version`]: upload.version,
      [`${prefix}_checksum_algorithm`]: 'SHA256',
      [`${prefix}_checksum`]: checksum,
      [`${prefix}_size`]: upload.data.length,
    });
    return { packageId, type: upload.type, title: upload.title, version: upload.version, size: upload.data.length, checksum, checksumAlgorithm: 'SHA256' };
  }
}
