/**
 * DTLS load generator child: devices that speak DTLS 1.2 with the test client
 * (test/support/dtls-test-client.ts) over real UDP sockets on 127.0.0.1. Operations:
 *  - handshakes: N handshakes (full PSK, full ECDHE_ECDSA with RPK, or abbreviated PSK resuming
 *    one session), each from its own socket, C at a time; optionally a CoAP Register over the
 *    new session until 2.01 (the LwM2M server answers it);
 *  - notify: D PSK devices handshake, register, accept the server's Observe, then keep W CON
 *    notifications in flight each for a fixed time; counts ACKed notifications.
 * The test client does not retransmit flights: a handshake lost on the wire times out and counts
 * as failed (reported), it is not retried.
 */
import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import dgram from 'node:dgram';
import { generate, type ParsedPacket } from 'coap-packet';
import { TestDtlsClient, type TestClientOptions } from '../../test/support/dtls-test-client.js';
import { ready, serveParent } from './child.js';
import { FastCcm8Records } from './dtls-fast-record.js';
import { BENCH_PSK } from './dtls-bench-constants.js';
import { registerDatagram, tryParse } from './coap-datagrams.js';
import { sleep } from './stats.js';

/** Second half of this generator's Register tokens. */
const DTLS_LOAD_TAG = [0x5d, 0x7e] as const;

type Mode = 'psk' | 'ecdhe' | 'resume';

const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

function uint(n: number): Buffer {
  if (n < 0x100) return Buffer.of(n);
  if (n < 0x10000) return Buffer.of(n >> 8, n & 0xff);
  return Buffer.of((n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
}

/**
 * A CON 2.05 notification for one token, built once with coap-packet (Observe as 3 bytes, a
 * two-digit text payload); `notificationDatagram` copies it and patches message id, sequence
 * and value, so building notifications costs the generator next to nothing.
 */
interface NotificationTemplate {
  readonly bytes: Buffer;
  readonly observeAt: number;
}

function notificationTemplate(token: Buffer): NotificationTemplate {
  const bytes = generate({
    code: '2.05',
    confirmable: true,
    messageId: 0,
    token,
    options: [
      { name: 'Observe', value: Buffer.alloc(3) },
      { name: 'Content-Format', value: Buffer.alloc(0) },
    ],
    payload: Buffer.from('00'),
  });
  // RFC 7252 §3: 4-byte header, token, then the Observe option header byte and its 3 bytes.
  return { bytes, observeAt: 4 + token.length + 1 };
}

function notificationDatagram(t: NotificationTemplate, mid: number, seq: number, into?: Buffer): Buffer {
  const b = into ?? Buffer.from(t.bytes);
  b.writeUInt16BE(mid & 0xffff, 2);
  b[t.observeAt] = (seq >> 16) & 0xff;
  b[t.observeAt + 1] = (seq >> 8) & 0xff;
  b[t.observeAt + 2] = seq & 0xff;
  const value = 10 + (seq % 90);
  b[b.length - 2] = 0x30 + Math.floor(value / 10);
  b[b.length - 1] = 0x30 + (value % 10);
  return b;
}

/**
 * A socket bound to 127.0.0.1:0 and connected to the server: a device only ever talks to it, and
 * a connected UDP socket sends without an address lookup in dgram or a route lookup in the
 * kernel per datagram. The datagrams on the wire are the same.
 */
function bindSocket(port: number): Promise<dgram.Socket> {
  return new Promise((resolve, reject) => {
    const s = dgram.createSocket('udp4');
    s.once('error', reject);
    s.bind(0, '127.0.0.1', () => {
      s.connect(port, '127.0.0.1', () => {
        s.off('error', reject);
        s.on('error', () => undefined);
        resolve(s);
      });
    });
  });
}

/** A device: one socket, one DTLS client, and a hook for the CoAP messages it receives. */
interface DtlsDevice {
  readonly sock: dgram.Socket;
  readonly client: TestDtlsClient;
  onCoap?: (p: ParsedPacket) => void;
  /** Fast path for empty ACKs (the bulk of what a notifying device receives): no full parse. */
  onEmptyAck?: (messageId: number) => void;
  onEstablished?: () => void;
  /** The notifying device's own CCM_8 record protection (set once established). */
  fast?: FastCcm8Records;
}

/** Empty ACKs taken by the fast path (reported, so a silent fallback to the slow path shows). */
let fastAcks = 0;

async function device(port: number, extra: Partial<TestClientOptions>): Promise<DtlsDevice> {
  const sock = await bindSocket(port);
  const d: DtlsDevice = {
    sock,
    client: new TestDtlsClient({
      identity: extra.identity ?? 'bench',
      psk: BENCH_PSK,
      ...extra,
      send: (dg) => sock.send(dg),
      onApplicationData: (data) => {
        // RFC 7252 §3: an empty ACK is exactly 4 bytes, type 2 (ACK), TKL 0, code 0.00.
        if (d.onEmptyAck !== undefined && data.length === 4 && data[0] === 0x60 && data[1] === 0) return d.onEmptyAck(data.readUInt16BE(2));
        const p = tryParse(data);
        if (p !== undefined) d.onCoap?.(p);
      },
    }),
  };
  sock.on('message', (dg: Buffer) => {
    if (d.fast !== undefined && d.onEmptyAck !== undefined) {
      const mid = d.fast.emptyAckMessageId(dg);
      if (mid >= 0) {
        fastAcks++;
        return d.onEmptyAck(mid);
      }
    }
    const was = d.client.established;
    d.client.receive(dg);
    if (!was && d.client.established) d.onEstablished?.();
  });
  return d;
}

/** Resolves true when `start` led to `done` being called before the timeout. */
function within(timeoutMs: number, start: (done: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const t = setTimeout(() => resolve(false), timeoutMs);
    start(() => {
      clearTimeout(t);
      resolve(true);
    });
  });
}

let ecdheKey: ReturnType<typeof createPrivateKey> | undefined;
function clientKey(): ReturnType<typeof createPrivateKey> {
  ecdheKey ??= createPrivateKey(generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).privateKey.export({ type: 'pkcs8', format: 'pem' }));
  return ecdheKey;
}

/** One session to resume from, made with a full handshake first. */
async function resumable(port: number): Promise<{ id: Buffer; master: Buffer } | undefined> {
  const d = await device(port, { identity: 'resume-seed' });
  const ok = await within(5000, (done) => {
    d.onEstablished = done;
    d.client.start();
  });
  d.sock.close();
  return ok && d.client.master !== undefined ? { id: d.client.sessionId, master: d.client.master } : undefined;
}

/** This process's CPU since `since`, as a share of one core over `ms` of wall time. */
function cpuShare(since: NodeJS.CpuUsage, ms: number): number {
  const c = process.cpuUsage(since);
  return ms > 0 ? ((c.user + c.system) / 1000 / ms) * 100 : 0;
}

async function handshakes(msg: Record<string, unknown>): Promise<{ completed: number; failed: number; resumed: number; ms: number; cpuPercent: number }> {
  const port = msg.port as number;
  const count = msg.count as number;
  const concurrency = msg.concurrency as number;
  const mode = msg.mode as Mode;
  const withRegister = msg.register === true;
  const prefix = (msg.prefix as string | undefined) ?? 'hs-';
  const resume = mode === 'resume' ? await resumable(port) : undefined;
  if (mode === 'resume' && resume === undefined) throw new Error('no session to resume');
  let next = 0;
  let completed = 0;
  let failed = 0;
  let resumed = 0;
  const t0 = nowMs();
  const cpu0 = process.cpuUsage();
  async function one(i: number): Promise<void> {
    const opts: Partial<TestClientOptions> =
      mode === 'ecdhe' ? { identity: '', ecdhe: { privateKey: clientKey() } } : { identity: `${prefix}${i}`, ...(resume ? { resume } : {}) };
    const d = await device(port, opts);
    const ok = await within(5000, (done) => {
      d.onEstablished = () => {
        if (!withRegister) return done();
        const mid = i & 0xffff;
        d.onCoap = (p) => {
          if (p.ack && p.messageId === mid && p.code === '2.01') done();
        };
        d.client.sendApplicationData(registerDatagram(`${prefix}${i}`, mid, DTLS_LOAD_TAG));
      };
      d.client.start();
    });
    d.sock.close();
    if (ok) completed++;
    else failed++;
    if (ok && d.client.resumed) resumed++;
  }
  const workers = Array.from({ length: concurrency }, async () => {
    while (next < count) await one(next++);
  });
  await Promise.all(workers);
  const ms = nowMs() - t0;
  return { completed, failed, resumed, ms, cpuPercent: cpuShare(cpu0, ms) };
}

interface Notifier {
  readonly d: DtlsDevice;
  token?: Buffer;
  template?: NotificationTemplate;
  /** The notification being sealed (patched in place; sealing copies it into the record). */
  scratch?: Buffer;
  registered: boolean;
  seq: number;
  mid: number;
  readonly inFlight: Map<number, number>;
}

async function notify(msg: Record<string, unknown>): Promise<Record<string, number>> {
  const port = msg.port as number;
  const count = msg.devices as number;
  const window = msg.window as number;
  const seconds = msg.seconds as number;
  const prefix = msg.prefix as string;
  let running = false;
  let acked = 0;
  let sent = 0;
  const latencies: number[] = [];
  const sendOne = (n: Notifier): void => {
    if (n.token === undefined) return;
    n.mid = (n.mid + 1) & 0xffff;
    n.seq++;
    n.inFlight.set(n.mid, nowMs());
    n.template ??= notificationTemplate(n.token);
    const fast = n.d.fast;
    if (fast !== undefined) {
      n.scratch ??= Buffer.from(n.template.bytes);
      const content = notificationDatagram(n.template, n.mid, n.seq & 0xffffff, n.scratch);
      n.d.sock.send(fast.applicationRecord(content, n.d.client.nextWriteSequence()));
    } else n.d.client.sendApplicationData(notificationDatagram(n.template, n.mid, n.seq & 0xffffff));
    sent++;
  };
  const notifiers: Notifier[] = [];
  for (let i = 0; i < count; i++) {
    const d = await device(port, { identity: `${prefix}${i}` });
    const n: Notifier = { d, registered: false, seq: 1, mid: (i * 7919) & 0xffff, inFlight: new Map() };
    notifiers.push(n);
    const reg = registerDatagram(`${prefix}${i}`, n.mid, DTLS_LOAD_TAG);
    const onAck = (mid: number): void => {
      const t = n.inFlight.get(mid);
      if (t === undefined) return;
      n.inFlight.delete(mid);
      acked++;
      if ((acked & 15) === 0) latencies.push(nowMs() - t);
      if (running) sendOne(n);
    };
    d.onEmptyAck = onAck;
    d.onCoap = (p) => {
      if ((p.code === '0.01' || p.code === 'GET') && p.options.some((o) => o.name === 'Observe')) {
        n.token = p.token;
        d.client.sendApplicationData(
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
        );
        return;
      }
      if (p.ack && p.code === '2.01') {
        n.registered = true;
        return;
      }
      if (p.ack && p.code === '0.00') return onAck(p.messageId);
      if (p.confirmable) d.client.sendApplicationData(generate({ code: '2.05', ack: true, messageId: p.messageId, token: p.token }));
    };
    d.onEstablished = () => {
      d.fast = FastCcm8Records.of(d.client.recordKeys());
      d.client.sendApplicationData(reg);
    };
    d.client.start();
  }
  // Wait (bounded) until every device is observed; resend unanswered Registers once a second.
  const deadline = Date.now() + 10_000;
  let lastResend = Date.now();
  while (notifiers.some((n) => n.token === undefined) && Date.now() < deadline) {
    await sleep(20);
    if (Date.now() - lastResend < 1000) continue;
    lastResend = Date.now();
    for (const n of notifiers) {
      if (n.d.client.established && !n.registered) n.d.client.sendApplicationData(registerDatagram(`${prefix}${notifiers.indexOf(n)}`, n.mid, DTLS_LOAD_TAG));
    }
  }
  const observed = notifiers.filter((n) => n.token !== undefined).length;
  const measure = async (): Promise<Record<string, number>> => {
    running = true;
    fastAcks = 0;
    const t0 = Date.now();
    const cpu0 = process.cpuUsage();
    for (const n of notifiers) for (let w = 0; w < window; w++) sendOne(n);
    const rescue = setInterval(() => {
      const now = nowMs();
      for (const n of notifiers) {
        for (const [mid, t] of n.inFlight) {
          if (now - t > 1000) {
            n.inFlight.delete(mid);
            sendOne(n);
          }
        }
      }
    }, 250);
    await sleep(seconds * 1000);
    running = false;
    clearInterval(rescue);
    const elapsed = (Date.now() - t0) / 1000;
    const cpuPercent = cpuShare(cpu0, elapsed * 1000);
    const fastAcked = fastAcks;
    await sleep(300);
    for (const n of notifiers) n.d.sock.close();
    latencies.sort((a, b) => a - b);
    const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    return { observed, sent, acked, elapsed, perSecond: acked / elapsed, p50: pct(50), p99: pct(99), cpuPercent, fastAcked };
  };
  if (msg.phase !== 'prepare') return measure();
  prepared = measure;
  return { observed };
}

/** The measured phase of a `notify` run with phase 'prepare' (devices connected and observed). */
let prepared: (() => Promise<Record<string, number>>) | undefined;

/**
 * `notify` in two steps, so the server's counters can be reset between the devices' handshakes
 * and Registers (phase 'prepare') and the notifications alone ('run').
 */
async function notifyRun(): Promise<Record<string, number>> {
  const run = prepared;
  prepared = undefined;
  if (run === undefined) throw new Error('notify-run without a prepared notify');
  return run();
}

serveParent({ handshakes, notify, 'notify-run': notifyRun });
ready();
