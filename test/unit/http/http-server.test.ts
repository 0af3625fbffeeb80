import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHttpConfig } from '../../../src/config/http-config.js';
import { ConfigError } from '../../../src/config/env.js';
import { HttpError, HttpServer } from '../../../src/http/http-server.js';
import { addObservabilityRoutes } from '../../../src/http/observability-routes.js';
import { startOpsServer } from '../../../src/http/ops-server.js';
import { compilePattern, RoutePatternError, RouteTable } from '../../../src/http/route-table.js';
import { HealthRegistry } from '../../../src/obs/health.js';
import { MetricsRegistry } from '../../../src/obs/metrics.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

let server: HttpServer;
let port: number;
let ready = false;
const metrics = new MetricsRegistry();
const hits = metrics.counter('test_hits_total', 'Hits.');
const health = new HealthRegistry();

function call(method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, timeout: 5000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  server = new HttpServer({ maxBodyBytes: 64 });
  addObservabilityRoutes(server, { metrics, health });
  health.register('sockets', () => ready);
  server
    .route('GET', '/api/devices/{name}/telemetry', (req) => {
      hits.inc();
      return { json: { device: req.params['name'], keys: req.query.getAll('key') } };
    })
    .route('POST', '/api/devices/{name}/rpc', (req) => ({ json: { device: req.params['name'], got: req.body } }))
    .route('POST', '/api/devices/{name}/firmware', (req) => ({ status: 201, json: { bytes: req.rawBody.length, title: req.query.get('title') } }), {
      body: 'raw',
      maxBodyBytes: 4096,
    })
    .route('GET', '/api/fail', () => {
      throw new Error('handler bug');
    })
    .route('GET', '/api/teapot', () => {
      throw new HttpError(418, 'short and stout');
    });
  const addr = await server.listen(0, '127.0.0.1');
  port = addr.port;
});

afterAll(async () => {
  await server?.close();
});

describe('route table', () => {
  it('matches {params}, percent-decodes them, and reports allowed methods', () => {
    const t = new RouteTable<string>();
    t.add('GET', '/a/{x}/b', 'get');
    t.add('POST', '/a/{x}/b', 'post');
    expect(t.lookup('GET', '/a/dev%201/b')).toMatchObject({ kind: 'found', params: { x: 'dev 1' }, route: { handler: 'get' } });
    expect(t.lookup('DELETE', '/a/x/b')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'POST'] });
    expect(t.lookup('GET', '/a/x')).toEqual({ kind: 'not-found' });
    expect(() => t.add('get', '/a/{y}/b', 'again')).not.toThrow();
    expect(() => t.add('GET', '/a/{x}/b', 'dup')).toThrow(RoutePatternError);
  });

  it('refuses malformed patterns', () => {
    expect(() => compilePattern('no-slash')).toThrow(RoutePatternError);
    expect(() => compilePattern('/a/{x}/{x}')).toThrow(/twice/);
    expect(() => compilePattern('/a/x{y}')).toThrow(RoutePatternError);
  });
});

describe('HTTP server', () => {
  it('routes GET with a path parameter and query, answering JSON', async () => {
    const r = await call('GET', '/api/devices/my%20dev/telemetry?key=a&key=b');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(r.body)).toEqual({ device: 'my dev', keys: ['a', 'b'] });
  });

  it('parses a JSON body', async () => {
    const r = await call('POST', '/api/devices/d1/rpc', '{"method":"Read","params":{"keys":["batteryLevel"]}}', {
      'content-type': 'application/json',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toEqual({ device: 'd1', got: { method: 'Read', params: { keys: ['batteryLevel'] } } });
  });

  it('answers 400 to bad JSON and to bad percent-encoding', async () => {
    const bad = await call('POST', '/api/devices/d1/rpc', '{"method":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/not valid JSON/);
    expect((await call('GET', '/api/devices/%E0%A4%A/telemetry')).status).toBe(400);
  });

  it('answers 413 past the body bound; a raw route has its own bound', async () => {
    const big = await call('POST', '/api/devices/d1/rpc', JSON.stringify({ pad: 'x'.repeat(100) }));
    expect(big.status).toBe(413);
    const fw = await call('POST', '/api/devices/d1/firmware?title=fw&version=2', Buffer.alloc(1000, 7));
    expect(fw.status).toBe(201);
    expect(JSON.parse(fw.body)).toEqual({ bytes: 1000, title: 'fw' });
    expect((await call('POST', '/api/devices/d1/firmware', Buffer.alloc(5000))).status).toBe(413);
  });

  it('answers 413 to a chunked body that grows past the bound while streaming', async () => {
    const reply = await new Promise<Reply>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/api/devices/d1/rpc', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      for (let i = 0; i < 3; i++) req.write('x'.repeat(40));
      req.end();
    });
    expect(reply.status).toBe(413);
    expect(reply.headers['connection']).toBe('close');
  });

  it('answers 404 for unknown paths and 405 with Allow for a wrong method', async () => {
    const nf = await call('GET', '/nope');
    expect(nf.status).toBe(404);
    expect(JSON.parse(nf.body).error).toMatch(/no route/);
    const na = await call('DELETE', '/api/devices/d1/rpc');
    expect(na.status).toBe(405);
    expect(na.headers['allow']).toBe('POST');
  });

  it('answers 500 for a handler exception and the HttpError status when thrown', async () => {
    const fail = await call('GET', '/api/fail');
    expect(fail.status).toBe(500);
    expect(JSON.parse(fail.body)).toEqual({ error: 'internal error' });
    const tea = await call('GET', '/api/teapot');
    expect(tea.status).toBe(418);
  });

  it('serves /metrics in the Prometheus text format', async () => {
    await call('GET', '/api/devices/x/telemetry');
    const r = await call('GET', '/metrics');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
    expect(r.body).toContain('# TYPE test_hits_total counter\n');
    expect(r.body).toMatch(/^test_hits_total [1-9]\d*$/m);
  });

  it('/health is 503 until every check passes, then 200 {"status":"UP"}', async () => {
    ready = false;
    const down = await call('GET', '/health');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: 'DOWN' });
    ready = true;
    const up = await call('GET', '/health');
    expect(up.status).toBe(200);
    expect(JSON.parse(up.body)).toMatchObject({ status: 'UP' });
    const head = await call('HEAD', '/health');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });
});

describe('ops server', () => {
  it('listens on the configured address and serves /health and /metrics', async () => {
    const h = new HealthRegistry();
    h.register('always', () => true);
    const m = new MetricsRegistry();
    m.gauge('ops_test', 'x').set(4);
    const ops = await startOpsServer({ config: { bindAddress: '127.0.0.1', bindPort: 0 }, metrics: m, health: h });
    try {
      expect(ops.listening).toBe(true);
      const get = (path: string): Promise<Reply> =>
        new Promise((resolve, reject) => {
          request({ host: '127.0.0.1', port: ops.port, path }, (res) => {
            let body = '';
            res.on('data', (c: Buffer) => (body += c.toString()));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
          })
            .on('error', reject)
            .end();
        });
      expect(JSON.parse((await get('/health')).body)).toEqual({ status: 'UP', checks: [{ name: 'always', ok: true }] });
      expect((await get('/metrics')).body).toContain('ops_test 4\n');
    } finally {
      await ops.close();
    }
    expect(ops.listening).toBe(false);
  });
});

describe('HTTP config', () => {
  it('defaults to 0.0.0.0:8083 in cluster mode and 127.0.0.1:8083 embedded', () => {
    expect(readHttpConfig({}, { embedded: false })).toEqual({ bindAddress: '0.0.0.0', bindPort: 8083 });
    expect(readHttpConfig({}, { embedded: true })).toEqual({ bindAddress: '127.0.0.1', bindPort: 8083 });
    expect(readHttpConfig({ HTTP_BIND_ADDRESS: '::', HTTP_BIND_PORT: '8081' }, { embedded: true })).toEqual({
      bindAddress: '::',
      bindPort: 8081,
    });
  });

  it('a bad port stops start-up naming HTTP_BIND_PORT', () => {
    expect(() => readHttpConfig({ HTTP_BIND_PORT: '80000' }, { embedded: false })).toThrow(ConfigError);
    expect(() => readHttpConfig({ HTTP_BIND_PORT: 'http' }, { embedded: false })).toThrow(/HTTP_BIND_PORT/);
  });
});
