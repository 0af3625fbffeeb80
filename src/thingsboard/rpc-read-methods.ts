import { formatLinkFormat } from '../lwm2m/codec/link-format.js';
import { formatPath } from '../lwm2m/path.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import { loggedDownlink } from './downlink-log.js';
import { compositeValueText, readValueText } from './node-text.js';
import { compositeTargets, deviceBody, javaList, singleTarget, type RpcMethod } from './rpc-context.js';
import { rpcOk } from './rpc-response.js';
import { postUplink } from './transport-context.js';
import { applyNode, applyNodes } from './value-updates.js';
import { clientVersionedId } from './versioned-id.js';

/** Read, ReadComposite, Discover and DiscoverAll (features doc #28, #29, #36, #37). */

export const read: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'ReadRequest', target: formatPath(t.path), versionedTarget: formatPath(t.path, true), content: (x) => (x.node ? readValueText(x.node) : undefined) },
    () => ctx.server.read(client.reg, t.path, { timeoutMs: call.timeoutMs }),
  );
  if (r.node === undefined) return deviceBody(r);
  postUplink(ctx, client, applyNode(client, t.path, r.node, ctx.now()));
  return deviceBody(r, readValueText(r.node));
};

export const readComposite: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const paths = compositeTargets(call);
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'ReadCompositeRequest', target: javaList(paths), versionedTarget: `[${paths.map((p) => clientVersionedId(client.reg, p)).join(', ')}]` },
    () => ctx.server.readComposite(client.reg, paths, { timeoutMs: call.timeoutMs }),
  );
  if (r.nodes === undefined) return deviceBody(r);
  postUplink(ctx, client, applyNodes(client, r.nodes, ctx.now()));
  return deviceBody(r, compositeValueText(r.nodes));
};

export const discover: RpcMethod = async (call) => {
  const { ctx, client } = call;
  const t = singleTarget(call);
  const r = await loggedDownlink(
    ctx,
    client,
    { request: 'DiscoverRequest', target: formatPath(t.path), versionedTarget: formatPath(t.path, true) },
    () => ctx.server.discover(client.reg, t.path, { timeoutMs: call.timeoutMs }),
  );
  return deviceBody(r, r.links === undefined ? undefined : formatLinkFormat(r.links));
};

/** The registration's object links as core-link strings (features doc #37; ThingsBoard keeps Leshan's sorted links). */
export function registrationLinks(reg: Registration): string[] {
  const out: string[] = [];
  const root = reg.rootPath === '' ? '/' : reg.rootPath;
  if (reg.rootPath !== '' || (reg.contentFormats !== undefined && reg.contentFormats.length > 0)) {
    let link = `<${root}>;rt="oma.lwm2m"`;
    if (reg.contentFormats !== undefined && reg.contentFormats.length > 0) {
      link += reg.contentFormats.length === 1 ? `;ct=${reg.contentFormats[0]}` : `;ct="${reg.contentFormats.join(' ')}"`;
    }
    out.push(link);
  }
  const prefix = reg.rootPath === '' ? '' : reg.rootPath.replace(/\/$/, '');
  for (const o of [...reg.objects].sort((a, b) => a.id - b.id)) {
    if (o.version !== '1.0' || o.instances.length === 0) out.push(`<${prefix}/${o.id}>${o.version !== '1.0' ? `;ver=${o.version}` : ''}`);
    for (const i of o.instances) out.push(`<${prefix}/${o.id}/${i}>`);
  }
  return out;
}

export const discoverAll: RpcMethod = async (call) => rpcOk('CONTENT', JSON.stringify(registrationLinks(call.client.reg)));

