import { formatLinkFormat } from '../lwm2m/codec/link-format.js';
import { formatPath } from '../lwm2m/path.js';
import type { Registration } from '../lwm2m/registration/registration.js';
import { loggedDownlink } from './downlink-log.js';
import { compositeValueText, readValueText } from './node-text.js';
import { readPath, readPaths } from './device-reads.js';
import { compositeTargets, deviceBody, singleTarget, type RpcMethod } from './rpc-context.js';
import { rpcOk } from './rpc-response.js';

/** Read, ReadComposite, Discover and DiscoverAll (features doc #28, #29, #36, #37). */

export const read: RpcMethod = async (call) => {
  const t = singleTarget(call);
  const r = await readPath(call.ctx, call.client, t.path, 'read', call.timeoutMs);
  return deviceBody(r, r.node === undefined ? undefined : readValueText(r.node));
};

export const readComposite: RpcMethod = async (call) => {
  const paths = compositeTargets(call);
  const r = await readPaths(call.ctx, call.client, paths, 'read', call.timeoutMs);
  return deviceBody(r, r.nodes === undefined ? undefined : compositeValueText(r.nodes));
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

