import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { Lwm2mNode } from '../node.js';
import type { Lwm2mPath } from '../path.js';
import type { ModelLookup } from '../model/types.js';
import { singleNodeValue, singleValueNode, singleValueTarget } from '../model/resource-target.js';
import type { NodeCodec } from './types.js';
import { formatTextValue, parseTextValue } from './value-text.js';

const F = ContentFormat.TEXT;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * text/plain (LwM2M Core 1.1 §7.4.1): one single-instance resource or resource instance as
 * UTF-8 text. A resource the model does not know is read as a string.
 */
export const textCodec: NodeCodec = {
  format: F,
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
    const target = singleValueTarget(path, models, F, 'string');
    let text: string;
    try {
      text = utf8.decode(payload);
    } catch {
      throw new CodecError(F, 'text/plain payload is not valid UTF-8');
    }
    return singleValueNode(target, target.type, parseTextValue(text, target.type));
  },
  encode(node: Lwm2mNode): Buffer {
    const n = singleNodeValue(node, F);
    return Buffer.from(formatTextValue(n.value, n.type), 'utf8');
  },
};
