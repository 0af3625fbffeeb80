import { formatPath, makePath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import type { AttributeStore, Attributes } from './attributes.js';
import { formatLinkFormat, type CoreLink } from '../../src/lwm2m/codec/link-format.js';
import { notAllowed, notFound } from './errors.js';
import type { ObjectStore } from './object-store.js';
import type { Lwm2mVersion } from './types.js';

type Attr = readonly [string, string | number];

function attrList(a: Attributes): Attr[] {
  return Object.entries(a).map(([k, v]) => [k, v as number] as const);
}

function link(uri: string, attrs: readonly Attr[] = []): CoreLink {
  return { uri, attributes: Object.fromEntries(attrs.map(([k, v]) => [k, String(v)])) };
}

const formatLinks = (links: readonly CoreLink[]): string => formatLinkFormat(links);

/**
 * The objects and instances a Register/Update announces (LwM2M Core 1.1 §6.2.1): every exposed
 * object but Security (0), with `;ver=` when its version is not 1.0, and its instances; from 1.1
 * optionally led by `</>;rt="oma.lwm2m";ct=...` naming supported content formats.
 */
export function registerLinks(store: ObjectStore, version: Lwm2mVersion, contentFormats: readonly number[]): string {
  const links: CoreLink[] = [];
  if (version !== '1.0' && contentFormats.length > 0) {
    links.push(link('/', [['rt', 'oma.lwm2m'], ['ct', contentFormats.join(' ')]]));
  }
  for (const id of store.objectIds()) {
    if (id === 0) continue; // §6.2.1: the Security object is never announced.
    const v = store.catalog.object(id)?.version ?? '1.0';
    const instances = store.instanceIds(id);
    if (v !== '1.0' || instances.length === 0) {
      links.push(link(`/${id}`, v !== '1.0' ? [['ver', v]] : []));
    }
    for (const i of instances) links.push(link(`/${id}/${i}`));
  }
  return formatLinks(links);
}

/** Discover (LwM2M Core 1.1 §5.4.2 / §6.3.2): the structure under `path` with attached attributes. */
export function discoverLinks(store: ObjectStore, attributes: AttributeStore, path: Lwm2mPath): string {
  const { objectId, instanceId, resourceId } = path;
  if (objectId === undefined) throw notAllowed('Discover of the root path');
  if (!store.hasObject(objectId)) throw notFound(`object ${objectId}`);
  if (path.resourceInstanceId !== undefined) throw notAllowed('Discover of a resource instance');
  const links: CoreLink[] = [];
  const resourceLink = (i: number, r: number): void => {
    const p = makePath(objectId, i, r);
    const dim = store.dimension(objectId, i, r);
    links.push(link(formatPath(p), [...(dim !== undefined ? [['dim', dim] as const] : []), ...attrList(attributes.own(p))]));
  };
  if (instanceId === undefined) {
    const v = store.catalog.object(objectId)?.version ?? '1.0';
    const own = attrList(attributes.own(path));
    links.push(link(`/${objectId}`, v !== '1.0' ? [['ver', v], ...own] : own));
    for (const i of store.instanceIds(objectId)) {
      links.push(link(`/${objectId}/${i}`, attrList(attributes.own(makePath(objectId, i)))));
      for (const r of store.resourceIds(objectId, i)) resourceLink(i, r);
    }
    return formatLinks(links);
  }
  const rids = store.resourceIds(objectId, instanceId); // throws 4.04 for a missing instance
  if (resourceId === undefined) {
    links.push(link(formatPath(path), attrList(attributes.own(path))));
    for (const r of rids) resourceLink(instanceId, r);
    return formatLinks(links);
  }
  if (!rids.includes(resourceId)) throw notFound(`resource ${formatPath(path)}`);
  resourceLink(instanceId, resourceId);
  return formatLinks(links);
}
