/**
 * A request the simulated device refuses, with the CoAP response code LwM2M prescribes for it
 * (LwM2M Core 1.1 §6.3 / §6.4: 4.00, 4.04, 4.05, 4.06, 4.15, ...).
 */
export class CoapStatusError extends Error {
  override readonly name = 'CoapStatusError';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string): CoapStatusError => new CoapStatusError('4.04', `${what} not found`);
export const notAllowed = (what: string): CoapStatusError => new CoapStatusError('4.05', what);
export const badRequest = (what: string): CoapStatusError => new CoapStatusError('4.00', what);
