import { encodeBlock } from '../../src/coap/block-option.js';
import { MessageType, OptionNumber } from '../../src/coap/codes.js';
import { buildMessage, encodeUint } from '../../src/coap/message.js';
import type { CoapOption } from '../../src/coap/types.js';
import type { FuzzRandom } from './fuzz-random.js';

/**
 * Hostile CoAP datagrams for the fuzz tests (RFC 7252 §3 framing, RFC 7959 blocks, RFC 7641
 * Observe, LwM2M registration): each generator returns one datagram; `hostileDatagram` picks a
 * kind at random. Well-formed messages are built with the project's own builder and then broken.
 */

const CON = MessageType.CON;
const NON = MessageType.NON;
const ACK = MessageType.ACK;
const RST = MessageType.RST;
const CODE_GET = 0x01;
const CODE_POST = 0x02;
const CODE_PUT = 0x03;
const CODE_DELETE = 0x04;
const CODE_FETCH = 0x05;
const CODE_CONTENT = 0x45;

const opt = (number: number, value: Buffer | string): CoapOption => ({ number, value: typeof value === 'string' ? Buffer.from(value) : value });
const path = (...segs: string[]): CoapOption[] => segs.map((s) => opt(OptionNumber.UriPath, s));
const query = (...qs: string[]): CoapOption[] => qs.map((q) => opt(OptionNumber.UriQuery, q));

export class HostileCoap {
  /** Endpoint names the fuzzer registers under: a bounded pool so registrations stay countable. */
  readonly endpointNames: readonly string[];

  constructor(
    private readonly r: FuzzRandom,
    endpointPool = 40,
  ) {
    this.endpointNames = Array.from({ length: endpointPool }, (_, i) => `fuzz-${i}`);
  }

  private mid(): number {
    return this.r.int(0x10000);
  }

  private token(): Buffer {
    return this.r.bytes(this.r.int(9));
  }

  private type(): MessageType {
    return this.r.pick([CON, CON, CON, NON, ACK, RST]);
  }

  /** A syntactically valid Register with a random (often garbage) link-format payload. */
  register(): Buffer {
    const r = this.r;
    const ep = r.pick(this.endpointNames);
    const qs = [`ep=${ep}`];
    if (r.chance(0.8)) qs.push(`lt=${r.pick(['60', '86400', '0', '-1', '99999999999', 'abc', String(r.int(1000))])}`);
    if (r.chance(0.5)) qs.push(`lwm2m=${r.pick(['1.0', '1.1', '1.2', '9.9', ''])}`);
    if (r.chance(0.5)) qs.push(`b=${r.pick(['U', 'UQ', 'Q', 'S', 'T', 'X', ''])}`);
    if (r.chance(0.1)) qs.push(r.bytes(r.int(20)).toString('latin1'));
    const payloads = [
      () => Buffer.from('</1/0>,</3/0>'),
      () => r.bytes(r.length(600)),
      () => Buffer.from(`</>;rt="oma.lwm2m";ct=${r.int(70000)},</${r.int(70000)}/${r.int(70000)}>;ver=${r.int(99)}.${r.int(99)}`),
      () => r.mutate(Buffer.from('</>;rt="oma.lwm2m";ct="110 112",</1/0>,</3/0>;ver=1.1,</3303/0>,</3303/1>')),
      () => Buffer.from('<'.repeat(r.int(2000))),
      () => Buffer.from(Array.from({ length: r.int(300) }, (_, i) => `</${i}/${i}>`).join(',')),
    ];
    const options: CoapOption[] = [...path('rd'), opt(OptionNumber.ContentFormat, encodeUint(r.pick([40, 40, 0, 110, 65535])))];
    options.push(...query(...qs));
    return buildMessage({ type: r.chance(0.9) ? CON : NON, code: CODE_POST, messageId: this.mid(), token: this.token(), options, payload: r.pick(payloads)() });
  }

  /** Update / De-register of made-up registration ids (never a real one: those belong to other tests). */
  updateOrDelete(): Buffer {
    const r = this.r;
    const id = r.chance(0.5) ? r.bytes(r.range(1, 12)).toString('hex') : r.pick(['', '..', '%00', 'x'.repeat(300)]);
    const options = [...path('rd', id), ...query(`lt=${r.int(100000)}`)];
    return buildMessage({ type: CON, code: r.pick([CODE_POST, CODE_DELETE, CODE_PUT, CODE_GET]), messageId: this.mid(), token: this.token(), options, payload: r.bytes(r.int(40)) });
  }

  /** Block1 uploads with wrong block numbers, sizes and More flags (RFC 7959 §2.3/§2.5). */
  block1(): Buffer {
    const r = this.r;
    const szx = r.int(8); // 7 is reserved (BERT only over TCP)
    const num = r.pick([0, 1, 2, r.int(16), r.int(1 << 20), (1 << 20) - 1]);
    const more = r.chance(0.7);
    const size = 16 << Math.min(szx, 6);
    const payload = r.bytes(r.chance(0.7) ? size : r.int(1100));
    const target = r.pick([path('dp'), path('rd'), path('rd', 'nope'), path('fw', 'x')]);
    const options = [...target, opt(OptionNumber.ContentFormat, encodeUint(r.pick([110, 112, 40, 0]))), opt(OptionNumber.Block1, encodeBlock(num, more, szx))];
    if (r.chance(0.3)) options.push(opt(OptionNumber.Size1, encodeUint(r.int(1 << 24))));
    if (r.chance(0.2)) options.push(opt(OptionNumber.RequestTag, r.bytes(r.int(9))));
    return buildMessage({ type: CON, code: CODE_POST, messageId: this.mid(), token: this.token(), options: sortOptions(options), payload });
  }

  /** Block2 requests for absurd blocks of whatever resource. */
  block2(): Buffer {
    const r = this.r;
    const options = [...path(r.pick(['rd', 'dp', 'x', '3'])), opt(OptionNumber.Block2, encodeBlock(r.int(1 << 20), r.chance(0.5), r.int(8)))];
    return buildMessage({ type: CON, code: r.pick([CODE_GET, CODE_FETCH]), messageId: this.mid(), token: this.token(), options: sortOptions(options) });
  }

  /** Responses and notifications nobody asked for: random tokens, bogus Observe values. */
  bogusNotification(): Buffer {
    const r = this.r;
    const observe = r.pick([Buffer.alloc(0), encodeUint(r.int(1 << 24)), r.bytes(r.range(4, 8))]);
    const options = [opt(OptionNumber.Observe, observe), opt(OptionNumber.ContentFormat, encodeUint(r.pick([0, 42, 112, 11542, 60000])))];
    return buildMessage({ type: r.pick([CON, NON, ACK]), code: r.pick([CODE_CONTENT, 0x44, 0x84, 0xa0, 0x5f]), messageId: this.mid(), token: this.token(), options, payload: r.bytes(r.int(64)) });
  }

  /** Requests with random paths, queries, Accept, Observe, and unknown (critical) options. */
  randomRequest(): Buffer {
    const r = this.r;
    const options: CoapOption[] = [];
    for (let i = r.int(5); i > 0; i--) options.push(opt(OptionNumber.UriPath, r.bytes(r.int(12))));
    for (let i = r.int(4); i > 0; i--) options.push(opt(OptionNumber.UriQuery, r.bytes(r.int(20))));
    if (r.chance(0.3)) options.push(opt(OptionNumber.Observe, encodeUint(r.int(1 << 24))));
    if (r.chance(0.3)) options.push(opt(OptionNumber.Accept, encodeUint(r.int(70000))));
    if (r.chance(0.2)) options.push(opt(r.range(1, 2000), r.bytes(r.int(16))));
    return buildMessage({ type: this.type(), code: r.range(0, 0xff), messageId: this.mid(), token: this.token(), options: sortOptions(options), payload: r.bytes(r.length(200)) });
  }

  /** Hand-made framing errors: absurd option deltas/lengths, token length 9..15, markers with nothing after. */
  brokenFraming(): Buffer {
    const r = this.r;
    const tkl = r.chance(0.3) ? r.range(9, 15) : r.int(9);
    const head = Buffer.from([0x40 | (r.int(4) << 4) | tkl, r.int(256), r.int(256), r.int(256)]);
    const parts: Buffer[] = [head, r.bytes(Math.min(tkl, 8))];
    for (let i = r.range(1, 4); i > 0; i--) {
      const delta = r.pick([13, 14, 15, r.int(16)]);
      const len = r.pick([13, 14, 15, r.int(16)]);
      const ext: number[] = [];
      if (delta === 13) ext.push(r.int(256));
      if (delta === 14) ext.push(0xff, r.int(256));
      if (len === 13) ext.push(r.int(256));
      if (len === 14) ext.push(0xff, 0xff); // 65804-byte option value in a small datagram
      parts.push(Buffer.from([(delta << 4) | len, ...ext]), r.bytes(r.int(8)));
    }
    if (r.chance(0.5)) parts.push(Buffer.from([0xff]));
    return Buffer.concat(parts);
  }

  /** Any of the above, a mutated copy of one, raw noise, or a truncated valid message. */
  next(): Buffer {
    try {
      return this.pickKind();
    } catch {
      // The builder refused a combination (e.g. a code the packet library will not write): noise instead.
      return this.r.bytes(this.r.length(100));
    }
  }

  private pickKind(): Buffer {
    const r = this.r;
    switch (r.int(10)) {
      case 0:
        return r.bytes(r.length(300));
      case 1:
        return this.register();
      case 2:
        return r.mutate(this.register());
      case 3:
        return this.block1();
      case 4:
        return r.chance(0.5) ? this.block2() : this.updateOrDelete();
      case 5:
        return this.bogusNotification();
      case 6:
        return this.randomRequest();
      case 7:
        return this.brokenFraming();
      case 8: {
        const valid = r.pick([() => this.register(), () => this.block1(), () => this.bogusNotification(), () => this.randomRequest()])();
        return valid.subarray(0, r.int(valid.length));
      }
      default:
        return r.mutate(r.pick([() => this.block1(), () => this.randomRequest(), () => this.bogusNotification()])());
    }
  }
}

/** coap-packet needs options in ascending number order (RFC 7252 §3.1 deltas). */
function sortOptions(options: CoapOption[]): CoapOption[] {
  return options.sort((a, b) => a.number - b.number);
}
