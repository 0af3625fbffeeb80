/** CoAP Content-Format numbers used by LwM2M (LwM2M Core 1.1 §7.1, IANA CoAP registry). */
export const ContentFormat = {
  TEXT: 0,
  LINK: 40,
  OPAQUE: 42,
  CBOR: 60,
  SENML_JSON: 110,
  SENML_CBOR: 112,
  TLV: 11542,
  LWM2M_JSON: 11543,
  LWM2M_CBOR: 11544,
  /** Pre-registration numbers used by LwM2M 1.0.x devices (LwM2M Core 1.0 §6.4). */
  LEGACY_TLV: 1542,
  LEGACY_JSON: 1543,
} as const;

export type ContentFormatNumber = (typeof ContentFormat)[keyof typeof ContentFormat];
