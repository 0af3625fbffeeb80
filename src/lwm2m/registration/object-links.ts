import { linkPath, parseLinkFormat, type CoreLink } from '../codec/link-format.js';
import { sharedFormatList, sharedObjectList } from './interning.js';
import { RegistrationRequestError } from './register-query.js';
import type { ObjectLinksInfo, RegisteredObject } from './registration.js';

/**
 * Interprets the link-format payload of Register and Update (LwM2M Core 1.1 §6.2.1.1):
 * `</>;rt="oma.lwm2m";ct=110,</1/0>,</3/0>;ver=1.1,</5>` or with an alternate root path
 * `</lwm2m>;rt="oma.lwm2m",</lwm2m/1/0>`.
 */

// Bounds against hostile payloads: a real client lists tens of links.
const MAX_LINKS = 4096;
const VERSION_RE = /^\d{1,3}\.\d{1,3}$/;
const DEFAULT_OBJECT_VERSION = '1.0';

function bad(message: string): RegistrationRequestError {
  return new RegistrationRequestError('4.00', message);
}

/** `ct=11543` or, since LwM2M 1.2 / RFC 7252 §7.2.1, a quoted space-separated list. */
export function parseContentFormatList(value: string | true): number[] {
  if (value === true) throw bad('ct attribute without a value');
  const parts = value.trim().split(/[\s,]+/);
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,5}$/.test(p) || Number(p) > 65535) throw bad(`bad content format "${p}" in ct`);
    const n = Number(p);
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

function normaliseRoot(uri: string): string {
  // "/" means the default root; "/lwm2m/" and "/lwm2m" are the same alternate path.
  let s = uri;
  while (s.endsWith('/')) s = s.slice(0, -1);
  return s;
}

function isRootLink(link: CoreLink): boolean {
  return link.attributes['rt'] === 'oma.lwm2m' || (link.uri === '/' && link.attributes['ct'] !== undefined);
}

/** Interprets parsed links; throws RegistrationRequestError('4.00') on bad attributes. */
export function objectLinksFromLinks(links: readonly CoreLink[]): ObjectLinksInfo {
  if (links.length > MAX_LINKS) throw bad('too many links');
  let rootPath = '';
  let contentFormats: number[] | undefined;
  for (const link of links) {
    if (!isRootLink(link)) continue;
    rootPath = normaliseRoot(link.uri);
    const ct = link.attributes['ct'];
    if (ct !== undefined) contentFormats = parseContentFormatList(ct);
  }
  const byId = new Map<number, { version: string; instances: number[] }>();
  for (const link of links) {
    if (isRootLink(link)) continue;
    // Links outside the root path or not naming an LwM2M path are not objects: ignored.
    const path = linkPath(link, rootPath);
    if (path === undefined) continue;
    if (path.objectId === undefined || path.resourceId !== undefined) continue;
    const ver = link.attributes['ver'];
    if (ver !== undefined && (ver === true || !VERSION_RE.test(ver))) {
      throw bad(`bad object version on ${link.uri}`);
    }
    let entry = byId.get(path.objectId);
    if (entry === undefined) {
      entry = { version: DEFAULT_OBJECT_VERSION, instances: [] };
      byId.set(path.objectId, entry);
    }
    if (typeof ver === 'string') entry.version = ver;
    if (path.instanceId !== undefined && !entry.instances.includes(path.instanceId)) {
      entry.instances.push(path.instanceId);
    }
  }
  const objects: RegisteredObject[] = [...byId.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([id, e]) => ({ id, version: e.version, instances: e.instances.sort((a, b) => a - b) }));
  const shared = sharedObjectList(objects);
  return contentFormats === undefined
    ? { rootPath, objects: shared }
    : { rootPath, objects: shared, contentFormats: sharedFormatList(contentFormats) };
}

/** Parses a Register/Update payload; an empty payload announces no objects. */
export function parseObjectLinks(payload: Buffer): ObjectLinksInfo {
  const text = payload.toString('utf8');
  if (text.trim() === '') return { rootPath: '', objects: sharedObjectList([]) };
  let links: CoreLink[];
  try {
    links = parseLinkFormat(text);
  } catch (err) {
    // The parser throws CodecError; anything else is still the client's malformed payload.
    throw bad(`malformed link-format payload: ${err instanceof Error ? err.message : String(err)}`);
  }
  return objectLinksFromLinks(links);
}
