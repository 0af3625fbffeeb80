/**
 * Method + path-pattern routing. Patterns are literal segments and `{name}` parameters
 * (`/api/devices/{name}/rpc`); a parameter matches one non-empty segment, percent-decoded.
 */

export interface CompiledPattern {
  readonly pattern: string;
  /** Per segment: a literal, or a parameter name. */
  readonly segments: ReadonlyArray<{ readonly literal: string } | { readonly param: string }>;
}

export class RoutePatternError extends Error {
  override readonly name = 'RoutePatternError';
}

export function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

export function compilePattern(pattern: string): CompiledPattern {
  if (!pattern.startsWith('/')) throw new RoutePatternError(`route pattern must start with "/": ${pattern}`);
  const names = new Set<string>();
  const segments = splitPath(pattern).map((seg) => {
    const m = /^\{([A-Za-z_][A-Za-z0-9_]*)\}$/.exec(seg);
    if (m === null) {
      if (seg.includes('{') || seg.includes('}')) throw new RoutePatternError(`bad parameter segment "${seg}" in ${pattern}`);
      return { literal: seg };
    }
    const param = m[1] as string;
    if (names.has(param)) throw new RoutePatternError(`parameter {${param}} appears twice in ${pattern}`);
    names.add(param);
    return { param };
  });
  return { pattern, segments };
}

/** Thrown when a path segment is not valid percent-encoding (answered 400). */
export class BadPathError extends Error {
  override readonly name = 'BadPathError';
}

/** The parameters when `segments` match, else undefined. */
export function matchPattern(p: CompiledPattern, segments: readonly string[]): Record<string, string> | undefined {
  if (segments.length !== p.segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < segments.length; i++) {
    const want = p.segments[i];
    const got = segments[i] as string;
    if (want === undefined) return undefined;
    if ('literal' in want) {
      if (want.literal !== got) return undefined;
      continue;
    }
    try {
      params[want.param] = decodeURIComponent(got);
    } catch {
      throw new BadPathError(`path segment "${got}" is not valid percent-encoding`);
    }
  }
  return params;
}

export interface RouteEntry<H> {
  readonly method: string;
  readonly compiled: CompiledPattern;
  readonly handler: H;
}

export type RouteLookup<H> =
  | { readonly kind: 'found'; readonly route: RouteEntry<H>; readonly params: Record<string, string> }
  | { readonly kind: 'method-not-allowed'; readonly allow: readonly string[] }
  | { readonly kind: 'not-found' };

/** Routes in registration order; the first match wins. */
export class RouteTable<H> {
  private readonly routes: RouteEntry<H>[] = [];

  add(method: string, pattern: string, handler: H): void {
    const m = method.toUpperCase();
    if (this.routes.some((r) => r.method === m && r.compiled.pattern === pattern)) {
      throw new RoutePatternError(`route ${m} ${pattern} is already registered`);
    }
    this.routes.push({ method: m, compiled: compilePattern(pattern), handler });
  }

  lookup(method: string, path: string): RouteLookup<H> {
    const segments = splitPath(path);
    const allow = new Set<string>();
    const m = method.toUpperCase();
    for (const r of this.routes) {
      const params = matchPattern(r.compiled, segments);
      if (params === undefined) continue;
      if (r.method === m || (m === 'HEAD' && r.method === 'GET')) return { kind: 'found', route: r, params };
      allow.add(r.method);
    }
    if (allow.size > 0) return { kind: 'method-not-allowed', allow: [...allow].sort() };
    return { kind: 'not-found' };
  }
}
