/**
 * A device-side "socket" that speaks DTLS (PSK, optionally with Connection ID) through the
 * test client, shaped so node-coap's Server and Agent can use it as their UDP socket: a gate
 * object whose prototype is a real dgram socket (node-coap checks `instanceof`), whose `send`
 * encrypts, and which emits decrypted application data as 'message'. `movePort()` switches to
 * a fresh UDP socket mid-session, as a NAT rebinding would.
 */
import dgram from 'node:dgram';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { TestDtlsClient } from './dtls-test-client.js';

async function bindSocket(): Promise<dgram.Socket> {
  const s = dgram.createSocket('udp4');
  await new Promise<void>((resolve, reject) => {
    s.once('error', reject);
    s.bind(0, '127.0.0.1', () => {
      s.off('error', reject);
      resolve();
    });
  });
  return s;
}

export class DtlsDeviceSocket {
  readonly gate: dgram.Socket;
  readonly client: TestDtlsClient;
  private current: dgram.Socket;
  private readonly sockets: dgram.Socket[] = [];

  private constructor(
    first: dgram.Socket,
    private readonly serverPort: number,
    identity: string,
    psk: Buffer,
    connectionId: Buffer | undefined,
  ) {
    this.current = first;
    this.sockets.push(first);
    const gate = Object.create(first) as dgram.Socket;
    EventEmitter.call(gate);
    gate.send = ((...args: unknown[]) => {
      const msg = args[0] as Buffer;
      const cb = args.find((a) => typeof a === 'function') as ((e: Error | null, n?: number) => void) | undefined;
      if (this.client.established) this.client.sendApplicationData(Buffer.from(msg));
      if (cb) setImmediate(() => cb(null, msg.length));
    }) as dgram.Socket['send'];
    gate.address = (() => this.current.address()) as dgram.Socket['address'];
    this.gate = gate;
    this.client = new TestDtlsClient({
      identity,
      psk,
      ...(connectionId ? { connectionId } : {}),
      send: (d) => this.current.send(d, this.serverPort, '127.0.0.1'),
      onApplicationData: (data) =>
        gate.emit('message', data, { address: '127.0.0.1', family: 'IPv4', port: this.serverPort, size: data.length }),
    });
    this.attach(first);
  }

  private attach(s: dgram.Socket): void {
    s.on('message', (m) => {
      try {
        this.client.receive(m);
      } catch {
        // a malformed server datagram is the test's failure to see, not a crash
      }
    });
  }

  /** Binds a socket and completes the DTLS handshake with the server. */
  static async connect(serverPort: number, identity: string, psk: Buffer, connectionId?: Buffer): Promise<DtlsDeviceSocket> {
    const d = new DtlsDeviceSocket(await bindSocket(), serverPort, identity, psk, connectionId);
    d.client.start();
    const end = Date.now() + 5000;
    while (!d.client.established) {
      if (Date.now() > end) throw new Error('DTLS handshake did not complete');
      await new Promise((r) => setTimeout(r, 5));
    }
    return d;
  }

  get port(): number {
    return (this.current.address() as AddressInfo).port;
  }

  /** Continues the session from a new UDP socket (new source port). */
  async movePort(): Promise<void> {
    const s = await bindSocket();
    this.sockets.push(s);
    this.attach(s);
    this.current = s;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) await new Promise<void>((r) => s.close(() => r()));
  }
}
