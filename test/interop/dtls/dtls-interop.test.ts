/**
 * Interop of the TypeScript DTLS 1.2 server with independent DTLS implementations installed on
 * this machine: OpenSSL (s_client), libcoap over GnuTLS and over OpenSSL, and node-dtls-client.
 * Each test completes a handshake and exchanges CoAP: a Register (POST /rd?ep=..) answered 2.01,
 * or a GET whose 2.05 payload names the identity the handshake proved.
 */
import { createPublicKey } from 'node:crypto';
import { generate, parse } from 'coap-packet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';
import { coapClient, nodeDtlsClientExchange, runPeer } from '../../support/dtls-peers.js';
import { startDtlsTestServer, TEST_PSK, TEST_PSK_IDENTITY, type RunningDtlsServer } from '../../support/dtls-test-server.js';

let pki: DtlsTestPki;
let srv: RunningDtlsServer;

beforeAll(async () => {
  pki = makeDtlsTestPki();
  srv = await startDtlsTestServer(pki);
});

afterAll(async () => {
  await srv?.close();
  pki?.cleanup();
});

function registerRequest(ep: string, mid = 0x1234): Buffer {
  return generate({
    code: 'POST',
    messageId: mid,
    token: Buffer.from([0xab, 0xcd]),
    confirmable: true,
    options: [
      { name: 'Uri-Path', value: Buffer.from('rd') },
      { name: 'Uri-Query', value: Buffer.from(`ep=${ep}`) },
      { name: 'Uri-Query', value: Buffer.from('lt=300') },
    ],
    payload: Buffer.from('</1/0>,</3/0>'),
  });
}

async function sClient(args: string[], stdin: Buffer) {
  return runPeer('openssl', ['s_client', '-dtls1_2', '-quiet', '-connect', `127.0.0.1:${srv.port}`, ...args], {
    stdin,
    // -quiet implies -ign_eof: s_client keeps reading until killed; 2.5 s is plenty on loopback.
    timeoutMs: 2500,
  });
}

describe('openssl s_client -dtls1_2', () => {
  for (const cipher of ['PSK-AES128-CCM8', 'PSK-AES128-CBC-SHA256']) {
    it(`PSK ${cipher}: handshake, CoAP Register answered 2.01`, async () => {
      const before = srv.seen.length;
      const run = await sClient(['-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY, '-cipher', cipher], registerRequest('psk-ep'));
      const reply = parse(run.stdoutBytes);
      expect(reply.code).toBe('2.01');
      expect(reply.messageId).toBe(0x1234);
      const req = srv.seen.slice(before).find((s) => s.path === 'rd');
      expect(req?.query).toContain('ep=psk-ep');
      expect(req?.peer.secure).toBe(true);
      expect(req?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
    });
  }

  it('CBC: Encrypt-then-MAC (RFC 7366) is negotiated with OpenSSL by default', async () => {
    const run = await runPeer(
      'openssl',
      ['s_client', '-dtls1_2', '-tlsextdebug', '-connect', `127.0.0.1:${srv.port}`, '-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY, '-cipher', 'PSK-AES128-CBC-SHA256'],
      { stdin: '', keepStdinOpenMs: 500, timeoutMs: 5000 },
    );
    expect(run.stdout).toMatch(/Cipher is PSK-AES128-CBC-SHA256/);
    expect(run.stdout).toMatch(/server extension "encrypt-then-mac"/);
  });

  it('CBC with -no_etm (MAC-then-encrypt): Register answered 2.01', async () => {
    const run = await sClient(['-no_etm', '-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY, '-cipher', 'PSK-AES128-CBC-SHA256'], registerRequest('psk-mte'));
    expect(parse(run.stdoutBytes).code).toBe('2.01');
  });

  for (const cipher of ['ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES128-GCM-SHA256']) {
    it(`X.509 ${cipher}: server chain verifies against the CA, client cert CN becomes the identity`, async () => {
      const before = srv.seen.length;
      const run = await sClient(
        ['-cert', pki.files.clientCert, '-key', pki.files.clientKey, '-CAfile', pki.files.ca, '-verify_return_error', '-cipher', cipher],
        registerRequest('client-ep'),
      );
      expect(parse(run.stdoutBytes).code).toBe('2.01');
      const req = srv.seen.slice(before).find((s) => s.path === 'rd');
      expect(req?.peer.identity?.kind).toBe('x509');
      expect(req?.peer.identity?.kind === 'x509' && req.peer.identity.commonName).toBe('client-ep');
    });
  }

  it('a wrong PSK gets a fatal alert and leaves no session', async () => {
    const failedBefore = srv.transport.server.stats().handshakesFailed;
    const run = await sClient(['-psk', Buffer.from('wrongPSK01234567').toString('hex'), '-psk_identity', TEST_PSK_IDENTITY, '-cipher', 'PSK-AES128-CCM8'], registerRequest('x'));
    expect(run.stderr).toMatch(/alert/i);
    expect(run.stdoutBytes.length).toBe(0);
    expect(srv.transport.server.stats().handshakesFailed).toBe(failedBefore + 1);
  });

  it('an unknown PSK identity gets the same fatal alert as a wrong key (RFC 4279 §2)', async () => {
    const run = await sClient(['-psk', TEST_PSK.toString('hex'), '-psk_identity', 'nobody', '-cipher', 'PSK-AES128-CCM8'], registerRequest('x'));
    expect(run.stderr).toMatch(/alert bad record mac/i);
    expect(run.stdoutBytes.length).toBe(0);
    expect(srv.log.pskLookups).toContain('nobody');
  });

  it('a client certificate outside the trust store is refused', async () => {
    const run = await sClient(['-cert', pki.files.strangerCert, '-key', pki.files.strangerKey, '-CAfile', pki.files.ca, '-cipher', 'ECDHE-ECDSA-AES128-CCM8'], registerRequest('x'));
    expect(run.stderr).toMatch(/alert/i);
    expect(run.stdoutBytes.length).toBe(0);
    expect(srv.log.chains).toContainEqual({ cn: 'stranger', trusted: false });
  });
});

describe('libcoap coap-client-gnutls', () => {
  it('PSK: Register answered 2.01', async () => {
    const before = srv.seen.length;
    const run = await coapClient('gnutls', ['-u', TEST_PSK_IDENTITY, '-k', TEST_PSK.toString(), '-m', 'post', '-e', '</1/0>', `coaps://127.0.0.1:${srv.port}/rd?ep=gnutls-psk`]);
    expect(run.code).toBe(0);
    const req = srv.seen.slice(before).find((s) => s.path === 'rd');
    expect(req?.query).toEqual(['ep=gnutls-psk']);
    expect(req?.peer.identity).toEqual({ kind: 'psk', identity: TEST_PSK_IDENTITY });
  });

  it('RPK (RFC 7250): both sides use raw public keys; the client key reaches the callback', async () => {
    const run = await coapClient('gnutls', ['-M', pki.files.clientKeySec1, `coaps://127.0.0.1:${srv.port}/who`]);
    expect(run.stdout.trim()).toBe('hello rpk:91');
    const clientSpki = createPublicKey(pki.clientKeyPem).export({ type: 'spki', format: 'der' });
    expect(srv.log.rpk.some((k) => k.equals(clientSpki))).toBe(true);
  });

  it('X.509 with client certificate', async () => {
    const run = await coapClient('gnutls', ['-c', pki.files.clientCert, '-j', pki.files.clientKey, '-C', pki.files.ca, `coaps://127.0.0.1:${srv.port}/who`]);
    expect(run.stdout.trim()).toBe('hello x509:client-ep');
  });
});

describe('libcoap coap-client-openssl', () => {
  it('PSK GET', async () => {
    const run = await coapClient('openssl', ['-u', TEST_PSK_IDENTITY, '-k', TEST_PSK.toString(), `coaps://127.0.0.1:${srv.port}/who`]);
    expect(run.stdout.trim()).toBe(`hello psk:${TEST_PSK_IDENTITY}`);
  });

  it('X.509 GET', async () => {
    const run = await coapClient('openssl', ['-c', pki.files.clientCert, '-j', pki.files.clientKey, '-C', pki.files.ca, `coaps://127.0.0.1:${srv.port}/who`]);
    expect(run.stdout.trim()).toBe('hello x509:client-ep');
  });
});

describe('node-dtls-client 2.0.3', () => {
  for (const cipher of ['TLS_PSK_WITH_AES_128_CCM_8', 'TLS_PSK_WITH_AES_128_CBC_SHA256'] as const) {
    it(`PSK ${cipher}: Register answered 2.01`, async () => {
      const reply = await nodeDtlsClientExchange({
        port: srv.port,
        identity: TEST_PSK_IDENTITY,
        psk: TEST_PSK,
        datagram: registerRequest('ndc-ep', 7),
        ciphers: [cipher],
      });
      const p = parse(reply);
      expect(p.code).toBe('2.01');
      expect(p.messageId).toBe(7);
    });
  }
});

describe('fragmentation and resumption with openssl s_client', () => {
  it('a server flight fragmented to a 300-byte datagram size (certificate chain) is reassembled by OpenSSL', async () => {
    const small = await startDtlsTestServer(pki, { maxDatagramSize: 300 });
    try {
      const run = await runPeer(
        'openssl',
        ['s_client', '-dtls1_2', '-quiet', '-connect', `127.0.0.1:${small.port}`, '-cert', pki.files.clientCert, '-key', pki.files.clientKey, '-CAfile', pki.files.ca, '-verify_return_error', '-cipher', 'ECDHE-ECDSA-AES128-CCM8', '-mtu', '300'],
        { stdin: registerRequest('client-ep'), timeoutMs: 2500 },
      );
      expect(parse(run.stdoutBytes).code).toBe('2.01');
    } finally {
      await small.close();
    }
  });

  it('resumes a session by id (abbreviated handshake) with -sess_out / -sess_in', async () => {
    const sess = `${pki.dir}/psk.sess`;
    const args = ['s_client', '-dtls1_2', '-connect', `127.0.0.1:${srv.port}`, '-psk', TEST_PSK.toString('hex'), '-psk_identity', TEST_PSK_IDENTITY, '-cipher', 'PSK-AES128-CCM8'];
    const first = await runPeer('openssl', [...args, '-sess_out', sess], { stdin: '', keepStdinOpenMs: 500, timeoutMs: 5000 });
    expect(first.stdout).toMatch(/^New, /m);
    const second = await runPeer('openssl', [...args, '-sess_in', sess], { stdin: '', keepStdinOpenMs: 500, timeoutMs: 5000 });
    expect(second.stdout).toMatch(/^Reused, /m);
  });
});
