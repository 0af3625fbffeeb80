/**
 * Runs third-party DTLS clients (openssl s_client, libcoap's coap-client-gnutls/-openssl) as
 * child processes with a hard timeout, returning their output. Every process is killed when
 * the timeout fires, so a hanging peer cannot outlive its test.
 */
import { spawn } from 'node:child_process';
import { dtls } from 'node-dtls-client';

export interface PeerRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stdoutBytes: Buffer;
  readonly stderr: string;
}

export function runPeer(
  cmd: string,
  args: string[],
  opts: { stdin?: string | Buffer; timeoutMs?: number; keepStdinOpenMs?: number } = {},
): Promise<PeerRun> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 10_000);
    child.on('error', () => undefined);
    child.stdin.on('error', () => undefined);
    child.on('close', (code) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString(), stdoutBytes, stderr });
    });
    if (opts.stdin !== undefined) child.stdin.write(opts.stdin);
    // s_client exits at stdin EOF; keep stdin open long enough for the echo to come back.
    setTimeout(() => child.stdin.end(), opts.keepStdinOpenMs ?? 0).unref();
  });
}

/** libcoap client: one request, prints the response payload on stdout. */
export function coapClient(flavour: 'gnutls' | 'openssl', args: string[], timeoutMs = 10_000): Promise<PeerRun> {
  // -B: give up after this many seconds; keeps a failing handshake from hanging the test.
  return runPeer(`coap-client-${flavour}`, ['-B', '5', ...args], { timeoutMs });
}

/**
 * node-dtls-client (>= 2.0.3) as a peer: PSK handshake, one datagram out, the first reply back.
 * The socket is closed in every outcome; a missing reply rejects after `timeoutMs`.
 */
export function nodeDtlsClientExchange(opts: {
  port: number;
  identity: string;
  psk: Buffer;
  datagram: Buffer;
  ciphers?: Array<'TLS_PSK_WITH_AES_128_CCM_8' | 'TLS_PSK_WITH_AES_128_CBC_SHA256'>;
  timeoutMs?: number;
}): Promise<Buffer> {
  return new Promise<Buffer>((resolve, reject) => {
    const sock = dtls.createSocket({
      type: 'udp4',
      address: '127.0.0.1',
      port: opts.port,
      psk: { [opts.identity]: opts.psk },
      timeout: 5000,
      ...(opts.ciphers ? { ciphers: opts.ciphers } : {}),
    });
    const timer = setTimeout(() => {
      sock.close();
      reject(new Error('no reply from the DTLS server'));
    }, opts.timeoutMs ?? 8000);
    sock.on('connected', () => sock.send(opts.datagram));
    sock.on('message', (m: Buffer) => {
      clearTimeout(timer);
      sock.close();
      resolve(m);
    });
    sock.on('error', (e: Error) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
