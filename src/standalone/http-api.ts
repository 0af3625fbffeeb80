/**
 * The embedded core's local HTTP API (`npm start`): list devices, read their latest telemetry
 * and attributes, send RPC, update shared attributes and assign OTA packages. JSON in and out;
 * no authentication, which is why the server binds 127.0.0.1 by default in this mode.
 */
import type { OtaPackageType, RpcStatus, TsKvEntry, Uuid } from '../core/index.js';
import type { HttpRequest, HttpResponse, HttpServer } from '../http/http-server.js';
import type { RpcOptions, RpcOutcome } from './standalone-core.js';
import type { StoredValue } from './uplink-store.js';

export interface DirectoryDevice {
  readonly id: Uuid;
  readonly name: string;
  /** The LwM2M endpoint name of the device's credentials. */
  readonly endpoint: string | undefined;
}

/** What the transport knows of a live registration (from the LwM2M server). */
export interface RegistrationView {
  readonly lwm2mVersion: string;
  readonly address: string;
  readonly lastSeen: number;
  readonly registeredAt: number;
}

export interface OtaUpload {
  readonly type: OtaPackageType;
  readonly title: string;
  readonly version: string;
  readonly contentType: string;
  readonly fileName: string;
  readonly data: Buffer;
}

export interface OtaAssignment {
  readonly packageId: Uuid;
  readonly type: OtaPackageType;
  readonly title: string;
  readonly version: string;
  readonly size: number;
  readonly checksum: string;
  readonly checksumAlgorithm: string;
}

/** The embedded core as the API uses it (implemented by src/app/embedded-core.ts). */
export interface EmbeddedApiCore {
  deviceList(): DirectoryDevice[];
  readonly uplink: {
    latestTelemetry(deviceId: Uuid): ReadonlyMap<string, StoredValue>;
    latestAttributes(deviceId: Uuid): ReadonlyMap<string, StoredValue>;
  };
  sharedAttributes(deviceId: Uuid): ReadonlyMap<string, TsKvEntry>;
  sendRpc(deviceId: Uuid, method: string, params: unknown, options?: RpcOptions): Promise<RpcOutcome>;
  updateSharedAttributes(deviceId: Uuid, values: Record<string, unknown>): void;
  assignOta(deviceId: Uuid, upload: OtaUpload): OtaAssignment;
  sessionOf(deviceId: Uuid): unknown;
}

export interface EmbeddedApiOptions {
  readonly core: EmbeddedApiCore;
  /** The live registration of an endpoint, on whichever LwM2M server holds it. */
  readonly registration: (endpoint: string) => RegistrationView | undefined;
  /** RPC wait when the body gives no `timeout` (ThingsBoard's REST default is 10 s). */
  readonly defaultRpcTimeoutMs?: number;
  /** Upper bound of an RPC wait, so a client cannot park requests for hours. */
  readonly maxRpcTimeoutMs?: number;
  /** Largest OTA upload accepted. */
  readonly maxPackageBytes?: number;
}

const MAX_PACKAGE = 64 * 1024 * 1024;

function latest(values: Iterable<[string, { ts: number; value: unknown }]>): Record<string, { ts: number; value: unknown }> {
  const out: Record<string, { ts: number; value: unknown }> = {};
  for (const [k, v] of values) out[k] = { ts: v.ts, value: v.value };
  return out;
}

function notFound(name: string): HttpResponse {
  return { status: 404, json: { error: `device "${name}" not found` } };
}

/** ThingsBoard's REST answer to a two-way RPC that ended without a device response. */
function statusResponse(status: RpcStatus): HttpResponse {
  if (status === 'EXPIRED' || status === 'TIMEOUT') return { status: 504, json: { error: `RPC ${status.toLowerCase()}: the device did not answer in time` } };
  return { status: 409, json: { error: `RPC ${status.toLowerCase()}: the device is not connected` } };
}

/** Parses the device's answer: ThingsBoard returns the transport's response JSON as is. */
function rpcResponse(outcome: RpcOutcome): HttpResponse {
  if (outcome.kind === 'status') return statusResponse(outcome.status);
  if (outcome.error !== undefined) return { status: 500, json: { error: outcome.error } };
  if (outcome.payload === undefined || outcome.payload === '') return { status: 200 };
  try {
    return { status: 200, json: JSON.parse(outcome.payload) as unknown };
  } catch {
    // A plain-text payload is returned as text, as ThingsBoard does for a non-JSON response.
    return { status: 200, text: outcome.payload };
  }
}

interface RpcBody {
  method: string;
  params: unknown;
  timeoutMs: number | undefined;
  oneway: boolean;
}

function parseRpcBody(body: unknown): RpcBody | string {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object {"method": ..., "params": ...}';
  const b = body as Record<string, unknown>;
  if (typeof b['method'] !== 'string' || b['method'] === '') return '"method" must be a non-empty string';
  const timeout = b['timeout'];
  if (timeout !== undefined && (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout <= 0)) return '"timeout" must be a positive integer (ms)';
  const oneway = b['oneway'];
  if (oneway !== undefined && typeof oneway !== 'boolean') return '"oneway" must be true or false';
  return { method: b['method'], params: b['params'] ?? {}, timeoutMs: timeout, oneway: oneway === true };
}

export function addEmbeddedApiRoutes(server: HttpServer, opts: EmbeddedApiOptions): void {
  const { core } = opts;
  const defaultTimeout = opts.defaultRpcTimeoutMs ?? 10_000;
  const maxTimeout = opts.maxRpcTimeoutMs ?? 600_000;

  const find = (name: string): DirectoryDevice | undefined => {
    const all = core.deviceList();
    return all.find((d) => d.name === name) ?? all.find((d) => d.endpoint === name);
  };
  const withDevice =
    (fn: (d: DirectoryDevice, req: HttpRequest) => HttpResponse | Promise<HttpResponse>) =>
    (req: HttpRequest): HttpResponse | Promise<HttpResponse> => {
      const name = req.params['name'] ?? '';
      const d = find(name);
      return d === undefined ? notFound(name) : fn(d, req);
    };

  server.route('GET', '/api/devices', () => ({
    json: core.deviceList().map((d) => {
      const reg = d.endpoint === undefined ? undefined : opts.registration(d.endpoint);
      return {
        name: d.name,
        id: d.id,
        endpoint: d.endpoint ?? null,
        registered: reg !== undefined,
        lwm2mVersion: reg?.lwm2mVersion ?? null,
        address: reg?.address ?? null,
        lastSeen: reg?.lastSeen ?? null,
      };
    }),
  }));

  server.route('GET', '/api/devices/{name}/telemetry', withDevice((d) => ({ json: latest(core.uplink.latestTelemetry(d.id)) })));

  server.route(
    'GET',
    '/api/devices/{name}/attributes',
    withDevice((d) => ({ json: { client: latest(core.uplink.latestAttributes(d.id)), shared: latest(core.sharedAttributes(d.id)) } })),
  );

  server.route(
    'POST',
    '/api/devices/{name}/attributes',
    withDevice((d, req) => {
      const body = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body) || Object.keys(body).length === 0) {
        return { status: 400, json: { error: 'body must be a non-empty JSON object {"key": value, ...}' } };
      }
      core.updateSharedAttributes(d.id, body as Record<string, unknown>);
      return { status: 200, json: { updated: Object.keys(body) } };
    }),
  );

  server.route(
    'POST',
    '/api/devices/{name}/rpc',
    withDevice(async (d, req) => {
      const rpc = parseRpcBody(req.body);
      if (typeof rpc === 'string') return { status: 400, json: { error: rpc } };
      const timeoutMs = Math.min(rpc.timeoutMs ?? defaultTimeout, maxTimeout);
      if (core.sessionOf(d.id) === undefined) return { status: 409, json: { error: `device "${d.name}" is not connected` } };
      const pending = core.sendRpc(d.id, rpc.method, rpc.params, { timeoutMs, oneway: rpc.oneway });
      if (rpc.oneway) {
        // One-way RPC: ThingsBoard answers 200 as soon as the request is handed to the transport.
        pending.catch(() => undefined);
        return { status: 200 };
      }
      // The core's own expiry fires a second after the transport's deadline; the HTTP caller
      // gets its 504 at the deadline it asked for.
      let timer: NodeJS.Timeout | undefined;
      const deadline = new Promise<RpcOutcome>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'status', status: 'EXPIRED', statuses: [] }), timeoutMs);
      });
      try {
        return rpcResponse(await Promise.race([pending, deadline]));
      } finally {
        clearTimeout(timer);
      }
    }),
  );

  const ota = (type: OtaPackageType) =>
    withDevice((d, req) => {
      const title = req.query.get('title') ?? '';
      const version = req.query.get('version') ?? '';
      if (title === '' || version === '') return { status: 400, json: { error: 'query parameters "title" and "version" are required' } };
      if (req.rawBody.length === 0) return { status: 400, json: { error: 'the request body must be the package bytes' } };
      const contentType = typeof req.headers['content-type'] === 'string' ? req.headers['content-type'] : 'application/octet-stream';
      const fileName = req.query.get('fileName') ?? `${title}-${version}.bin`;
      return { status: 200, json: core.assignOta(d.id, { type, title, version, contentType, fileName, data: req.rawBody }) };
    });
  const packageLimit = opts.maxPackageBytes ?? MAX_PACKAGE;
  server.route('POST', '/api/devices/{name}/firmware', ota('FIRMWARE'), { body: 'raw', maxBodyBytes: packageLimit });
  server.route('POST', '/api/devices/{name}/software', ota('SOFTWARE'), { body: 'raw', maxBodyBytes: packageLimit });
}
