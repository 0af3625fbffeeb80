/**
 * Headers of transport API requests (thingsboard-transport-wire.md §1.6):
 *  requestId     16 bytes, big-endian msb ‖ lsb, a fresh UUID distinct from the record key;
 *  responseTopic UTF-8 of the full (prefixed) response topic;
 *  expireTs      8-byte big-endian signed epoch milliseconds (the core drops requests past it).
 */
import { bytesToUuid, uuidToBytes } from '../tbwire/uuid-codec.js';

export const HEADER_REQUEST_ID = 'requestId';
export const HEADER_RESPONSE_TOPIC = 'responseTopic';
export const HEADER_EXPIRE_TS = 'expireTs';

export type KafkaHeaderValue = Buffer | string | Array<Buffer | string> | undefined;
export type KafkaHeaders = Record<string, KafkaHeaderValue>;

export function encodeRequestHeaders(requestId: string, responseTopic: string, expireTs: number): Record<string, Buffer> {
  const expire = Buffer.alloc(8);
  expire.writeBigInt64BE(BigInt(Math.trunc(expireTs)));
  return {
    [HEADER_REQUEST_ID]: uuidToBytes(requestId),
    [HEADER_RESPONSE_TOPIC]: Buffer.from(responseTopic, 'utf8'),
    [HEADER_EXPIRE_TS]: expire,
  };
}

function firstBuffer(v: KafkaHeaderValue): Buffer | undefined {
  const one = Array.isArray(v) ? v[0] : v;
  if (one === undefined) return undefined;
  return typeof one === 'string' ? Buffer.from(one, 'utf8') : one;
}

/** The requestId of a response record, or undefined if absent or not 16 bytes. */
export function readRequestId(headers: KafkaHeaders | undefined): string | undefined {
  const b = firstBuffer(headers?.[HEADER_REQUEST_ID]);
  return b ? bytesToUuid(b) : undefined;
}

export function readResponseTopic(headers: KafkaHeaders | undefined): string | undefined {
  return firstBuffer(headers?.[HEADER_RESPONSE_TOPIC])?.toString('utf8');
}

export function readExpireTs(headers: KafkaHeaders | undefined): number | undefined {
  const b = firstBuffer(headers?.[HEADER_EXPIRE_TS]);
  return b && b.length === 8 ? Number(b.readBigInt64BE(0)) : undefined;
}
