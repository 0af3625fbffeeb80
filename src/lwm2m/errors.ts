/**
 * Typed errors of the LwM2M layer. Every parser of device or operator input throws one of
 * these (never a bare TypeError), so callers can map them to a CoAP code or a log line.
 */
export class Lwm2mError extends Error {
  override readonly name: string = 'Lwm2mError';
}

/** A path string that is not a valid LwM2M path. */
export class InvalidPathError extends Lwm2mError {
  override readonly name = 'InvalidPathError';
}

/** A payload that does not decode in its content format, or a value that cannot be encoded. */
export class CodecError extends Lwm2mError {
  override readonly name = 'CodecError';
  constructor(
    readonly format: number,
    message: string,
  ) {
    super(message);
  }
}

/** An object model (DDF XML) that cannot be parsed. */
export class ModelError extends Lwm2mError {
  override readonly name = 'ModelError';
}
