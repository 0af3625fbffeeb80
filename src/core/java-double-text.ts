/**
 * How the core (Java) prints a double, which both the ThingsBoard behaviour (Leshan's node
 * text in RPC answers) and the protobuf adapters (Gson's JSON of telemetry) must reproduce.
 */

/** `Double.toString`: `95.0`, `21.5`, `1.0E7`, `1.0E-4` (Java switches to E notation outside [1e-3, 1e7)). */
export function javaDoubleText(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? 'Infinity' : '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(n);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(n);
    return s.includes('.') || s.includes('e') ? s : `${s}.0`;
  }
  const [mantissa = '0', exp = '0'] = n.toExponential().split('e');
  const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
  return `${m}E${Number(exp)}`;
}
