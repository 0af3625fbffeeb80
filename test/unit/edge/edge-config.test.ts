import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config/env.js';
import { readEdgeConfig } from '../../../src/config/edge-config.js';
import { edgeConnectionOptions } from '../../../src/edge/create-edge-core.js';
import { edge } from '../../../src/gen/edge.js';

describe('edge link configuration', () => {
  it('uses ThingsBoard Edge names and the spec defaults', () => {
    const c = readEdgeConfig({ CLOUD_ROUTING_KEY: 'k', CLOUD_ROUTING_SECRET: 's' });
    expect(c).toMatchObject({ host: 'localhost', port: 7070, edgeVersion: 'V_4_0_0', maxInboundMessageSize: 64 * 1024 * 1024, keepAliveTimeSec: 10, keepAliveTimeoutSec: 5, sslEnabled: false });
    const o = edgeConnectionOptions(c);
    expect(o.edgeVersion).toBe(edge.EdgeVersion.V_4_0_0);
    expect(o.keepAliveTimeMs).toBe(10_000);
  });

  it('requires routing key and secret and rejects versions older than V_3_6_2', () => {
    expect(() => readEdgeConfig({})).toThrow(ConfigError);
    expect(() => readEdgeConfig({ CLOUD_ROUTING_KEY: 'k', CLOUD_ROUTING_SECRET: 's', EDGE_VERSION: 'V_3_6_0' })).toThrow(/EDGE_VERSION/);
    expect(readEdgeConfig({ CLOUD_ROUTING_KEY: 'k', CLOUD_ROUTING_SECRET: 's', EDGE_VERSION: 'V_4_4_0' }).edgeVersion).toBe('V_4_4_0');
  });

  it('bounds the periodic full sync below the 32-bit timer limit', () => {
    expect(readEdgeConfig({ CLOUD_ROUTING_KEY: 'k', CLOUD_ROUTING_SECRET: 's' }).fullSyncIntervalHours).toBe(24);
    expect(() => readEdgeConfig({ CLOUD_ROUTING_KEY: 'k', CLOUD_ROUTING_SECRET: 's', EDGE_FULL_SYNC_INTERVAL_HOURS: '600' })).toThrow(/EDGE_FULL_SYNC_INTERVAL_HOURS/);
  });
});
