import type { TsKvEntry } from '../core/index.js';
import type { Lwm2mNode } from '../lwm2m/node.js';
import { formatPath } from '../lwm2m/path.js';
import { loggedDownlink } from './downlink-log.js';
import { comparableText } from './kv-values.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import type { JsonValue } from './rpc-params.js';
import { logText } from './transport-log-text.js';
import { postUplink, type TransportContext } from './transport-context.js';
import { applyNode } from './value-updates.js';
import { tryParsePath } from './versioned-id.js';
import { resourceNodeFrom } from './write-values.js';

/**
 * Shared attributes → LwM2M Write (features doc #46-#48): an updated key that a profile
 * keyName maps to a resource marked as attribute becomes a Write-Replace of that resource,
 * unless the value is unchanged or the update is older than the last one written. OTA keys
 * (fw_*, sw_*) are not resources.
 */

const isOtaKey = (k: string): boolean => k.startsWith('fw_') || k.startsWith('sw_');

function jsonOf(kv: TsKvEntry): JsonValue {
  if (kv.type !== 'json') return kv.value;
  try {
    return JSON.parse(kv.value) as JsonValue;
  } catch {
    return kv.value;
  }
}

function comparableNode(node: Lwm2mNode): string {
  if (node.kind === 'resource' || node.kind === 'resourceInstance') return comparableText(node.value);
  if (node.kind === 'multiResource') {
    return JSON.stringify(Object.fromEntries([...node.instances].sort((a, b) => a[0] - b[0]).map(([i, v]) => [i, comparableText(v)])));
  }
  return '';
}

/** Applies shared-attribute values to the device; `warnUnchanged` is off for the registration/wake-up sync (#47). */
export async function applySharedAttributes(ctx: TransportContext, client: Lwm2mClient, updated: readonly TsKvEntry[], warnUnchanged: boolean): Promise<void> {
  const jobs: Array<Promise<void>> = [];
  for (const kv of updated) {
    if (isOtaKey(kv.key)) continue;
    const versionedId = client.mapping.keys.get(kv.key);
    const path = versionedId === undefined ? undefined : tryParsePath(versionedId);
    if (versionedId === undefined || path === undefined || path.objectId === undefined || path.resourceId === undefined || path.instanceId === undefined) {
      client.log.write(logText.attributeUpdateFailed(`${kv.key} is not configured in the device profile!`));
      continue;
    }
    const plain = formatPath(path);
    // ThingsBoard's documentation: only a resource marked as attribute is written (its code
    // writes any mapped key; see docs/thingsboard-behaviour.md).
    if (client.mapping.resources.get(plain)?.attribute !== true) {
      client.log.write(logText.attributeUpdateFailed(`${kv.key} is not marked as an attribute in the device profile`));
      continue;
    }
    const last = client.lastWriteTs.get(plain);
    if (last !== undefined && kv.ts < last) continue;
    const model = ctx.models.resource(path.objectId, path.resourceId, path.objectVersion);
    let node: Lwm2mNode;
    try {
      if (model === undefined) throw new Error('no model');
      node = resourceNodeFrom(model, jsonOf(kv), 'ms', versionedId);
    } catch {
      client.log.write(logText.attributeBadValue(versionedId));
      continue;
    }
    const current = client.values.get(plain);
    if (current !== undefined && comparableNode(current) === comparableNode(node)) {
      if (warnUnchanged) client.log.write(logText.attributeNotChanged(versionedId, String(kv.value)));
      continue;
    }
    jobs.push(
      loggedDownlink(
        ctx,
        client,
        { request: 'WriteRequest', target: plain, versionedTarget: versionedId },
        () => ctx.server.write(client.reg, path, node, { replace: true, timeoutMs: ctx.requestTimeoutMs }),
      ).then((r) => {
        if (!r.code.startsWith('2.')) return;
        client.lastWriteTs.set(plain, kv.ts);
        ctx.writeTimes?.save(client.endpoint, plain, kv.ts);
        postUplink(ctx, client, applyNode(client, path, node, ctx.now()));
      }),
    );
  }
  const results = await Promise.allSettled(jobs);
  for (const r of results) {
    if (r.status === 'rejected') ctx.logger.warn({ endpoint: client.endpoint, err: r.reason }, 'shared attribute write failed');
  }
}

/** Asks the core for the shared attributes the profile maps and writes those that differ (#47). */
export async function syncSharedAttributes(ctx: TransportContext, client: Lwm2mClient): Promise<void> {
  const keys = [...client.mapping.resources.values()]
    .filter((r) => r.attribute && r.keyName !== undefined && r.keyName !== '' && !isOtaKey(r.keyName))
    .map((r) => r.keyName as string);
  if (keys.length === 0) return;
  const r = await ctx.core.requestAttributes(client.sessionId, { clientKeys: [], sharedKeys: keys, onlyShared: true });
  if (!r.ok) {
    client.log.write('Failed to process initAttributes. ' + r.error.message);
    return;
  }
  await applySharedAttributes(ctx, client, r.value.shared, false);
}
