import type { BootstrapEvent, BootstrapOperation } from '../../lwm2m/bootstrap/bootstrap-session.js';
import { resultName } from '../rpc-response.js';

/**
 * The transportLog lines of a bootstrap session (features doc #64), from the protocol room's
 * events. Request and response names follow Leshan's class names, as ThingsBoard prints them.
 */

const REQUEST_CLASS: Readonly<Record<BootstrapOperation, string>> = {
  'Bootstrap-Discover': 'BootstrapDiscoverRequest',
  'Bootstrap-Delete': 'BootstrapDeleteRequest',
  'Bootstrap-Write': 'BootstrapWriteRequest',
  'Bootstrap-Finish': 'BootstrapFinishRequest',
};

function responseText(op: BootstrapOperation, code: string): string {
  return `${REQUEST_CLASS[op].replace(/Request$/, 'Response')} [code=${resultName(code)}]`;
}

/** The lines one event produces (a successful Finish gives two). */
export function bootstrapLogLines(e: BootstrapEvent): string[] {
  switch (e.type) {
    case 'started':
      return [`info: Bootstrap session started... /${e.peer.address}:${e.peer.port}`];
    case 'response':
      if (e.operation === 'Bootstrap-Finish' && e.success) return ['info: receives success response for bootstrap finish.'];
      return e.success
        ? [`info: receives success response for: ${REQUEST_CLASS[e.operation]} ${e.path} ${responseText(e.operation, e.code)}`]
        : [`info: ${REQUEST_CLASS[e.operation]} ${e.path} receives error response ${responseText(e.operation, e.code)}`];
    case 'request-failed':
      return [`error: ${REQUEST_CLASS[e.operation]} ${e.path} failed because of ${e.cause}`];
    case 'finished':
      return ['info: Bootstrap session finished.'];
    case 'failed':
      return [`error: Bootstrap session failed because of ${e.cause}`];
  }
}
