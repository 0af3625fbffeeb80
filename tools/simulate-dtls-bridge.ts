/**
 * A per-device UDP-to-DTLS relay for the simulate CLI. The simulator's devices speak CoAP over
 * plain UDP (node-coap); for a PSK device the CLI points it at a bridge on loopback, and the
 * bridge carries each datagram inside one DTLS 1.2 PSK session (node-dtls-client) to the server,
 * and the server's datagrams back to the device. The server sees one secure peer per device.
 */
import dgram from 'node:dgram';
import type { AddressInfo } from 'node:net';
import { dtls } from 'node-dtls-client';

export interface DtlsBridgeOptions {
  readonly serverHost: string;
  readonly serverPort: number;
  readonly identity: string;
  readonly key: Buffer;
  /** Handshake deadline, ms. */
  readonly timeoutMs?: number;
}

export class DtlsBridge {
  private devicePort: number | undefined;
  private closed = false;

  private constructor(
    private readonly local: dgram.Socket,
    private readonly secure: dtls.Socket,
  ) {
    local.on('message', (msg, rinfo) => {
      // The device is the only sender on this loopback port; remember where to answer.
      this.devicePort = rinfo.port;
      if (!this.closed) this.secure.send(msg);
    });
    secure.on('message', (msg: Buffer) => {
      if (this.devicePort !== undefined && !this.closed) this.local.send(msg, this.devicePort, '127.0.0.1');
    });
    // After the handshake an error ends the session; the device then sees timeouts (counted).
    secure.on('error', () => undefined);
    local.on('error', () => undefined);
  }

  /** Binds the loopback port and completes the DTLS handshake; rejects on failure or timeout. */
  static async open(o: DtlsBridgeOptions): Promise<DtlsBridge> {
    const local = dgram.createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      local.once('error', reject);
      local.bind(0, '127.0.0.1', () => {
        local.off('error', reject);
        resolve();
      });
    });
    const timeout = o.timeoutMs ?? 10_000;
    let secure: dtls.Socket | undefined;
    try {
      secure = await new Promise<dtls.Socket>((resolve, reject) => {
        const s = dtls.createSocket({
          type: o.serverHost.includes(':') ? 'udp6' : 'udp4',
          address: o.serverHost,
          port: o.serverPort,
          psk: { [o.identity]: o.key },
          timeout,
        });
        s.once('connected', () => resolve(s));
        s.once('error', (e: Error) => {
          // node-dtls-client has usually closed its UDP socket already; close() would then throw.
          try {
            s.close();
          } catch {
            // already closed
          }
          reject(new Error(`DTLS handshake as "${o.identity}" failed: ${e.message}`));
        });
      });
    } catch (e) {
      local.close();
      throw e;
    }
    return new DtlsBridge(local, secure);
  }

  /** The loopback port the device should use as its server (`coap://127.0.0.1:<port>`). */
  get port(): number {
    return (this.local.address() as AddressInfo).port;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    try {
      this.secure.close();
    } catch {
      // already closed by the peer
    }
    try {
      this.local.close();
    } catch {
      // already closed
    }
  }
}
