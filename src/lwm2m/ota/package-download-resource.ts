import { encodeBlock, MAX_BLOCK_SIZE, MIN_BLOCK_SIZE, sizeToSzx } from '../../coap/block-option.js';
import { encodeUint } from '../../coap/message.js';
import type { InboundRequest, OutboundResponse, RequestHandler } from '../../coap/types.js';
import type { Peer } from '../../net/datagram.js';
import { ContentFormat } from '../content-format.js';
import type { PackageSource } from './package-source.js';

/**
 * A CoAP resource that serves packages for Pull delivery (LwM2M Core 1.1 §E.6: the client
 * fetches the Package URI written to /5/0/1 or /9/0/3), e.g. `GET /tbfw/{id}`. Every answer is
 * one Block2 block (RFC 7959 §2.4) read from the package source, so no request holds the
 * whole package. Who may fetch what is the `lookup`'s decision.
 */

export type PackageAccess =
  | { readonly kind: 'ok'; readonly source: PackageSource }
  /** No such package: 4.04. */
  | { readonly kind: 'not-found' }
  /** The package exists but is not assigned to this peer: 4.03. */
  | { readonly kind: 'forbidden' };

export interface PackageDownloadOptions {
  /** First Uri-Path segments served, e.g. ['tbfw', 'tbsw']. */
  readonly resources: readonly string[];
  /** Resolves the package id for the requesting peer. Must not throw; a rejection answers 5.00. */
  readonly lookup: (resource: string, id: string, peer: Peer) => Promise<PackageAccess>;
  /** Block size when the client asked for none (16..1024, a power of two). Default 1024. */
  readonly blockSize?: number;
}

// RFC 7959 §2.1 / §4: option numbers of Block2 and Size2.
const BLOCK2 = 23;
const SIZE2 = 28;
const MAX_ID_LENGTH = 128;

function blockSizeOf(n: number | undefined): number {
  const v = n ?? MAX_BLOCK_SIZE;
  return Math.min(MAX_BLOCK_SIZE, Math.max(MIN_BLOCK_SIZE, 2 ** Math.floor(Math.log2(v))));
}

/** Whether a request is for this resource (so a router can send it here). */
export function isPackageDownload(req: InboundRequest, resources: readonly string[]): boolean {
  const first = req.uriPath[0];
  return first !== undefined && resources.includes(first);
}

/** The handler; answers only requests `isPackageDownload` accepts (4.04 otherwise). */
export function createPackageDownloadHandler(options: PackageDownloadOptions): RequestHandler {
  const defaultSize = blockSizeOf(options.blockSize);
  return async (req: InboundRequest): Promise<OutboundResponse> => {
    const [resource, id, ...rest] = req.uriPath;
    if (resource === undefined || !options.resources.includes(resource)) return { code: '4.04' };
    if (id === undefined || id === '' || rest.length > 0 || id.length > MAX_ID_LENGTH) return { code: '4.04' };
    if (req.method !== 'GET') return { code: '4.05' };
    let access: PackageAccess;
    try {
      access = await options.lookup(resource, id, req.peer);
    } catch {
      return { code: '5.00' };
    }
    if (access.kind === 'not-found') return { code: '4.04' };
    if (access.kind === 'forbidden') return { code: '4.03' };
    const { source } = access;
    const num = req.block2?.num ?? 0;
    const size = req.block2?.size ?? defaultSize;
    const offset = num * size;
    // RFC 7959 §2.4: a block beyond the end is a bad Block2 option.
    if (offset > 0 && offset >= source.size) return { code: '4.02' };
    let chunk: Buffer;
    try {
      chunk = await source.read(offset, Math.min(size, source.size - offset));
    } catch {
      return { code: '5.03' };
    }
    const more = offset + chunk.length < source.size;
    if (req.block2 !== undefined) {
      return { code: '2.05', contentFormat: ContentFormat.OPAQUE, payload: chunk, block2Slice: { more, totalSize: source.size } };
    }
    if (!more) return { code: '2.05', contentFormat: ContentFormat.OPAQUE, payload: chunk };
    // RFC 7959 §2.4: without a Block2 option the server may still answer block 0 with M=1.
    return {
      code: '2.05',
      contentFormat: ContentFormat.OPAQUE,
      payload: chunk,
      options: [
        { number: BLOCK2, value: encodeBlock(0, true, sizeToSzx(size)) },
        { number: SIZE2, value: encodeUint(source.size) },
      ],
    };
  };
}
