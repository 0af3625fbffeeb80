import { ContentFormat } from '../content-format.js';

/**
 * The Bootstrap-Request (LwM2M Core 1.1 §6.1.x / §5.2.7): `POST /bs?ep={name}[&pct={format}]`.
 * Parsed from hostile input: anything malformed gives a reason, never an exception.
 */

export interface BootstrapRequestQuery {
  readonly endpoint: string;
  /** Preferred Content Format (1.1), when given and a number. */
  readonly preferredFormat?: number;
}

export type ParsedBootstrapRequest = { ok: true; value: BootstrapRequestQuery } | { ok: false; reason: string };

const MAX_ENDPOINT_LENGTH = 256;

export function parseBootstrapQuery(query: readonly string[]): ParsedBootstrapRequest {
  let endpoint: string | undefined;
  let pct: number | undefined;
  for (const q of query) {
    const eq = q.indexOf('=');
    const key = eq < 0 ? q : q.slice(0, eq);
    const value = eq < 0 ? '' : q.slice(eq + 1);
    if (key === 'ep') {
      if (endpoint !== undefined) return { ok: false, reason: 'ep given twice' };
      endpoint = value;
    } else if (key === 'pct') {
      if (!/^\d{1,5}$/.test(value)) return { ok: false, reason: `invalid pct "${value.slice(0, 16)}"` };
      pct = Number(value);
    }
    // Other parameters are ignored, as Register ignores unknown ones.
  }
  if (endpoint === undefined || endpoint === '') return { ok: false, reason: 'missing endpoint name (ep)' };
  if (endpoint.length > MAX_ENDPOINT_LENGTH) return { ok: false, reason: 'endpoint name too long' };
  return { ok: true, value: pct === undefined ? { endpoint } : { endpoint, preferredFormat: pct } };
}

// Formats that carry a whole object instance (LwM2M Core 1.1 §7.4); plain text/opaque cannot.
const INSTANCE_FORMATS: ReadonlySet<number> = new Set([
  ContentFormat.TLV,
  ContentFormat.SENML_JSON,
  ContentFormat.SENML_CBOR,
  ContentFormat.LWM2M_JSON,
]);

/** The format for Bootstrap-Write: the client's preference when it can carry instances, else TLV. */
export function bootstrapWriteFormat(preferred: number | undefined, hasCodec: (f: number) => boolean): number {
  if (preferred !== undefined && INSTANCE_FORMATS.has(preferred) && hasCodec(preferred)) return preferred;
  return ContentFormat.TLV;
}
