import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode, ValueEntry } from '../node.js';
import { formatPath, type Lwm2mPath } from '../path.js';
import { entriesFromNode, latestEntries, nodeFromEntries } from './node-entries.js';
import {
  entriesFromRecords,
  pathsFromRecords,
  recordsFromEntries,
  resolveRecords,
  type SenmlRecord,
} from './senml-record.js';
import { asCodecError } from './senml-value.js';
import type { MultiPathCodec } from './types.js';

/** One SenML syntax (RFC 8428 §5 JSON, §6 CBOR): bytes ↔ unresolved records. */
export interface SenmlSyntax {
  readonly format: number;
  /** Throws CodecError on anything that is not a well-formed pack of records. */
  parse(payload: Buffer): SenmlRecord[];
  serialize(records: readonly SenmlRecord[]): Buffer;
}

export interface SenmlCodecOptions {
  /** Current time in ms since the epoch, for relative SenML times (RFC 8428 §4.5.3). */
  readonly now?: () => number;
}

/**
 * A MultiPathCodec over a SenML syntax. `decode` rebuilds the node at the request path from
 * the newest value of each path, so a time series in a plain notification yields its latest
 * state; `decodeEntries` keeps every record with its time.
 */
export function makeSenmlCodec(syntax: SenmlSyntax, options: SenmlCodecOptions = {}): MultiPathCodec {
  const format = syntax.format;
  const now = options.now ?? Date.now;
  const entries = (payload: Buffer, models: ModelLookup, request?: Lwm2mPath): ValueEntry[] => {
    // LwM2M Core 1.1 §7.4: an empty payload is an empty pack (e.g. an empty multi-instance resource).
    const records = payload.length === 0 ? [] : syntax.parse(payload);
    return entriesFromRecords(resolveRecords(records, format, now), models, format, request);
  };
  return {
    format,
    decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
      return asCodecError(format, () =>
        nodeFromEntries(latestEntries(entries(payload, models, path)), path, models, format),
      );
    },
    encode(node: Lwm2mNode, path: Lwm2mPath): Buffer {
      return asCodecError(format, () =>
        syntax.serialize(recordsFromEntries(entriesFromNode(node, path, format), format, path)),
      );
    },
    decodeEntries(payload: Buffer, models: ModelLookup): ValueEntry[] {
      return asCodecError(format, () => entries(payload, models));
    },
    encodeEntries(list: readonly ValueEntry[]): Buffer {
      return asCodecError(format, () => syntax.serialize(recordsFromEntries(list, format)));
    },
    encodePaths(paths: readonly Lwm2mPath[]): Buffer {
      return asCodecError(format, () => syntax.serialize(paths.map((p) => ({ n: formatPath(p) }))));
    },
    decodePaths(payload: Buffer): Lwm2mPath[] {
      return asCodecError(format, () => (payload.length === 0 ? [] : pathsFromRecords(syntax.parse(payload), format)));
    },
  };
}
