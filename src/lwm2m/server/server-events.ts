import type { ValueEntry } from '../node.js';
import type { Registration } from '../registration/registration.js';
import type { Notification } from './operation-types.js';

/** Events of an Lwm2mServer, with their listener arguments. */
export interface Lwm2mServerEvents {
  /** A new registration (after `replaced` when it took the place of an older one). */
  registered: [registration: Registration];
  /** An Update; `previous` is the state before it. */
  updated: [registration: Registration, previous: Registration];
  deregistered: [registration: Registration];
  /** A registration put back from the state store after a restart (Lwm2mServer.restore()). */
  restored: [registration: Registration];
  /** The server's owner ended the registration (Lwm2mServer.removeRegistration); `reason` is its own. */
  removed: [registration: Registration, reason: string];
  /** The lifetime ran out without an Update. */
  expired: [registration: Registration];
  /** A new Register of the same endpoint ended `old`. */
  replaced: [old: Registration, current: Registration];
  notification: [registration: Registration, notification: Notification];
  /** An LwM2M 1.1 Send (`POST /dp`), decoded. */
  send: [registration: Registration, entries: readonly ValueEntry[]];
  /** A queue-mode client was heard from and can take requests now. */
  awake: [registration: Registration];
  /** A listener of another event threw; the server carries on (not named "error" on purpose:
   *  EventEmitter throws an unhandled "error"). */
  listenerError: [error: unknown, event: string];
}
