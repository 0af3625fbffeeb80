/**
 * Where the ThingsBoard layer keeps, per device, the shared-attribute timestamp of the last
 * successful write of each resource (features doc #46: an update older than that is skipped).
 * In memory that bookkeeping dies with the process; with a store it survives a restart, so a
 * restored device is not written again with an update it already has.
 */
export interface AttributeWriteTimes {
  /** Plain path (`/3/0/13`) → ts of the last successful write. */
  load(endpoint: string): Promise<ReadonlyMap<string, number>>;
  save(endpoint: string, path: string, ts: number): void;
  /** The device's registration ended: its bookkeeping goes with it. */
  forget(endpoint: string): void;
}
