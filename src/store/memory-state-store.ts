/**
 * State kept in this process only: survives a server object being rebuilt (tests, an
 * in-process restart) but not the process. Records are stored as copies so later changes by
 * the caller cannot alter them.
 */
import type {
  Lwm2mStateStore,
  StoredObservation,
  StoredRegistration,
  StoredState,
} from '../lwm2m/registration/state-store.js';

export class MemoryStateStore implements Lwm2mStateStore {
  private readonly registrations = new Map<string, StoredRegistration>();
  private readonly observations = new Map<string, Map<string, StoredObservation>>();

  get registrationCount(): number {
    return this.registrations.size;
  }

  get observationCount(): number {
    let n = 0;
    for (const m of this.observations.values()) n += m.size;
    return n;
  }

  saveRegistration(reg: StoredRegistration): void {
    this.registrations.set(reg.id, structuredClone(reg));
  }

  removeRegistration(id: string): void {
    this.registrations.delete(id);
    this.observations.delete(id);
  }

  saveObservation(obs: StoredObservation): void {
    let m = this.observations.get(obs.registrationId);
    if (m === undefined) this.observations.set(obs.registrationId, (m = new Map()));
    m.set(obs.token, structuredClone(obs));
  }

  removeObservation(registrationId: string, token: string): void {
    const m = this.observations.get(registrationId);
    if (m === undefined) return;
    m.delete(token);
    if (m.size === 0) this.observations.delete(registrationId);
  }

  async load(): Promise<StoredState> {
    const observations: StoredObservation[] = [];
    for (const m of this.observations.values()) for (const o of m.values()) observations.push(structuredClone(o));
    return { registrations: [...this.registrations.values()].map((r) => structuredClone(r)), observations };
  }

  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}
