import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import { fail, ok, type CoreResult, type OtaPackageInfo, type OtaPackageType } from '../../../src/core/core-types.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { StandaloneCore } from '../../../src/standalone/standalone-core.js';
import { silentLogger } from '../../../src/thingsboard/logger.js';
import { createLwm2mTransport, type Lwm2mTransport } from '../../../src/thingsboard/lwm2m-transport.js';
import { OtaCoordinator } from '../../../src/thingsboard/ota/ota-coordinator.js';
import { RegistrationGate } from '../../../src/thingsboard/registration-gate.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { loadTestModels } from '../../support/models.js';
import { lwm2mProfileData, NOSEC_DEVICE_ID, standaloneConfig } from '../../support/standalone-fixtures.js';
import { packageOf, until, type TestPackage } from './ota-harness.js';

/** The embedded core with OTA packages in memory (the embedded core itself has none yet). */
class OtaCore extends StandaloneCore {
  readonly packages = new Map<OtaPackageType, TestPackage>();
  override async getOtaPackage(_t?: string, _d?: string, type?: OtaPackageType): Promise<CoreResult<OtaPackageInfo>> {
    const p = type === undefined ? undefined : this.packages.get(type);
    return p === undefined ? fail('not-found', 'none') : ok(p.info);
  }
  override async readOtaPackageData(packageId?: string): Promise<CoreResult<Uint8Array>> {
    const p = [...this.packages.values()].find((x) => x.info.packageId === packageId);
    return p === undefined ? fail('not-found', 'none') : ok(p.bytes);
  }
}

/**
 * The whole chain: simulated device ↔ LwM2M server ↔ ThingsBoard behaviour (Lwm2mTransport with
 * the OTA coordinator hooked in) ↔ the embedded core. Firmware assigned before the device
 * registers, software assigned later by a shared-attribute update; fw_state/sw_state and
 * transportLog land in the core's telemetry.
 */
describe('OTA through Lwm2mTransport and the embedded core', () => {
  let core: OtaCore;
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let transport: Lwm2mTransport;
  let coordinator: OtaCoordinator;
  let device: SimulatedDevice | undefined;
  const fw = packageOf('FIRMWARE', '0da00000-0000-4000-8000-000000000001', 64_000, 'pkg-64000');
  const sw = packageOf('SOFTWARE', '0da00000-0000-4000-8000-000000000002', 8_000, '7.0.0');

  beforeAll(async () => {
    core = new OtaCore(
      standaloneConfig(lwm2mProfileData({ observe: [], attribute: [], telemetry: [], keyName: {} }), [{ id: NOSEC_DEVICE_ID, endpoint: 'chain-ota' }], {
        sharedAttributes: { [NOSEC_DEVICE_ID]: { fw_title: 'firmware', fw_version: 'pkg-64000' } },
      }),
    );
    core.packages.set('FIRMWARE', fw);
    core.packages.set('SOFTWARE', sw);
    await core.start();
    const models = await loadTestModels();
    const udp = await UdpTransport.bind('127.0.0.1', 0);
    endpoint = new CoapEndpoint(udp, { timing: { ackTimeoutMs: 300, maxRetransmit: 2 } });
    const gate = new RegistrationGate(core, silentLogger);
    let coord: OtaCoordinator | undefined;
    server = new Lwm2mServer({ endpoint, models, acceptRegistration: gate.accept, requestTimeoutMs: 10_000, fallback: (req) => (coord as OtaCoordinator).downloadHandler()(req) });
    coordinator = new OtaCoordinator({ core, server, requestTimeoutMs: 10_000 });
    coord = coordinator;
    coordinator.start();
    server.start();
    transport = createLwm2mTransport({ core, server, models, gate, ota: coordinator, config: { requestTimeoutMs: 10_000 } });
    device = new SimulatedDevice({ endpoint: 'chain-ota', serverUrl: `coap://127.0.0.1:${udp.localPort()}`, firmwareStepMs: 20 });
  });
  afterAll(async () => {
    await device?.stop();
    await transport.stop();
    coordinator.stop();
    server.stop();
    await endpoint.close();
    await core.stop();
  });

  const history = (key: string): string[] => core.uplink.telemetryHistory(NOSEC_DEVICE_ID, key).map((v) => String(v.value));

  it('updates the firmware assigned at registration and the software assigned afterwards', async () => {
    await device?.start();
    await until(() => history('fw_state').includes('UPDATED'), 15_000);
    expect(history('fw_state')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
    expect(history('transportLog')).toContain('Firmware Update Result: UPDATE_SUCCESSFULLY');

    core.updateSharedAttributes(NOSEC_DEVICE_ID, { sw_title: 'app', sw_version: '7.0.0' });
    await until(() => history('sw_state').includes('UPDATED'), 15_000);
    expect(history('sw_state')).toEqual(['DOWNLOADING', 'DOWNLOADING', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATED']);
  });
});
