import { formatPath, isPrefixOf, samePath, type Lwm2mPath } from '../lwm2m/path.js';
import type { ObservationInfo } from '../lwm2m/server/observations.js';
import { readPath, readPaths } from './device-reads.js';
import { compositeValueText, readValueText } from './node-text.js';
import { compositeTargets, deviceBody, javaList, singleTarget, type RpcCall, type RpcMethod } from './rpc-context.js';
import { rpcOk, RpcValidationError } from './rpc-response.js';
import { logText } from './transport-log-text.js';

/**
 * Observe, ObserveComposite, their cancels, ObserveCancelAll and ObserveReadAll (features doc
 * #18, #30-#35). Cancels end the observation on the device too (RFC 7641 §3.6 active cancel),
 * where ThingsBoard only forgets it; the counts and texts are ThingsBoard's.
 */

function observations(call: RpcCall): readonly ObservationInfo[] {
  return call.ctx.server.observationsOf(call.client.reg);
}

const overlaps = (a: Lwm2mPath, b: Lwm2mPath): boolean => isPrefixOf(a, b) || isPrefixOf(b, a);

/** features doc #18: an Observe may not overlap another single observation or sit in a composite one. */
function checkSingleConflicts(call: RpcCall, path: Lwm2mPath): void {
  for (const o of observations(call)) {
    if (o.composite) {
      if (o.paths.some((p) => isPrefixOf(p, path))) throw new RpcValidationError(`Resource [${formatPath(path)}] is already registered in CompositeObservation.`);
    } else {
      const q = o.paths[0] as Lwm2mPath;
      if (!samePath(q, path) && overlaps(q, path)) {
        throw new RpcValidationError(`Resource [${formatPath(path)}] conflict with is already registered as SingleObservation [${formatPath(q)}].`);
      }
    }
  }
}

function checkCompositeConflicts(call: RpcCall, paths: readonly Lwm2mPath[]): void {
  for (const o of observations(call)) {
    for (const p of paths) {
      if (!o.composite && samePath(o.paths[0] as Lwm2mPath, p)) {
        throw new RpcValidationError(`Resource [${formatPath(p)}] is already registered as SingleObservation.`);
      }
      if (o.composite && o.paths.some((q) => isPrefixOf(q, p)) && !(o.paths.length === paths.length && o.paths.every((q, i) => samePath(q, paths[i] as Lwm2mPath)))) {
        throw new RpcValidationError(`Resource [${formatPath(p)}] is already registered in CompositeObservation.`);
      }
    }
  }
}

export const observe: RpcMethod = async (call) => {
  const t = singleTarget(call);
  checkSingleConflicts(call, t.path);
  const r = await readPath(call.ctx, call.client, t.path, 'observe', call.timeoutMs);
  return deviceBody(r, r.node === undefined ? undefined : readValueText(r.node));
};

export const observeComposite: RpcMethod = async (call) => {
  const paths = compositeTargets(call);
  checkCompositeConflicts(call, paths);
  const r = await readPaths(call.ctx, call.client, paths, 'observe', call.timeoutMs);
  return deviceBody(r, r.nodes === undefined ? undefined : compositeValueText(r.nodes));
};

export const observeCancel: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  const held = observations(call).filter((o) => !o.composite && samePath(o.paths[0] as Lwm2mPath, t.path));
  if (held.length === 0) throw new RpcValidationError(`Could not find active Observe component with path: ${t.id}`);
  await ctx.server.cancelObservation(client.reg, t.path);
  client.log.write(logText.cancelObserve(formatPath(t.path, true), held.length));
  return rpcOk('CONTENT', String(held.length));
};

export const observeCompositeCancel: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const paths = compositeTargets(call);
  const same = (o: ObservationInfo): boolean => o.composite && o.paths.length === paths.length && o.paths.every((p, i) => samePath(p, paths[i] as Lwm2mPath));
  const held = observations(call).filter(same);
  if (held.length === 0) throw new RpcValidationError(`Could not find active Observe Composite component with paths: ${javaList(paths)}`);
  await ctx.server.cancelCompositeObservation(client.reg, paths);
  client.log.write(logText.cancelObserve(javaList(paths), held.length));
  return rpcOk('CONTENT', String(held.length));
};

/** Cancels every observation of the client; resolves with how many there were. */
export async function cancelAllObservations(call: Pick<RpcCall, 'ctx' | 'client'>): Promise<number> {
  const held = call.ctx.server.observationsOf(call.client.reg);
  await Promise.allSettled(held.map((o) => call.ctx.server.cancelObservation(call.client.reg, o.token)));
  return held.length;
}

export const observeCancelAll: RpcMethod = async (call) => {
  const n = await cancelAllObservations(call);
  call.client.log.write(logText.cancelAllObserve(n));
  return rpcOk('CONTENT', String(n));
};

export const observeReadAll: RpcMethod = async (call) => {
  const list = observations(call).map((o) =>
    o.composite ? `CompositeObservation: ${javaList(o.paths)}` : `SingleObservation:${formatPath(o.paths[0] as Lwm2mPath)}`,
  );
  return rpcOk('CONTENT', JSON.stringify(list));
};
