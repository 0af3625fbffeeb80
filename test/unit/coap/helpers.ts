import { generate, parse, type NamedOption, type Option, type Packet, type ParsedPacket } from 'coap-packet';
import { FakeClock } from '../../../src/coap/clock.js';
import { CoapEndpoint, type CoapEndpointOptions } from '../../../src/coap/endpoint.js';
import type { Peer } from '../../../src/net/datagram.js';
import { FakeTransport } from '../../support/fake-transport.js';

/** An endpoint on a fake transport and fake clock, with a deterministic random source. */
export function setup(options: CoapEndpointOptions = {}): {
  ep: CoapEndpoint;
  tr: FakeTransport;
  clock: FakeClock;
  dev: Peer;
} {
  const tr = new FakeTransport();
  const clock = new FakeClock();
  // random() = 0: retransmission timeouts are exactly ACK_TIMEOUT, 2x, 4x...
  const ep = new CoapEndpoint(tr, { clock, random: () => 0, ...options });
  return { ep, tr, clock, dev: tr.peer('10.0.0.1', 40000) };
}

/** A datagram built by coap-packet: the independent encoder for what "the device" sends. */
export function dgram(p: Packet): Buffer {
  return generate({ ...p }, 65_000);
}

/** Everything the endpoint sent since the last call, decoded by coap-packet. */
export function sent(tr: FakeTransport): ParsedPacket[] {
  return tr.take().map((s) => parse(s.datagram));
}

export function opt(p: ParsedPacket, name: string): Buffer | undefined {
  return p.options.find((o) => String(o.name) === name)?.value;
}

export function opts(p: ParsedPacket, name: string): string[] {
  return p.options.filter((o) => String(o.name) === name).map((o) => o.value.toString());
}

export function uri(path: string): (Option | NamedOption)[] {
  return path.split('/').filter(Boolean).map((s) => ({ name: 'Uri-Path' as const, value: Buffer.from(s) }));
}

export function uint(n: number): Buffer {
  if (n === 0) return Buffer.alloc(0);
  const bytes: number[] = [];
  while (n > 0) {
    bytes.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return Buffer.from(bytes);
}

export function readUint(b: Buffer | undefined): number | undefined {
  if (b === undefined) return undefined;
  let n = 0;
  for (const x of b) n = n * 256 + x;
  return n;
}

/** Block option value as RFC 7959 §2.2 lays it out, computed independently of src/. */
export function block(num: number, more: boolean, szx: number): Buffer {
  return uint(num * 16 + (more ? 8 : 0) + szx);
}

export function readBlock(b: Buffer | undefined): { num: number; more: boolean; szx: number } | undefined {
  const n = readUint(b);
  if (n === undefined) return undefined;
  return { num: Math.floor(n / 16), more: (n & 8) !== 0, szx: n & 7 };
}

/** Lets promise continuations run (the endpoint's async steps between datagrams). */
export async function flush(): Promise<void> {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}
