// Hostile bytes on the two consumed topics never throw and are counted (DESIGN.md "Reliability").
import { describe, expect, it } from 'vitest';
import pino from 'pino';
import { transport } from '../../../src/gen/wire.js';
import { CoreApi } from '../../../src/kafka/core-api.js';
import { NotificationHandler } from '../../../src/kafka/notification-handler.js';
import { QueueRouting } from '../../../src/kafka/queue-routing.js';
import { SessionManager } from '../../../src/kafka/session-manager.js';
import { TransportApiClient } from '../../../src/kafka/transport-api-client.js';

const log = pino({ level: 'silent' });

/** Small deterministic PRNG (mulberry32) so a failure can be replayed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutations(seed: number, count: number): Buffer[] {
  const r = rng(seed);
  // Start from valid messages and flip/truncate/extend them, plus pure noise.
  const valid = [
    Buffer.from(transport.ToTransportMsg.encode({ sessionIdMSB: undefined, entityUpdateMsg: { deviceProfile: { name: 'p', deviceProfileData: Buffer.from('{"x":1}') } } }).finish()),
    Buffer.from(transport.ToTransportMsg.encode({ toDeviceRequest: { methodName: 'Read', params: '{}' }, queueUpdateMsgs: [{ queueName: 'Main', queueTopic: 't', partitions: 3 }] }).finish()),
    Buffer.from(transport.TransportApiResponseMsg.encode({ validateCredResponseMsg: { credentialsBody: '{' } }).finish()),
  ];
  const out: Buffer[] = [];
  for (let i = 0; i < count; i++) {
    const base = valid[i % valid.length]!;
    const b = Buffer.from(base);
    const kind = Math.floor(r() * 4);
    if (kind === 0) for (let k = 0; k < 3; k++) b[Math.floor(r() * b.length)] = Math.floor(r() * 256);
    if (kind === 1) out.push(b.subarray(0, Math.floor(r() * b.length)));
    else if (kind === 2) out.push(Buffer.concat([b, Buffer.from(Array.from({ length: 8 }, () => Math.floor(r() * 256)))]));
    else if (kind === 3) out.push(Buffer.from(Array.from({ length: 1 + Math.floor(r() * 64) }, () => Math.floor(r() * 256))));
    else out.push(b);
  }
  return out;
}

describe('hostile input on consumed topics', () => {
  it('notifications: 3000 mutated records never throw', async () => {
    const api = new CoreApi(async () => ({ kind: 'timeout' }), log);
    const sessions = new SessionManager({ nodeId: 'sid', reportTimeoutMs: 3000, inactivityTimeoutMs: 600000, strategy: 'LAST' }, async () => ({ ok: true }), log);
    const h = new NotificationHandler({ sessions, api, routing: new QueueRouting('murmur3_128'), onAttributesResponse: () => undefined, emit: () => undefined, log });
    for (const [i, value] of mutations(1, 3000).entries()) {
      expect(() => h.handle({ topic: 't', key: undefined, value, headers: {}, offset: String(i) })).not.toThrow();
    }
    expect(h.stats.handled + h.stats.malformed).toBe(3000);
    expect(h.stats.malformed).toBeGreaterThan(0);
  });

  it('API responses: 3000 mutated records and headers never throw', () => {
    const c = new TransportApiClient(async () => ({ ok: true }), { requestsTopic: 'q', responsesTopic: 'r', maxPendingRequests: 10, maxRequestTimeoutMs: 1000 }, log);
    const r = rng(2);
    for (const [i, value] of mutations(3, 3000).entries()) {
      const headers = r() < 0.5 ? { requestId: Buffer.from(Array.from({ length: Math.floor(r() * 20) }, () => Math.floor(r() * 256))) } : {};
      expect(() => c.handleResponse({ topic: 'r', key: undefined, value, headers, offset: String(i) })).not.toThrow();
    }
    expect(c.stats.malformedResponses + c.stats.unknownResponses).toBe(3000);
  });
});
