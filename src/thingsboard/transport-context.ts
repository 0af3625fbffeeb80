import type { CorePort } from '../core/index.js';
import type { AttributeWriteTimes } from './attribute-write-times.js';
import type { ModelLookup } from '../lwm2m/model/types.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../lwm2m/server/lwm2m-server.js';
import { preferredFormats } from '../lwm2m/server/request-context.js';
import type { Logger } from './logger.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import type { KvUplink } from './value-updates.js';

/** What the behaviour's parts share: the core port, the LwM2M server, models, clock and log. */
export interface TransportContext {
  readonly core: CorePort;
  readonly server: Lwm2mServer;
  readonly models: ModelLookup;
  readonly logger: Logger;
  readonly now: () => number;
  /** Deadline of one request to a device (ThingsBoard's LWM2M_TIMEOUT). */
  readonly requestTimeoutMs: number;
  /** Persistence of shared-attribute write times across restarts (absent: memory only). */
  readonly writeTimes?: AttributeWriteTimes;
}

/** Composite operations need LwM2M 1.1+ and a SenML/CBOR format (features doc #7, §2.4.3 rule 3). */
export function canComposite(reg: Registration): boolean {
  return reg.lwm2mVersion !== '1.0' && preferredFormats(reg, 'composite').length > 0;
}

/** Posts mapped values; failures of the core link are logged (the port counts its own drops). */
export function postUplink(ctx: TransportContext, client: Lwm2mClient, up: KvUplink): void {
  if (client.closed) return;
  if (up.attributes.length > 0) {
    void ctx.core.postAttributes(client.sessionId, up.attributes).then((r) => {
      if (!r.ok) ctx.logger.warn({ endpoint: client.endpoint, error: r.error }, 'attributes not posted');
    });
  }
  if (up.telemetry.length > 0) {
    void ctx.core.postTelemetry(client.sessionId, up.telemetry).then((r) => {
      if (!r.ok) ctx.logger.warn({ endpoint: client.endpoint, error: r.error }, 'telemetry not posted');
    });
  }
  if (up.attributes.length > 0 || up.telemetry.length > 0) ctx.core.recordActivity(client.sessionId);
}
