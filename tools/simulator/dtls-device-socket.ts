import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { dtls } from 'node-dtls-client';
import { DeviceSocket } from './device-socket.js';
import type { RegistrationTarget } from './registration-client.js';

/** A pre-shared key (LwM2M Core 1.1 §7.1.1 / Security object mode 0). */
export interface PskCredentials {
  readonly identity: string;
  readonly key: Buffer;
}

type SendCallback = (err: Error | null, bytes?: number) => void;

/**
 * A device socket over a DTLS 1.2 PSK session to the server, using node-dtls-client (a DTLS
 * stack independent of src/dtls). The session is the device's one peer: node-coap's port/host
 * arguments are ignored. Resolves once the handshake has finished.
 */
export async function openDtlsDeviceSocket(
  target: RegistrationTarget,
  psk: PskCredentials,
  timeoutMs: number,
): Promise<DeviceSocket> {
  const session = dtls.createSocket({
    type: 'udp4',
    address: target.host,
    port: target.port,
    psk: { [psk.identity]: psk.key },
    timeout: timeoutMs,
  });
  await new Promise<void>((resolve, reject) => {
    const fail = (err: Error): void => {
      session.off('connected', ok);
      reject(new Error(`DTLS handshake with ${target.host}:${target.port} failed: ${err.message}`));
    };
    const ok = (): void => {
      session.off('error', fail);
      resolve();
    };
    session.once('connected', ok);
    session.once('error', fail);
  });
  // node-dtls-client keeps its UDP socket private; the local port is read from it for `port`.
  const udp = (session as unknown as { udp: dgram.Socket }).udp;
  const local = udp.address();
  let closed = false;
  session.on('close', () => {
    closed = true;
  });
  return new DeviceSocket({
    prototype: dgram.Socket.prototype,
    sendArgs: (args) => {
      // node-coap calls send(buf, offset, length, port, host?, cb?) or send(buf, port, host, cb).
      const buf = args[0] as Buffer;
      const withRange = typeof args[1] === 'number' && typeof args[2] === 'number' && args.length >= 4;
      const data = withRange ? buf.subarray(args[1] as number, (args[1] as number) + (args[2] as number)) : buf;
      const last = args[args.length - 1];
      const cb = typeof last === 'function' ? (last as SendCallback) : undefined;
      try {
        session.send(data, (err, bytes) => cb?.(err ?? null, bytes));
      } catch (err) {
        cb?.(err instanceof Error ? err : new Error(String(err)));
      }
    },
    address: (): AddressInfo => ({ address: local.address, family: 'IPv4', port: local.port }),
    onMessage: (fn) => session.on('message', fn),
    onError: (fn) => session.on('error', fn),
    close: () =>
      new Promise((resolve) => {
        if (closed) return resolve();
        const t = setTimeout(resolve, 1000);
        t.unref();
        try {
          session.close(() => {
            clearTimeout(t);
            resolve();
          });
        } catch {
          clearTimeout(t);
          resolve();
        }
      }),
  });
}
