import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { VarSpec } from '../../../src/config/env.js';

/**
 * docs/configuration.md is written by hand; this keeps it honest: every variable a config module
 * declares has a row marked implemented, with the module's default.
 */

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

function isVarSpec(v: unknown): v is VarSpec<unknown> {
  return typeof v === 'object' && v !== null && 'variable' in v && 'default' in v && 'schema' in v;
}

async function declaredVariables(): Promise<Map<string, { def: unknown; file: string }>> {
  const out = new Map<string, { def: unknown; file: string }>();
  const dir = join(ROOT, 'src/config');
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.ts') && n !== 'env.ts')) {
    const mod = (await import(pathToFileURL(join(dir, f)).href)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      // Specs are exported objects of VarSpecs, or (http-config) a function of the mode.
      const spec = typeof value === 'function' && name.endsWith('Spec') ? (value as (embedded: boolean) => unknown)(false) : value;
      if (typeof spec !== 'object' || spec === null) continue;
      // First declaration wins: app-config.ts (read first) owns TB_QUEUE_TYPE's process default; kafka-config re-reads it in kafka mode.
      for (const item of Object.values(spec)) if (isVarSpec(item) && !out.has(item.variable)) out.set(item.variable, { def: item.default, file: f });
    }
  }
  return out;
}

function docText(def: unknown): string {
  if (Array.isArray(def)) return def.join(',');
  if (def === '') return '(empty)';
  return String(def);
}

describe('docs/configuration.md', () => {
  const doc = readFileSync(join(ROOT, 'docs/configuration.md'), 'utf8');
  const rows = new Map<string, string[]>();
  for (const line of doc.split('\n')) {
    const m = /^\| `([A-Z][A-Z0-9_]+)` \|(.*)\|$/.exec(line);
    if (m !== null) rows.set(m[1] as string, (m[2] as string).split('|').map((c) => c.trim()));
  }

  it('lists every variable src/config declares as implemented, with its default', async () => {
    const declared = await declaredVariables();
    expect(declared.size).toBeGreaterThan(50);
    for (const [name, { def, file }] of declared) {
      const row = rows.get(name);
      expect(row, `${name} (src/config/${file}) has no row in docs/configuration.md`).toBeDefined();
      if (row === undefined) continue;
      expect(row[1], `${name} status`).toBe(`implemented (\`src/config/${file}\`)`);
      if (name !== 'TB_SERVICE_ID') expect(row[0], `${name} default`).toBe(`\`${docText(def)}\``);
    }
  });

  it('marks nothing implemented that src/config does not declare (apart from the listed non-config readers)', async () => {
    const declared = await declaredVariables();
    for (const [name, row] of rows) {
      if (!row[1]?.startsWith('implemented')) continue;
      if (row[1].includes('src/config/')) expect(declared.has(name), `${name} is marked implemented in src/config`).toBe(true);
      else expect(row[1]).toMatch(/src\/obs\/logger\.ts|docker\/healthcheck\.cjs/);
    }
  });
});
