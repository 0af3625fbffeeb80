import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { transport } from '../../../src/gen/wire.js';
import type { DeviceInfo } from '../../../src/core/core-types.js';
import { SessionManager, type ActivityStrategy } from '../../../src/kafka/session-manager.js';

const device: DeviceInfo = {
  tenantId: 'c1d2e3f4-0000-4000-8000-000000000001', deviceId: '784f394c-42b6-435a-983c-b7beff2784f9', deviceName: 'd',
  deviceType: 't', deviceProfileId: 'a0a0a0a0-1111-4222-8333-444444444444', isGateway: false,
};

type Kind = 'OPEN' | 'CLOSED' | 'ACTIVITY';
function kindOf(v: Uint8Array): { kind: Kind; last?: number } {
  const m = transport.ToCoreMsg.decode(v).toDeviceActorMsg!;
  if (m.subscriptionInfo) return { kind: 'ACTIVITY', last: Number(m.subscriptionInfo.lastActivityTime) };
  return { kind: m.sessionEvent?.event === transport.SessionEvent.CLOSED ? 'CLOSED' : 'OPEN' };
}

function setup(strategy: ActivityStrategy, inactivityTimeoutMs = 600_000) {
  let now = 1_000_000;
  const sent: Array<{ kind: Kind; last?: number }> = [];
  const m = new SessionManager({ nodeId: 'sid', reportTimeoutMs: 3000, inactivityTimeoutMs, strategy },
    async (_d, v) => { sent.push(kindOf(v)); return { ok: true }; }, pino({ level: 'silent' }), () => now);
  return { m, sent, advance: (ms: number) => { now += ms; }, at: () => now };
}

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('SessionManager activity strategies (wire spec §4.3)', () => {
  it('LAST reports once at the period end with the last activity time', async () => {
    const { m, sent, advance, at } = setup('LAST');
    const { state } = await m.open(device);
    sent.length = 0;
    advance(100); m.recordActivity(state.sessionId);
    advance(100); m.recordActivity(state.sessionId);
    const last = at();
    await flush();
    expect(sent).toEqual([]);
    await m.tick();
    expect(sent).toEqual([{ kind: 'ACTIVITY', last }]);
    await m.tick(); // nothing new recorded: nothing reported
    expect(sent).toHaveLength(1);
  });

  it('FIRST reports the first event of a period at once and nothing at the end', async () => {
    const { m, sent, advance, at } = setup('FIRST');
    const { state } = await m.open(device);
    sent.length = 0;
    advance(10); m.recordActivity(state.sessionId);
    const first = at();
    advance(10); m.recordActivity(state.sessionId);
    await flush();
    expect(sent).toEqual([{ kind: 'ACTIVITY', last: first }]);
    await m.tick();
    expect(sent).toHaveLength(1);
    advance(10); m.recordActivity(state.sessionId);
    await flush();
    expect(sent).toHaveLength(2);
  });

  it('FIRST_AND_LAST reports at first event and at period end', async () => {
    const { m, sent, advance } = setup('FIRST_AND_LAST');
    const { state } = await m.open(device);
    sent.length = 0;
    advance(10); m.recordActivity(state.sessionId);
    advance(10); m.recordActivity(state.sessionId);
    await flush();
    await m.tick();
    expect(sent.map((s) => s.kind)).toEqual(['ACTIVITY', 'ACTIVITY']);
  });

  it('expires a silent session: CLOSED plus a final report, then re-opens it at the next tick (LwM2M)', async () => {
    const { m, sent, advance } = setup('LAST', 10_000);
    const { state } = await m.open(device);
    sent.length = 0;
    advance(10_001);
    await m.tick();
    expect(sent.map((s) => s.kind)).toEqual(['CLOSED', 'ACTIVITY']);
    expect(m.stats.expired).toBe(1);
    sent.length = 0;
    advance(3000);
    await m.tick();
    expect(sent.map((s) => s.kind)).toEqual(['OPEN', 'ACTIVITY']);
    expect(m.get(state.sessionId)?.openOnCore).toBe(true);
    expect(m.stats.reopened).toBe(1);
  });

  it('re-opens after a core-initiated close, and close() sends CLOSED once', async () => {
    const { m, sent } = setup('LAST');
    const { state } = await m.open(device);
    m.markClosedByCore(state.sessionId);
    sent.length = 0;
    await m.tick();
    expect(sent[0]?.kind).toBe('OPEN');
    sent.length = 0;
    await m.close(state.sessionId);
    await m.close(state.sessionId);
    expect(sent).toEqual([{ kind: 'CLOSED' }]);
    expect(m.size).toBe(0);
  });

  it('applies device and profile updates to sessions', async () => {
    const { m } = setup('LAST');
    const { state } = await m.open(device);
    m.updateDevice(device.deviceId, { deviceName: 'renamed' });
    m.applyProfileName(device.deviceProfileId, 'profile-name');
    expect(m.get(state.sessionId)?.device).toMatchObject({ deviceName: 'renamed', deviceType: 'profile-name', deviceId: device.deviceId });
  });
});
