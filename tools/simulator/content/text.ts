import { ContentFormat } from '../../../src/lwm2m/content-format.js';
import { CodecError } from '../../../src/lwm2m/errors.js';
import type { ResourceType } from '../../../src/lwm2m/model/types.js';
import type { ResourceValue } from '../../../src/lwm2m/node.js';

/**
 * Interim plain-text single-value codec (LwM2M Core 1.1 §7.4.1), used until the project's codec
 * registry lands; reached only through content-codecs.ts.
 */
export function encodeText(type: ResourceType, v: ResourceValue): Buffer {
  if (v instanceof Date) return Buffer.from(String(Math.floor(v.getTime() / 1000)));
  if (Buffer.isBuffer(v)) return Buffer.from(v.toString('base64'));
  if (typeof v === 'object') return Buffer.from(`${v.objectId}:${v.instanceId}`);
  if (type === 'boolean') return Buffer.from(v === true ? '1' : '0');
  return Buffer.from(String(v));
}

export function decodeText(type: ResourceType, payload: Buffer): ResourceValue {
  const s = payload.toString('utf8');
  const fail = (): never => {
    throw new CodecError(ContentFormat.TEXT, `"${s.slice(0, 40)}" is not a ${type}`);
  };
  switch (type) {
    case 'string':
    case 'corelnk':
      return s;
    case 'integer':
    case 'unsigned': {
      if (!/^-?\d{1,20}$/.test(s)) return fail();
      const n = BigInt(s);
      if (type === 'unsigned' && n < 0n) return fail();
      return n >= BigInt(Number.MIN_SAFE_INTEGER) && n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : n;
    }
    case 'float': {
      const n = Number(s);
      return s.trim() !== '' && Number.isFinite(n) ? n : fail();
    }
    case 'boolean':
      return s === '1' ? true : s === '0' ? false : fail();
    case 'time':
      return /^-?\d{1,15}$/.test(s) ? new Date(Number(s) * 1000) : fail();
    case 'opaque':
      return Buffer.from(s, 'base64');
    case 'objlnk': {
      const m = /^(\d{1,5}):(\d{1,5})$/.exec(s);
      return m ? { objectId: Number(m[1]), instanceId: Number(m[2]) } : fail();
    }
    case 'none':
      return fail();
  }
}
