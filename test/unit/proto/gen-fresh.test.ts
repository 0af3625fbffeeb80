// src/gen must be exactly what tools/gen-proto.sh produces from proto/*.proto today.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../support/core-emulator-schema.js';

describe('generated protobuf code', () => {
  it('is not stale', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'gen-proto-'));
    try {
      execFileSync('bash', [path.join(repoRoot, 'tools', 'gen-proto.sh'), dir], { cwd: repoRoot, stdio: 'pipe', timeout: 120_000 });
      const fresh = readdirSync(dir).sort();
      expect(fresh).toEqual(['edge.d.ts', 'edge.js', 'wire.d.ts', 'wire.js']);
      for (const f of fresh) {
        const committed = readFileSync(path.join(repoRoot, 'src', 'gen', f));
        const regenerated = readFileSync(path.join(dir, f));
        expect(committed.equals(regenerated), `src/gen/${f} differs from a fresh generation: run npm run gen:proto`).toBe(true);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000); // pbjs + pbts run twice: slow on a loaded 2-core machine
});
