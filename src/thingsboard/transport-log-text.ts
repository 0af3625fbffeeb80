/**
 * The exact `transportLog` lines of ThingsBoard's LwM2M transport (features doc §3.2). Pure
 * text builders: the caller posts them through TransportLog. `LOG_LWM2M_INFO/WARN/ERROR` are
 * the words info/warn/error; some lines wrap them in brackets, others follow them with ": ".
 */

export interface RegistrationLogInfo {
  readonly endpoint: string;
  readonly registrationId: string;
  readonly lwm2mVersion: string;
  /** objectId → version, in ascending object id order. */
  readonly objectVersions: ReadonlyArray<readonly [number, string]>;
  readonly queueMode: boolean;
  readonly binding: string;
}

export const logText = {
  registered(r: RegistrationLogInfo): string {
    const objs = r.objectVersions.map(([id, v]) => `${id}=${v}`).join(', ');
    return (
      `info: Endpoint [${r.endpoint}] Client registered with registration id: [${r.registrationId}] ` +
      `LwM2mVersion: [${r.lwm2mVersion}], SupportedObjectIdVer [{${objs}}] QueueMode [${r.queueMode}], BindingMode [${r.binding}]\n`
    );
  },
  updated(registrationId: string, address: string): string {
    return `[${registrationId}][${address}] Updated registration.`;
  },
  unregistered(): string {
    return 'info: Client unRegistration';
  },
  registrationFailed(message: string): string {
    return `warn: Client registration failed due to: ${message}`;
  },
  sending(registrationId: string, address: string, requestClass: string, target: string): string {
    return `[${registrationId}][${address}] Sending request: ${requestClass} to ${target}`;
  },
  success(requestClass: string, target: string, result: string): string {
    return `[info]: ${requestClass} [${target}] successful. Result: ${result}`;
  },
  deviceError(requestClass: string, target: string, result: string): string {
    return `[error]: ${requestClass} [${target}] failed to process successful. Result: ${result}`;
  },
  validationFailed(request: string, reason: string): string {
    return `[error]: Request [${request}] validation failed. Reason: ${reason}`;
  },
  processingFailed(request: string, reason: string): string {
    return `[error]: Request [${request}] processing failed. Reason: ${reason}`;
  },
  cancelObserve(target: string, count: number): string {
    return `[info]: Cancel Observe for [${target}] successful. Result: [${count}]`;
  },
  cancelAllObserve(count: number): string {
    return `[info]: Cancel of all observations was successful. Result: [${count}]`;
  },
  singleObservationError(path: string, message: string): string {
    return `error: Single Observation Cancel: ${path}: ${message}`;
  },
  compositeObservationError(paths: readonly string[], message: string): string {
    return `error: Composite Observation Cancel: [${paths.join(', ')}]: ${message}`;
  },
  attributeUpdateFailed(message: string): string {
    return `error: Failed update resource onAttributesUpdate ${message}.`;
  },
  attributeNotChanged(versionedId: string, value: string): string {
    return `warn: Didn't update the versionedId resource - ${versionedId} value - ${value}. Value is not changed`;
  },
  attributeBadValue(versionedId: string): string {
    return `error: Failed update resource versionedId - ${versionedId} value - null. New value is  bad`;
  },
  profileNull(): string {
    return 'Failed to process initClientTelemetry. Profile is null. Update procedure may not have completed after reboot yet';
  },
  readsFailed(): string {
    return 'Failed to process read requests. Possible profile misconfiguration.';
  },
  observesFailed(): string {
    return 'Failed to process observe requests. Possible profile misconfiguration.';
  },
  writeAttributesFailed(): string {
    return 'Failed to process write attribute requests. Possible profile misconfiguration.';
  },
  sleeping(): string {
    return 'Info : Client is sleeping!';
  },
  awake(): string {
    return 'Info : Client is awake!';
  },
  // Lines of our own (no ThingsBoard template exists); see docs/thingsboard-behaviour.md.
  invalidProfile(problems: readonly string[]): string {
    return `error: Invalid LwM2M device profile: ${problems.join('; ')}`;
  },
  objectVersionSkipped(profilePath: string, clientVersion: string): string {
    return `warn: Profile path ${profilePath} skipped: the client has this object in version ${clientVersion}`;
  },
  compositeFallback(lwm2mVersion: string, strategy: string): string {
    return `warn: LwM2M ${lwm2mVersion} client has no composite operations: observe strategy ${strategy} falls back to single observes`;
  },
};
