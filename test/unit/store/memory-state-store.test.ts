import { describe, expect, it } from 'vitest';
import { MemoryStateStore } from '../../../src/store/memory-state-store.js';
import { sampleObservation, sampleRegistration } from './samples.js';

describe('MemoryStateStore', () => {
  it('saves, replaces and loads registrations and observations', async () => {
    const s = new MemoryStateStore();
    s.saveRegistration(sampleRegistration);
    s.saveRegistration({ ...sampleRegistration, lifetimeSec: 600 });
    s.saveObservation(sampleObservation);
    s.saveObservation({ ...sampleObservation, token: '01' });
    const state = await s.load();
    expect(state.registrations).toEqual([{ ...sampleRegistration, lifetimeSec: 600 }]);
    expect(state.observations.map((o) => o.token).sort()).toEqual(['01', sampleObservation.token]);
  });

  it('removing a registration removes its observations; removing one observation keeps the others', async () => {
    const s = new MemoryStateStore();
    s.saveRegistration(sampleRegistration);
    s.saveRegistration({ ...sampleRegistration, id: 'other', endpoint: 'other' });
    s.saveObservation(sampleObservation);
    s.saveObservation({ ...sampleObservation, token: '02' });
    s.saveObservation({ ...sampleObservation, registrationId: 'other' });
    s.removeObservation(sampleRegistration.id, '02');
    expect(s.observationCount).toBe(2);
    s.removeRegistration(sampleRegistration.id);
    const state = await s.load();
    expect(state.registrations.map((r) => r.id)).toEqual(['other']);
    expect(state.observations.map((o) => o.registrationId)).toEqual(['other']);
  });

  it('keeps copies: later changes to the caller objects or the loaded ones do not alter the store', async () => {
    const s = new MemoryStateStore();
    const reg = structuredClone(sampleRegistration);
    s.saveRegistration(reg);
    (reg.objects as unknown[]).length = 0;
    const first = await s.load();
    (first.registrations[0]?.objects as unknown[]).length = 0;
    expect((await s.load()).registrations[0]?.objects).toHaveLength(2);
  });
});
