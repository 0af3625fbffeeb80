import { multiPathCodecFor } from '../../../src/lwm2m/codec/codec-registry.js';
import type { ResourceValue } from '../../../src/lwm2m/node.js';
import { formatPath } from '../../../src/lwm2m/path.js';
import { SimulatorCatalog } from '../../../tools/simulator/index.js';

const catalog = new SimulatorCatalog();

/** A SenML / LwM2M CBOR payload as `{ path: value }` pairs (with device time when present). */
export function decodeValues(format: number, payload: Buffer): Array<{ path: string; value: ResourceValue; time?: number }> {
  const codec = multiPathCodecFor(format);
  if (codec === undefined) throw new Error(`no multi-path codec for ${format}`);
  return codec.decodeEntries(payload, catalog).map((e) =>
    e.time === undefined ? { path: formatPath(e.path), value: e.value } : { path: formatPath(e.path), value: e.value, time: e.time },
  );
}
