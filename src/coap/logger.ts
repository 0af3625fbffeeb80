/** The little the layer logs; a pino logger fits this shape. */
export interface CoapLogger {
  warn(obj: object, msg: string): void;
  debug(obj: object, msg: string): void;
}

export const silentLogger: CoapLogger = Object.freeze({
  warn(): void {},
  debug(): void {},
});
