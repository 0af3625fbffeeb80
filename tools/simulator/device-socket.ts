import dgram from 'node:dgram';
import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

/**
 * One device's UDP socket, shared by node-coap's Server (the device answers LwM2M requests) and
 * its Agent (the device registers and sends), so every packet leaves from the registered port
 * as a NAT-ed device's would.
 *
 * node-coap gets a "gate" instead of the socket itself: an object whose prototype is the real
 * socket (node-coap checks `instanceof dgram.Socket` before sending error replies) but with its
 * own event list, so incoming datagrams can be held back while the device sleeps in queue mode
 * (LwM2M Core 1.1 §6.5: a sleeping client does not receive; its radio is off). The port stays
 * bound while asleep, as a device's NAT binding would.
 */
/**
 * What carries the device's datagrams: a UDP socket, or a DTLS session (dtls-device-socket.ts).
 * `sendArgs` receives node-coap's `send(...)` arguments unchanged.
 */
export interface DatagramCarrier {
  /** The gate's prototype: the UDP socket itself, or `dgram.Socket.prototype` for DTLS. */
  readonly prototype: object;
  sendArgs(args: unknown[]): void;
  address(): AddressInfo;
  onMessage(fn: (msg: Buffer, rinfo: dgram.RemoteInfo) => void): void;
  onError(fn: (err: Error) => void): void;
  close(): Promise<void>;
}

export class DeviceSocket {
  readonly gate: dgram.Socket;
  private awake = true;
  private droppedCount = 0;
  /** Message id → token (hex) of recent unacknowledged notifications, to match a Reset. */
  private readonly nonNotifications = new Map<number, string>();
  /** Called when the peer answers a notification with Reset (RFC 7641 §3.6: cancel). */
  onReset: (tokenHex: string) => void = () => undefined;

  constructor(private readonly carrier: DatagramCarrier) {
    const gate = Object.create(carrier.prototype) as dgram.Socket;
    EventEmitter.call(gate);
    if (!(carrier.prototype instanceof dgram.Socket)) Object.defineProperty(gate, 'type', { value: 'udp4' });
    gate.send = ((...args: unknown[]) => {
      this.noteOutgoing(args[0]);
      carrier.sendArgs(args);
    }) as dgram.Socket['send'];
    gate.address = () => carrier.address();
    this.gate = gate;
    carrier.onMessage((msg, rinfo) => {
      if (!this.awake) {
        this.droppedCount++;
        return;
      }
      this.noteIncoming(msg);
      gate.emit('message', msg, rinfo);
    });
    carrier.onError((err) => gate.emit('error', err));
  }

  /** A plain UDP socket bound to port 0 on `address`. */
  static async open(address = '127.0.0.1'): Promise<DeviceSocket> {
    const real = dgram.createSocket('udp4');
    await new Promise<void>((resolve, reject) => {
      real.once('error', reject);
      real.bind(0, address, () => {
        real.off('error', reject);
        resolve();
      });
    });
    return new DeviceSocket({
      prototype: real,
      sendArgs: (args) => (real.send as (...a: unknown[]) => void)(...args),
      address: () => real.address(),
      onMessage: (fn) => real.on('message', fn),
      onError: (fn) => real.on('error', fn),
      close: () =>
        new Promise((resolve) => {
          try {
            real.close(() => resolve());
          } catch {
            resolve(); // already closed
          }
        }),
    });
  }

  get port(): number {
    return this.carrier.address().port;
  }

  get dropped(): number {
    return this.droppedCount;
  }

  get isAwake(): boolean {
    return this.awake;
  }

  setAwake(awake: boolean): void {
    this.awake = awake;
  }

  close(): Promise<void> {
    return this.carrier.close();
  }

  // RFC 7252 §3: byte 0 = Ver|T|TKL, byte 1 = code, bytes 2-3 = message id, then the token.
  private noteOutgoing(msg: unknown): void {
    if (!Buffer.isBuffer(msg) || msg.length < 4) return;
    const type = ((msg[0] as number) >> 4) & 0x03;
    const code = msg[1] as number;
    // NON 2.xx notifications; also ACK-typed ones, because node-coap sends the notifications of
    // a NON observe request as ACK messages (its ObserveWriteStream sets ack = !confirmable).
    if ((type !== 1 && type !== 2) || code >> 5 !== 2) return;
    const tkl = (msg[0] as number) & 0x0f;
    if (tkl === 0 || msg.length < 4 + tkl) return;
    if (this.nonNotifications.size >= 64) {
      const oldest = this.nonNotifications.keys().next().value;
      if (oldest !== undefined) this.nonNotifications.delete(oldest);
    }
    this.nonNotifications.set(msg.readUInt16BE(2), msg.subarray(4, 4 + tkl).toString('hex'));
  }

  private noteIncoming(msg: Buffer): void {
    const isReset = msg.length >= 4 && (((msg[0] as number) >> 4) & 0x03) === 3 && msg[1] === 0;
    if (!isReset) return;
    const token = this.nonNotifications.get(msg.readUInt16BE(2));
    if (token !== undefined) {
      this.nonNotifications.delete(msg.readUInt16BE(2));
      this.onReset(token);
    }
  }
}
