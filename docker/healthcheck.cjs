// Docker HEALTHCHECK probe: GET /health on the transport's own HTTP server; exit 0 only on 200.
// Plain CommonJS on node:http so the slim image needs no curl or wget.
'use strict';
const http = require('node:http');

const port = Number(process.env.HTTP_BIND_PORT || 8083);
const bind = process.env.HTTP_BIND_ADDRESS || '0.0.0.0';
// A wildcard bind is reachable on loopback; a specific address must be asked directly.
const host = bind === '0.0.0.0' || bind === '::' || bind === '' ? '127.0.0.1' : bind;
const timeoutMs = Number(process.env.HEALTHCHECK_TIMEOUT_MS || 4000);

const req = http.get({ host, port, path: '/health', timeout: timeoutMs }, (res) => {
  res.resume();
  process.exitCode = res.statusCode === 200 ? 0 : 1;
});
req.on('timeout', () => req.destroy(new Error('timeout')));
req.on('error', () => {
  process.exitCode = 1;
});
