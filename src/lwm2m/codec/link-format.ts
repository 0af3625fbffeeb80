import { ContentFormat } from '../content-format.js';
import { CodecError } from '../errors.js';
import { parsePath, type Lwm2mPath } from '../path.js';

/**
 * CoRE Link Format (RFC 6690 §2), as LwM2M uses it in Register/Update payloads (LwM2M Core
 * 1.1 §6.2.1.1) and Discover responses (§5.4.2 / §6.3.2). Only the syntax lives here; what
 * `rt`, `ct`, `ver`, `dim`, `pmin`… mean is the registration and operation code's business.
 */

export interface CoreLink {
  /** The URI-Reference between `<` and `>`, as written. */
  readonly uri: string;
  /** Link parameters: quoted values unquoted, bare parameters (`;obs`) as `true`. */
  readonly attributes: Record<string, string | true>;
}

const F = ContentFormat.LINK;
const MAX_INPUT = 1024 * 1024;
// RFC 5987 §3.2.1 parmname (attr-char minus "*", "'" and "%").
const PARMNAME_RE = /^[A-Za-z0-9!#$&+\-.^_`|~]+$/;
const PARMNAME_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;
// RFC 6690 §2 ptokenchar.
const PTOKEN_CHAR = /[!#$%&'()*+\-./0-9:<=>?@A-Za-z[\]^_`{|}~]/;
const PTOKEN_RE = /^[!#$%&'()*+\-./0-9:<=>?@A-Za-z[\]^_`{|}~]+$/;
// RFC 6690 §2 / RFC 8288: these parameters are defined as quoted-string.
const QUOTED = new Set(['rt', 'if', 'anchor', 'title', 'rel', 'rev', 'media', 'type']);

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t' || c === '\r' || c === '\n';
}

function isUriChar(code: number): boolean {
  // Printable ASCII except the delimiters that cannot appear in a URI-Reference, plus any
  // non-ASCII (an IRI written by a lax device is kept as written).
  return code > 0x20 && code !== 0x7f && code !== 0x3c && code !== 0x3e && code !== 0x22;
}

/** Parses a link-format document; throws CodecError(40) naming the offset of the fault. */
export function parseLinkFormat(text: string): CoreLink[] {
  if (typeof text !== 'string') throw new CodecError(F, 'link-format input must be a string');
  if (text.length > MAX_INPUT) throw new CodecError(F, `link-format payload larger than ${MAX_INPUT} characters`);
  const links: CoreLink[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new CodecError(F, `link-format: ${what} at offset ${i}`);
  };
  const skipSpace = (): void => {
    while (isSpace(text[i])) i++;
  };
  skipSpace();
  if (i === text.length) return links;
  for (;;) {
    if (text[i] !== '<') fail('expected "<"');
    const start = ++i;
    while (i < text.length && text[i] !== '>') {
      if (!isUriChar(text.charCodeAt(i))) fail('invalid character in URI');
      i++;
    }
    if (i >= text.length) fail('unterminated "<"');
    const uri = text.slice(start, i++);
    const attrs = new Map<string, string | true>();
    while (text[i] === ';') {
      i++;
      const nameStart = i;
      while (i < text.length && PARMNAME_CHAR.test(text[i] as string)) i++;
      if (i === nameStart) fail('expected a parameter name');
      const name = text.slice(nameStart, i);
      let value: string | true = true;
      if (text[i] === '=') {
        i++;
        if (text[i] === '"') {
          i++;
          let v = '';
          for (;;) {
            const c = text[i];
            if (c === undefined) return fail('unterminated quoted string');
            if (c === '"') break;
            if (c === '\\') {
              i++;
              const escaped = text[i];
              if (escaped === undefined) return fail('unterminated quoted string');
              v += escaped;
            } else {
              v += c;
            }
            i++;
          }
          i++;
          value = v;
        } else {
          const valueStart = i;
          while (i < text.length && PTOKEN_CHAR.test(text[i] as string)) i++;
          if (i === valueStart) fail(`empty value for "${name}"`);
          value = text.slice(valueStart, i);
        }
      }
      // RFC 8288 §3: occurrences of a parameter after the first are ignored.
      if (!attrs.has(name)) attrs.set(name, value);
    }
    links.push({ uri, attributes: Object.fromEntries(attrs) });
    skipSpace();
    if (i === text.length) return links;
    if (text[i] !== ',') fail('expected "," or ";"');
    i++;
    skipSpace();
  }
}

function quote(v: string): string {
  return '"' + v.replace(/[\\"]/g, (c) => '\\' + c) + '"';
}

/** Serializes links (RFC 6690 §2); throws CodecError(40) for a URI or name it cannot carry. */
export function formatLinkFormat(links: readonly CoreLink[]): string {
  return links
    .map((link) => {
      for (let k = 0; k < link.uri.length; k++) {
        if (!isUriChar(link.uri.charCodeAt(k))) throw new CodecError(F, `URI "${link.uri}" cannot be written in link-format`);
      }
      let s = `<${link.uri}>`;
      for (const [name, value] of Object.entries(link.attributes)) {
        if (!PARMNAME_RE.test(name)) throw new CodecError(F, `invalid link parameter name "${name}"`);
        if (value === true) s += `;${name}`;
        else s += `;${name}=${QUOTED.has(name) || !PTOKEN_RE.test(value) ? quote(value) : value}`;
      }
      return s;
    })
    .join(',');
}

/**
 * The LwM2M path a link names (`</3/0>` → /3/0), or undefined when it is not an object,
 * instance, resource or resource-instance link (`</>`, `</lwm2m>`, `</rd>`, anything with a
 * query or a non-numeric segment). `rootPath` is the client's alternate root (LwM2M Core 1.1
 * §6.2.1.1, `</lwm2m>;rt="oma.lwm2m"`): links are read relative to it.
 */
export function linkPath(link: CoreLink, rootPath?: string): Lwm2mPath | undefined {
  let uri = link.uri;
  if (rootPath !== undefined) {
    let root = rootPath.trim().replace(/\/+$/, '');
    if (root !== '' && !root.startsWith('/')) root = '/' + root;
    if (root !== '') {
      if (!uri.startsWith(root + '/')) return undefined;
      uri = uri.slice(root.length);
    }
  }
  if (!/^(\/\d{1,5}){1,4}$/.test(uri)) return undefined;
  try {
    return parsePath(uri);
  } catch {
    return undefined;
  }
}
