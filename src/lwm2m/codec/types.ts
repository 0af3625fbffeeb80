import type { Lwm2mNode, ValueEntry } from '../node.js';
import type { Lwm2mPath } from '../path.js';
import type { ModelLookup } from '../model/types.js';

/**
 * One content format. `path` is the request path the payload answers or is sent to (LwM2M
 * Core 1.1 §7.4: the payload is interpreted relative to it). Decoders throw CodecError on any
 * malformed or hostile input and never return partial garbage.
 */
export interface NodeCodec {
  readonly format: number;
  encode(node: Lwm2mNode, path: Lwm2mPath, models: ModelLookup): Buffer;
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode;
}

/**
 * Formats that carry absolute paths and timestamps per value (SenML JSON/CBOR, LwM2M CBOR,
 * LwM2M JSON): used for composite operations, Send and timestamped notifications.
 */
export interface MultiPathCodec extends NodeCodec {
  /** Values with their absolute paths (and device times when present), in payload order. */
  decodeEntries(payload: Buffer, models: ModelLookup): ValueEntry[];
  encodeEntries(entries: readonly ValueEntry[]): Buffer;
  /** A Read-Composite / Observe-Composite request body: the paths only (LwM2M Core 1.1 §6.3.6). */
  encodePaths(paths: readonly Lwm2mPath[]): Buffer;
  decodePaths(payload: Buffer): Lwm2mPath[];
}
