import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { CoapRequestError } from '../../../src/coap/types.js';
import { CodecError, ModelError } from '../../../src/lwm2m/errors.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import type { Registration } from '../../../src/lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../../../src/lwm2m/server/lwm2m-server.js';
import type { Notification } from '../../../src/lwm2m/server/operation-types.js';
import type { Lwm2mServerEvents } from '../../../src/lwm2m/server/server-events.js';
import {
  bindLwm2mServerMetrics,
  classifyDownlink,
  parserKindOf,
  recordDownlink,
  type Lwm2mEventSource,
} from '../../../src/obs/lwm2m-metrics.js';
import { createTransportMetrics } from '../../../src/obs/transport-metrics.js';

// Compile-time: the real server satisfies the event-source shape the binder takes.
const asSource: (s: Lwm2mServer) => Lwm2mEventSource = (s) => s;
void asSource;

const reg = { endpoint: 'dev-1' } as unknown as Registration;

describe('LwM2M server metrics', () => {
  it('counts registrations, uplink kinds and active sessions from server events, and detaches', () => {
    const m = createTransportMetrics();
    const server = new EventEmitter<Lwm2mServerEvents>();
    const detach = bindLwm2mServerMetrics(m, server);
    server.emit('registered', reg);
    server.emit('registered', reg);
    server.emit('updated', reg, reg);
    // A re-Register of the same endpoint: the old one is replaced, the new one registered.
    server.emit('replaced', reg, reg);
    server.emit('registered', reg);
    const note: Notification = { code: '2.05', paths: [parsePath('/3/0/9')] };
    server.emit('notification', reg, note);
    server.emit('notification', reg, { ...note, error: new CodecError(112, 'bad cbor') });
    server.emit('send', reg, []);
    server.emit('deregistered', reg);
    server.emit('expired', reg);
    expect(m.registrations.registered.value).toBe(3);
    expect(m.registrations.updated.value).toBe(1);
    expect(m.registrations.deregistered.value).toBe(1);
    expect(m.registrations.expired.value).toBe(1);
    expect(m.activeSessions.value).toBe(0);
    expect(m.uplink.register.value).toBe(3);
    expect(m.uplink.notification.value).toBe(2);
    expect(m.uplink.send.value).toBe(1);
    expect(m.parserRejections.senml_cbor.value).toBe(1);
    detach();
    server.emit('registered', reg);
    expect(m.registrations.registered.value).toBe(3);
    expect(server.listenerCount('registered')).toBe(0);
  });

  it('classifies downlink outcomes: 2.xx success, error code or reset failure, timeout', () => {
    expect(classifyDownlink({ code: '2.05' })).toBe('success');
    expect(classifyDownlink({ code: '2.31' })).toBe('success');
    expect(classifyDownlink({ code: '4.04' })).toBe('failure');
    expect(classifyDownlink(new CoapRequestError('timeout', 'no answer'))).toBe('timeout');
    expect(classifyDownlink(new CoapRequestError('reset', 'RST'))).toBe('failure');
    expect(classifyDownlink(new Error('encode failed'))).toBe('failure');
    expect(classifyDownlink(undefined)).toBe('failure');
  });

  it('records downlink counts and the parser of an undecodable answer', () => {
    const m = createTransportMetrics();
    recordDownlink(m, 'read', { code: '2.05', error: new CodecError(11542, 'short TLV') });
    recordDownlink(m, 'read', new CoapRequestError('timeout', 'no answer'));
    recordDownlink(m, 'execute', { code: '4.05' });
    expect(m.downlink.read.success.value).toBe(1);
    expect(m.downlink.read.timeout.value).toBe(1);
    expect(m.downlink.execute.failure.value).toBe(1);
    expect(m.parserRejections.tlv.value).toBe(1);
  });

  it('maps codec errors to parsers by content format (legacy numbers too), DDF errors to ddf', () => {
    expect(parserKindOf(new CodecError(1542, 'x'))).toBe('tlv');
    expect(parserKindOf(new CodecError(11543, 'x'))).toBe('lwm2m_json');
    expect(parserKindOf(new CodecError(40, 'x'))).toBe('link_format');
    expect(parserKindOf(new CodecError(9999, 'x'))).toBeUndefined();
    expect(parserKindOf(new ModelError('x'))).toBe('ddf');
    expect(parserKindOf(new Error('x'))).toBeUndefined();
  });
});
