/**
 * What an LwM2M server must keep to carry on after a restart: registrations and the
 * observations it holds on clients. Plain JSON-able records (buffers as base64/hex text), so a
 * store may keep them in memory, in Redis or anywhere else. Knows nothing of ThingsBoard.
 *
 * Writes happen on change only (Register, Update, De-register, expiry, observe, cancel),
 * never per notification: the store calls are fire-and-forget and must not block the caller.
 */

/** Where a registration's requests went (a Peer without its live transport object). */
export interface StoredPeer {
  readonly address: string;
  readonly port: number;
  readonly secure: boolean;
  readonly identity?: StoredIdentity;
}

export type StoredIdentity =
  | { readonly kind: 'psk'; readonly identity: string }
  /** Base64 of the SubjectPublicKeyInfo DER. */
  | { readonly kind: 'rpk'; readonly publicKey: string }
  /** Base64 of the leaf certificate DER. */
  | { readonly kind: 'x509'; readonly certificate: string; readonly commonName: string; readonly trusted?: boolean };

export interface StoredObject {
  readonly id: number;
  readonly version: string;
  readonly instances: readonly number[];
}

export interface StoredRegistration {
  readonly id: string;
  readonly endpoint: string;
  readonly peer: StoredPeer;
  readonly lifetimeSec: number;
  readonly lwm2mVersion: '1.0' | '1.1' | '1.2';
  readonly binding: string;
  readonly queueMode: boolean;
  readonly sms?: string;
  readonly rootPath: string;
  readonly objects: readonly StoredObject[];
  readonly contentFormats?: readonly number[];
  readonly registeredAt: number;
  readonly updatedAt: number;
  readonly expiresAt: number;
}

export interface StoredObservation {
  readonly registrationId: string;
  /** The CoAP token, hex. */
  readonly token: string;
  /** Observed paths as text with object versions (`/3_1.1/0/9`). */
  readonly paths: readonly string[];
  readonly composite: boolean;
  /** The content format the observation settled on (Accept of the request), if any. */
  readonly format?: number;
  /** The Observe number of the answer that started the observation (RFC 7641 §3.4). */
  readonly lastObserve: number;
}

export interface StoredState {
  readonly registrations: readonly StoredRegistration[];
  readonly observations: readonly StoredObservation[];
}

/** A place to keep registrations and observations across restarts. */
export interface Lwm2mStateStore {
  /** Creates or replaces a registration (by id). */
  saveRegistration(reg: StoredRegistration): void;
  /** Removes a registration and every observation of it. */
  removeRegistration(id: string): void;
  saveObservation(obs: StoredObservation): void;
  removeObservation(registrationId: string, token: string): void;
  /** Everything stored; records a store cannot read are skipped (and dropped) by the store. */
  load(): Promise<StoredState>;
  /** Resolves once every write issued so far has reached the store. */
  flush(): Promise<void>;
  close(): Promise<void>;
}
