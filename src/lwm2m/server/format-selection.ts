import { ContentFormat } from '../content-format.js';
import type { Registration } from '../registration/registration.js';

/**
 * Which content format the server uses towards a client. LwM2M 1.0 clients must support TLV
 * (LwM2M Core 1.0, Data Formats); 1.1+ clients may announce their formats with `ct` on the root link
 * (LwM2M Core 1.1 §6.2.1.1). The binary SenML/CBOR formats are preferred: smallest on the air.
 */

export type FormatPurpose = 'node' | 'composite';

type FormatInfo = Pick<Registration, 'lwm2mVersion' | 'contentFormats'>;

const COMPOSITE_PREFERENCE: readonly number[] = [
  ContentFormat.SENML_CBOR,
  ContentFormat.LWM2M_CBOR,
  ContentFormat.SENML_JSON,
];
const NODE_PREFERENCE: readonly number[] = [
  ...COMPOSITE_PREFERENCE,
  ContentFormat.TLV,
  ContentFormat.LWM2M_JSON,
];
const V10_PREFERENCE: readonly number[] = [ContentFormat.TLV, ContentFormat.LWM2M_JSON];
// A 1.1+ client that did not list its formats: TLV is the one most implementations have,
// then SenML (composite operations are defined only for SenML JSON/CBOR and LwM2M CBOR).
const V11_UNLISTED_NODE: readonly number[] = [ContentFormat.TLV, ContentFormat.SENML_CBOR, ContentFormat.SENML_JSON];
const V11_UNLISTED_COMPOSITE: readonly number[] = [ContentFormat.SENML_CBOR, ContentFormat.SENML_JSON];

/**
 * Formats to try, best first, restricted to those the server has a codec for (`available`).
 * Empty when the client cannot do the operation at all (composite on a 1.0 client).
 */
export function formatPreferences(
  reg: FormatInfo,
  purpose: FormatPurpose,
  available: (format: number) => boolean,
): number[] {
  let base: readonly number[];
  if (reg.lwm2mVersion === '1.0') {
    base = purpose === 'composite' ? [] : V10_PREFERENCE;
  } else if (reg.contentFormats !== undefined && reg.contentFormats.length > 0) {
    const listed = reg.contentFormats;
    base = (purpose === 'composite' ? COMPOSITE_PREFERENCE : NODE_PREFERENCE).filter((f) => listed.includes(f));
  } else {
    base = purpose === 'composite' ? V11_UNLISTED_COMPOSITE : V11_UNLISTED_NODE;
  }
  return base.filter(available);
}

/** The format to retry with after 4.06/4.15 for `tried`, if another one is worth a try. */
export function fallbackFormat(preferences: readonly number[], tried: number): number | undefined {
  return preferences.find((f) => f !== tried);
}

/** `requested` first (the caller insisted), then the rest of `preferences`. */
export function withRequested(preferences: readonly number[], requested: number | undefined): number[] {
  return requested === undefined ? [...preferences] : [requested, ...preferences.filter((f) => f !== requested)];
}

/**
 * Accept formats for a Read/Observe. A 1.0 client reading one resource gets no Accept at
 * all: without Accept the client picks the format (RFC 7252 §5.10.4), usually plain text,
 * and some 1.0 clients drop requests carrying an Accept they do not know.
 */
export function readFormats(
  reg: FormatInfo,
  singleValue: boolean,
  available: (format: number) => boolean,
): number[] {
  if (reg.lwm2mVersion === '1.0' && singleValue) return [];
  return formatPreferences(reg, 'node', available);
}

/** The format an unlabelled answer is most likely in, after plain text. */
export function unlabelledAnswerFormat(reg: FormatInfo): number | undefined {
  return reg.lwm2mVersion === '1.0' ? ContentFormat.TLV : undefined;
}

/**
 * Formats for writing a node. A 1.0 client gets single values in plain text (opaque as
 * application/octet-stream), the 1.0 Plain Text and Opaque formats, with TLV as the retry.
 */
export function writeFormats(
  reg: FormatInfo,
  singleValue: { readonly opaque: boolean } | undefined,
  available: (format: number) => boolean,
): number[] {
  if (reg.lwm2mVersion === '1.0' && singleValue !== undefined) {
    return [singleValue.opaque ? ContentFormat.OPAQUE : ContentFormat.TEXT, ContentFormat.TLV].filter(available);
  }
  return formatPreferences(reg, 'node', available);
}
