import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { ModelError } from '../errors.js';
import type { ObjectModel, ResourceModel, ResourceOperations, ResourceType } from './types.js';

/**
 * OMA DDF XML (the LWM2M.xsd schemas of LwM2M 1.0, 1.1 and 1.2; LwM2M Core 1.1 Appendix D)
 * to ObjectModel. The XML is treated as hostile: DOCTYPE (and with it every entity
 * declaration) is refused before parsing, and entity expansion is off.
 */

const MAX_XML_LENGTH = 4 * 1024 * 1024;
const VERSION_RE = /^\d{1,3}\.\d{1,3}$/;
const MAX_ID = 65535;

const TYPES: Readonly<Record<string, ResourceType>> = {
  string: 'string',
  integer: 'integer',
  'unsigned integer': 'unsigned',
  float: 'float',
  boolean: 'boolean',
  opaque: 'opaque',
  time: 'time',
  objlnk: 'objlnk',
  corelnk: 'corelnk',
  none: 'none',
  '': 'none',
};

const OPERATIONS: Readonly<Record<string, ResourceOperations>> = {
  '': { read: false, write: false, execute: false },
  R: { read: true, write: false, execute: false },
  W: { read: false, write: true, execute: false },
  RW: { read: true, write: true, execute: false },
  E: { read: false, write: false, execute: true },
};

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  isArray: (name) => name === 'Object' || name === 'Item',
});

type XmlNode = Record<string, unknown>;

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Only the five predefined XML entities are unescaped: no expansion, no recursion.
function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) =>
    e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'amp' ? '&' : e === 'quot' ? '"' : "'",
  );
}

function text(node: XmlNode, key: string): string {
  const v = node[key];
  if (v === undefined || v === null) return '';
  if (typeof v === 'string') return unescapeXml(v.trim());
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (isNode(v) && typeof v['#text'] === 'string') return unescapeXml(v['#text'].trim());
  if (isNode(v) && Object.keys(v).length === 0) return '';
  throw new ModelError(`element <${key}> has unexpected content`);
}

function parseId(s: string, what: string): number {
  if (!/^\d{1,5}$/.test(s) || Number(s) > MAX_ID) throw new ModelError(`invalid ${what} "${s}"`);
  return Number(s);
}

function parseVersion(s: string, what: string, where: string): string {
  if (s === '') return '1.0';
  if (!VERSION_RE.test(s)) throw new ModelError(`${where}: invalid ${what} "${s}"`);
  return s;
}

function parseMultiple(s: string, where: string): boolean {
  if (s === 'Multiple') return true;
  if (s === 'Single') return false;
  throw new ModelError(`${where}: MultipleInstances must be Single or Multiple, got "${s}"`);
}

function parseMandatory(s: string, where: string): boolean {
  if (s === 'Mandatory') return true;
  if (s === 'Optional' || s === '') return false;
  throw new ModelError(`${where}: Mandatory must be Mandatory or Optional, got "${s}"`);
}

function parseResource(item: XmlNode, objectId: number): ResourceModel {
  const idAttr = item['@_ID'];
  if (typeof idAttr !== 'string') throw new ModelError(`object ${objectId}: resource <Item> without ID attribute`);
  const id = parseId(idAttr.trim(), `resource ID in object ${objectId}`);
  const where = `object ${objectId} resource ${id}`;
  const typeText = text(item, 'Type');
  const type = TYPES[typeText.toLowerCase()];
  if (type === undefined) throw new ModelError(`${where}: unknown Type "${typeText}"`);
  const opsText = text(item, 'Operations').toUpperCase();
  const operations = OPERATIONS[opsText];
  if (operations === undefined) throw new ModelError(`${where}: unknown Operations "${opsText}"`);
  return {
    id,
    name: text(item, 'Name'),
    operations,
    multiple: parseMultiple(text(item, 'MultipleInstances'), where),
    mandatory: parseMandatory(text(item, 'Mandatory'), where),
    type,
    range: text(item, 'RangeEnumeration'),
    units: text(item, 'Units'),
  };
}

function parseObject(obj: XmlNode): ObjectModel {
  const id = parseId(text(obj, 'ObjectID'), 'ObjectID');
  const where = `object ${id}`;
  const resources = new Map<number, ResourceModel>();
  const res = obj['Resources'];
  if (res !== undefined && res !== '' && !isNode(res)) throw new ModelError(`${where}: malformed <Resources>`);
  const items = isNode(res) ? res['Item'] : undefined;
  if (items !== undefined) {
    if (!Array.isArray(items)) throw new ModelError(`${where}: malformed <Resources>`);
    for (const item of items) {
      if (!isNode(item)) throw new ModelError(`${where}: malformed resource <Item>`);
      const r = parseResource(item, id);
      if (resources.has(r.id)) throw new ModelError(`${where}: duplicate resource ID ${r.id}`);
      resources.set(r.id, r);
    }
  }
  return {
    id,
    name: text(obj, 'Name'),
    version: parseVersion(text(obj, 'ObjectVersion'), 'ObjectVersion', where),
    lwm2mVersion: parseVersion(text(obj, 'LWM2MVersion'), 'LWM2MVersion', where),
    urn: text(obj, 'ObjectURN'),
    multiple: parseMultiple(text(obj, 'MultipleInstances'), where),
    mandatory: parseMandatory(text(obj, 'Mandatory'), where),
    resources: new Map([...resources].sort((a, b) => a[0] - b[0])),
  };
}

/** Every object definition in one DDF document. Throws ModelError naming what is wrong. */
export function parseDdf(xml: string): ObjectModel[] {
  if (typeof xml !== 'string') throw new ModelError('DDF input must be a string');
  if (xml.length > MAX_XML_LENGTH) throw new ModelError(`DDF document larger than ${MAX_XML_LENGTH} characters`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new ModelError('DDF documents must not declare a DOCTYPE or entities');
  try {
    return parseChecked(xml);
  } catch (e) {
    if (e instanceof ModelError) throw e;
    // Anything else (a RangeError from absurd nesting, a parser bug) is still bad input.
    throw new ModelError(`DDF is not well-formed XML: ${(e as Error).message}`);
  }
}

function parseChecked(xml: string): ObjectModel[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new ModelError(`DDF is not well-formed XML: ${valid.err.msg} (line ${valid.err.line})`);
  }
  const doc: unknown = parser.parse(xml);
  const root = isNode(doc) ? doc['LWM2M'] : undefined;
  if (!isNode(root)) throw new ModelError('DDF has no <LWM2M> root element');
  const objects = root['Object'];
  if (!Array.isArray(objects) || objects.length === 0) throw new ModelError('DDF <LWM2M> has no <Object>');
  return objects.map((o) => {
    if (!isNode(o)) throw new ModelError('malformed <Object> element');
    return parseObject(o);
  });
}
