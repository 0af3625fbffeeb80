// tsc compiles .ts only; the protobufjs static modules in src/gen are JavaScript with .d.ts
// beside them, so the build copies them next to the compiled code that imports them.
import { cpSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';

const from = 'src/gen';
const to = 'dist/src/gen';
if (existsSync(from)) {
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) {
    if (f.endsWith('.js') || f.endsWith('.cjs') || f.endsWith('.mjs')) cpSync(path.join(from, f), path.join(to, f));
  }
}
