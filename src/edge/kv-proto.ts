/**
 * KeyValueProto (transport package, as edge.proto uses it) ↔ the port's KvEntry. Long values beyond
 * 2^53 lose precision in a JS number; ThingsBoard's own JSON conversion does the same.
 */
import Long from 'long';
import { transport } from '../gen/edge.js';
import type { KvEntry, TsKvEntry } from '../core/index.js';

const T = transport.KeyValueType;

export function kvToProto(e: KvEntry): transport.IKeyValueProto {
  switch (e.type) {
    case 'boolean':
      return { key: e.key, type: T.BOOLEAN_V, bool_v: e.value };
    case 'long':
      return { key: e.key, type: T.LONG_V, long_v: Long.fromNumber(Math.trunc(e.value)) };
    case 'double':
      return { key: e.key, type: T.DOUBLE_V, double_v: e.value };
    case 'string':
      return { key: e.key, type: T.STRING_V, string_v: e.value };
    case 'json':
      return { key: e.key, type: T.JSON_V, json_v: e.value };
  }
}

/** Undefined for a key-less entry or an unknown type tag (hostile or newer core). */
export function kvFromProto(p: transport.IKeyValueProto, ts: number): TsKvEntry | undefined {
  const key = p.key ?? '';
  if (key === '') return undefined;
  switch (p.type ?? T.BOOLEAN_V) {
    case T.BOOLEAN_V:
      return { key, type: 'boolean', value: p.bool_v === true, ts };
    case T.LONG_V:
      return { key, type: 'long', value: Long.fromValue(p.long_v ?? 0).toNumber(), ts };
    case T.DOUBLE_V:
      return { key, type: 'double', value: p.double_v ?? 0, ts };
    case T.STRING_V:
      return { key, type: 'string', value: p.string_v ?? '', ts };
    case T.JSON_V:
      return { key, type: 'json', value: p.json_v ?? '', ts };
    default:
      return undefined;
  }
}
