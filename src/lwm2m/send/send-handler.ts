import type { InboundRequest, OutboundResponse } from '../../coap/types.js';
import { multiPathCodecFor } from '../codec/codec-registry.js';
import { ContentFormat } from '../content-format.js';
import type { ModelLookup } from '../model/types.js';
import type { ValueEntry } from '../node.js';
import type { Registration } from '../registration/registration.js';

/**
 * The Send operation (LwM2M Core 1.1, Information Reporting interface): a registered client POSTs `/dp`
 * with SenML JSON, SenML CBOR or LwM2M CBOR values carrying absolute paths and optional times.
 */

// LwM2M Core 1.1: Send carries SenML JSON or SenML CBOR; 1.2 adds LwM2M CBOR.
const SEND_FORMATS: readonly number[] = [ContentFormat.SENML_JSON, ContentFormat.SENML_CBOR, ContentFormat.LWM2M_CBOR];

export type SendOutcome =
  | { readonly response: OutboundResponse; readonly entries: ValueEntry[] }
  | { readonly response: OutboundResponse; readonly entries?: undefined };

/**
 * Decodes a Send. `reg` is the registration of the sending peer, undefined when it has none
 * (4.04 "Not Found": the client must be registered). The caller emits the entries.
 */
export function handleSend(req: InboundRequest, reg: Registration | undefined, models: ModelLookup): SendOutcome {
  if (req.method !== 'POST') return { response: { code: '4.05' } };
  if (reg === undefined) return { response: { code: '4.04', payload: Buffer.from('not registered') } };
  const format = req.contentFormat;
  const codec = format !== undefined && SEND_FORMATS.includes(format) ? multiPathCodecFor(format) : undefined;
  if (codec === undefined) return { response: { code: '4.15' } };
  let entries: ValueEntry[];
  try {
    entries = codec.decodeEntries(req.payload, models);
  } catch (err) {
    const msg = err instanceof Error ? err.message : 'undecodable payload';
    return { response: { code: '4.00', payload: Buffer.from(msg.slice(0, 128)) } };
  }
  if (entries.length === 0) return { response: { code: '4.00', payload: Buffer.from('no values') } };
  return { response: { code: '2.04' }, entries };
}
