/**
 * The one error type of the DTLS room. Every parser throws DtlsAlertError on bad input; the
 * connection turns it into an alert (or a silent drop, RFC 6347 §4.1.2.7), never a crash.
 */
import { AlertDescription } from './constants.js';

export type AlertDescriptionCode = (typeof AlertDescription)[keyof typeof AlertDescription];

export class DtlsAlertError extends Error {
  override readonly name = 'DtlsAlertError';
  constructor(
    readonly description: AlertDescriptionCode,
    message: string,
  ) {
    super(message);
  }
}

export function decodeError(message: string): DtlsAlertError {
  return new DtlsAlertError(AlertDescription.decodeError, message);
}
