import type { Clock, CoapCodeString, InboundRequest, OutboundResponse } from '../../coap/types.js';
import type { Peer, PeerIdentity } from '../../net/datagram.js';
import { ContentFormat } from '../content-format.js';
import { parseObjectLinks } from './object-links.js';
import {
  parseRegisterQuery,
  parseUpdateQuery,
  RegistrationRequestError,
  type RegisterParams,
} from './register-query.js';
import { snapshotRegistration, type MutableRegistration, type ObjectLinksInfo, type Registration } from './registration.js';
import type { RegistrationStore } from './registration-store.js';

/** What the accept hook is asked about: the Register as received, and who sent it. */
export interface RegistrationCandidate extends RegisterParams, ObjectLinksInfo {
  readonly peer: Peer;
  /** The current registration of the same endpoint, which this one would replace. */
  readonly existing?: Registration;
}

export type AcceptDecision =
  | { readonly accept: true }
  | { readonly accept: false; readonly code?: CoapCodeString; readonly reason?: string };

/** Decides whether a Register is allowed (credentials, DTLS identity bound to the endpoint...). */
export type AcceptHook = (candidate: RegistrationCandidate) => AcceptDecision | Promise<AcceptDecision>;

/** Lifecycle callbacks; the server turns them into events and cleans up per-registration state. */
export interface RegistrationListener {
  registered(reg: Registration): void;
  replaced(old: Registration, current: Registration): void;
  updated(reg: Registration, previous: Registration): void;
  deregistered(reg: Registration): void;
}

const OK_ALL: AcceptHook = () => ({ accept: true });

function sameIdentity(a: PeerIdentity | undefined, b: PeerIdentity | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  switch (a.kind) {
    case 'psk':
      return b.kind === 'psk' && a.identity === b.identity;
    case 'rpk':
      return b.kind === 'rpk' && a.publicKey.equals(b.publicKey);
    case 'x509':
      return b.kind === 'x509' && a.certificate.equals(b.certificate);
  }
}

/**
 * The registration interface (LwM2M Core 1.1 §6.2): Register `POST /rd?ep=..`, Update
 * `POST /rd/{id}`, De-register `DELETE /rd/{id}`.
 */
export class RegistrationHandler {
  constructor(
    private readonly store: RegistrationStore,
    private readonly clock: Clock,
    private readonly listener: RegistrationListener,
    private readonly accept: AcceptHook = OK_ALL,
    /** Bound on live registrations; a new endpoint beyond it gets 5.03 (replacing one is allowed). */
    private readonly maxRegistrations = Infinity,
  ) {}

  /** Handles a request whose first Uri-Path segment is "rd". */
  async handle(req: InboundRequest): Promise<OutboundResponse> {
    try {
      if (req.uriPath.length === 1) {
        if (req.method !== 'POST') return { code: '4.05' };
        return await this.register(req);
      }
      if (req.uriPath.length !== 2) return { code: '4.04' };
      const id = req.uriPath[1] ?? '';
      if (req.method === 'POST') return this.update(req, id);
      if (req.method === 'DELETE') return this.deregister(req, id);
      return { code: '4.05' };
    } catch (err) {
      if (err instanceof RegistrationRequestError) return { code: err.code, payload: Buffer.from(err.message) };
      throw err;
    }
  }

  private checkPayloadFormat(req: InboundRequest): void {
    // LwM2M Core 1.1 §6.2.1: the payload is CoRE Link Format (40).
    if (req.contentFormat !== undefined && req.contentFormat !== ContentFormat.LINK && req.payload.length > 0) {
      throw new RegistrationRequestError('4.00', `unexpected content format ${req.contentFormat}`);
    }
  }

  private async register(req: InboundRequest): Promise<OutboundResponse> {
    const params = parseRegisterQuery(req.uriQuery);
    this.checkPayloadFormat(req);
    const links = parseObjectLinks(req.payload);
    const existing = this.store.getByEndpoint(params.endpoint);
    // RFC 7252 §5.9.3.4 5.03 Service Unavailable: the server is full, the client may retry later.
    if (existing === undefined && this.store.size >= this.maxRegistrations) return { code: '5.03' };
    const candidate: RegistrationCandidate = { ...params, ...links, peer: req.peer, ...(existing ? { existing } : {}) };
    const decision = await this.accept(candidate);
    if (!decision.accept) {
      const code = decision.code ?? '4.03';
      return decision.reason === undefined ? { code } : { code, payload: Buffer.from(decision.reason) };
    }
    // Checked again: other Registers may have been added while the accept hook ran.
    if (this.store.getByEndpoint(params.endpoint) === undefined && this.store.size >= this.maxRegistrations) return { code: '5.03' };
    const now = this.clock.now();
    const reg: MutableRegistration = {
      id: this.store.newId(),
      endpoint: params.endpoint,
      peer: req.peer,
      lifetimeSec: params.lifetimeSec,
      lwm2mVersion: params.lwm2mVersion,
      binding: params.binding,
      queueMode: params.queueMode,
      rootPath: links.rootPath,
      objects: links.objects,
      registeredAt: now,
      updatedAt: now,
      expiresAt: now + params.lifetimeSec * 1000,
      lastSeenAt: now,
    };
    if (params.sms !== undefined) reg.sms = params.sms;
    if (links.contentFormats !== undefined) reg.contentFormats = links.contentFormats;
    const replaced = this.store.add(reg);
    if (replaced !== undefined) this.listener.replaced(replaced, reg);
    this.listener.registered(reg);
    return { code: '2.01', locationPath: ['rd', reg.id] };
  }

  /** A request for an existing registration must come from the same proven identity. */
  private owned(req: InboundRequest, id: string): Registration {
    const reg = this.store.get(id);
    if (reg === undefined) throw new RegistrationRequestError('4.04', 'unknown registration');
    if (reg.peer.secure !== req.peer.secure || !sameIdentity(reg.peer.identity, req.peer.identity)) {
      throw new RegistrationRequestError('4.03', 'registration belongs to another identity');
    }
    return reg;
  }

  private update(req: InboundRequest, id: string): OutboundResponse {
    const reg = this.owned(req, id);
    const params = parseUpdateQuery(req.uriQuery);
    this.checkPayloadFormat(req);
    const links = req.payload.length > 0 ? parseObjectLinks(req.payload) : undefined;
    const previous = snapshotRegistration(reg);
    const now = this.clock.now();
    const lifetimeSec = params.lifetimeSec ?? reg.lifetimeSec;
    const changes: Partial<MutableRegistration> = {
      lifetimeSec,
      updatedAt: now,
      lastSeenAt: now,
      // LwM2M Core 1.1 §6.2.2: an Update restarts the lifetime.
      expiresAt: now + lifetimeSec * 1000,
      peer: req.peer,
    };
    if (params.binding !== undefined) changes.binding = params.binding;
    if (params.queueMode !== undefined) changes.queueMode = params.queueMode;
    if (params.sms !== undefined) changes.sms = params.sms;
    if (links !== undefined) {
      changes.rootPath = links.rootPath;
      changes.objects = links.objects;
      // A new object list without `ct` keeps the formats the client announced before.
      if (links.contentFormats !== undefined) changes.contentFormats = links.contentFormats;
    }
    const current = this.store.update(id, changes);
    if (current !== undefined) this.listener.updated(current, previous);
    return { code: '2.04' };
  }

  private deregister(req: InboundRequest, id: string): OutboundResponse {
    const reg = this.owned(req, id);
    this.store.remove(reg.id);
    this.listener.deregistered(reg);
    return { code: '2.02' };
  }
}
