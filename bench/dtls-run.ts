/**
 * `npx tsx bench/dtls-run.ts [--quick]`: the DTLS sections alone (npm run bench runs them with
 * the rest, after the raw ceiling).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dtlsSections } from './dtls-sections.js';
import { table } from './lib/stats.js';
import type { Row } from './run.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const rows: Row[] = [];
for (const section of dtlsSections) rows.push(...(await section.run({ ceiling: Number.NaN, seconds: quick ? 3 : 8, quick, here })));
console.log('\n' + table([['metric', 'value', 'note'], ...rows.map((r) => [r.metric, r.value, r.note])]));
process.exit(0);
