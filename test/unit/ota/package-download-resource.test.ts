import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeBlock } from '../../../src/coap/block-option.js';
import type { InboundRequest, OutboundResponse } from '../../../src/coap/types.js';
import { createPackageDownloadHandler, type PackageAccess } from '../../../src/lwm2m/ota/package-download-resource.js';
import { bufferPackageSource, readWhole, type PackageSource } from '../../../src/lwm2m/ota/package-source.js';
import { inboundRequest, testPeer } from '../../support/inbound-request.js';

const OWNER = testPeer(40001);
const STRANGER = testPeer(40002);

function image(n: number): Buffer {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 31 + 7) & 0xff;
  return b;
}

/** A source that records every read, to prove blocks are read one at a time. */
function recording(bytes: Buffer): { source: PackageSource; reads: Array<[number, number]> } {
  const inner = bufferPackageSource(bytes);
  const reads: Array<[number, number]> = [];
  return {
    reads,
    source: {
      size: inner.size,
      read: (o, l) => {
        reads.push([o, l]);
        return inner.read(o, l);
      },
    },
  };
}

function handlerFor(source: PackageSource) {
  return createPackageDownloadHandler({
    resources: ['tbfw', 'tbsw'],
    lookup: async (_res, id, peer): Promise<PackageAccess> => {
      if (id !== 'pkg-1') return { kind: 'not-found' };
      return peer.key === OWNER.key ? { kind: 'ok', source } : { kind: 'forbidden' };
    },
  });
}

const withBlock2 = (req: InboundRequest, num: number, size: number): InboundRequest => ({ ...req, block2: { num, size } });
const opt = (res: OutboundResponse, n: number): Buffer | undefined => res.options?.find((o) => o.number === n)?.value;

describe('package download resource (/tbfw/{id})', () => {
  it('serves every block of a package to its device, reading only that block each time', async () => {
    const bytes = image(5000);
    const { source, reads } = recording(bytes);
    const handle = handlerFor(source);
    const parts: Buffer[] = [];
    for (let num = 0; ; num++) {
      const res = await handle(withBlock2(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1'), num, 512));
      expect(res.code).toBe('2.05');
      expect(res.block2Slice?.totalSize).toBe(5000);
      parts.push(res.payload ?? Buffer.alloc(0));
      if (res.block2Slice?.more !== true) break;
    }
    expect(parts).toHaveLength(10);
    expect(Buffer.concat(parts).equals(bytes)).toBe(true);
    expect(Math.max(...reads.map(([, l]) => l))).toBe(512);
    expect(reads).toHaveLength(10);
  });

  it('answers a request without Block2 with block 0, M=1 and Size2 (RFC 7959 §2.4)', async () => {
    const handle = handlerFor(bufferPackageSource(image(3000)));
    const res = await handle(inboundRequest(OWNER, 'GET', '/tbsw/pkg-1'));
    expect(res.code).toBe('2.05');
    expect(res.payload).toHaveLength(1024);
    expect(decodeBlock(opt(res, 23) ?? Buffer.alloc(0))).toMatchObject({ num: 0, more: true });
    expect(opt(res, 28)?.readUIntBE(0, 2)).toBe(3000);
  });

  it('answers a small package whole, without block options', async () => {
    const handle = handlerFor(bufferPackageSource(image(100)));
    const res = await handle(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1'));
    expect(res.payload).toHaveLength(100);
    expect(res.options).toBeUndefined();
  });

  it('refuses other devices (4.03), unknown ids (4.04), other methods (4.05) and blocks past the end (4.02)', async () => {
    const handle = handlerFor(bufferPackageSource(image(2048)));
    expect((await handle(inboundRequest(STRANGER, 'GET', '/tbfw/pkg-1'))).code).toBe('4.03');
    expect((await handle(inboundRequest(OWNER, 'GET', '/tbfw/nope'))).code).toBe('4.04');
    expect((await handle(inboundRequest(OWNER, 'GET', '/tbfw'))).code).toBe('4.04');
    expect((await handle(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1/x'))).code).toBe('4.04');
    expect((await handle(inboundRequest(OWNER, 'GET', '/other/pkg-1'))).code).toBe('4.04');
    expect((await handle(inboundRequest(OWNER, 'PUT', '/tbfw/pkg-1'))).code).toBe('4.05');
    expect((await handle(withBlock2(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1'), 2, 1024))).code).toBe('4.02');
  });

  it('maps a failing lookup to 5.00 and a failing read to 5.03', async () => {
    const broken = createPackageDownloadHandler({ resources: ['tbfw'], lookup: () => Promise.reject(new Error('down')) });
    expect((await broken(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1'))).code).toBe('5.00');
    const failing = handlerFor({ size: 10, read: () => Promise.reject(new Error('redis down')) });
    expect((await failing(inboundRequest(OWNER, 'GET', '/tbfw/pkg-1'))).code).toBe('5.03');
  });

  it('readWhole assembles a source in chunks and detects a short source', async () => {
    const bytes = image(200_000);
    const whole = await readWhole(bufferPackageSource(bytes), 65536);
    expect(createHash('sha256').update(whole).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));
    await expect(readWhole({ size: 10, read: () => Promise.resolve(Buffer.alloc(0)) })).rejects.toThrow(/ended at 0/);
  });
});
