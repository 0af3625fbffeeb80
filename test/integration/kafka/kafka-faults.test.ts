// Faults on the Kafka link: the broker stops answering for 10 s mid-run and comes back;
// malformed and foreign records on the notifications topic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pino from 'pino';
import { readCoreLinkConfig } from '../../../src/config/core-link-config.js';
import type { CoreEvent } from '../../../src/core/core-events.js';
import { KafkaCoreAdapter } from '../../../src/kafka/kafka-core-adapter.js';
import { startMockBroker, type MockBroker } from '../../support/kcat-broker.js';
import { CoreEmulator, type Obj } from '../../support/core-emulator.js';
import { deviceProfileProto, seedEmulator } from '../../support/core-emulator-fixtures.js';

const SID = 'tb-lwm2m-faults';
let broker: MockBroker;
let core: CoreEmulator;
let adapter: KafkaCoreAdapter;
let sessionId = '';
const events: CoreEvent[] = [];
const logLines: Array<{ msg?: string; dropped?: number }> = [];
const log = pino({ level: 'warn' }, { write: (s: string) => { logLines.push(JSON.parse(s) as { msg?: string }); } });

function seqsSeen(): Set<number> {
  const out = new Set<number>();
  for (const r of core.ruleEngine) {
    const data = JSON.parse(String((r.msg['tbMsgProto'] as Obj)['data'])) as { seq?: number };
    if (typeof data.seq === 'number') out.add(data.seq);
  }
  return out;
}

beforeAll(async () => {
  broker = await startMockBroker();
  core = new CoreEmulator({ brokers: [broker.bootstrap] });
  seedEmulator(core);
  await core.start();
  const config = readCoreLinkConfig({
    TB_KAFKA_SERVERS: broker.bootstrap,
    TB_SERVICE_ID: SID,
    TB_BUFFER_MEMORY: '24000',
    TB_QUEUE_KAFKA_REQUEST_TIMEOUT_MS: '2000',
    TB_TRANSPORT_SESSIONS_REPORT_TIMEOUT: '600000',
    USAGE_STATS_REPORT_ENABLED: 'false', // no periodic packs competing for the buffer during the outage
  });
  adapter = new KafkaCoreAdapter({ config, serviceId: SID, log, routingAttempts: 3, routingRetryMs: 500 });
  adapter.onEvent((e) => events.push(e));
  await adapter.start();
  const v = await adapter.validateCredentials({ kind: 'endpoint', endpoint: 'ep-nosec' });
  if (!v.ok) throw new Error('validation failed');
  await adapter.getTenant(v.value.device.tenantId);
  await adapter.getDeviceProfile(v.value.device.deviceProfileId);
  const s = await adapter.openSession(v.value.device);
  if (!s.ok) throw new Error('open failed');
  sessionId = s.value.sessionId;
}, 60_000);

afterAll(async () => {
  broker?.resume();
  await adapter?.stop();
  await core?.stop();
  await broker?.stop();
}, 30_000);

const post = (seq: number) => adapter.postTelemetry(sessionId, [{ ts: 1_700_000_000_000 + seq, values: [{ key: 'seq', type: 'long', value: seq }, { key: 'pad', type: 'string', value: 'x'.repeat(100) }] }]);

describe('broker outage', () => {
  it('keeps uplink produced during a 10 s outage up to the buffer bound, counts and logs the overflow, and recovers', async () => {
    expect((await post(0)).ok).toBe(true);
    broker.pause();
    const during: Array<Promise<{ seq: number; ok: boolean }>> = [];
    // 200 records of ~300 bytes against a 24 kB buffer: some fit, the rest overflow.
    for (let seq = 1; seq <= 200; seq++) {
      during.push(post(seq).then((r) => ({ seq, ok: r.ok })));
      if (seq % 20 === 0) await new Promise((r) => setTimeout(r, 1000));
    }
    await new Promise((r) => setTimeout(r, 1000)); // 10 s in total
    broker.resume();
    const results = await Promise.all(during);
    const accepted = results.filter((r) => r.ok).map((r) => r.seq);
    const refused = results.filter((r) => !r.ok).length;
    expect(accepted.length).toBeGreaterThan(10);
    expect(refused).toBeGreaterThan(0);
    expect(adapter.stats.link.overflowDropped).toBe(refused);
    expect(logLines.some((l) => l.msg === 'Kafka outage buffer full: record dropped')).toBe(true);
    // Everything accepted arrives after the outage.
    await core.waitFor(() => (accepted.every((s) => seqsSeen().has(s)) ? true : undefined), 40_000, 'buffered telemetry');
    // And the link works normally again.
    expect((await post(1000)).ok).toBe(true);
    await core.waitFor(() => (seqsSeen().has(1000) ? true : undefined), 20_000, 'post-outage telemetry');
    const v = await adapter.validateCredentials({ kind: 'endpoint', endpoint: 'ep-nosec' });
    expect(v.ok).toBe(true);
  }, 90_000);
});

describe('notifications consumer', () => {
  it('skips malformed and foreign records without stalling', async () => {
    const topic = `tb_transport.notifications.${SID}`;
    const malformedBefore = adapter.stats.notifications.malformed;
    // Field 3 (a sub-message) announcing 16 bytes with only one present: cannot decode.
    await core.sendRaw(topic, null, Buffer.from([0x1a, 0x10, 0x01]));
    await core.sendRaw(topic, '13814000-1dd2-11b2-8080-808080808080', Buffer.alloc(0));
    // A well-formed message for a session this transport never had.
    await core.notify(SID, { sessionIdMSB: '1', sessionIdLSB: '2', toDeviceRequest: { methodName: 'Read', params: '{}' } });
    await core.notify(SID, { entityUpdateMsg: { deviceProfile: deviceProfileProto('after-garbage') } }, '0c0c0c0c-0000-4000-8000-000000000003');
    await core.waitFor(() => events.find((e) => e.type === 'device-profile-updated' && e.profile.name === 'after-garbage'), 20_000, 'profile update after garbage');
    // The mock broker auto-creates topics with several partitions, so records with different keys
    // may be consumed in any order: wait for the counters rather than assume ordering.
    await core.waitFor(() => (adapter.stats.notifications.malformed - malformedBefore >= 2 ? true : undefined), 20_000, 'malformed counted');
    await core.waitFor(() => (adapter.stats.notifications.unknownSession >= 1 ? true : undefined), 20_000, 'foreign session counted');
    expect(events.some((e) => e.type === 'rpc-request')).toBe(false);
  }, 40_000);
});
