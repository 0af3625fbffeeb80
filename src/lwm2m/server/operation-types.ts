import type { CoapCodeString } from '../../coap/types.js';
import type { CoreLink } from '../codec/link-format.js';
import type { Lwm2mError } from '../errors.js';
import type { Lwm2mNode, NodesByPath, ValueEntry } from '../node.js';
import type { Lwm2mPath } from '../path.js';

/** The answer to one device-management operation (LwM2M Core 1.1 Device Management and Information Reporting interfaces). */
export interface OperationResult {
  /** The client's CoAP response code ("2.05", "4.04"...). */
  readonly code: CoapCodeString;
  /** Read / Observe of one path. */
  readonly node?: Lwm2mNode;
  /** Read-Composite / Observe-Composite: one entry per requested path, null when absent. */
  readonly nodes?: NodesByPath;
  /** Values with device timestamps, when the format carried times (SenML `t`). */
  readonly entries?: readonly ValueEntry[];
  /** Discover. */
  readonly links?: readonly CoreLink[];
  /** Create: the new instance id from the Location-Path, when the client gave one. */
  readonly instanceId?: number;
  readonly payload?: Buffer;
  readonly contentFormat?: number;
  /** Set when a success payload could not be decoded (the raw payload is kept). */
  readonly error?: Lwm2mError;
}

export interface ReadOptions {
  /** Ask for this content format instead of the one chosen from the registration. */
  readonly format?: number;
  readonly timeoutMs?: number;
}

export interface WriteOptions {
  /** true: Write-Replace (PUT); false: Write-Partial-Update (POST), per the LwM2M Core 1.1 Write operation. */
  readonly replace: boolean;
  readonly format?: number;
  readonly timeoutMs?: number;
}

export interface TimeoutOption {
  readonly timeoutMs?: number;
}

/**
 * Notification attributes (LwM2M Core 1.1, <NOTIFICATION> class attributes). A number sets the attribute; null removes
 * it (sent as the bare name: an attribute without value is removed); absent keeps it.
 */
export interface NotificationAttributes {
  readonly pmin?: number | null;
  readonly pmax?: number | null;
  readonly gt?: number | null;
  readonly lt?: number | null;
  readonly st?: number | null;
  readonly epmin?: number | null;
  readonly epmax?: number | null;
}

/** What an observation delivers for each notification. */
export interface Notification extends OperationResult {
  /** The observed path (single observe) or paths (composite). */
  readonly paths: readonly Lwm2mPath[];
  /** The CoAP Observe sequence number. */
  readonly observe?: number;
}

export type NotificationListener = (notification: Notification) => void;
