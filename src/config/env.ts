/**
 * Helpers to read operator variables with zod. Names and defaults follow ThingsBoard's
 * tb-lwm2m-transport.yml (thingsboard-transport-wire.md §7). A bad value stops start-up with a
 * ConfigError naming the variable and the expected form. An empty value counts as unset.
 * Each room declares its own variables in a small `*-config.ts` file built from these helpers.
 */
import { z } from 'zod';

export type Env = Readonly<Record<string, string | undefined>>;

export interface ConfigProblem {
  variable: string;
  value: string;
  expected: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${p.variable}=${JSON.stringify(p.value)} is invalid: expected ${p.expected}`).join('; '));
  }
}

/** One variable: its name, how to parse it, and the human form of what is expected. */
export interface VarSpec<T> {
  variable: string;
  expected: string;
  schema: z.ZodType<T>;
  default: T;
}

export type SectionSpec = Record<string, VarSpec<unknown>>;
export type SectionValue<S extends SectionSpec> = { [K in keyof S]: S[K] extends VarSpec<infer T> ? T : never };

export function str(variable: string, def: string): VarSpec<string> {
  return { variable, expected: 'a string', schema: z.string(), default: def };
}

export function int(variable: string, def: number, opts: { min?: number; max?: number } = {}): VarSpec<number> {
  const min = opts.min ?? 0;
  const max = opts.max ?? Number.MAX_SAFE_INTEGER;
  const schema = z.string().trim().regex(/^-?\d+$/).transform(Number).pipe(z.number().int().min(min).max(max));
  return { variable, expected: `an integer from ${min} to ${max}`, schema: schema as unknown as z.ZodType<number>, default: def };
}

export function bool(variable: string, def: boolean): VarSpec<boolean> {
  const schema = z.string().trim().toLowerCase().pipe(z.enum(['true', 'false'])).transform((v) => v === 'true');
  return { variable, expected: 'true or false', schema: schema as unknown as z.ZodType<boolean>, default: def };
}

export function oneOf<const T extends string>(variable: string, values: readonly T[], def: T, caseInsensitive = false): VarSpec<T> {
  const base = z.string().trim();
  const schema = (caseInsensitive ? base.transform((v) => values.find((x) => x.toLowerCase() === v.toLowerCase()) ?? v) : base).pipe(
    z.enum(values as unknown as [T, ...T[]]),
  );
  return { variable, expected: `one of ${values.join(', ')}`, schema: schema as unknown as z.ZodType<T>, default: def };
}

/** "host:port[,host:port...]" */
export function hostPortList(variable: string, def: string): VarSpec<string[]> {
  const item = /^[^\s,:]+:\d{1,5}$/;
  const schema = z
    .string()
    .transform((v) => v.split(',').map((s) => s.trim()).filter((s) => s !== ''))
    .pipe(z.array(z.string().regex(item)).min(1));
  return { variable, expected: 'host:port[,host:port...]', schema: schema as unknown as z.ZodType<string[]>, default: def.split(',') };
}

/** Reads one section; collects every bad variable before throwing. */
export function readSection<S extends SectionSpec>(env: Env, spec: S): SectionValue<S> {
  const out: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [key, v] of Object.entries(spec)) {
    const raw = env[v.variable];
    if (raw === undefined || raw === '') {
      out[key] = v.default;
      continue;
    }
    const r = v.schema.safeParse(raw);
    if (r.success) out[key] = r.data;
    else problems.push({ variable: v.variable, value: raw, expected: v.expected });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as SectionValue<S>;
}

/** Reads several sections at once and reports the problems of all of them together. */
export function readSections<T extends Record<string, SectionSpec>>(env: Env, specs: T): { [K in keyof T]: SectionValue<T[K]> } {
  const out: Record<string, unknown> = {};
  const problems: ConfigProblem[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    try {
      out[name] = readSection(env, spec);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      problems.push(...e.problems);
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return out as { [K in keyof T]: SectionValue<T[K]> };
}

/** Parses ThingsBoard's inline property lists "k:v;k:v" (TB_QUEUE_KAFKA_OTHER_PROPERTIES, topic properties). */
export function parseInlineProperties(text: string, pairSep = ';', kvSep = ':'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(pairSep)) {
    const t = part.trim();
    if (t === '') continue;
    const i = t.indexOf(kvSep);
    if (i <= 0) continue;
    out[t.slice(0, i).trim()] = t.slice(i + 1).trim();
  }
  return out;
}
