import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket } from 'node:dgram';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { InboundResponse } from '../../../src/coap/types.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

/**
 * libcoap's coap-client (4.3.1) sends Block1 uploads with a new token for every block and a
 * Request-Tag (RFC 7959 §2.4, RFC 9175), the case node-coap's server fails. Our reassembly is keyed by peer + URI, so it must work.
 */

const CLIENT = '/usr/bin/coap-client-notls';
const SERVER = '/usr/bin/coap-server-notls';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(CLIENT, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe.skipIf(!existsSync(CLIENT))('over UDP with libcoap coap-client as the peer', () => {
  it('reassembles a Block1 upload from coap-client and serves a Block2 download to it', async () => {
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    const ep = new CoapEndpoint(transport);
    cleanups.push(() => ep.close());
    const dir = mkdtempSync(join(tmpdir(), 'coap-wire-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));

    const big = Buffer.alloc(3000);
    for (let i = 0; i < big.length; i++) big[i] = 0x41 + (i % 26);
    const file = join(dir, 'upload.bin');
    writeFileSync(file, big);
    let uploaded: Buffer | undefined;
    ep.setRequestHandler((req) => {
      if (req.method === 'POST') {
        uploaded = req.payload;
        return { code: '2.04' };
      }
      return { code: '2.05', contentFormat: 0, payload: big };
    });
    const port = transport.localPort();

    const up = await run(['-m', 'post', '-b', '64', '-f', file, '-B', '10', `coap://127.0.0.1:${port}/dp`]);
    expect(up.code).toBe(0);
    expect(uploaded?.equals(big)).toBe(true);

    const down = await run(['-m', 'get', '-b', '128', '-B', '10', `coap://127.0.0.1:${port}/fw`]);
    expect(down.code).toBe(0);
    expect(down.stdout.trim()).toBe(big.toString());
    expect(ep.counters.blockErrors).toBe(0);
    expect(ep.counters.parseErrors).toBe(0);
  });
});

/** A UDP port that was free a moment ago (coap-server cannot report a port 0 binding). */
async function freePort(): Promise<number> {
  const s = createSocket('udp4');
  await new Promise<void>((resolve) => s.bind(0, '127.0.0.1', () => resolve()));
  const port = s.address().port;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

async function startServer(): Promise<number> {
  const port = await freePort();
  const child: ChildProcess = spawn(SERVER, ['-A', '127.0.0.1', '-p', String(port), '-d', '10'], { stdio: 'ignore' });
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  );
  // The caller polls GET / until the server answers (bounded).
  return port;
}

describe.skipIf(!existsSync(SERVER))('our endpoint as client of libcoap coap-server', () => {
  it('writes with Block1, reads back with Block2, and observes /time', async () => {
    const port = await startServer();
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    const ep = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 200, maxRetransmit: 3 } });
    cleanups.push(() => ep.close());
    const server = transport.peer('127.0.0.1', port);

    let root: InboundResponse | undefined;
    for (let i = 0; i < 20 && !root; i++) {
      root = await ep.request(server, { method: 'GET' }, { timeoutMs: 500 }).catch(() => undefined);
    }
    expect(root?.code).toBe('2.05');
    expect(root?.payload.toString()).toContain('libcoap');

    const data = Buffer.alloc(3000);
    for (let i = 0; i < data.length; i++) data[i] = 0x30 + (i % 64);
    const progress: number[] = [];
    const put = await ep.request(
      server,
      { method: 'PUT', uriPath: ['example_data'], contentFormat: 0, payload: data },
      { block1Size: 64, timeoutMs: 10_000, onBlock1Progress: (n) => progress.push(n) },
    );
    expect(['2.01', '2.04']).toContain(put.code);
    expect(progress.at(-1)).toBe(3000);

    const got = await ep.request(server, { method: 'GET', uriPath: ['example_data'] }, { block2Size: 128, timeoutMs: 10_000 });
    expect(got.code).toBe('2.05');
    expect(got.payload.equals(data)).toBe(true);

    const notes: InboundResponse[] = [];
    const { response, observation } = await ep.observe(server, { method: 'GET', uriPath: ['time'] }, (n) => notes.push(n), { timeoutMs: 5000 });
    expect(response.code).toBe('2.05');
    expect(observation).toBeDefined();
    const deadline = Date.now() + 5000;
    while (notes.length < 1 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(notes.length).toBeGreaterThanOrEqual(1);
    expect(notes[0]?.observe).toBeDefined();
    const last = await observation?.cancel();
    expect(last?.code).toBe('2.05');
    expect(ep.observationCount).toBe(0);
  });
});
