import type coap from 'coap';

/**
 * The raw option list of a node-coap message. node-coap collapses repeated options in
 * `headers` (and converts some values), so repeated ones (Location-Path, Uri-Query) are read here.
 */
export function optionValues(msg: { _packet: { options?: ReadonlyArray<{ name: unknown; value: unknown }> } }, name: string): unknown[] {
  return (msg._packet.options ?? []).filter((o) => o.name === name).map((o) => o.value);
}

/** A response the device received to one of its own requests (Register, Update, Send...). */
export interface UplinkResponse {
  readonly code: string;
  readonly payload: Buffer;
  readonly locationPath: string[];
}

export interface UplinkRequest {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly pathname: string;
  readonly query?: string;
  readonly payload?: Buffer;
  readonly contentFormat?: number;
  /** Send with Block1 of this size exponent (SZX, RFC 7959 §2.2) when the payload is large. */
  readonly block1Szx?: number;
}

/**
 * Sends one confirmable request from the device's agent and resolves with the response. node-coap
 * has no deadline after an empty ACK (its separate-response wait never ends), so the device adds
 * its own and aborts on expiry.
 */
export function sendUplink(
  agent: coap.Agent,
  target: { host: string; port: number },
  req: UplinkRequest,
  timeoutMs: number,
): Promise<UplinkResponse> {
  return new Promise((resolve, reject) => {
    const out = agent.request({
      hostname: target.host,
      port: target.port,
      method: req.method,
      pathname: req.pathname,
      confirmable: true,
      ...(req.query !== undefined ? { query: req.query } : {}),
    });
    if (req.contentFormat !== undefined) out.setOption('Content-Format', req.contentFormat);
    if (req.block1Szx !== undefined && req.payload !== undefined && req.payload.length > 1024) {
      out.setOption('Block1', Buffer.of(req.block1Szx));
    }
    let done = false;
    const timer = setTimeout(() => {
      if (done) return;
      done = true;
      agent.abort(out);
      reject(new Error(`${req.method} ${req.pathname}: no response in ${timeoutMs} ms`));
    }, timeoutMs);
    timer.unref();
    out.on('response', (res: coap.IncomingMessage) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      const locationPath = optionValues(res, 'Location-Path').map((v) =>
        Buffer.isBuffer(v) ? v.toString('utf8') : String(v),
      );
      resolve({ code: String(res.code), payload: res.payload ?? Buffer.alloc(0), locationPath });
    });
    out.on('error', (err: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(err);
    });
    out.on('timeout', (err: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      reject(err);
    });
    out.end(req.payload);
  });
}
