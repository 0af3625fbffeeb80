import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CoapEndpoint } from '../../../src/coap/endpoint.js';
import type { CoreEventListener } from '../../../src/core/core-events.js';
import { fail, ok, type DeviceInfo, type OtaPackageInfo, type TelemetryBatch, type TsKvEntry } from '../../../src/core/core-types.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import { UdpTransport } from '../../../src/net/udp-transport.js';
import { OtaCoordinator } from '../../../src/thingsboard/ota/ota-coordinator.js';
import { parseProfileTransport } from '../../../src/thingsboard/profile-config.js';
import { SimulatedDevice } from '../../../tools/simulator/index.js';
import { loadTestModels } from '../../support/models.js';
import { packageOf, until } from './ota-harness.js';

/**
 * The coordinator as the ThingsBoard layer uses it: attach on registration, fw_ and sw_
 * attributes fetched from the core port at attach and pushed later as events, the OTA
 * resources observed by the coordinator itself, and fw_state/sw_state posted together with
 * their transportLog line in one telemetry message (features doc #74).
 */
describe('OTA coordinator over a core port', () => {
  let endpoint: CoapEndpoint;
  let server: Lwm2mServer;
  let coordinator: OtaCoordinator;
  let url: string;
  let listener: CoreEventListener | undefined;
  const telemetry: Array<{ sessionId: string; batch: TelemetryBatch }> = [];
  const logLines: string[] = [];
  const fw = packageOf('FIRMWARE', 'c0ffee00-0000-4000-8000-000000000001', 30_000, 'pkg-30000');
  const sw = packageOf('SOFTWARE', 'c0ffee00-0000-4000-8000-000000000002', 10_000, '9.0.0');
  const devices: SimulatedDevice[] = [];
  const shared = (ts: number, entries: Record<string, string>): TsKvEntry[] =>
    Object.entries(entries).map(([key, value]) => ({ key, type: 'string' as const, value, ts }));

  beforeAll(async () => {
    const models = await loadTestModels();
    const transport = await UdpTransport.bind('127.0.0.1', 0);
    endpoint = new CoapEndpoint(transport, { timing: { ackTimeoutMs: 500, maxRetransmit: 3 } });
    url = `coap://127.0.0.1:${transport.localPort()}`;
    const packages = [fw, sw];
    const core = {
      getOtaPackage: async (_t: string, _d: string, type: string) => {
        const p = packages.find((x) => x.info.type === type);
        return p === undefined ? fail<OtaPackageInfo>('not-found', 'none') : ok(p.info);
      },
      readOtaPackageData: async (id: string) => {
        const p = packages.find((x) => x.info.packageId === id);
        return p === undefined ? fail<Uint8Array>('not-found', 'none') : ok<Uint8Array>(p.bytes);
      },
      requestAttributes: async () => ok({ client: [], shared: shared(1, { fw_title: 'firmware', fw_version: 'pkg-30000' }) }),
      postTelemetry: async (sessionId: string, batches: TelemetryBatch[]) => {
        for (const batch of batches) telemetry.push({ sessionId, batch });
        return ok(undefined);
      },
      onEvent: (l: CoreEventListener) => {
        listener = l;
        return () => (listener = undefined);
      },
    };
    let coord: OtaCoordinator | undefined;
    server = new Lwm2mServer({ endpoint, models, requestTimeoutMs: 30_000, fallback: (req) => (coord as OtaCoordinator).downloadHandler()(req) });
    coordinator = new OtaCoordinator({ core, server, requestTimeoutMs: 30_000 });
    coord = coordinator;
    coordinator.start();
    server.on('registered', (reg: Registration) => {
      const device: DeviceInfo = { tenantId: 't', deviceId: `d-${reg.endpoint}`, deviceName: reg.endpoint, deviceType: 'x', deviceProfileId: 'p', isGateway: false };
      const profile = parseProfileTransport({ type: 'LWM2M' });
      if (!profile.ok) throw new Error('profile');
      void coordinator.attach({
        endpoint: reg.endpoint,
        reg,
        sessionId: `s-${reg.endpoint}`,
        session: { device },
        profile: profile.value,
        log: { write: (t) => logLines.push(t) },
      });
    });
    server.start();
  });
  afterAll(async () => {
    await Promise.all(devices.map((d) => d.stop()));
    coordinator.stop();
    server.stop();
    await endpoint.close();
  });

  const states = (key: string): string[] =>
    telemetry.flatMap((t) => t.batch.values.filter((v) => v.key === key).map((v) => String(v.value)));

  it('updates firmware assigned at registration, then software assigned by a shared-attribute update', async () => {
    const d = new SimulatedDevice({ endpoint: 'coord-dev', serverUrl: url, firmwareStepMs: 20 });
    devices.push(d);
    await d.start();
    await until(() => states('fw_state').includes('UPDATED'), 15_000);
    expect(states('fw_state')).toEqual(['DOWNLOADING', 'DOWNLOADED', 'UPDATING', 'UPDATED']);
    // Each state travels with its transportLog line, in the same message.
    for (const t of telemetry) {
      expect(t.sessionId).toBe('s-coord-dev');
      expect(t.batch.values.map((v) => v.key)).toEqual(['fw_state', 'transportLog']);
    }
    expect(telemetry[0]?.batch.values[1]?.value).toBe('Firmware Update State: DOWNLOADING');
    // The coordinator observed the state resources itself (the default profile observes nothing).
    expect(d.requests.some((r) => r.path === '/5/0/3' && r.observe === 0)).toBe(true);

    telemetry.length = 0;
    listener?.({ type: 'shared-attributes-updated', sessionId: 's-coord-dev', updated: shared(2, { sw_title: 'app', sw_version: '9.0.0' }), deleted: [] });
    await until(() => states('sw_state').includes('UPDATED'), 15_000);
    expect(states('sw_state')).toEqual(['DOWNLOADING', 'DOWNLOADING', 'DOWNLOADING', 'DOWNLOADED', 'VERIFIED', 'UPDATED']);
  });
});
