import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { ModelLookup } from '../model/types.js';
import type { Lwm2mNode } from '../node.js';
import type { Lwm2mPath } from '../path.js';
import { cborCodec } from './cbor-codec.js';
import { lwm2mCborCodec } from './lwm2m-cbor-codec.js';
import { legacyLwm2mJsonCodec, lwm2mJsonCodec } from './lwm2m-json-codec.js';
import { opaqueCodec } from './opaque-codec.js';
import { senmlCborCodec } from './senml-cbor-codec.js';
import { senmlJsonCodec } from './senml-json-codec.js';
import { textCodec } from './text-codec.js';
import { legacyTlvCodec, tlvCodec } from './tlv-codec.js';
import type { MultiPathCodec, NodeCodec } from './types.js';

/**
 * Content-Format number → codec, for every format the server reads and writes (LwM2M Core 1.1
 * §7.4; LwM2M 1.0 devices use the pre-registration numbers 1542/1543 for TLV/JSON, 1.0 §6.4).
 * A new format is one codec file plus one line here.
 */

const multiPath = new Map<number, MultiPathCodec>([
  [ContentFormat.SENML_JSON, senmlJsonCodec],
  [ContentFormat.SENML_CBOR, senmlCborCodec],
  [ContentFormat.LWM2M_JSON, lwm2mJsonCodec],
  [ContentFormat.LEGACY_JSON, legacyLwm2mJsonCodec],
  [ContentFormat.LWM2M_CBOR, lwm2mCborCodec],
]);

const single = new Map<number, NodeCodec>([
  [ContentFormat.TEXT, textCodec],
  [ContentFormat.OPAQUE, opaqueCodec],
  [ContentFormat.CBOR, cborCodec],
  [ContentFormat.TLV, tlvCodec],
  [ContentFormat.LEGACY_TLV, legacyTlvCodec],
  ...multiPath,
]);

/** Every Content-Format number `codecFor` answers, ascending. */
export const SUPPORTED_FORMATS: readonly number[] = Object.freeze([...single.keys()].sort((a, b) => a - b));

/** The codec of a Content-Format number, or undefined when the server does not speak it. */
export function codecFor(format: number): NodeCodec | undefined {
  return single.get(format);
}

/** The codec of a format that carries absolute paths and times (SenML, LwM2M JSON/CBOR). */
export function multiPathCodecFor(format: number): MultiPathCodec | undefined {
  return multiPath.get(format);
}

function requireCodec(format: number): NodeCodec {
  const codec = single.get(format);
  if (!codec) throw new CodecError(format, `unsupported content format ${format}`);
  return codec;
}

/** Decodes `payload` in `format` as the node at `path`; CodecError for unknown formats too. */
export function decodeNode(format: number, payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
  return requireCodec(format).decode(payload, path, models);
}

/** Encodes `node` (found at `path`) in `format`; CodecError for unknown formats too. */
export function encodeNode(format: number, node: Lwm2mNode, path: Lwm2mPath, models: ModelLookup): Buffer {
  return requireCodec(format).encode(node, path, models);
}
