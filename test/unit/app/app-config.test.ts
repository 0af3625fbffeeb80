import { describe, expect, it } from 'vitest';
import { configSections, effectiveVariables, isSecretVariable, MASK, QUEUE_TYPES, readAppConfig } from '../../../src/config/app-config.js';
import { ConfigError } from '../../../src/config/env.js';
import { renderHelp } from '../../../src/app/cli-help.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    readAppConfig(env);
  } catch (e) {
    if (e instanceof ConfigError) return e.problems.map((p) => p.variable);
    throw e;
  }
  return [];
}

describe('readAppConfig', () => {
  it('defaults to the embedded core with ThingsBoard ports and a loopback HTTP server', () => {
    const c = readAppConfig({});
    expect(c.mode).toBe('in-memory');
    expect(c.lwm2m.bindPort).toBe(5685);
    expect(c.lwm2m.securityBindPort).toBe(5686);
    expect(c.http).toEqual({ bindAddress: '127.0.0.1', bindPort: 8083 });
    expect(c.coreLink).toBeUndefined();
  });

  it('reads the Kafka link only in kafka mode, where HTTP binds every interface', () => {
    const c = readAppConfig({ TB_QUEUE_TYPE: 'kafka', TB_KAFKA_SERVERS: 'k1:9092,k2:9093' });
    expect(c.mode).toBe('kafka');
    expect(c.http.bindAddress).toBe('0.0.0.0');
    expect(c.coreLink?.kafka.servers).toEqual(['k1:9092', 'k2:9093']);
    // A bad Kafka value does not matter to the embedded core, which never reads it.
    expect(problemsOf({ TB_KAFKA_SERVERS: 'nonsense' })).toEqual([]);
  });

  it('accepts port 0 so tests and sidecars can ask for an ephemeral port', () => {
    expect(readAppConfig({ LWM2M_BIND_PORT: '0', HTTP_BIND_PORT: '0' }).lwm2m.bindPort).toBe(0);
  });

  it('reports every bad variable of the mode at once', () => {
    expect(problemsOf({ TB_QUEUE_TYPE: 'kafka', LWM2M_BIND_PORT: '-1', LOG_LEVEL: 'loud', TB_KAFKA_ACKS: '2' }).sort()).toEqual(
      ['LOG_LEVEL', 'LWM2M_BIND_PORT', 'TB_KAFKA_ACKS'].sort(),
    );
    expect(problemsOf({ TB_QUEUE_TYPE: 'edge-of-the-world' })).toEqual(['TB_QUEUE_TYPE']);
    // Edge mode needs the Edge entity's routing key and secret.
    expect(problemsOf({ TB_QUEUE_TYPE: 'edge' }).sort()).toEqual(['CLOUD_ROUTING_KEY', 'CLOUD_ROUTING_SECRET']);
    expect(problemsOf({ LWM2M_SHUTDOWN_TIMEOUT_MS: '5' })).toEqual(['LWM2M_SHUTDOWN_TIMEOUT_MS']);
  });
});

describe('effectiveVariables', () => {
  it('shows every variable of the mode with its effective value and masks set secrets', () => {
    const env = { TB_QUEUE_TYPE: 'kafka', TB_KAFKA_SSL_KEY_PASSWORD: 'hunter2', REDIS_PASSWORD: '', LWM2M_BIND_PORT: '6000' };
    const v = effectiveVariables(env, 'kafka');
    expect(v['LWM2M_BIND_PORT']).toBe(6000);
    expect(v['TB_KAFKA_SSL_KEY_PASSWORD']).toBe(MASK);
    // An unset secret is shown as empty: the operator sees it is not configured.
    expect(v['REDIS_PASSWORD']).toBe('');
    expect(v['TB_KAFKA_SERVERS']).toEqual(['localhost:9092']);
    expect(JSON.stringify(v)).not.toContain('hunter2');
  });

  it('leaves Kafka variables out of the embedded mode', () => {
    expect(Object.keys(effectiveVariables({}, 'in-memory'))).not.toContain('TB_KAFKA_SERVERS');
  });

  it('classifies passwords, secrets and keys as secret, but not paths or ports', () => {
    for (const s of ['REDIS_PASSWORD', 'CLOUD_ROUTING_SECRET', 'TB_QUEUE_KAFKA_CONFLUENT_SASL_JAAS_CONFIG', 'TB_QUEUE_KAFKA_CONFLUENT_OAUTH_CLIENT_SECRET', 'TB_REDIS_SSL_PEM_KEY']) {
      expect(isSecretVariable(s), s).toBe(true);
    }
    for (const s of ['TB_KAFKA_SSL_KEYSTORE_LOCATION', 'LWM2M_BIND_PORT', 'REDIS_HOST']) expect(isSecretVariable(s), s).toBe(false);
  });
});

describe('--help', () => {
  it('lists every variable the modes read, each once, with its default', () => {
    const help = renderHelp();
    const listed = [...help.matchAll(/^ {2}([A-Z0-9_]+) +default /gm)].map((m) => m[1]);
    const expected = new Set(QUEUE_TYPES.flatMap((m) => configSections(m)).flatMap((s) => Object.values(s.spec).map((v) => v.variable)));
    expect(new Set(listed)).toEqual(expected);
    expect(listed.length).toBe(expected.size);
    expect(help).toMatch(/^ {2}TB_KAFKA_ACKS +default all; one of all, -1, 0, 1 \[kafka only\]$/m);
    expect(help).toMatch(/^ {2}CLOUD_RPC_PORT +default 7070; .*\[edge only\]$/m);
  });
});
