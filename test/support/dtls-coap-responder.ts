/**
 * A tiny CoAP responder for DTLS interop tests, written on coap-packet so the DTLS tests do
 * not depend on the project's CoAP layer: POST /rd -> 2.01 Created with Location-Path rd/N,
 * GET anything -> 2.05 with "hello <identity>". It records every request it saw.
 */
import { generate, parse } from 'coap-packet';
import type { DatagramTransport, Peer } from '../../src/net/datagram.js';

export interface SeenRequest {
  readonly peer: Peer;
  readonly code: string;
  readonly path: string;
  readonly query: string[];
  readonly payload: Buffer;
}

export function identityLabel(peer: Peer): string {
  const id = peer.identity;
  if (!id) return 'nosec';
  if (id.kind === 'psk') return `psk:${id.identity}`;
  if (id.kind === 'rpk') return `rpk:${id.publicKey.length}`;
  return `x509:${id.commonName}`;
}

export function attachCoapResponder(transport: DatagramTransport): SeenRequest[] {
  const seen: SeenRequest[] = [];
  let registrations = 0;
  transport.onDatagram((peer, datagram) => {
    let req;
    try {
      req = parse(datagram);
    } catch {
      return;
    }
    if (req.ack || req.reset) return;
    const path = req.options.filter((o) => o.name === 'Uri-Path').map((o) => o.value.toString()).join('/');
    const query = req.options.filter((o) => o.name === 'Uri-Query').map((o) => o.value.toString());
    seen.push({ peer, code: req.code, path, query, payload: req.payload });
    const reply =
      req.code === '0.02' && path === 'rd'
        ? { code: '2.01', options: [{ name: 'Location-Path' as const, value: Buffer.from('rd') }, { name: 'Location-Path' as const, value: Buffer.from(String(++registrations)) }], payload: Buffer.alloc(0) }
        : { code: '2.05', options: [], payload: Buffer.from(`hello ${identityLabel(peer)}`) };
    transport.send(
      peer,
      generate({ ...reply, messageId: req.messageId, token: req.token, ack: req.confirmable, confirmable: false }),
    );
  });
  return seen;
}
