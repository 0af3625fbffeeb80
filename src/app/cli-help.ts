/**
 * `--help`: the environment variables, generated from the same specs that read them
 * (src/config), with the default of each mode where the modes differ.
 */
import { configSections, QUEUE_TYPES, SHIPPED_EXAMPLE, type QueueType } from '../config/app-config.js';

interface HelpRow {
  variable: string;
  expected: string;
  defaults: Map<QueueType, unknown>;
  modes: Set<QueueType>;
}

function formatDefault(v: unknown): string {
  if (Array.isArray(v)) return v.join(',');
  if (v === '') return '(empty)';
  return String(v);
}

function collectRows(): HelpRow[] {
  const rows = new Map<string, HelpRow>();
  for (const mode of QUEUE_TYPES) {
    for (const section of configSections(mode)) {
      for (const spec of Object.values(section.spec)) {
        let row = rows.get(spec.variable);
        if (row === undefined) {
          row = { variable: spec.variable, expected: spec.expected, defaults: new Map(), modes: new Set() };
          rows.set(spec.variable, row);
        }
        if (!row.defaults.has(mode)) row.defaults.set(mode, spec.default);
        row.modes.add(mode);
      }
    }
  }
  return [...rows.values()];
}

function describeDefault(row: HelpRow): string {
  if (row.variable === 'LWM2M_STANDALONE_CONFIG') return `default ${SHIPPED_EXAMPLE} (shipped example)`;
  const distinct = new Set([...row.defaults.values()].map(formatDefault));
  if (distinct.size === 1) return `default ${[...distinct][0] as string}`;
  // Modes sharing a default are named together: "127.0.0.1 (in-memory), 0.0.0.0 (kafka, edge)".
  const byValue = new Map<string, QueueType[]>();
  for (const [mode, v] of row.defaults) byValue.set(formatDefault(v), [...(byValue.get(formatDefault(v)) ?? []), mode]);
  return 'default ' + [...byValue].map(([v, modes]) => `${v} (${modes.join(', ')})`).join(', ');
}

export function renderHelp(program = 'tb-lwm2m-transport'): string {
  const rows = collectRows();
  const width = Math.max(...rows.map((r) => r.variable.length));
  const lines = [
    `Usage: ${program} [--help]`,
    '',
    'LwM2M transport for ThingsBoard. Configured by environment variables (names and defaults of',
    "ThingsBoard's tb-lwm2m-transport.yml); an invalid value stops start-up with exit code 2.",
    'TB_QUEUE_TYPE=in-memory runs the embedded core (devices from LWM2M_STANDALONE_CONFIG, HTTP /api);',
    'TB_QUEUE_TYPE=kafka connects to a ThingsBoard cluster; TB_QUEUE_TYPE=edge to a ThingsBoard Edge',
    '(or cloud) over its gRPC edge API.',
    '',
    'Environment variables:',
  ];
  for (const r of rows) {
    const only = r.modes.size < QUEUE_TYPES.length ? ` [${[...r.modes].join(', ')} only]` : '';
    lines.push(`  ${r.variable.padEnd(width)}  ${describeDefault(r)}; ${r.expected}${only}`);
  }
  return lines.join('\n') + '\n';
}
