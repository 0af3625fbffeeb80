/**
 * JSON text of a key/value list as ThingsBoard's transport builds it with Gson
 * (JsonUtils.getJsonObject, thingsboard-transport-wire.md §2.4): insertion order kept, a repeated
 * key keeps its first position with the last value, doubles printed like Java's Double.toString
 * (an integral double keeps ".0", so the rule engine still sees a double), JSON values embedded.
 */
import type { KvEntry } from '../core/core-types.js';
import { javaDoubleText } from '../core/java-double-text.js';


function valueText(kv: KvEntry): string {
  switch (kv.type) {
    case 'boolean':
      return kv.value ? 'true' : 'false';
    case 'long':
      return Number.isFinite(kv.value) ? String(Math.trunc(kv.value)) : '0';
    case 'double':
      // Gson refuses NaN/Infinity by default; send them as strings rather than invalid JSON.
      return Number.isFinite(kv.value) ? javaDoubleText(kv.value) : JSON.stringify(String(kv.value));
    case 'string':
      return JSON.stringify(kv.value);
    case 'json':
      try {
        return JSON.stringify(JSON.parse(kv.value));
      } catch {
        return JSON.stringify(kv.value);
      }
  }
}

/** JSON-quoted keys: the same few profile key names on every record; bounded. */
const QUOTED_BOUND = 10_000;
const quoted = new Map<string, string>();

function quotedKey(key: string): string {
  let q = quoted.get(key);
  if (q === undefined) {
    if (quoted.size >= QUOTED_BOUND) quoted.clear();
    q = JSON.stringify(key);
    quoted.set(key, q);
  }
  return q;
}

export function kvListToJson(values: readonly KvEntry[]): string {
  const only = values.length === 1 ? values[0] : undefined;
  // One value (a notification of one resource): no collection built on the way.
  if (only !== undefined) return `{${quotedKey(only.key)}:${valueText(only)}}`;
  const fields = new Map<string, string>();
  for (const kv of values) fields.set(kv.key, valueText(kv));
  let text = '{';
  for (const [k, v] of fields) text += (text.length > 1 ? ',' : '') + quotedKey(k) + ':' + v;
  return text + '}';
}
