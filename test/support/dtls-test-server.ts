/**
 * Starts a DtlsTransport on 127.0.0.1:0 with a CoAP responder and an in-memory credential
 * store, for interop and end-to-end tests.
 */
import { createPublicKey, type X509Certificate } from 'node:crypto';
import type { DtlsCredentialStore } from '../../src/dtls/credentials.js';
import type { DtlsServerConfig } from '../../src/dtls/config.js';
import { commonNameOf } from '../../src/dtls/credentials.js';
import { loadServerIdentityFromPem, parsePemCertificates } from '../../src/dtls/server-identity.js';
import { DtlsTransport } from '../../src/net/dtls-transport.js';
import { attachCoapResponder, type SeenRequest } from './dtls-coap-responder.js';
import type { DtlsTestPki } from './dtls-fixtures.js';

export const TEST_PSK_IDENTITY = 'dev1';
/** ASCII so libcoap's -k (which takes the key as text) and openssl's -psk (hex) agree. */
export const TEST_PSK = Buffer.from('secretPSK0123456');

export interface TestCredentialLog {
  readonly rpk: Buffer[];
  readonly chains: Array<{ cn: string; trusted: boolean }>;
  readonly pskLookups: string[];
}

/** Accepts dev1's PSK, the PKI's client key as RPK, and CN client-ep chains anchored in the CA. */
export function testCredentialStore(pki: DtlsTestPki | undefined, log: TestCredentialLog): DtlsCredentialStore {
  const clientSpki = pki ? createPublicKey(pki.clientKeyPem).export({ type: 'spki', format: 'der' }) : undefined;
  return {
    pskKey: async (identity) => {
      log.pskLookups.push(identity);
      return identity === TEST_PSK_IDENTITY ? TEST_PSK : undefined;
    },
    verifyRawPublicKey: async (spki) => {
      log.rpk.push(spki);
      return clientSpki !== undefined && spki.equals(clientSpki);
    },
    verifyCertificateChain: async (chain: readonly X509Certificate[], trusted) => {
      const cn = commonNameOf(chain[0]!);
      log.chains.push({ cn, trusted });
      return trusted && cn === 'client-ep';
    },
  };
}

export interface RunningDtlsServer {
  readonly transport: DtlsTransport;
  readonly port: number;
  readonly seen: SeenRequest[];
  readonly log: TestCredentialLog;
  close(): Promise<void>;
}

export async function startDtlsTestServer(pki: DtlsTestPki | undefined, extra: Partial<DtlsServerConfig> = {}): Promise<RunningDtlsServer> {
  const log: TestCredentialLog = { rpk: [], chains: [], pskLookups: [] };
  const transport = await DtlsTransport.bind({
    address: '127.0.0.1',
    port: 0,
    dtls: {
      credentials: testCredentialStore(pki, log),
      ...(pki
        ? {
            serverIdentity: loadServerIdentityFromPem(pki.serverCertPem, pki.serverKeyPem),
            trustStore: parsePemCertificates(pki.caPem),
          }
        : {}),
      retransmissionTimeoutMs: 1000,
      ...extra,
    },
  });
  const seen = attachCoapResponder(transport);
  return { transport, port: transport.localPort(), seen, log, close: () => transport.close() };
}
