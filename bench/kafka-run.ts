/**
 * `npx tsx bench/kafka-run.ts [--quick]`: the Kafka section alone, after its own raw dgram ceiling
 * (the same measurement `npm run bench` starts with: coap-load's blast at the no-op receiver).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaNotifications } from './kafka-notifications.js';
import { startChild } from './lib/child.js';
import { fmt, table } from './lib/stats.js';
import type { Row } from './run.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const seconds = quick ? 3 : 8;

async function dgramCeiling(): Promise<number> {
  const receiver = await startChild(path.join(here, 'lib/noop-receiver.ts'));
  const gen = await startChild(path.join(here, 'lib/coap-load.ts'));
  try {
    const port = await receiver.request<number>({ op: 'port' });
    await gen.request({ op: 'blast', port, seconds: 1 });
    await receiver.request({ op: 'reset' });
    await gen.request({ op: 'blast', port, seconds });
    return (await receiver.request<number>({ op: 'count' })) / seconds;
  } finally {
    await gen.stop();
    await receiver.stop();
  }
}

const ceiling = await dgramCeiling();
const rows: Row[] = [{ metric: 'raw ceiling: no-op dgram receiver', value: `${fmt(ceiling)} datagrams/s`, note: 'same generator, same run' }];
rows.push(...(await kafkaNotifications.run({ ceiling, seconds, quick, here })));
console.log('\n' + table([['metric', 'value', 'note'], ...rows.map((r) => [r.metric, r.value, r.note])]));
process.exit(0);
