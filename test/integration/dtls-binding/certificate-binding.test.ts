import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { buildDtlsServerConfig, readDtlsConfig } from '../../../src/config/dtls-config.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { StandaloneCore } from '../../../src/standalone/standalone-core.js';
import { coreDtlsCredentials } from '../../../src/thingsboard/dtls-credentials.js';
import { silentLogger } from '../../../src/thingsboard/logger.js';
import { RegistrationGate } from '../../../src/thingsboard/registration-gate.js';
import { makeDtlsTestPki, type DtlsTestPki } from '../../support/dtls-fixtures.js';
import { coapClient, type PeerRun } from '../../support/dtls-peers.js';
import { loadTestModels } from '../../support/models.js';
import { lwm2mProfileData, standaloneConfig } from '../../support/standalone-fixtures.js';

/**
 * Issue 5 item 4 for certificate identities, over coap-client-gnutls with the embedded core and
 * the server configured from ThingsBoard's variables (buildDtlsServerConfig): an X.509 client
 * may register only the endpoint named by its certificate's CN; an RPK client only the endpoint
 * whose stored SubjectPublicKeyInfo is its key.
 */

const BOOT = { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } };
const body = (client: Record<string, unknown>): string => JSON.stringify({ client, bootstrap: BOOT });

let pki: DtlsTestPki;
let core: StandaloneCore;
let endpoint: CoapEndpoint;
let server: Lwm2mServer;
let port = 0;

beforeAll(async () => {
  pki = makeDtlsTestPki('client-ep');
  const clientSpki = createPublicKey(pki.clientKeyPem).export({ type: 'spki', format: 'der' }).toString('base64');
  const otherSpki = generateKeyPairSync('ec', { namedCurve: 'prime256v1' }).publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  core = new StandaloneCore(
    standaloneConfig(lwm2mProfileData({ keyName: {}, telemetry: [], attribute: [], observe: [] }), [
      // Blank cert: identified by the CN of a chain the trust store verifies (features doc item 56).
      { id: '5b0c2a40-0000-4000-8000-0000000000f1', endpoint: 'client-ep', credentials: body({ securityConfigClientMode: 'X509', endpoint: 'client-ep', cert: '' }) },
      { id: '5b0c2a40-0000-4000-8000-0000000000f2', endpoint: 'rpk-ep', credentials: body({ securityConfigClientMode: 'RPK', endpoint: 'rpk-ep', key: clientSpki }) },
      { id: '5b0c2a40-0000-4000-8000-0000000000f3', endpoint: 'rpk-other', credentials: body({ securityConfigClientMode: 'RPK', endpoint: 'rpk-other', key: otherSpki }) },
    ]),
  );
  await core.start();
  const creds = coreDtlsCredentials(core);
  const cfg = readDtlsConfig({
    LWM2M_SERVER_CREDENTIALS_ENABLED: 'true',
    LWM2M_SERVER_PEM_CERT: pki.files.serverCert,
    LWM2M_SERVER_PEM_KEY: pki.files.serverKey,
    LWM2M_TRUST_CREDENTIALS_ENABLED: 'true',
    LWM2M_TRUST_PEM_CERT: pki.files.ca,
    LWM2M_DTLS_RETRANSMISSION_TIMEOUT_MS: '1000',
  });
  const transport = await DtlsTransport.bind({ address: '127.0.0.1', port: 0, dtls: buildDtlsServerConfig(cfg, creds, (p) => readFileSync(p)) });
  port = transport.localPort();
  endpoint = new CoapEndpoint(transport);
  const gate = new RegistrationGate(core, silentLogger, creds);
  server = new Lwm2mServer({ endpoint, models: await loadTestModels(), acceptRegistration: gate.accept });
  server.start();
});

afterAll(async () => {
  server?.stop();
  await endpoint?.close();
  await core?.stop();
  pki?.cleanup();
});

const REGISTER = ['-m', 'post', '-t', '40', '-e', '</1/0>,</3/0>'];
const url = (ep: string): string => `coaps://127.0.0.1:${port}/rd?ep=${ep}&lt=60&lwm2m=1.1`;
const x509 = (ep: string): Promise<PeerRun> => coapClient('gnutls', ['-c', pki.files.clientCert, '-j', pki.files.clientKey, '-C', pki.files.ca, ...REGISTER, url(ep)]);
const rpk = (ep: string): Promise<PeerRun> => coapClient('gnutls', ['-M', pki.files.clientKeySec1, ...REGISTER, url(ep)]);
const out = (r: PeerRun): string => `${r.stdout}\n${r.stderr}`;

describe('certificate identities bound to the Register endpoint', () => {
  it('X.509: registers the endpoint named by the certificate CN', async () => {
    const run = await x509('client-ep');
    expect(out(run)).not.toMatch(/4\.0\d/);
    const reg = server.registrations.getByEndpoint('client-ep');
    expect(reg?.peer.identity).toMatchObject({ kind: 'x509', commonName: 'client-ep', trusted: true });
  });

  it("X.509: refuses another device's endpoint with 4.03", async () => {
    expect(out(await x509('rpk-ep'))).toMatch(/4\.03/);
    expect(server.registrations.getByEndpoint('rpk-ep')).toBeUndefined();
  });

  it('RPK: registers the endpoint whose stored key it holds, and no other (4.03)', async () => {
    expect(out(await rpk('rpk-other'))).toMatch(/4\.03/);
    expect(server.registrations.getByEndpoint('rpk-other')).toBeUndefined();
    const run = await rpk('rpk-ep');
    expect(out(run)).not.toMatch(/4\.0\d/);
    expect(server.registrations.getByEndpoint('rpk-ep')?.peer.identity?.kind).toBe('rpk');
  });
});
