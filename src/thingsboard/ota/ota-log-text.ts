/** The OTA transportLog lines (features doc §3.2, #74), verbatim. */
export const otaLogText = {
  firmwareState: (name: string): string => `Firmware Update State: ${name}`,
  firmwareResult: (name: string): string => `Firmware Update Result: ${name}`,
  // ThingsBoard logs software *state* changes with the firmware prefix (#74); kept for parity.
  softwareState: (name: string): string => `Firmware Update State: ${name}`,
  softwareResult: (name: string): string => `Software Update Result: ${name}`,
  notSupported: (): string => 'Client does not support firmware update or profile misconfiguration!',
  fetchFailed: (status: string): string => `Failed to fetch OTA package: ${status}`,
  unsupportedStrategy: (strategy: string): string => `Unsupported strategy: ${strategy}`,
  internalError: (message: string): string => `Internal server error: ${message}`,
  previousFailed: (result: string): string => `Previous update firmware failed. Result: ${result}`,
  processFailed: (message: string): string => `Failed to process firmware update: ${message}`,
  noObject19: (endpoint: string, instanceId: number): string =>
    `[${endpoint}], Failed to send Info Ota to objectInstance [/19/${instanceId}]. The client does not have object 19.`,
};
