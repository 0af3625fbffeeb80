/**
 * `npm run bench`: every figure beside the raw ceiling measured in the same run (DESIGN.md
 * "Performance"). Pieces run in separate processes: the load generator on one core, the system
 * under test on the other. Options: --quick (short runs, 10k registrations only), --sections a,b.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { startChild } from './lib/child.js';
import { fmt, table } from './lib/stats.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 8;

export interface Row {
  metric: string;
  value: string;
  note: string;
}

async function rawCeiling(): Promise<number> {
  const receiver = await startChild(path.join(here, 'lib/noop-receiver.ts'));
  const gen = await startChild(path.join(here, 'lib/coap-load.ts'));
  try {
    const port = await receiverPort(receiver);
    await gen.request({ op: 'blast', port, seconds: 1 }); // warm-up
    await receiver.request({ op: 'reset' });
    await gen.request({ op: 'blast', port, seconds });
    const received = await receiver.request<number>({ op: 'count' });
    return received / seconds;
  } finally {
    await gen.stop();
    await receiver.stop();
  }
}

async function receiverPort(child: Awaited<ReturnType<typeof startChild>>): Promise<number> {
  return child.request<number>({ op: 'port' }).catch(() => 0);
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const ceiling = await rawCeiling();
  rows.push({ metric: 'raw ceiling: no-op dgram receiver', value: `${fmt(ceiling)} datagrams/s`, note: 'same generator, same run' });
  const sections = await import('./sections.js');
  for (const section of sections.all) {
    const out = await section.run({ ceiling, seconds, quick, here });
    rows.push(...out);
  }
  console.log('\n' + table([['metric', 'value', 'note'], ...rows.map((r) => [r.metric, r.value, r.note])]));
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
