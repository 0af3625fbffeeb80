import type { Peer } from '../../net/datagram.js';

/**
 * One registered LwM2M client (LwM2M Core 1.1 §6.2.1). The record is deliberately flat and
 * small: a server holds 100k of them, so no per-registration timers, closures or Maps.
 */

/** An object the client announced in its Register/Update payload (`</3/0>`, `</5>;ver=1.1`). */
export interface RegisteredObject {
  readonly id: number;
  /** The `ver` attribute; "1.0" when absent (LwM2M Core 1.1 §6.2.1.1). */
  readonly version: string;
  /** Instance ids listed for this object, ascending; empty for `</5>` alone. */
  readonly instances: readonly number[];
}

/** What the Register/Update payload says, once interpreted. */
export interface ObjectLinksInfo {
  /** Alternate root path (`</lwm2m>;rt="oma.lwm2m"`), "" when the objects sit at the root. */
  readonly rootPath: string;
  readonly objects: readonly RegisteredObject[];
  /** The `ct` attribute of the root link, when the client listed its content formats. */
  readonly contentFormats?: readonly number[];
}

export type Lwm2mVersion = '1.0' | '1.1' | '1.2';

export interface Registration extends ObjectLinksInfo {
  /** Short random id; the Location-Path is `/rd/<id>`. */
  readonly id: string;
  readonly endpoint: string;
  /** Where requests to the client go: the Peer its last Register/Update came from (NAT). */
  readonly peer: Peer;
  readonly lifetimeSec: number;
  readonly lwm2mVersion: Lwm2mVersion;
  /** Binding letters as sent (`U`, `UQ`, `US`...). */
  readonly binding: string;
  /** Queue mode: `Q` in the 1.0 binding or the 1.1 `Q` parameter. */
  readonly queueMode: boolean;
  readonly sms?: string;
  /** Milliseconds since the epoch (clock time). */
  readonly registeredAt: number;
  readonly updatedAt: number;
  readonly expiresAt: number;
  /** Last time any message from the client was seen (for queue mode's awake window). */
  readonly lastSeenAt: number;
}

/** The registration store mutates these fields in place; outside it they are read-only. */
export type MutableRegistration = { -readonly [K in keyof Registration]: Registration[K] };

/** A shallow copy, for events that report the state before a change. */
export function snapshotRegistration(reg: Registration): Registration {
  return { ...reg };
}

/** Looks up an announced object; linear scan: clients announce a handful of objects. */
export function registeredObject(reg: ObjectLinksInfo, objectId: number): RegisteredObject | undefined {
  return reg.objects.find((o) => o.id === objectId);
}
