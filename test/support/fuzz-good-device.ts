import { codeClass, MessageType, OptionNumber } from '../../src/coap/codes.js';
import { buildMessage, encodeUint, parseMessage, stringOptions, uintOption, type CoapMessage } from '../../src/coap/message.js';
import type { CoapOption } from '../../src/coap/types.js';

/**
 * A well-behaved LwM2M device written at the datagram level (RFC 7252 framing through the
 * project's builder/parser), used by the hostile-input tests to prove that a real device keeps
 * working while garbage flows: it registers, answers the server's GET (Read and Observe) with
 * its battery level in plain text, and sends CON notifications for the observation.
 * It is transport-agnostic: `send` is whatever carries its datagrams to the server, and every
 * datagram the server sends it goes to `receive`.
 */
export class GoodDevice {
  battery = 90;
  location: string[] | undefined;
  observeToken: Buffer | undefined;
  readonly responses = new Map<number, CoapMessage>();
  readonly acked = new Set<number>();
  readsAnswered = 0;
  /** Datagrams from the server this device could not parse (must stay 0). */
  garbled = 0;
  private mid = 0x1000;
  private observeSeq = 2;
  /** Our CON messages by message id, for retransmission (RFC 7252 §4.2) over lossy transports. */
  private readonly sentCon = new Map<number, Buffer>();

  constructor(
    readonly endpoint: string,
    private readonly transmit: (datagram: Buffer) => void,
  ) {}

  private send(datagram: Buffer, conMid?: number): void {
    if (conMid !== undefined) {
      this.sentCon.set(conMid, datagram);
      // Keep only the recent ones: the device has at most a few exchanges in flight.
      if (this.sentCon.size > 16) this.sentCon.delete(this.sentCon.keys().next().value as number);
    }
    this.transmit(datagram);
  }

  /** Sends CON message `mid` again (same message id: the server dedups it, §4.5). */
  retransmit(mid: number): void {
    const d = this.sentCon.get(mid);
    if (d !== undefined) this.transmit(d);
  }

  private nextMid(): number {
    this.mid = (this.mid + 1) & 0xffff;
    return this.mid;
  }

  /** Sends a Register (LwM2M Core 1.1 §6.2.1); returns its message id. */
  register(): number {
    const mid = this.nextMid();
    const options: CoapOption[] = [
      { number: OptionNumber.UriPath, value: Buffer.from('rd') },
      { number: OptionNumber.ContentFormat, value: encodeUint(40) },
      ...[`ep=${this.endpoint}`, 'lt=86400', 'lwm2m=1.1', 'b=U'].map((q) => ({ number: OptionNumber.UriQuery, value: Buffer.from(q) })),
    ];
    this.send(buildMessage({ type: MessageType.CON, code: 0x02, messageId: mid, token: Buffer.from([0xaa, mid & 0xff]), options, payload: Buffer.from('</1/0>,</3/0>') }), mid);
    return mid;
  }

  /** Sends a registration Update to its location; returns its message id. */
  update(): number {
    const mid = this.nextMid();
    const options = (this.location ?? []).map((s) => ({ number: OptionNumber.UriPath, value: Buffer.from(s) }));
    this.send(buildMessage({ type: MessageType.CON, code: 0x02, messageId: mid, token: Buffer.from([0xab, mid & 0xff]), options }), mid);
    return mid;
  }

  /** Sends one CON notification of the current battery level; returns its message id. */
  notify(): number {
    if (this.observeToken === undefined) throw new Error('not observed');
    const mid = this.nextMid();
    this.observeSeq++;
    this.send(
      buildMessage({
        type: MessageType.CON,
        code: 0x45,
        messageId: mid,
        token: this.observeToken,
        options: [
          { number: OptionNumber.Observe, value: encodeUint(this.observeSeq) },
          { number: OptionNumber.ContentFormat, value: encodeUint(0) },
        ],
        payload: Buffer.from(String(this.battery)),
      }),
      mid,
    );
    return mid;
  }

  /** One datagram from the server. */
  receive(datagram: Buffer): void {
    const parsed = parseMessage(datagram);
    if (!parsed.ok) {
      this.garbled++;
      return;
    }
    const msg = parsed.message;
    if (msg.type === MessageType.ACK && msg.code === 0) {
      this.acked.add(msg.messageId);
      return;
    }
    if (msg.type === MessageType.ACK || codeClass(msg.code) >= 2) {
      this.responses.set(msg.messageId, msg);
      if (msg.code === 0x41) this.location = stringOptions(msg.options, OptionNumber.LocationPath);
      return;
    }
    if (msg.type === MessageType.CON && msg.code === 0x01) this.answerGet(msg);
  }

  private answerGet(msg: CoapMessage): void {
    const path = stringOptions(msg.options, OptionNumber.UriPath).join('/');
    const observe = uintOption(msg.options, OptionNumber.Observe);
    const options: CoapOption[] = [];
    if (observe === 0) {
      this.observeToken = msg.token;
      options.push({ number: OptionNumber.Observe, value: encodeUint(this.observeSeq) });
    } else {
      this.readsAnswered++;
    }
    if (path !== '3/0/9') {
      this.send(buildMessage({ type: MessageType.ACK, code: 0x84, messageId: msg.messageId, token: msg.token }));
      return;
    }
    options.push({ number: OptionNumber.ContentFormat, value: encodeUint(0) });
    this.send(buildMessage({ type: MessageType.ACK, code: 0x45, messageId: msg.messageId, token: msg.token, options, payload: Buffer.from(String(this.battery)) }));
  }
}
