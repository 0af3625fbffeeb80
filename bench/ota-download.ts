/**
 * OTA download memory benchmark (issue 7 item 9): 200 devices register and download the same
 * 1 MB image over `/tbfw/<id>` at once (Block2, 1024-byte blocks, node-coap clients in this
 * process, one socket each); the server runs in its own process and its RSS growth (peak
 * sampled during the downloads, minus the RSS after registration and a full gc) must stay under
 * 64 MB. Not a timed test: `npm run bench -- --sections ota` or `npx tsx bench/ota-download.ts`.
 */
import coap from 'coap';
import dgram from 'node:dgram';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChild } from './lib/child.js';
import { fmt } from './lib/stats.js';
import type { Row } from './run.js';

export interface OtaBenchOptions {
  readonly devices: number;
  readonly here: string;
}

interface Client {
  readonly socket: dgram.Socket;
  readonly agent: coap.Agent;
}

async function client(): Promise<Client> {
  const socket = dgram.createSocket('udp4');
  await new Promise<void>((r) => socket.bind(0, '127.0.0.1', r));
  return { socket, agent: new coap.Agent({ socket }) };
}

function request(c: Client, port: number, method: 'GET' | 'POST', pathname: string, query?: string, payload?: string): Promise<{ code: string; length: number }> {
  return new Promise((resolve, reject) => {
    const req = c.agent.request({ hostname: '127.0.0.1', port, method, pathname, confirmable: true, ...(query === undefined ? {} : { query }) });
    if (payload !== undefined) req.setOption('Content-Format', 'application/link-format');
    const t = setTimeout(() => reject(new Error(`no answer to ${method} ${pathname}`)), 300_000);
    req.on('response', (res: coap.IncomingMessage) => {
      clearTimeout(t);
      resolve({ code: res.code, length: res.payload.length });
    });
    req.on('error', (e: Error) => {
      clearTimeout(t);
      reject(e);
    });
    req.end(payload);
  });
}

const MB = 2 ** 20;

export async function runOtaDownloadBench(opts: OtaBenchOptions): Promise<Row[]> {
  const server = await startChild(path.join(opts.here, 'ota-server-child.ts'), [], ['--expose-gc']);
  const clients: Client[] = [];
  try {
    const port = await server.request<number>({ op: 'port' });
    const packageId = await server.request<string>({ op: 'packageId' });
    for (let i = 0; i < opts.devices; i++) clients.push(await client());
    await Promise.all(clients.map((c, i) => request(c, port, 'POST', '/rd', `ep=ota-bench-${i}&lt=600&lwm2m=1.1`, '</5/0>')));
    const before = await server.request<{ rss: number; gcExposed: boolean }>({ op: 'memory' });
    await server.request({ op: 'resetPeak' });
    const t0 = Date.now();
    const results = await Promise.all(clients.map((c) => request(c, port, 'GET', `/tbfw/${packageId}`)));
    const seconds = (Date.now() - t0) / 1000;
    const peak = await server.request<number>({ op: 'peak' });
    const complete = results.filter((r) => r.code === '2.05' && r.length === MB).length;
    const growth = peak - before.rss;
    const ok = growth < 64 * MB && complete === opts.devices;
    return [
      {
        metric: `OTA /tbfw: ${opts.devices} devices x 1 MB at once, server RSS growth`,
        value: `${fmt(growth / MB, 1)} MB`,
        note: `${ok ? 'meets' : 'MISSES'} target < 64 MB; ${complete}/${opts.devices} complete downloads in ${fmt(seconds, 1)} s; base RSS ${fmt(before.rss / MB, 1)} MB${before.gcExposed ? ' after gc' : ''}`,
      },
    ];
  } finally {
    for (const c of clients) {
      c.agent.close();
      c.socket.close();
    }
    await server.stop();
  }
}

/** The section for bench/sections.ts (`all`). */
export const otaDownload = {
  name: 'ota',
  run: (ctx: { here: string; quick: boolean }): Promise<Row[]> => runOtaDownloadBench({ devices: ctx.quick ? 50 : 200, here: ctx.here }),
};

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  runOtaDownloadBench({ devices: process.argv.includes('--quick') ? 50 : 200, here }).then(
    (rows) => {
      for (const r of rows) console.log(`${r.metric}: ${r.value} (${r.note})`);
      process.exit(0);
    },
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
