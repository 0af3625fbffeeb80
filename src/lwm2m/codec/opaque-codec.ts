import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import type { Lwm2mNode } from '../node.js';
import { formatPath, type Lwm2mPath } from '../path.js';
import type { ModelLookup } from '../model/types.js';
import { singleNodeValue, singleValueNode, singleValueTarget } from '../model/resource-target.js';
import type { NodeCodec } from './types.js';
import { checkValueType } from './value-text.js';

const F = ContentFormat.OPAQUE;

/**
 * application/octet-stream (LwM2M Core 1.1 §7.4.2): the raw bytes of one Opaque resource or
 * resource instance, nothing else. A resource the model does not know is taken as opaque.
 */
export const opaqueCodec: NodeCodec = {
  format: F,
  decode(payload: Buffer, path: Lwm2mPath, models: ModelLookup): Lwm2mNode {
    const target = singleValueTarget(path, models, F, 'opaque');
    if (target.type !== 'opaque') {
      throw new CodecError(F, `${formatPath(path)} is ${target.type}; only opaque resources use format 42`);
    }
    return singleValueNode(target, 'opaque', Buffer.from(payload));
  },
  encode(node: Lwm2mNode): Buffer {
    const n = singleNodeValue(node, F);
    if (n.type !== 'opaque') throw new CodecError(F, `a ${n.type} value cannot be sent as opaque (format 42)`);
    return checkValueType(n.value, 'opaque', F) as Buffer;
  },
};
