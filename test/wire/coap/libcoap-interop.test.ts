import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';

/**
 * libcoap's coap-client (4.3.1) sends Block1 uploads with a new token for every block and a
 * Request-Tag (RFC 7959 §2.4, RFC 9175), the case node-coap's server fails. Our reassembly is keyed by peer + URI, so it must work.
 */

const CLIENT = '/usr/bin/coap-client-notls';
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
