import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { CredentialsLookup } from '../../../src/core/index.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { StandaloneCore } from '../../../src/standalone/standalone-core.js';
import { coreDtlsCredentials } from '../../../src/thingsboard/dtls-credentials.js';
import type { Logger } from '../../../src/thingsboard/logger.js';
import { RegistrationGate } from '../../../src/thingsboard/registration-gate.js';
import { coapClient, runPeer, type PeerRun } from '../../support/dtls-peers.js';
import { loadTestModels } from '../../support/models.js';
import { lwm2mProfileData, standaloneConfig } from '../../support/standalone-fixtures.js';

/**
 * Issue 5 item 4 over real DTLS (coap-client-gnutls) and plain CoAP (coap-client-notls) with the
 * embedded core: the Register's `ep` must belong to the identity the handshake proved, and a
 * device whose credentials are secure may not register over plain CoAP.
 */

const A = { id: '5b0c2a40-0000-4000-8000-0000000000e1', endpoint: 'bind-a', identity: 'bind-id-a', key: 'keyOfDeviceA0123' };
const B = { id: '5b0c2a40-0000-4000-8000-0000000000e2', endpoint: 'bind-b', identity: 'bind-id-b', key: 'keyOfDeviceB0123' };
const C = { id: '5b0c2a40-0000-4000-8000-0000000000e3', endpoint: 'bind-nosec' };
const BOOT = { bootstrapServer: { securityMode: 'NO_SEC' }, lwm2mServer: { securityMode: 'NO_SEC' } };

function pskCredentials(d: typeof A): string {
  const key = Buffer.from(d.key).toString('hex');
  return JSON.stringify({ client: { securityConfigClientMode: 'PSK', endpoint: d.endpoint, identity: d.identity, key }, bootstrap: BOOT });
}

interface Logged {
  readonly obj: object;
  readonly msg: string | undefined;
}

function capturingLogger(into: Logged[]): Logger {
  const push = (obj: object, msg?: string): void => {
    into.push({ obj, msg });
  };
  return { debug: () => undefined, info: () => undefined, warn: push, error: push };
}

let core: StandaloneCore;
const servers: Lwm2mServer[] = [];
const endpoints: CoapEndpoint[] = [];
let dtlsPort = 0;
let udpPort = 0;
const warnings: Logged[] = [];
const lookups: CredentialsLookup[] = [];

beforeAll(async () => {
  core = new StandaloneCore(
    standaloneConfig(lwm2mProfileData({ keyName: {}, telemetry: [], attribute: [], observe: [] }), [
      { id: A.id, endpoint: A.endpoint, credentials: pskCredentials(A) },
      { id: B.id, endpoint: B.endpoint, credentials: pskCredentials(B) },
      { id: C.id, endpoint: C.endpoint },
    ]),
  );
  await core.start();
  const models = await loadTestModels();
  const counted = {
    validateCredentials: (l: CredentialsLookup) => {
      lookups.push(l);
      return core.validateCredentials(l);
    },
  };
  const creds = coreDtlsCredentials(counted);
  const logger = capturingLogger(warnings);
  const dtls = await DtlsTransport.bind({ address: '127.0.0.1', port: 0, dtls: { credentials: creds, retransmissionTimeoutMs: 1000 } });
  const udp = await UdpTransport.bind('127.0.0.1', 0);
  dtlsPort = dtls.localPort();
  udpPort = udp.localPort();
  for (const t of [dtls, udp]) {
    const endpoint = new CoapEndpoint(t);
    // One gate per endpoint, both reading through the DTLS store (its cache serves the Register).
    const gate = new RegistrationGate(core, logger, creds);
    const server = new Lwm2mServer({ endpoint, models, acceptRegistration: gate.accept });
    server.start();
    endpoints.push(endpoint);
    servers.push(server);
  }
});

afterAll(async () => {
  for (const s of servers) s.stop();
  for (const e of endpoints) await e.close();
  await core?.stop();
});

const REGISTER = ['-m', 'post', '-t', '40', '-e', '</1/0>,</3/0>'];

function registerDtls(identity: string, key: string, ep: string): Promise<PeerRun> {
  return coapClient('gnutls', ['-u', identity, '-k', key, ...REGISTER, `coaps://127.0.0.1:${dtlsPort}/rd?ep=${ep}&lt=60&lwm2m=1.1`]);
}

function registerPlain(ep: string): Promise<PeerRun> {
  return runPeer('coap-client-notls', ['-B', '5', ...REGISTER, `coap://127.0.0.1:${udpPort}/rd?ep=${ep}&lt=60&lwm2m=1.1`]);
}

const [dtlsServer, udpServer] = [() => servers[0]!, () => servers[1]!];

describe('identity binding at Register', () => {
  it('registers a PSK device under its own endpoint, asking the core once for handshake and Register', async () => {
    const before = lookups.length;
    const run = await registerDtls(A.identity, A.key, A.endpoint);
    expect(run.code).toBe(0);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/4\.0\d/);
    const reg = dtlsServer().registrations.getByEndpoint(A.endpoint);
    expect(reg?.peer.identity).toEqual({ kind: 'psk', identity: A.identity });
    expect(lookups.slice(before)).toEqual([{ kind: 'psk', identity: A.identity }]);
  });

  it("refuses a PSK identity registering another device's endpoint with 4.03 and logs it", async () => {
    const run = await registerDtls(A.identity, A.key, B.endpoint);
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/4\.03/);
    expect(dtlsServer().registrations.getByEndpoint(B.endpoint)).toBeUndefined();
    const logged = warnings.find((w) => (w.obj as { endpoint?: string }).endpoint === B.endpoint);
    expect(logged?.msg).toBe('Client registration failed');
    expect((logged?.obj as { reason?: string }).reason).toMatch(/bind-b/);
  });

  it('lets the other device register with its own identity afterwards', async () => {
    const run = await registerDtls(B.identity, B.key, B.endpoint);
    expect(run.code).toBe(0);
    expect(dtlsServer().registrations.getByEndpoint(B.endpoint)?.peer.identity).toEqual({ kind: 'psk', identity: B.identity });
  });

  it('refuses a PSK-credentialed device registering over plain CoAP (4.03), accepts a NoSec one', async () => {
    const refused = await registerPlain(A.endpoint);
    expect(`${refused.stdout}\n${refused.stderr}`).toMatch(/4\.03/);
    expect(udpServer().registrations.getByEndpoint(A.endpoint)).toBeUndefined();
    const reason = warnings.map((w) => (w.obj as { reason?: string }).reason).find((r) => r?.includes('must connect with PSK'));
    expect(reason).toBe(`endpoint ${A.endpoint} must connect with PSK`);

    const accepted = await registerPlain(C.endpoint);
    expect(accepted.code).toBe(0);
    expect(udpServer().registrations.getByEndpoint(C.endpoint)?.peer.secure).toBe(false);
  });

  it('gives a wrong key no session and no registration', async () => {
    // libcoap exits 0 even when the handshake fails, so the proof is on the server side.
    const run = await registerDtls(A.identity, 'wrongKeyWrongKey', A.endpoint + '-x');
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/2\.01/);
    expect(dtlsServer().registrations.getByEndpoint(A.endpoint + '-x')).toBeUndefined();
  });
});
