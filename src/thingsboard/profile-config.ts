import { z } from 'zod';

/**
 * The LwM2M part of a ThingsBoard device profile (`profileData.transportConfiguration` with
 * `"type":"LWM2M"`) and the device-level power-saving override (`deviceData.transportConfiguration`),
 * as ThingsBoard stores them (features doc §2.1, §2.2). Parsing never throws: a profile that
 * does not validate comes back as a list of problems for transportLog and the log.
 */

export type ObserveStrategy = 'SINGLE' | 'COMPOSITE_ALL' | 'COMPOSITE_BY_OBJECT';
export type PowerMode = 'PSM' | 'DRX' | 'E_DRX';

const STRATEGIES: readonly ObserveStrategy[] = ['SINGLE', 'COMPOSITE_ALL', 'COMPOSITE_BY_OBJECT'];

// Jackson accepts the enum ordinal as well as the name (ThingsBoard's own tests send numbers).
const observeStrategySchema = z.union([
  z.enum(['SINGLE', 'COMPOSITE_ALL', 'COMPOSITE_BY_OBJECT']),
  z
    .number()
    .int()
    .min(0)
    .max(2)
    .transform((n) => STRATEGIES[n] as ObserveStrategy),
]);

const nullableNumber = z.number().finite().nullish();

/** Notification attributes of `attributeLwm2m` (LwM2M Core 1.1 §5.1.2); nulls are omitted. */
const objectAttributesSchema = z
  .object({
    pmin: nullableNumber,
    pmax: nullableNumber,
    gt: nullableNumber,
    lt: nullableNumber,
    st: nullableNumber,
    epmin: nullableNumber,
    epmax: nullableNumber,
    dim: nullableNumber,
    ssid: nullableNumber,
    uri: z.string().nullish(),
    ver: z.string().nullish(),
    lwm2m: z.string().nullish(),
  })
  .loose();

const observeAttrSchema = z
  .object({
    keyName: z.record(z.string(), z.string().nullable()).default({}),
    observe: z.array(z.string()).default([]),
    attribute: z.array(z.string()).default([]),
    telemetry: z.array(z.string()).default([]),
    attributeLwm2m: z.record(z.string(), objectAttributesSchema).default({}),
    initAttrTelAsObsStrategy: z.boolean().nullish().transform((v) => v ?? false),
    observeStrategy: observeStrategySchema.nullish().transform((v) => v ?? 'SINGLE'),
  })
  .loose();

const powerModeSchema = z.enum(['PSM', 'DRX', 'E_DRX']);

const clientSettingsSchema = z
  .object({
    useObject19ForOtaInfo: z.boolean().nullish().transform((v) => v ?? false),
    fwUpdateStrategy: z.number().int().min(1).max(3).nullish().transform((v) => v ?? 1),
    swUpdateStrategy: z.number().int().min(1).max(2).nullish().transform((v) => v ?? 1),
    fwUpdateResource: z.string().nullish().transform((v) => v ?? undefined),
    swUpdateResource: z.string().nullish().transform((v) => v ?? undefined),
    clientOnlyObserveAfterConnect: z.number().int().nullish().transform((v) => v ?? 1),
    powerMode: powerModeSchema.nullish().transform((v) => v ?? 'DRX'),
    psmActivityTimer: z.number().nonnegative().nullish().transform((v) => v ?? undefined),
    edrxCycle: z.number().nonnegative().nullish().transform((v) => v ?? undefined),
    pagingTransmissionWindow: z.number().nonnegative().nullish().transform((v) => v ?? undefined),
    defaultObjectIDVer: z.enum(['1.0', '1.1', '1.2']).nullish().transform((v) => v ?? '1.0'),
  })
  .loose();

const bootstrapEntrySchema = z
  .object({
    securityMode: z.enum(['NO_SEC', 'PSK', 'RPK', 'X509']),
    shortServerId: z.number().int().nullish(),
    bootstrapServerIs: z.boolean().nullish().transform((v) => v ?? false),
    host: z.string(),
    port: z.number().int().min(0).max(65535),
    clientHoldOffTime: z.number().int().nullish().transform((v) => v ?? 1),
    serverPublicKey: z.string().nullish().transform((v) => v ?? ''),
    serverCertificate: z.string().nullish().transform((v) => v ?? ''),
    bootstrapServerAccountTimeout: z.number().int().nullish().transform((v) => v ?? 0),
    lifetime: z.number().int().nullish().transform((v) => v ?? 300),
    defaultMinPeriod: z.number().int().nullish().transform((v) => v ?? 1),
    notifIfDisabled: z.boolean().nullish().transform((v) => v ?? true),
    binding: z.string().nullish().transform((v) => v ?? 'U'),
  })
  .loose();

const transportConfigurationSchema = z
  .object({
    type: z.literal('LWM2M'),
    observeAttr: observeAttrSchema.nullish().transform((v) => v ?? observeAttrSchema.parse({})),
    bootstrapServerUpdateEnable: z.boolean().nullish().transform((v) => v ?? false),
    bootstrap: z.array(bootstrapEntrySchema).nullish().transform((v) => v ?? []),
    clientLwM2mSettings: clientSettingsSchema.nullish().transform((v) => v ?? clientSettingsSchema.parse({})),
  })
  .loose();

const deviceTransportSchema = z
  .object({
    type: z.literal('LWM2M').optional(),
    powerMode: powerModeSchema.nullish(),
    psmActivityTimer: z.number().nonnegative().nullish(),
    edrxCycle: z.number().nonnegative().nullish(),
    pagingTransmissionWindow: z.number().nonnegative().nullish(),
  })
  .loose();

export type ObjectAttributes = z.infer<typeof objectAttributesSchema>;
export type ObserveAttrConfig = z.infer<typeof observeAttrSchema>;
export type ClientLwm2mSettings = z.infer<typeof clientSettingsSchema>;
export type BootstrapServerEntry = z.infer<typeof bootstrapEntrySchema>;
export type Lwm2mProfileConfig = z.infer<typeof transportConfigurationSchema>;
export type DeviceTransportConfig = z.infer<typeof deviceTransportSchema>;

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; problems: string[] };

function problems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/** Takes `profileData` (the parsed DeviceProfileData JSON) and returns its LwM2M transport configuration. */
export function parseProfileTransport(profileData: unknown): ParseOutcome<Lwm2mProfileConfig> {
  const transport =
    typeof profileData === 'object' && profileData !== null && 'transportConfiguration' in profileData
      ? (profileData as { transportConfiguration: unknown }).transportConfiguration
      : profileData;
  const r = transportConfigurationSchema.safeParse(transport);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: problems(r.error) };
}

/** The device-level override (features doc §2.2); absent or non-LwM2M data gives an empty override. */
export function parseDeviceTransport(deviceData: unknown): ParseOutcome<DeviceTransportConfig> {
  const transport =
    typeof deviceData === 'object' && deviceData !== null && 'transportConfiguration' in deviceData
      ? (deviceData as { transportConfiguration: unknown }).transportConfiguration
      : deviceData;
  if (transport === undefined || transport === null) return { ok: true, value: {} };
  const r = deviceTransportSchema.safeParse(transport);
  return r.success ? { ok: true, value: r.data } : { ok: false, problems: problems(r.error) };
}

/** The profile used while a device's own profile is invalid or missing: maps nothing. */
export function emptyProfileConfig(): Lwm2mProfileConfig {
  return transportConfigurationSchema.parse({ type: 'LWM2M' });
}

export interface PowerSettings {
  readonly powerMode: PowerMode;
  readonly psmActivityTimerMs?: number;
  readonly edrxCycleMs?: number;
  readonly pagingTransmissionWindowMs?: number;
}

/** Power-saving source rule of features doc #76: the device's mode wins; profile timers only with the profile's mode. */
export function effectivePowerSettings(
  device: { powerMode?: PowerMode | null | undefined; psmActivityTimer?: number | null | undefined; edrxCycle?: number | null | undefined; pagingTransmissionWindow?: number | null | undefined },
  profile: ClientLwm2mSettings,
): PowerSettings {
  const fromDevice = device.powerMode !== undefined && device.powerMode !== null;
  const src = fromDevice
    ? { psm: device.psmActivityTimer, edrx: device.edrxCycle, paging: device.pagingTransmissionWindow }
    : { psm: profile.psmActivityTimer, edrx: profile.edrxCycle, paging: profile.pagingTransmissionWindow };
  const out: { -readonly [K in keyof PowerSettings]: PowerSettings[K] } = {
    powerMode: fromDevice ? (device.powerMode as PowerMode) : profile.powerMode,
  };
  // ThingsBoard's YML defaults apply when a timer is null or 0 (features doc #76).
  out.psmActivityTimerMs = src.psm !== undefined && src.psm !== null && src.psm > 0 ? src.psm : 10_000;
  out.pagingTransmissionWindowMs = src.paging !== undefined && src.paging !== null && src.paging > 0 ? src.paging : 10_000;
  if (src.edrx !== undefined && src.edrx !== null && src.edrx > 0) out.edrxCycleMs = src.edrx;
  return out;
}
