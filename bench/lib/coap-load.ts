/**
 * Load generator child: raw CoAP devices built directly on coap-packet (no node-coap, which is
 * too slow to saturate the server). Operations:
 *  - blast: fire-and-forget notification datagrams at a receiver (for the raw ceiling);
 *  - register: N Register exchanges from distinct (address, port) pairs, then the sockets close;
 *  - notify: D devices register, accept the server's Observe, then keep W CON notifications in
 *    flight each for a fixed time; counts ACKed notifications and samples ACK latency.
 *    Options: `rate` (notifications/s in total, paced every 5 ms, at most `window` in flight per
 *    device) instead of refilling the window on each ACK; `ids` (8-digit payloads numbered across
 *    the run, so the system under test can tell one notification from another).
 */
import dgram from 'node:dgram';
import { generate } from 'coap-packet';
import { ready, serveParent } from './child.js';
import { registerDatagram, tryParse } from './coap-datagrams.js';
import { sleep } from './stats.js';

/** Second half of this generator's Register tokens. */
const COAP_LOAD_TAG = [0x5a, 0xa5] as const;

function uint(n: number): Buffer {
  if (n === 0) return Buffer.alloc(0);
  if (n < 0x100) return Buffer.of(n);
  if (n < 0x10000) return Buffer.of(n >> 8, n & 0xff);
  return Buffer.of((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

function notification(token: Buffer, mid: number, seq: number, value: number, confirmable: boolean): Buffer {
  return generate({
    code: '2.05',
    confirmable,
    messageId: mid & 0xffff,
    token,
    options: [
      { name: 'Observe', value: uint(seq & 0xffffff) },
      { name: 'Content-Format', value: Buffer.alloc(0) }, // 0 = text/plain
    ],
    payload: Buffer.from(String(value)),
  });
}

/**
 * A CON 2.05 notification template for one token: Observe (3 bytes) and Content-Format 0 with a
 * two-digit text payload. `fastNotification` copies it and writes the message id, sequence
 * number and value in place: the generator must not be the bottleneck of what it measures.
 */
function notificationTemplate(token: Buffer, digits = 2): { template: Buffer; seqAt: number } {
  const head = Buffer.from([0x40 | token.length, 0x45, 0, 0]); // ver 1, CON, TKL; 2.05
  // RFC 7252 §3.1: Observe (6) as delta 6, length 3; Content-Format (12) as delta 6, length 0.
  const opts = Buffer.from([0x63, 0, 0, 0, 0x60, 0xff]);
  return { template: Buffer.concat([head, token, opts, Buffer.alloc(digits, 0x30)]), seqAt: 4 + token.length + 1 };
}

/** `value` defaults to a two-digit number derived from `seq`; it fills the template's digits. */
function fastNotification(t: { template: Buffer; seqAt: number }, mid: number, seq: number, value = 10 + (seq % 90)): Buffer {
  const b = Buffer.from(t.template);
  b.writeUInt16BE(mid & 0xffff, 2);
  b[t.seqAt] = (seq >> 16) & 0xff;
  b[t.seqAt + 1] = (seq >> 8) & 0xff;
  b[t.seqAt + 2] = seq & 0xff;
  let v = value;
  for (let i = b.length - 1; i > t.seqAt + 4; i--, v = Math.floor(v / 10)) b[i] = 0x30 + (v % 10);
  return b;
}

function bindSocket(address: string, port: number): Promise<dgram.Socket | undefined> {
  return new Promise((resolve) => {
    const s = dgram.createSocket('udp4');
    s.once('error', () => {
      s.close();
      resolve(undefined);
    });
    s.bind(port, address, () => {
      s.removeAllListeners('error');
      s.on('error', () => undefined);
      resolve(s);
    });
  });
}

async function blast(msg: Record<string, unknown>): Promise<{ sent: number }> {
  const port = msg.port as number;
  const seconds = msg.seconds as number;
  const sockets = await Promise.all(Array.from({ length: 4 }, () => bindSocket('127.0.0.1', 0)));
  const token = Buffer.from('0102030405060708', 'hex');
  const datagrams = Array.from({ length: 256 }, (_, i) => notification(token, i, i, 20 + (i % 50), true));
  let sent = 0;
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    for (let i = 0; i < 64; i++) {
      for (const s of sockets) {
        s?.send(datagrams[sent & 255] as Buffer, port, '127.0.0.1');
        sent++;
      }
    }
    await new Promise<void>((r) => setImmediate(r));
  }
  for (const s of sockets) s?.close();
  return { sent };
}

/** Register `count` devices, each from its own (address, port), `concurrency` at a time. */
async function registerMany(msg: Record<string, unknown>): Promise<{ registered: number; failed: number; ms: number }> {
  const port = msg.port as number;
  const count = msg.count as number;
  const prefix = msg.prefix as string;
  const concurrency = (msg.concurrency as number) ?? 256;
  // Distinct source pairs: 127.0.0.2..127.0.0.9 × ports 10000..60999 (the sockets close after
  // 2.01, so each pair is used once to keep every registration's peer distinct).
  let next = 0;
  let addrIdx = 2;
  let srcPort = Number(msg.firstPort ?? 10000);
  let registered = 0;
  let failed = 0;
  const t0 = Date.now();
  async function one(i: number): Promise<void> {
    let s: dgram.Socket | undefined;
    for (let tries = 0; tries < 50 && !s; tries++) {
      if (srcPort > 60999) {
        srcPort = 10000;
        addrIdx++;
      }
      s = await bindSocket(`127.0.0.${addrIdx}`, srcPort++);
    }
    if (!s) {
      failed++;
      return;
    }
    const sock = s;
    const ok = await new Promise<boolean>((resolve) => {
      let attempts = 0;
      const mid = i & 0xffff;
      const dg = registerDatagram(`${prefix}${i}`, mid, COAP_LOAD_TAG);
      const send = () => {
        if (attempts++ >= 4) return resolve(false);
        sock.send(dg, port, '127.0.0.1');
        timer = setTimeout(send, 2000 * attempts);
      };
      let timer: NodeJS.Timeout = setTimeout(() => undefined, 0);
      sock.on('message', (buf) => {
        const p = tryParse(buf);
        if (p?.messageId === mid && p.code === '2.01') {
          clearTimeout(timer);
          resolve(true);
        }
      });
      send();
    });
    sock.close();
    if (ok) registered++;
    else failed++;
  }
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) await one(next++);
  });
  await Promise.all(workers);
  return { registered, failed, ms: Date.now() - t0 };
}

interface Device {
  sock: dgram.Socket;
  registered: boolean;
  registerDatagram: Buffer;
  token?: Buffer;
  template?: { template: Buffer; seqAt: number };
  seq: number;
  mid: number;
  inFlight: Map<number, number>; // mid → send time (ms, hrtime-based)
}

const nowMs = () => Number(process.hrtime.bigint()) / 1e6;

async function notify(msg: Record<string, unknown>): Promise<Record<string, number>> {
  const port = msg.port as number;
  const count = msg.devices as number;
  const window = msg.window as number;
  const seconds = msg.seconds as number;
  const prefix = msg.prefix as string;
  const rate = typeof msg.rate === 'number' && msg.rate > 0 ? msg.rate : undefined;
  const ids = msg.ids === true;
  // 8 digits starting at 10^7: every id has the same width and no leading zero.
  let nextId = 10_000_000;
  const devices: Device[] = [];
  let acked = 0;
  let sent = 0;
  let running = false;
  const latencies: number[] = [];
  const sendOne = (d: Device) => {
    if (!d.token) return;
    d.mid = (d.mid + 1) & 0xffff;
    d.seq++;
    d.inFlight.set(d.mid, nowMs());
    d.template ??= notificationTemplate(d.token, ids ? 8 : 2);
    const seq = d.seq & 0xffffff;
    d.sock.send(ids ? fastNotification(d.template, d.mid, seq, nextId++) : fastNotification(d.template, d.mid, seq), port, '127.0.0.1');
    sent++;
  };
  const onAck = (d: Device, mid: number): void => {
    const t = d.inFlight.get(mid);
    if (t === undefined) return;
    d.inFlight.delete(mid);
    acked++;
    if ((acked & 15) === 0) latencies.push(nowMs() - t);
    if (running && rate === undefined) sendOne(d);
  };
  for (let i = 0; i < count; i++) {
    const sock = await bindSocket('127.0.0.1', 0);
    if (!sock) throw new Error('bind failed');
    const mid = (i * 7919) & 0xffff;
    const d: Device = { sock, registered: false, registerDatagram: registerDatagram(`${prefix}${i}`, mid, COAP_LOAD_TAG), seq: 1, mid, inFlight: new Map() };
    devices.push(d);
    sock.on('message', (buf) => {
      const p = tryParse(buf);
      if (p === undefined) return;
      // coap-packet's parse() gives request codes in dotted form: GET is '0.01'.
      if ((p.code === '0.01' || p.code === 'GET') && p.options.some((o) => o.name === 'Observe')) {
        // The server's Observe on /3/0/9: answer piggy-backed with Observe=1.
        d.token = p.token;
        d.sock.send(
          generate({
            code: '2.05',
            ack: true,
            messageId: p.messageId,
            token: p.token,
            options: [
              { name: 'Observe', value: uint(1) },
              { name: 'Content-Format', value: Buffer.alloc(0) },
            ],
            payload: Buffer.from('50'),
          }),
          port,
          '127.0.0.1',
        );
        return;
      }
      if (p.ack && p.code === '2.01') {
        d.registered = true;
        return;
      }
      if (p.ack && p.code === '0.00') {
        onAck(d, p.messageId);
        return;
      }
      if (p.confirmable) {
        // Anything else CON from the server (e.g. a Read): a bare 2.05 keeps it happy.
        d.sock.send(generate({ code: '2.05', ack: true, messageId: p.messageId, token: p.token }), port, '127.0.0.1');
      }
    });
    sock.send(d.registerDatagram, port, '127.0.0.1');
  }
  // Wait until every device has been observed (bounded). A burst of Registers overflows the
  // server's socket buffer like any burst would: resend (same message id) as a CoAP client does.
  const deadline = Date.now() + 20_000;
  let lastResend = Date.now();
  while (devices.some((d) => !d.token) && Date.now() < deadline) {
    await sleep(20);
    if (Date.now() - lastResend < 1000) continue;
    lastResend = Date.now();
    for (const d of devices) if (!d.registered) d.sock.send(d.registerDatagram, port, '127.0.0.1');
  }
  const observed = devices.filter((d) => d.token).length;
  running = true;
  const t0 = Date.now();
  let pacer: NodeJS.Timeout | undefined;
  if (rate === undefined) {
    for (const d of devices) for (let w = 0; w < window; w++) sendOne(d);
  } else {
    // Paced: what the schedule owes since t0, round-robin over the devices that have room.
    let due = 0;
    let rr = 0;
    const ready = devices.filter((d) => d.token);
    pacer = setInterval(() => {
      const owed = Math.floor(((Date.now() - t0) / 1000) * rate) - due;
      for (let n = 0, tried = 0; n < owed && tried < ready.length; tried++) {
        const d = ready[rr++ % ready.length] as Device;
        if (d.inFlight.size >= window) continue;
        sendOne(d);
        n++;
        tried = -1;
      }
      due += owed; // what found no room is skipped, not sent later as a burst
    }, 5);
  }
  // Resend what stays unacknowledged for too long so one lost datagram does not idle a device.
  const rescue = setInterval(() => {
    const now = nowMs();
    for (const d of devices) {
      for (const [mid, t] of d.inFlight) {
        if (now - t > 1000) {
          d.inFlight.delete(mid);
          if (rate === undefined) sendOne(d); // paced: the schedule sends the next one
        }
      }
    }
  }, 250);
  await sleep(seconds * 1000);
  running = false;
  clearInterval(rescue);
  if (pacer !== undefined) clearInterval(pacer);
  const elapsed = (Date.now() - t0) / 1000;
  await sleep(300);
  for (const d of devices) d.sock.close();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { observed, sent, acked, elapsed, perSecond: acked / elapsed, p50: pct(50), p99: pct(99) };
}

serveParent({ blast, register: registerMany, notify });
ready();
