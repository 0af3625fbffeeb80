import type coap from 'coap';
import type { Clock, TimerHandle } from '../../src/coap/types.js';
import { ContentFormat } from '../../src/lwm2m/content-format.js';
import { formatPath, parsePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import type { BootstrapAnswer, BootstrapMode } from './bootstrap-mode.js';
import { CoapStatusError } from './errors.js';
import { readInbound, type InboundRequest } from './inbound-request.js';
import type { ObserveManager, Relation } from './observe-manager.js';
import { compositePayload, dispatch, encodeFor, type OperationContext, type Reply } from './operations.js';
import type { RequestLogEntry, ScriptedBehaviour } from './types.js';

type ObserveStream = coap.ObserveWriteStream;

export interface ResponderDeps {
  readonly ctx: OperationContext;
  readonly clock: Clock;
  /** Request log entries kept; 0 keeps none. */
  readonly logLimit: number;
  /** Counts a request (stats). */
  counted(): void;
  fail(err: Error): void;
}

/**
 * The device's CoAP server side: turns node-coap requests into LwM2M operations, applies
 * scripted behaviours (a fixed code, a delay, silence), writes the answer (Observe streams
 * included) and keeps the request log.
 */
export class RequestResponder {
  readonly log: RequestLogEntry[] = [];
  private readonly scripts: Array<ScriptedBehaviour & { left: number }> = [];
  /** Observation token → the content format its notifications use. */
  private readonly relationFormat = new Map<string, number>();
  private readonly delayed = new Set<TimerHandle>();
  observations: ObserveManager | undefined;
  /** Client-initiated bootstrap (set by the device); while active it answers the bootstrap operations. */
  bootstrap: BootstrapMode | undefined;

  constructor(private readonly deps: ResponderDeps) {}

  script(behaviour: ScriptedBehaviour): () => void {
    const entry = { ...behaviour, path: formatPath(parsePath(behaviour.path)), left: behaviour.times ?? Infinity };
    this.scripts.push(entry);
    return () => {
      const i = this.scripts.indexOf(entry);
      if (i >= 0) this.scripts.splice(i, 1);
    };
  }

  /** Current content of an observation, in the format its first answer used. */
  render(rel: Relation): Buffer {
    const format = this.relationFormat.get(rel.token) ?? ContentFormat.SENML_CBOR;
    if (rel.composite) return compositePayload(this.deps.ctx, rel.paths, format);
    const path = rel.paths[0] as Lwm2mPath;
    return encodeFor(this.deps.ctx, this.deps.ctx.store.read(path), path, format).payload;
  }

  handle(req: coap.IncomingMessage, res: coap.OutgoingMessage): void {
    // node-coap hands an empty Reset (code 0.00) to the request handler as if it were a request
    // (its `ack ?? reset` test stops at ack = false). RFC 7252 §4.2: a Reset is never answered.
    if (req.code === '0.00') return;
    this.deps.counted();
    const bs = this.bootstrap?.active === true ? this.bootstrap.handle(req) : undefined;
    if (bs !== undefined) {
      this.answerBootstrap(req, res, bs);
      return;
    }
    let inbound: InboundRequest;
    try {
      inbound = readInbound(req);
    } catch (err) {
      this.respond(res, undefined, toReply(err));
      return;
    }
    const script = this.matchScript(inbound);
    const run = (): void => {
      if (script?.drop === true) {
        this.record(inbound, 'dropped');
        return;
      }
      let reply: Reply;
      try {
        reply = script?.code !== undefined ? { code: script.code } : dispatch(this.deps.ctx, inbound);
      } catch (err) {
        reply = toReply(err);
        if (reply.code === '5.00') this.deps.fail(err instanceof Error ? err : new Error(String(err)));
      }
      this.respond(res, inbound, reply);
    };
    if (script?.delayMs !== undefined && script.delayMs > 0) {
      const t = this.deps.clock.setTimeout(() => {
        this.delayed.delete(t);
        run();
      }, script.delayMs);
      this.delayed.add(t);
    } else run();
  }

  stop(): void {
    for (const t of this.delayed) this.deps.clock.clearTimeout(t);
    this.delayed.clear();
    this.relationFormat.clear();
  }

  private matchScript(req: InboundRequest): (ScriptedBehaviour & { left: number }) | undefined {
    const s = this.scripts.find((b) => b.path === req.pathText && (b.method === undefined || b.method === req.method));
    if (s === undefined) return undefined;
    if (--s.left <= 0) this.scripts.splice(this.scripts.indexOf(s), 1);
    return s;
  }

  private respond(res: coap.OutgoingMessage, req: InboundRequest | undefined, reply: Reply): void {
    // ObserveWriteStream reads `statusCode`, OutgoingMessage reads `code` first.
    res.code = reply.code;
    res.statusCode = reply.code;
    if (reply.contentFormat !== undefined) res.setOption('Content-Format', reply.contentFormat);
    // node-coap needs Buffers for Location-Path (strings throw inside coap-packet).
    if (reply.locationPath !== undefined) res.setOption('Location-Path', reply.locationPath.map((s) => Buffer.from(s)));
    if (req?.block1 !== undefined) res.setOption('Block1', req.block1); // RFC 7959 §2.3
    if (req !== undefined) this.record(req, reply.code);
    const observations = this.observations;
    if (reply.observe !== undefined && req !== undefined && req.observe === 0 && observations !== undefined) {
      // node-coap gave an ObserveWriteStream for this Observe=0 request: each write is one
      // notification carrying the next Observe sequence number (RFC 7641 §4.2).
      const stream = res as unknown as ObserveStream;
      const token = req.token;
      this.relationFormat.set(token, reply.observe.format);
      stream.on('finish', () => {
        observations.forget(token);
        this.relationFormat.delete(token);
      });
      stream.write(reply.payload ?? Buffer.alloc(0));
      observations.add(token, reply.observe.paths, reply.observe.composite, {
        notify: (payload) => stream.write(payload),
        close: () => {
          this.relationFormat.delete(token);
          stream.end();
        },
        fail: (code) => {
          this.relationFormat.delete(token);
          // RFC 7641 §4.2: an error notification carries no Observe option and ends the relation.
          stream.statusCode = code;
          stream._packet.options = (stream._packet.options ?? []).filter((o) => o.name !== 'Observe');
          stream._doSend();
          stream.end();
        },
      });
      return;
    }
    res.end(reply.payload);
  }

  private answerBootstrap(req: coap.IncomingMessage, res: coap.OutgoingMessage, a: BootstrapAnswer): void {
    res.code = a.code;
    if (a.contentFormat !== undefined) res.setOption('Content-Format', a.contentFormat);
    if (this.deps.logLimit > 0) {
      if (this.log.length >= this.deps.logLimit) this.log.shift();
      this.log.push({ time: this.deps.clock.now(), method: String(req.method), path: a.path, query: [], payload: req.payload, code: a.code });
    }
    res.end(a.payload);
  }

  private record(req: InboundRequest, code: string): void {
    if (this.deps.logLimit <= 0) return;
    if (this.log.length >= this.deps.logLimit) this.log.shift();
    const entry: { -readonly [K in keyof RequestLogEntry]: RequestLogEntry[K] } = {
      time: this.deps.clock.now(),
      method: req.method,
      path: req.pathText,
      query: req.query,
      payload: req.payload,
      code,
    };
    if (req.contentFormat !== undefined) entry.contentFormat = req.contentFormat;
    if (req.accept !== undefined) entry.accept = req.accept;
    if (req.observe !== undefined) entry.observe = req.observe;
    this.log.push(entry);
  }
}

function toReply(err: unknown): Reply {
  if (err instanceof CoapStatusError) return { code: err.code, payload: Buffer.from(err.message) };
  return { code: '5.00', payload: Buffer.from(err instanceof Error ? err.message : 'internal error') };
}
