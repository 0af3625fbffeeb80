import { blockSize, type BlockValue } from './block-option.js';
import { ExpiringMap } from './expiring-map.js';
import type { Clock } from './types.js';

export interface Block1ReceiverLimits {
  /** Largest reassembled body; larger uploads get 4.13 (RFC 7959 §2.9.3). */
  readonly maxBodySize: number;
  /** Concurrent reassemblies; a new one beyond this gets 5.03. */
  readonly maxTransfers: number;
  /** Bytes held by all reassemblies together; a block beyond this gets 5.03. */
  readonly maxTotalBytes: number;
  /** A reassembly idle this long is dropped. */
  readonly idleMs: number;
}

export type Block1Outcome =
  /** Stored; answer 2.31 Continue (RFC 7959 §2.3). */
  | { readonly kind: 'continue' }
  /** Last block stored: the whole body. */
  | { readonly kind: 'complete'; readonly body: Buffer }
  /** 4.08 Request Entity Incomplete: block out of order or no transfer in progress (§2.9.2). */
  | { readonly kind: 'incomplete' }
  /** 4.13: the body would exceed maxBodySize (§2.9.3). */
  | { readonly kind: 'too-large' }
  /** 4.00: a non-final block whose size differs from its SZX (§2.3). */
  | { readonly kind: 'bad-block' }
  /** 5.03: too many uploads in progress, or too many bytes held by them. */
  | { readonly kind: 'busy' };

interface Transfer {
  readonly chunks: Buffer[];
  received: number;
}

/**
 * Server-side Block1 reassembly (RFC 7959 §2.3, §2.5). Transfers are keyed by the caller
 * (peer, method, URI and Request-Tag, RFC 9175 §3), never by token: §2.4 lets a client use a
 * new token for every block, and libcoap does.
 */
export class Block1Receiver {
  private readonly transfers: ExpiringMap<Transfer>;
  /** Bytes held by all transfers: maxBodySize x maxTransfers alone would allow far too much. */
  private heldBytes = 0;

  constructor(
    clock: Clock,
    private readonly limits: Block1ReceiverLimits,
  ) {
    this.transfers = new ExpiringMap<Transfer>(clock, limits.idleMs, limits.maxTransfers, (_key, t) => {
      this.heldBytes -= t.received;
    });
  }

  get active(): number {
    return this.transfers.size;
  }

  get bytesHeld(): number {
    return this.heldBytes;
  }

  accept(key: string, block: BlockValue, payload: Buffer): Block1Outcome {
    const size = blockSize(block.szx);
    if (block.more && payload.length !== size) {
      this.drop(key);
      return { kind: 'bad-block' };
    }
    const offset = block.num * size;
    let transfer: Transfer | undefined;
    if (block.num === 0) {
      // A block 0 (re)starts the upload, replacing any earlier one of the same key.
      this.drop(key);
      this.transfers.prune();
      // Refuse rather than evict: evicting would let a flood of uploads break genuine ones.
      if (this.transfers.size >= this.limits.maxTransfers) return { kind: 'busy' };
      transfer = { chunks: [], received: 0 };
    } else {
      transfer = this.transfers.get(key);
      if (!transfer || transfer.received !== offset) {
        this.drop(key);
        return { kind: 'incomplete' };
      }
    }
    if (offset + payload.length > this.limits.maxBodySize) {
      this.drop(key);
      return { kind: 'too-large' };
    }
    // Only blocks that stay held count: a last block is released at once.
    if (block.more && this.heldBytes + payload.length > this.limits.maxTotalBytes) {
      this.drop(key);
      return { kind: 'busy' };
    }
    // Copy: the payload is a view into a datagram buffer the transport may reuse.
    transfer.chunks.push(Buffer.from(payload));
    transfer.received += payload.length;
    this.heldBytes += payload.length;
    if (!block.more) {
      // Whether or not it was stored (a single block 0 never is), its bytes were counted above.
      this.transfers.delete(key);
      this.heldBytes -= transfer.received;
      return { kind: 'complete', body: Buffer.concat(transfer.chunks, transfer.received) };
    }
    this.transfers.set(key, transfer);
    return { kind: 'continue' };
  }

  clear(): void {
    this.transfers.clear();
    this.heldBytes = 0;
  }

  private drop(key: string): void {
    const t = this.transfers.get(key);
    if (!t) return;
    this.heldBytes -= t.received;
    this.transfers.delete(key);
  }
}
