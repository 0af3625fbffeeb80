// Every message, enum and field declared in proto/*.proto must equal ThingsBoard's schema
// (shared/reference/thingsboard-wire-schema.json) in package, name, number, type and label.
import { describe, expect, it } from 'vitest';
import protobuf from 'protobufjs';
import { loadOwnRoot, loadSharedRoot } from '../../support/core-emulator-schema.js';

function declaredTypes(ns: protobuf.NamespaceBase): Array<protobuf.Type | protobuf.Enum> {
  const out: Array<protobuf.Type | protobuf.Enum> = [];
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type || nested instanceof protobuf.Enum) out.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) out.push(...declaredTypes(nested));
  }
  return out;
}

function fieldShape(f: protobuf.Field): Record<string, unknown> {
  const mapField = f instanceof protobuf.MapField ? f.keyType : undefined;
  return {
    id: f.id,
    // Compare resolved full names so "TbMsgProto" and "msgqueue.TbMsgProto" agree only if they are the same type.
    type: f.resolvedType ? f.resolvedType.fullName : f.type,
    rule: f.repeated ? 'repeated' : undefined,
    keyType: mapField,
    proto3Optional: f.options?.['proto3_optional'] === true,
    realOneof: f.partOf && !(f.partOf.name.startsWith('_') && f.partOf.oneof.length === 1) ? f.partOf.name : undefined,
  };
}

describe('own .proto files vs the shared ThingsBoard schema', () => {
  const own = loadOwnRoot();
  const shared = loadSharedRoot();
  shared.resolveAll();
  const types = declaredTypes(own);

  it('declares the wire messages this transport needs', () => {
    const names = types.map((t) => t.fullName);
    for (const n of ['.transport.TransportApiRequestMsg', '.transport.TransportApiResponseMsg', '.transport.ToCoreMsg',
      '.transport.ToRuleEngineMsg', '.transport.ToTransportMsg', '.transport.ServiceInfo', '.msgqueue.TbMsgProto',
      '.transport.ToUsageStatsServiceMsg']) {
      expect(names).toContain(n);
    }
    expect(types.length).toBeGreaterThan(50);
  });

  it.each(types.map((t) => [t.fullName, t] as const))('%s matches exactly', (fullName, t) => {
    const ref = shared.lookup(fullName);
    expect(ref, `${fullName} missing from shared schema`).not.toBeNull();
    if (t instanceof protobuf.Enum) {
      expect(ref).toBeInstanceOf(protobuf.Enum);
      expect(t.values).toEqual((ref as protobuf.Enum).values);
      return;
    }
    expect(ref).toBeInstanceOf(protobuf.Type);
    const refType = ref as protobuf.Type;
    for (const f of t.fieldsArray) {
      const rf = refType.fields[f.name];
      expect(rf, `${fullName}.${f.name} missing from shared schema`).toBeDefined();
      expect(fieldShape(f), `${fullName}.${f.name}`).toEqual(fieldShape(rf as protobuf.Field));
    }
  });
});
