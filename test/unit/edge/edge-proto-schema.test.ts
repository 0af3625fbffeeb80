// proto/edge.proto against ThingsBoard's edge schema (thingsboard-edge-schema.json on top of the wire
// schema): every declared edge message, enum, field and the service must match in name, number, type and
// label; bytes encoded by src/gen/edge.js must decode identically with the shared schema.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import * as gen from '../../../src/gen/edge.js';
import { loadOwnEdgeRoot, loadSharedEdgeRoot } from '../../support/edge-core-emulator-schema.js';

const own = loadOwnEdgeRoot();
const shared = loadSharedEdgeRoot();
const ownEdge = own.lookup('edge') as protobuf.Namespace;

function isRealOneof(f: protobuf.Field): string | undefined {
  return f.partOf && !(f.partOf.name.startsWith('_') && f.partOf.oneof.length === 1) ? f.partOf.name : undefined;
}

function shape(f: protobuf.Field): Record<string, unknown> {
  return {
    id: f.id,
    type: f.resolvedType ? f.resolvedType.fullName : f.type,
    repeated: f.repeated,
    proto3Optional: f.options?.['proto3_optional'] === true,
    oneof: isRealOneof(f),
  };
}

const types = ownEdge.nestedArray.filter((n): n is protobuf.Type | protobuf.Enum => n instanceof protobuf.Type || n instanceof protobuf.Enum);
const messages = types.filter((t): t is protobuf.Type => t instanceof protobuf.Type);

describe('proto/edge.proto declarations', () => {
  it('declares the messages the edge link needs', () => {
    const names = types.map((t) => t.name);
    for (const n of ['RequestMsg', 'ResponseMsg', 'ConnectRequestMsg', 'ConnectResponseMsg', 'UplinkMsg', 'DownlinkMsg',
      'DownlinkResponseMsg', 'UplinkResponseMsg', 'SyncRequestMsg', 'DeviceRpcCallMsg', 'EntityDataProto', 'EdgeVersion']) {
      expect(names).toContain(n);
    }
  });

  it.each(types.map((t) => [t.fullName, t] as const))('%s matches the shared schema', (fullName, t) => {
    const ref = shared.lookup(fullName);
    expect(ref, `${fullName} missing`).not.toBeNull();
    if (t instanceof protobuf.Enum) {
      expect(t.values).toEqual((ref as protobuf.Enum).values);
      return;
    }
    const refType = ref as protobuf.Type;
    for (const f of t.fieldsArray) {
      const rf = refType.fields[f.name];
      expect(rf, `${fullName}.${f.name} missing`).toBeDefined();
      expect(shape(f), `${fullName}.${f.name}`).toEqual(shape(rf as protobuf.Field));
    }
  });

  it('the transport.* types the edge messages use equal the shared ones', () => {
    for (const name of ['transport.PostTelemetryMsg', 'transport.PostAttributeMsg', 'transport.TsKvListProto', 'transport.KeyValueProto']) {
      const o = own.lookupType(name);
      const r = shared.lookupType(name);
      for (const f of o.fieldsArray) expect(shape(f), `${name}.${f.name}`).toEqual(shape(r.fields[f.name] as protobuf.Field));
    }
  });

  it('declares the EdgeRpcService bidirectional stream exactly as ThingsBoard', () => {
    const svc = own.lookupService('edge.EdgeRpcService');
    const ref = shared.lookupService('edge.EdgeRpcService');
    const m = svc.methods['handleMsgs'];
    const rm = ref.methods['handleMsgs'];
    expect(m && rm).toBeTruthy();
    expect([m?.requestType, m?.responseType, m?.requestStream, m?.responseStream])
      .toEqual([rm?.requestType, rm?.responseType, rm?.requestStream, rm?.responseStream]);
  });
});

type Plain = Record<string, unknown>;
type Codec = { encode(m: unknown): { finish(): Uint8Array }; fromObject(o: Plain): unknown };

/** Every field set (first member of a real oneof only), nested two levels; int64 past 2^53 and negative. */
function sample(t: protobuf.Type, depth: number, seed: { n: number }): Plain {
  const out: Plain = {};
  const taken = new Set<string>();
  for (const f of t.fieldsArray) {
    const oneof = isRealOneof(f);
    if (oneof) {
      if (taken.has(oneof)) continue;
      taken.add(oneof);
    }
    const one = (): unknown => {
      seed.n += 1;
      if (f.resolvedType instanceof protobuf.Enum) {
        const names = Object.keys(f.resolvedType.values);
        return names[seed.n % names.length];
      }
      if (f.resolvedType instanceof protobuf.Type) return depth > 0 ? sample(f.resolvedType, depth - 1, seed) : {};
      switch (f.type) {
        case 'string': return `s${seed.n}`;
        case 'bool': return true;
        case 'int32': return -seed.n;
        case 'int64': return seed.n % 2 === 0 ? '-7395159290813128135' : `${9007199254740993 + seed.n}`;
        case 'double': return seed.n + 0.25;
        case 'bytes': return Buffer.from([seed.n & 0xff, 0]).toString('base64');
        default: throw new Error(`no sample for ${f.type}`);
      }
    };
    out[f.name] = f.repeated ? [one(), one()] : one();
  }
  return out;
}

const conv: protobuf.IConversionOptions = { longs: String, enums: String, bytes: String, defaults: false, oneofs: false };

describe('encode with src/gen/edge.js, decode with the shared schema', () => {
  it.each(messages.map((t) => [t.fullName, t] as const))('%s', (fullName, t) => {
    const input = sample(t, 2, { n: 0 });
    const codec = (gen.edge as unknown as Record<string, Codec>)[t.name];
    expect(codec).toBeDefined();
    const bytes = (codec as Codec).encode((codec as Codec).fromObject(input)).finish();
    const refType = shared.lookupType(fullName);
    const decoded = refType.toObject(refType.decode(bytes), conv);
    expect(decoded).toEqual(t.toObject(t.fromObject(input), conv));
    if (t.fieldsArray.length > 0) expect(Object.keys(decoded).length).toBeGreaterThan(0);
  });

  it('a connect request decodes with the announced version and size limit', () => {
    const bytes = gen.edge.RequestMsg.encode({
      msgType: gen.edge.RequestMsgType.CONNECT_RPC_MESSAGE,
      connectRequestMsg: { edgeRoutingKey: 'rk', edgeSecret: 'sec', edgeVersion: gen.edge.EdgeVersion.V_4_0_0, maxInboundMessageSize: 64 << 20 },
    }).finish();
    const ref = shared.lookupType('edge.RequestMsg');
    const obj = ref.toObject(ref.decode(bytes), conv);
    expect(obj).toEqual({ connectRequestMsg: { edgeRoutingKey: 'rk', edgeSecret: 'sec', edgeVersion: 'V_4_0_0', maxInboundMessageSize: 67108864 } });
  });
});
