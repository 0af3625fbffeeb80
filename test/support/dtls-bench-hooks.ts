/**
 * Hooks for `npm run bench` (issue 5 "Benchmark"): full PSK, ECDHE-ECDSA (RPK) and resumed
 * handshakes, and protected application records, all in memory against the real server core
 * with the test client, so the figures measure the DTLS code and not the kernel. Each returns
 * counts and elapsed wall time; the bench decides how to report them.
 */
import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { DtlsServerConfig } from '../../src/dtls/config.js';
import type { DtlsServerIdentity } from '../../src/dtls/credentials.js';
import { MemoryDtlsLink, type LinkedClient } from './dtls-memory-link.js';

export interface BenchResult {
  readonly count: number;
  readonly elapsedMs: number;
  readonly perSecond: number;
}

const PSK = Buffer.alloc(16, 0x42);

function result(count: number, start: bigint): BenchResult {
  const elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  return { count, elapsedMs, perSecond: (count * 1000) / elapsedMs };
}

/** An ephemeral P-256 server identity (RPK only: no certificate needed for the bench). */
export function benchServerIdentity(): DtlsServerIdentity {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  return { privateKey, certificateChain: [], publicKeySpki: publicKey.export({ type: 'spki', format: 'der' }) };
}

function benchLink(extra: Partial<DtlsServerConfig> = {}): MemoryDtlsLink {
  return new MemoryDtlsLink({
    credentials: { pskKey: async () => PSK, verifyRawPublicKey: async () => true, verifyCertificateChain: async () => true },
    maxConcurrentHandshakes: 10_000,
    ...extra,
  });
}

async function runBatches(link: MemoryDtlsLink, count: number, batch: number, make: (port: number) => LinkedClient): Promise<number> {
  let done = 0;
  let port = 1024;
  while (done < count) {
    const n = Math.min(batch, count - done);
    const clients = Array.from({ length: n }, () => make(port++ % 60_000 + 1024));
    for (const c of clients) c.client.start();
    await link.pump(clients);
    done += clients.filter((c) => c.client.established).length;
    if (clients.some((c) => !c.client.established)) throw new Error('a bench handshake failed');
  }
  return done;
}

/** Full PSK handshakes (cookie exchange, CCM_8, EMS) per second. */
export async function benchPskHandshakes(count: number, batch = 100): Promise<BenchResult> {
  const link = benchLink({ sessionCacheSize: 0 });
  const start = process.hrtime.bigint();
  const n = await runBatches(link, count, batch, (port) => link.client(port, { identity: `dev${port}`, psk: PSK }));
  return result(n, start);
}

/** Full ECDHE_ECDSA handshakes with RPK on both sides per second. */
export async function benchEcdheHandshakes(count: number, batch = 50): Promise<BenchResult> {
  const link = benchLink({ serverIdentity: benchServerIdentity(), sessionCacheSize: 0 });
  const clientKey: KeyObject = createPrivateKey(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const start = process.hrtime.bigint();
  const n = await runBatches(link, count, batch, (port) => link.client(port, { identity: '', psk: PSK, ecdhe: { privateKey: clientKey } }));
  return result(n, start);
}

/** Abbreviated (resumed) PSK handshakes per second. */
export async function benchResumedHandshakes(count: number, batch = 100): Promise<BenchResult> {
  const link = benchLink();
  const first = link.client(1000, { identity: 'dev', psk: PSK });
  first.client.start();
  await link.pump([first]);
  const resume = { id: first.client.sessionId, master: first.client.master! };
  const start = process.hrtime.bigint();
  const n = await runBatches(link, count, batch, (port) => link.client(port, { identity: 'dev', psk: PSK, resume }));
  return result(n, start);
}

/** Application records of `size` bytes from client to server (seal + parse + open + deliver). */
export async function benchApplicationRecords(count: number, size = 64): Promise<BenchResult> {
  const link = benchLink();
  const c = link.client(2000, { identity: 'dev', psk: PSK });
  c.client.start();
  await link.pump([c]);
  const payload = Buffer.alloc(size, 0x61);
  const before = link.data.length;
  const start = process.hrtime.bigint();
  for (let i = 0; i < count; i++) link.server.handleDatagram(c.client.applicationRecord(payload), '127.0.0.1', 2000);
  const r = result(link.data.length - before, start);
  if (r.count !== count) throw new Error('records lost in bench');
  return r;
}
