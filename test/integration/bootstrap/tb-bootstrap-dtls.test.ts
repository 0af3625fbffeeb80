import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { CorePort } from '../../../src/core/core-port.js';
import { fail, ok, type CredentialsLookup, type DeviceInfo } from '../../../src/core/core-types.js';
import type { BootstrapServer } from '../../../src/lwm2m/bootstrap/bootstrap-server.js';
import type { BootstrapEvent } from '../../../src/lwm2m/bootstrap/bootstrap-session.js';
import { createBuiltinRegistry } from '../../../src/lwm2m/model/builtin/index.js';
import { DtlsTransport } from '../../../src/net/dtls-transport.js';
import { startThingsboardBootstrap } from '../../../src/thingsboard/bootstrap/bootstrap-service.js';
import { coreDtlsCredentials } from '../../../src/thingsboard/dtls-credentials.js';
import { coapClient } from '../../support/dtls-peers.js';

/**
 * The Bootstrap Server on a DTLS endpoint (the 5688 role) with the core-backed PSK lookup:
 * features doc #61, the PSK handshake uses the client's PSK identity and key, the identity must
 * belong to the endpoint named in `ep`, and the bootstrap credentials must ask for PSK.
 * coap-client-gnutls sends the Bootstrap-Request (it does not play the rest of the session).
 */
const EP = 'bs-dtls-dev';
const ID = 'bs-dtls-id';
const KEY = Buffer.from('bootstrapKey0123');

const device: DeviceInfo = { tenantId: 't', deviceId: 'd', deviceName: EP, deviceType: 'x', deviceProfileId: 'p', isGateway: false };

describe('bootstrap over DTLS (PSK)', () => {
  let endpoint: CoapEndpoint;
  let server: BootstrapServer;
  let port: number;
  const lookups: CredentialsLookup[] = [];
  const events: BootstrapEvent[] = [];

  const core: Pick<CorePort, 'validateCredentials' | 'getDeviceProfile'> = {
    validateCredentials: async (lookup) => {
      lookups.push(lookup);
      if (lookup.kind !== 'psk' || lookup.identity !== ID) return fail('not-found', 'unknown');
      return ok({
        device,
        credentialsBody: JSON.stringify({
          client: { securityConfigClientMode: 'PSK', endpoint: EP, identity: ID, key: KEY.toString('hex') },
          bootstrap: {
            bootstrapServer: { securityMode: 'PSK', clientPublicKeyOrId: ID, clientSecretKey: KEY.toString('hex') },
            lwm2mServer: { securityMode: 'NO_SEC' },
          },
        }),
      });
    },
    getDeviceProfile: async () =>
      ok({
        id: 'p',
        tenantId: 't',
        name: 'p',
        type: 'DEFAULT',
        transportType: 'LWM2M',
        provisionType: 'DISABLED',
        isDefault: false,
        profileData: {
          transportConfiguration: {
            type: 'LWM2M',
            bootstrap: [{ securityMode: 'NO_SEC', bootstrapServerIs: false, host: '127.0.0.1', port: 5685, shortServerId: 1 }],
          },
        },
      }),
  };

  beforeAll(async () => {
    const transport = await DtlsTransport.bind({
      address: '127.0.0.1',
      port: 0,
      dtls: { credentials: coreDtlsCredentials(core), retransmissionTimeoutMs: 1000 },
    });
    port = transport.localPort();
    endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 300, maxRetransmit: 0 } });
    server = startThingsboardBootstrap({
      core,
      endpoint,
      models: createBuiltinRegistry(),
      log: () => undefined,
      onEvent: (e) => events.push(e),
      requestTimeoutMs: 500,
    });
  });
  afterAll(async () => {
    server.stop();
    await endpoint.close();
  });

  const request = (ep: string) => coapClient('gnutls', ['-u', ID, '-k', KEY.toString('utf8'), '-m', 'post', `coaps://127.0.0.1:${port}/bs?ep=${ep}`]);

  it('accepts the Bootstrap-Request of the PSK identity bound to the endpoint and starts a session', async () => {
    const run = await request(EP);
    expect(run.code).toBe(0);
    expect(lookups.filter((l) => l.kind === 'psk').every((l) => l.kind === 'psk' && l.identity === ID)).toBe(true);
    expect(events[0]).toMatchObject({ type: 'started', endpoint: EP });
    expect(events[0]?.type === 'started' && events[0].peer.identity).toEqual({ kind: 'psk', identity: ID });
  });

  it('refuses the same identity asking for another endpoint name (4.03)', async () => {
    const before = events.length;
    const run = await request('someone-else');
    expect(`${run.stdout}\n${run.stderr}`).toMatch(/4\.03/);
    expect(events.slice(before).some((e) => e.type === 'started')).toBe(false);
  });
});
