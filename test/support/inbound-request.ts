import type { InboundRequest } from '../../src/coap/types.js';
import type { Peer, PeerIdentity } from '../../src/net/datagram.js';

/** A Peer on 127.0.0.1; with an identity it stands for a DTLS peer. */
export function testPeer(port: number, identity?: PeerIdentity): Peer {
  return identity === undefined
    ? { key: `127.0.0.1:${port}`, address: '127.0.0.1', port, secure: false }
    : { key: `dtls:127.0.0.1:${port}`, address: '127.0.0.1', port, secure: true, identity };
}

/**
 * A request as the CoAP layer hands it to a handler, for tests that drive request handlers
 * directly. `path` is split on "/"; a payload defaults to link-format (40), as Register sends.
 */
export function inboundRequest(
  peer: Peer,
  method: InboundRequest['method'],
  path: string,
  query: string[] = [],
  payload = '',
  contentFormat: number | undefined = payload === '' ? undefined : 40,
): InboundRequest {
  const base = {
    peer,
    method,
    uriPath: path.split('/').filter((s) => s !== ''),
    uriQuery: query,
    payload: Buffer.from(payload),
    token: Buffer.from([1, 2]),
    confirmable: true,
    options: [],
  };
  return contentFormat === undefined ? base : { ...base, contentFormat };
}
