import type { ObjectAttributes } from './profile-config.js';
import { formatPath, type Lwm2mPath } from '../lwm2m/path.js';
import type { NotificationAttributes } from '../lwm2m/server/operation-types.js';
import { loggedDownlink } from './downlink-log.js';
import { REMOVE_ATTRIBUTES, type RequestStep } from './init-plan.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { readPath, readPaths, type ReadKind } from './device-reads.js';
import type { TransportContext } from './transport-context.js';
import { clientVersionedId } from './versioned-id.js';

/**
 * Sends a client the observes, reads and Write-Attributes a plan asks for (features doc #12-#19,
 * #78), phase by phase: every observe of a phase goes out together, the next phase starts when
 * all have answered. A failed step is logged and does not stop the others.
 */

async function settle(ctx: TransportContext, client: Lwm2mClient, jobs: Array<Promise<unknown>>, failedLine: string): Promise<void> {
  const results = await Promise.allSettled(jobs);
  const failed = results.filter((r) => r.status === 'rejected');
  if (failed.length > 0) {
    client.log.write(failedLine);
    ctx.logger.warn({ endpoint: client.endpoint, failures: failed.length }, failedLine);
  }
}

function runStep(ctx: TransportContext, client: Lwm2mClient, step: RequestStep, kind: ReadKind): Promise<unknown> {
  return step.kind === 'single'
    ? readPath(ctx, client, step.path, kind, ctx.requestTimeoutMs)
    : readPaths(ctx, client, step.paths, kind, ctx.requestTimeoutMs);
}

const NOTIFICATION_ATTRS = ['pmin', 'pmax', 'gt', 'lt', 'st', 'epmin', 'epmax'] as const;

/** Profile attributes as a Write-Attributes query: the notification class only, nulls left out (or removing, for a removed entry). */
export function notificationAttributes(attrs: ObjectAttributes): NotificationAttributes {
  const out: { -readonly [K in keyof NotificationAttributes]: NotificationAttributes[K] } = {};
  for (const k of NOTIFICATION_ATTRS) {
    const v = attrs[k];
    if (typeof v === 'number') out[k] = v;
    else if (attrs === REMOVE_ATTRIBUTES) out[k] = null;
  }
  return out;
}

export async function writeAttributesStep(ctx: TransportContext, client: Lwm2mClient, path: Lwm2mPath, attrs: ObjectAttributes): Promise<void> {
  const query = notificationAttributes(attrs);
  if (Object.keys(query).length === 0) return;
  await loggedDownlink(
    ctx,
    client,
    { request: 'WriteAttributesRequest', target: formatPath(path), versionedTarget: clientVersionedId(client.reg, path) },
    () => ctx.server.writeAttributes(client.reg, path, query, { timeoutMs: ctx.requestTimeoutMs }),
  );
}

export interface PlanToRun {
  readonly observes: readonly RequestStep[];
  readonly reads: readonly RequestStep[];
  readonly writeAttributes: ReadonlyArray<readonly [Lwm2mPath, ObjectAttributes]>;
}

/** Observes, then reads, then Write-Attributes (features doc #12). */
export async function runPlan(ctx: TransportContext, client: Lwm2mClient, plan: PlanToRun): Promise<void> {
  await settle(ctx, client, plan.observes.map((s) => runStep(ctx, client, s, 'observe')), 'Failed to process observe requests. Possible profile misconfiguration.');
  if (client.closed) return;
  await settle(ctx, client, plan.reads.map((s) => runStep(ctx, client, s, 'read')), 'Failed to process read requests. Possible profile misconfiguration.');
  if (client.closed) return;
  await settle(
    ctx,
    client,
    plan.writeAttributes.map(([p, a]) => writeAttributesStep(ctx, client, p, a)),
    'Failed to process write attribute requests. Possible profile misconfiguration.',
  );
}
