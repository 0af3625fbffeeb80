/** CoAP datagrams both load generators (coap-load.ts, dtls-load.ts) build and read. */
import { generate, parse, type ParsedPacket } from 'coap-packet';

/** coap-packet's parse(), or undefined for a datagram it refuses. */
export function tryParse(buf: Buffer): ParsedPacket | undefined {
  try {
    return parse(buf);
  } catch {
    return undefined;
  }
}

/**
 * An LwM2M 1.1 Register (POST /rd, CoRE link format) for endpoint `ep`, lifetime 86400 s; the
 * token is the message id's two bytes and the generator's own two-byte tag.
 */
export function registerDatagram(ep: string, mid: number, tokenTag: readonly [number, number]): Buffer {
  return generate({
    code: 'POST',
    confirmable: true,
    messageId: mid & 0xffff,
    token: Buffer.from([mid & 0xff, (mid >> 8) & 0xff, tokenTag[0], tokenTag[1]]),
    options: [
      { name: 'Uri-Path', value: Buffer.from('rd') },
      { name: 'Content-Format', value: Buffer.of(40) },
      { name: 'Uri-Query', value: Buffer.from(`ep=${ep}`) },
      { name: 'Uri-Query', value: Buffer.from('lt=86400') },
      { name: 'Uri-Query', value: Buffer.from('lwm2m=1.1') },
      { name: 'Uri-Query', value: Buffer.from('b=U') },
    ],
    payload: Buffer.from('</>;rt="oma.lwm2m";ct=110,</1/0>,</3/0>,</4/0>'),
  });
}
