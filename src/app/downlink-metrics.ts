/**
 * Counts every downlink operation of an Lwm2mServer by operation and result
 * (lwm2m_downlink_requests_total) without the layers above knowing about metrics: the
 * composition root wraps the server instance's operation methods once, at start-up.
 */
import { recordDownlink } from '../obs/lwm2m-metrics.js';
import type { DownlinkOperation, TransportMetrics } from '../obs/transport-metrics.js';
import type { Lwm2mServer } from '../lwm2m/server/lwm2m-server.js';

/** Server method → the operation label it is counted under. */
export const COUNTED_OPERATIONS = {
  read: 'read',
  discover: 'discover',
  write: 'write',
  writeAttributes: 'write_attributes',
  execute: 'execute',
  create: 'create',
  delete: 'delete',
  observe: 'observe',
  cancelObservation: 'cancel_observation',
  readComposite: 'read_composite',
  writeComposite: 'write_composite',
  observeComposite: 'observe_composite',
  cancelCompositeObservation: 'cancel_observe_composite',
} as const satisfies Partial<Record<keyof Lwm2mServer, DownlinkOperation>>;

type Counted = keyof typeof COUNTED_OPERATIONS;
type AsyncMethod = (...args: unknown[]) => Promise<unknown>;

/** Wraps the instance's methods; returns a function that puts the originals back. */
export function countDownlinks(server: Lwm2mServer, metrics: TransportMetrics): () => void {
  const target = server as unknown as Record<Counted, AsyncMethod>;
  const originals: Array<[Counted, AsyncMethod]> = [];
  for (const name of Object.keys(COUNTED_OPERATIONS) as Counted[]) {
    const original = target[name];
    const op = COUNTED_OPERATIONS[name];
    originals.push([name, original]);
    target[name] = async (...args: unknown[]): Promise<unknown> => {
      try {
        const result = await original.apply(server, args);
        // A cancel of an observation that no longer exists resolves undefined: nothing was sent.
        if (result !== undefined) recordDownlink(metrics, op, result);
        return result;
      } catch (err) {
        recordDownlink(metrics, op, err);
        throw err;
      }
    };
  }
  return () => {
    for (const [name, original] of originals) target[name] = original;
  };
}
