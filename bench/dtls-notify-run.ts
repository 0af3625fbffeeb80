/**
 * `npx tsx bench/dtls-notify-run.ts [--quick]`: only the DTLS-vs-plain notification section, for
 * iterating on the notification path without the handshake sections. Children inherit
 * NODE_OPTIONS, so `NODE_OPTIONS='--cpu-prof --cpu-prof-dir=/tmp/prof'` profiles them.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dtlsSections } from './dtls-sections.js';
import { table } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const section = dtlsSections.find((s) => s.name === 'dtls-notifications');
if (section === undefined) throw new Error('no dtls-notifications section');
const rows = await section.run({ ceiling: Number.NaN, seconds: quick ? 3 : 8, quick, here });
console.log('\n' + table([['metric', 'value', 'note'], ...rows.map((r) => [r.metric, r.value, r.note])]));
process.exit(0);
