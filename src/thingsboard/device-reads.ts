import { formatPath, type Lwm2mPath } from '../lwm2m/path.js';
import type { OperationResult } from '../lwm2m/server/operation-types.js';
import { loggedDownlink } from './downlink-log.js';
import type { Lwm2mClient } from './lwm2m-client.js';
import { compositeValueText, readValueText } from './node-text.js';
import { postUplink, type TransportContext } from './transport-context.js';
import { applyNode, applyNodes } from './value-updates.js';
import { clientVersionedId } from './versioned-id.js';

/**
 * Read and Observe, single or composite, as the initialisation and the RPC methods both run
 * them: logged to transportLog, and the answer stored and posted under the mapped keys.
 */

export type ReadKind = 'read' | 'observe';

const REQUEST = { read: 'ReadRequest', observe: 'ObserveRequest' } as const;
const COMPOSITE_REQUEST = { read: 'ReadCompositeRequest', observe: 'ObserveCompositeRequest' } as const;

export async function readPath(ctx: TransportContext, client: Lwm2mClient, path: Lwm2mPath, kind: ReadKind, timeoutMs: number): Promise<OperationResult> {
  const opts = { timeoutMs };
  const r = await loggedDownlink(
    ctx,
    client,
    { request: REQUEST[kind], target: formatPath(path), versionedTarget: clientVersionedId(client.reg, path), content: (x) => (x.node ? readValueText(x.node) : undefined) },
    () => (kind === 'read' ? ctx.server.read(client.reg, path, opts) : ctx.server.observe(client.reg, path, undefined, opts)),
  );
  if (r.node !== undefined) postUplink(ctx, client, applyNode(client, path, r.node, ctx.now()));
  return r;
}

export async function readPaths(ctx: TransportContext, client: Lwm2mClient, paths: readonly Lwm2mPath[], kind: ReadKind, timeoutMs: number): Promise<OperationResult> {
  const opts = { timeoutMs };
  const r = await loggedDownlink(
    ctx,
    client,
    {
      request: COMPOSITE_REQUEST[kind],
      target: `[${paths.map((p) => formatPath(p)).join(', ')}]`,
      versionedTarget: `[${paths.map((p) => clientVersionedId(client.reg, p)).join(', ')}]`,
      content: (x) => (x.nodes ? compositeValueText(x.nodes) : undefined),
    },
    () => (kind === 'read' ? ctx.server.readComposite(client.reg, paths, opts) : ctx.server.observeComposite(client.reg, paths, undefined, opts)),
  );
  if (r.nodes !== undefined) postUplink(ctx, client, applyNodes(client, r.nodes, ctx.now()));
  return r;
}
