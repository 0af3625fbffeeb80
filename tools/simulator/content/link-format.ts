/**
 * Interim CoRE link-format writer (RFC 6690 §2) for the register payload and Discover answers,
 * used until src/lwm2m/codec/link-format.ts lands; reached only through content-codecs.ts users.
 */
export interface Link {
  readonly target: string;
  /** Attribute name → value; `null` is a flag attribute, strings are quoted only when needed. */
  readonly attributes?: ReadonlyArray<readonly [string, string | number | null]>;
}

function attr([name, value]: readonly [string, string | number | null]): string {
  if (value === null) return `;${name}`;
  if (typeof value === 'number') return `;${name}=${value}`;
  // RFC 6690 §2: "rt" and "if" are always quoted strings; other values only when not a token.
  const quoted = name === 'rt' || name === 'if' || !/^[A-Za-z0-9.!#$%&'*+\-^_`|~]+$/.test(value);
  return quoted ? `;${name}="${value}"` : `;${name}=${value}`;
}

export function formatLinks(links: readonly Link[]): string {
  return links.map((l) => `<${l.target}>${(l.attributes ?? []).map(attr).join('')}`).join(',');
}
