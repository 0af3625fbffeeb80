import { randomBytes } from 'node:crypto';
import type { Peer } from '../../net/datagram.js';
import type { MutableRegistration, Registration } from './registration.js';
import type { Lwm2mStateStore } from './state-store.js';
import { toStoredRegistration } from './stored-registration.js';

/**
 * In-memory registrations indexed by id, endpoint name and peer key. Expiry is a sweep driven
 * by the owner's single timer (`takeExpired`), so an idle registration costs one record and
 * three Map entries: no timer per registration.
 */
export class RegistrationStore {
  private readonly byId = new Map<string, MutableRegistration>();
  private readonly byEndpoint = new Map<string, MutableRegistration>();
  private readonly byPeerKey = new Map<string, MutableRegistration>();
  /** A lower bound of every expiresAt: sweeps before it have nothing to do. */
  private earliestExpiry = Infinity;

  /**
   * With a state store, every change (add, update, remove, expiry) is written through to it;
   * markSeen is not: it happens per message and the store is written on change only.
   */
  constructor(private readonly persist?: Pick<Lwm2mStateStore, 'saveRegistration' | 'removeRegistration'>) {}

  get size(): number {
    return this.byId.size;
  }

  /** A short id not in use: 48 random bits, base64url (8 characters). */
  newId(): string {
    for (;;) {
      const id = randomBytes(6).toString('base64url');
      if (!this.byId.has(id)) return id;
    }
  }

  get(id: string): Registration | undefined {
    return this.byId.get(id);
  }

  getByEndpoint(endpoint: string): Registration | undefined {
    return this.byEndpoint.get(endpoint);
  }

  /** The registration whose requests go to `peer` (the most recent one if several). */
  getByPeer(peer: Peer): Registration | undefined {
    return this.byPeerKey.get(peer.key);
  }

  values(): IterableIterator<Registration> {
    return this.byId.values();
  }

  /** Adds a registration; returns the one it replaced for the same endpoint, already removed. */
  add(reg: MutableRegistration): Registration | undefined {
    const old = this.byEndpoint.get(reg.endpoint);
    if (old !== undefined) this.remove(old.id);
    this.index(reg);
    this.persist?.saveRegistration(toStoredRegistration(reg));
    return old;
  }

  /**
   * Puts back a registration read from the state store (no write-back). A registration of the
   * same endpoint already present wins: it is newer than anything stored before the start.
   */
  restore(reg: MutableRegistration): boolean {
    if (this.byId.has(reg.id) || this.byEndpoint.has(reg.endpoint)) return false;
    this.index(reg);
    return true;
  }

  private index(reg: MutableRegistration): void {
    this.byId.set(reg.id, reg);
    this.byEndpoint.set(reg.endpoint, reg);
    this.byPeerKey.set(reg.peer.key, reg);
    if (reg.expiresAt < this.earliestExpiry) this.earliestExpiry = reg.expiresAt;
  }

  /** Applies changes to a stored registration in place (the record keeps its identity). */
  update(id: string, changes: Partial<Omit<MutableRegistration, 'id' | 'endpoint'>>): Registration | undefined {
    const reg = this.byId.get(id);
    if (reg === undefined) return undefined;
    if (changes.peer !== undefined && changes.peer.key !== reg.peer.key) {
      if (this.byPeerKey.get(reg.peer.key) === reg) this.byPeerKey.delete(reg.peer.key);
      this.byPeerKey.set(changes.peer.key, reg);
    }
    Object.assign(reg, changes);
    if (reg.expiresAt < this.earliestExpiry) this.earliestExpiry = reg.expiresAt;
    this.persist?.saveRegistration(toStoredRegistration(reg));
    return reg;
  }

  /** Records that the client was heard from (queue mode's awake window). */
  markSeen(reg: Registration, now: number): void {
    const stored = this.byId.get(reg.id);
    if (stored !== undefined) stored.lastSeenAt = now;
  }

  remove(id: string): Registration | undefined {
    const reg = this.byId.get(id);
    if (reg === undefined) return undefined;
    this.byId.delete(id);
    if (this.byEndpoint.get(reg.endpoint) === reg) this.byEndpoint.delete(reg.endpoint);
    if (this.byPeerKey.get(reg.peer.key) === reg) this.byPeerKey.delete(reg.peer.key);
    this.persist?.removeRegistration(id);
    return reg;
  }

  /** Removes and returns every registration whose lifetime ended at or before `now`. */
  takeExpired(now: number): Registration[] {
    if (now < this.earliestExpiry) return [];
    const out: Registration[] = [];
    let earliest = Infinity;
    for (const reg of this.byId.values()) {
      if (reg.expiresAt <= now) out.push(reg);
      else if (reg.expiresAt < earliest) earliest = reg.expiresAt;
    }
    for (const reg of out) this.remove(reg.id);
    this.earliestExpiry = earliest;
    return out;
  }
}
