/**
 * The server's first answers on the wire: HelloVerifyRequest layout (RFC 6347 §4.2.1),
 * ServerHello extensions (RFC 7627 EMS, RFC 5746 renegotiation_info), and the alerts for a
 * ClientHello the server cannot accept (version, compression, suites).
 */
import { describe, expect, it } from 'vitest';
import { AlertDescription, ContentType, DTLS_1_0, HandshakeType } from '../../../src/dtls/constants.js';
import { handshakeHeader, parseHandshakeFragments } from '../../../src/dtls/handshake-framing.js';
import { encodeRecord, parseRecords } from '../../../src/dtls/record.js';
import { MemoryDtlsLink } from '../../support/dtls-memory-link.js';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

function hello(opts: { version?: string; suites?: string; compression?: string; ext?: string; cookie?: Buffer }): Buffer {
  const cookie = opts.cookie ?? Buffer.alloc(0);
  const suites = hex(opts.suites ?? 'c0a8');
  const ext = hex(opts.ext ?? '');
  const body = Buffer.concat([
    hex(opts.version ?? 'fefd'),
    Buffer.alloc(32, 0x11),
    hex('00'),
    Buffer.from([cookie.length]),
    cookie,
    Buffer.from([suites.length >> 8, suites.length & 0xff]),
    suites,
    hex(opts.compression ?? '0100'),
    Buffer.from([ext.length >> 8, ext.length & 0xff]),
    ext,
  ]);
  return body;
}

function record(body: Buffer, messageSeq: number, recordSeq: number): Buffer {
  return encodeRecord(ContentType.handshake, 0xfefd, 0, recordSeq, Buffer.concat([handshakeHeader(1, body.length, messageSeq, 0, body.length), body]));
}

/** Runs the cookie exchange for a crafted hello and returns what the server answered to it. */
function exchange(link: MemoryDtlsLink, opts: Parameters<typeof hello>[0]): Buffer[] {
  link.server.handleDatagram(record(hello(opts), 0, 7), '127.0.0.1', 5000);
  const [hvr] = link.takeFromServer(5000);
  const frag = parseHandshakeFragments(parseRecords(hvr!, 0)[0]!.fragment)[0]!;
  const cookie = frag.body.subarray(3);
  link.server.handleDatagram(record(hello({ ...opts, cookie }), 1, 8), '127.0.0.1', 5000);
  return link.takeFromServer(5000);
}

const link = (): MemoryDtlsLink =>
  new MemoryDtlsLink({ credentials: { pskKey: async () => Buffer.alloc(16), verifyRawPublicKey: async () => false, verifyCertificateChain: async () => false } });

describe('HelloVerifyRequest and ServerHello on the wire', () => {
  it('HVR: record version {254,255}, the ClientHello record and message sequence echoed, 32-byte cookie', () => {
    const l = link();
    l.server.handleDatagram(record(hello({}), 0, 7), '127.0.0.1', 5000);
    const [d] = l.takeFromServer(5000);
    const [rec] = parseRecords(d!, 0);
    expect(rec).toMatchObject({ type: ContentType.handshake, version: DTLS_1_0, epoch: 0, sequence: 7 });
    const [f] = parseHandshakeFragments(rec!.fragment);
    expect(f).toMatchObject({ msgType: HandshakeType.helloVerifyRequest, messageSeq: 0, fragmentOffset: 0 });
    expect(f!.body.subarray(0, 3)).toEqual(hex('feff20'));
    expect(f!.body.length).toBe(3 + 32);
  });

  it('ServerHello: message_seq follows the ClientHello, echoes EMS and an empty renegotiation_info for the SCSV', () => {
    const l = link();
    const out = exchange(l, { suites: 'c0a8 00ff', ext: '0017 0000' });
    const recs = out.flatMap((d) => parseRecords(d, 0));
    expect(recs[0]!.sequence).toBe(8);
    const msgs = recs.flatMap((r) => parseHandshakeFragments(r.fragment));
    expect(msgs.map((m) => [m.msgType, m.messageSeq])).toEqual([
      [HandshakeType.serverHello, 1],
      [HandshakeType.serverHelloDone, 2],
    ]);
    const sh = msgs[0]!.body;
    expect(sh.subarray(0, 2)).toEqual(hex('fefd'));
    const sidLen = sh[34]!;
    expect(sidLen).toBe(32);
    const afterSid = 35 + sidLen;
    expect(sh.readUInt16BE(afterSid)).toBe(0xc0a8);
    expect(sh[afterSid + 2]).toBe(0);
    const ext = sh.subarray(afterSid + 5);
    expect(ext.toString('hex')).toContain('ff01000100');
    expect(ext.toString('hex')).toContain('00170000');
  });

  it('a DTLS 1.0-only client gets protocol_version', () => {
    const out = exchange(link(), { version: 'feff' });
    const alert = parseRecords(out[0]!, 0)[0]!;
    expect([alert.type, ...alert.fragment]).toEqual([ContentType.alert, 2, AlertDescription.protocolVersion]);
  });

  it('a client without null compression gets illegal_parameter', () => {
    const out = exchange(link(), { compression: '0101' });
    expect([...parseRecords(out[0]!, 0)[0]!.fragment]).toEqual([2, AlertDescription.illegalParameter]);
  });

  it('no common cipher suite gets handshake_failure and leaves no state', () => {
    const l = link();
    const out = exchange(l, { suites: 'c02f 009c' });
    expect([...parseRecords(out[0]!, 0)[0]!.fragment]).toEqual([2, AlertDescription.handshakeFailure]);
    expect(l.server.stats()).toMatchObject({ handshakesInProgress: 0, addressEntries: 0 });
  });
});
