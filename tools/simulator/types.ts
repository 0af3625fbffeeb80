import type { ResourceValue } from '../../src/lwm2m/node.js';
import type { PskCredentials } from './dtls-device-socket.js';
import type { MultiValue } from './object-store.js';

export type Lwm2mVersion = '1.0' | '1.1' | '1.2';

export interface SimulatedDeviceOptions {
  /** Endpoint client name (`ep`). */
  readonly endpoint: string;
  /** `coap://127.0.0.1:5685` (port 5683 by default) or `coaps://...` with `psk` (port 5684 by default). */
  readonly serverUrl: string;
  /** Registration lifetime in seconds (`lt`), default 300. */
  readonly lifetime?: number;
  readonly version?: Lwm2mVersion;
  /** Queue mode (LwM2M Core 1.1 §6.5): binding `UQ` in 1.0, `b=U&Q` from 1.1. */
  readonly queueMode?: boolean;
  /** How long the device listens after each Register/Update/Send in queue mode (ms), default 93 s (MAX_TRANSMIT_WAIT). */
  readonly queueAwakeMs?: number;
  /** Object versions to announce with `;ver=` and to use for models, e.g. `{ 3: '1.2' }`. */
  readonly objectVersions?: Readonly<Record<number, string>>;
  /**
   * Objects and instance ids to expose; default `{1:[0], 3:[0], 4:[0], 5:[0], 6:[0], 9:[0], 19:[0]}`.
   * The Security object 0 (instances 0 and 1) is always present but never registered or readable.
   */
  readonly objects?: Readonly<Record<number, readonly number[]>>;
  /** Answer format for reads of more than one value without Accept (1.1+), default SenML CBOR (112). */
  readonly defaultFormat?: number;
  /** Content formats announced in the register payload's `</>;rt="oma.lwm2m";ct=` (1.1+); `[]` omits the link. */
  readonly registerContentFormats?: readonly number[];
  /** Request log entries kept (oldest dropped), default 200; 0 keeps none (fleets). */
  readonly logLimit?: number;
  /** Firmware/software state machine step delay in ms, default 50. */
  readonly firmwareStepMs?: number;
  /** Give up on an uplink request after this many ms, default 10 000. */
  readonly requestTimeoutMs?: number;
  /** Initial values, by path: `{ '/3/0/9': 80 }`. */
  readonly values?: Readonly<Record<string, ResourceValue | MultiValue>>;
  /** UDP only: local address of the device socket, default 127.0.0.1. */
  readonly bindAddress?: string;
  /** Pre-shared key for a `coaps://` server URL (DTLS 1.2 PSK through node-dtls-client). */
  readonly psk?: PskCredentials;
}

/** One request the server made to the device, as the device saw and answered it. */
export interface RequestLogEntry {
  readonly time: number;
  readonly method: string;
  readonly path: string;
  readonly query: readonly string[];
  readonly contentFormat?: number;
  readonly accept?: number;
  readonly observe?: number;
  readonly payload: Buffer;
  readonly code: string;
}

export type DeviceEventType =
  | 'read'
  | 'discover'
  | 'write'
  | 'writeAttributes'
  | 'execute'
  | 'create'
  | 'delete'
  | 'observe'
  | 'cancelObservation'
  | 'readComposite'
  | 'writeComposite'
  | 'registered'
  | 'updated'
  | 'deregistered'
  | 'notification'
  | 'sleep'
  | 'wake'
  | 'firmwareState'
  | 'error';

export interface DeviceEvent {
  readonly type: DeviceEventType;
  /** The request path, or the paths of composite operations joined by `,`. */
  readonly path?: string;
  readonly payload?: Buffer;
  /** Execute arguments (LwM2M Core 1.1 §5.4.5), or the Write-Attributes query. */
  readonly args?: string;
  readonly contentFormat?: number;
  readonly location?: string;
  readonly error?: Error;
  readonly state?: number;
}

/** A scripted answer: requests matching `path` (and `method`) get `code` and/or wait `delayMs`. */
export interface ScriptedBehaviour {
  readonly path: string;
  readonly method?: 'GET' | 'PUT' | 'POST' | 'DELETE' | 'FETCH' | 'iPATCH';
  /** Answer with this code (e.g. '5.03') instead of handling the request. */
  readonly code?: string;
  readonly delayMs?: number;
  /** Do not answer at all (not even after the delay). */
  readonly drop?: boolean;
  /** Apply to this many requests, then remove itself; default unlimited. */
  readonly times?: number;
}
