import * as registry from '../../../src/lwm2m/codec/codec-registry.js';
import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ModelLookup } from '../../../src/lwm2m/model/types.js';
import type { Lwm2mNode, ValueEntry } from '../../../src/lwm2m/node.js';
import type { Lwm2mPath } from '../../../src/lwm2m/path.js';
import type { Lwm2mVersion } from '../types.js';

/**
 * The one seam between the simulator and content encoding: everything goes through the
 * project's codec registry (src/lwm2m/codec), so the simulator and the server share one
 * implementation of each format while the CoAP stack (node-coap) stays independent.
 */

// LwM2M Core 1.0 §6.4: plain text, opaque, TLV and LwM2M JSON (with their 1.0 pre-registration numbers).
const FORMATS_1_0: readonly number[] = [
  ContentFormat.TEXT,
  ContentFormat.OPAQUE,
  ContentFormat.TLV,
  ContentFormat.LWM2M_JSON,
  ContentFormat.LEGACY_TLV,
  ContentFormat.LEGACY_JSON,
];
// LwM2M Core 1.1 §7.4 adds CBOR, SenML JSON and SenML CBOR; 1.2 adds LwM2M CBOR.
const FORMATS_1_1: readonly number[] = [...FORMATS_1_0, ContentFormat.CBOR, ContentFormat.SENML_JSON, ContentFormat.SENML_CBOR];
const FORMATS_1_2: readonly number[] = [...FORMATS_1_1, ContentFormat.LWM2M_CBOR];

/** Formats a device of `version` reads and writes (and the registry speaks). */
export function nodeFormats(version: Lwm2mVersion): readonly number[] {
  const wanted = version === '1.0' ? FORMATS_1_0 : version === '1.1' ? FORMATS_1_1 : FORMATS_1_2;
  return wanted.filter((f) => registry.codecFor(f) !== undefined);
}

/** Formats that carry absolute paths (composite operations, Send) for a 1.1+ device. */
export function multiPathFormats(version: Lwm2mVersion): readonly number[] {
  return nodeFormats(version).filter((f) => registry.multiPathCodecFor(f) !== undefined && f !== ContentFormat.LEGACY_JSON);
}

export function encodeNode(format: number, node: Lwm2mNode, path: Lwm2mPath, models: ModelLookup): Buffer {
  return registry.encodeNode(format, node, path, models);
}

export function decodeNode(format: number, payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
  return registry.decodeNode(format, payload, path, models);
}

function multiPath(format: number): NonNullable<ReturnType<typeof registry.multiPathCodecFor>> {
  const codec = registry.multiPathCodecFor(format);
  if (codec === undefined) throw new CodecError(format, `content format ${format} carries no absolute paths`);
  return codec;
}

export function encodeEntries(format: number, entries: readonly ValueEntry[]): Buffer {
  return multiPath(format).encodeEntries(entries);
}

export function decodeEntries(format: number, payload: Buffer, models: ModelLookup): ValueEntry[] {
  return multiPath(format).decodeEntries(payload, models);
}

export function encodePaths(format: number, paths: readonly Lwm2mPath[]): Buffer {
  return multiPath(format).encodePaths(paths);
}

export function decodePaths(format: number, payload: Buffer): Lwm2mPath[] {
  return multiPath(format).decodePaths(payload);
}
