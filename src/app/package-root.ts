/** Where the package is installed, so shipped files resolve the same from src/ (tsx) and dist/src/. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageRoot(from: string = fileURLToPath(import.meta.url)): string {
  let dir = dirname(from);
  for (let i = 0; i < 10; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return process.cwd();
}

/** A shipped file's absolute path (e.g. `config/standalone.example.json`). */
export function shippedFile(relative: string): string {
  return resolve(packageRoot(), relative);
}
