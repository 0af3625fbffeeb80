import { describe, expect, it } from 'vitest';
import { escapeHelp, escapeLabelValue, formatSampleValue } from '../../../src/obs/metric-format.js';
import { MetricError, MetricsRegistry, PROMETHEUS_CONTENT_TYPE } from '../../../src/obs/metrics.js';

describe('Prometheus text format 0.0.4', () => {
  it('escapes HELP text (backslash, newline) and label values (backslash, quote, newline)', () => {
    expect(escapeHelp('a\\b\nc "q"')).toBe('a\\\\b\\nc "q"');
    expect(escapeLabelValue('a\\b\nc "q"')).toBe('a\\\\b\\nc \\"q\\"');
  });

  it('spells infinities and NaN as the format requires', () => {
    expect(formatSampleValue(Number.POSITIVE_INFINITY)).toBe('+Inf');
    expect(formatSampleValue(Number.NEGATIVE_INFINITY)).toBe('-Inf');
    expect(formatSampleValue(Number.NaN)).toBe('NaN');
    expect(formatSampleValue(0.25)).toBe('0.25');
    expect(formatSampleValue(-3)).toBe('-3');
  });

  it('renders a labelled counter with HELP and TYPE lines and escaped values', () => {
    const r = new MetricsRegistry();
    const c = r.counter('http_requests_total', 'Requests.\nBy "code".', ['method', 'code']);
    c.labels({ method: 'post', code: '200' }).inc(1027);
    c.labels({ method: 'get', code: 'a"b\\c\nd' }).inc();
    expect(r.render()).toBe(
      [
        '# HELP http_requests_total Requests.\\nBy "code".',
        '# TYPE http_requests_total counter',
        'http_requests_total{method="post",code="200"} 1027',
        'http_requests_total{method="get",code="a\\"b\\\\c\\nd"} 1',
        '',
      ].join('\n'),
    );
    expect(PROMETHEUS_CONTENT_TYPE).toBe('text/plain; version=0.0.4; charset=utf-8');
  });

  it('returns the same child for the same labels and keeps label order from the declaration', () => {
    const r = new MetricsRegistry();
    const c = r.counter('x_total', 'x', ['a', 'b']);
    const one = c.labels({ b: '2', a: '1' });
    one.inc(2);
    c.labels({ a: '1', b: '2' }).inc(3);
    expect(one.value).toBe(5);
    expect(r.render()).toContain('x_total{a="1",b="2"} 5\n');
  });

  it('renders an unlabelled gauge that goes up and down', () => {
    const r = new MetricsRegistry();
    const g = r.gauge('queue_depth', 'Depth.');
    g.inc(5);
    g.dec(2);
    expect(r.render()).toBe('# HELP queue_depth Depth.\n# TYPE queue_depth gauge\nqueue_depth 3\n');
    g.set(-1.5);
    expect(r.render()).toContain('queue_depth -1.5\n');
  });

  it('renders histogram buckets cumulatively with le="+Inf", _sum and _count', () => {
    const r = new MetricsRegistry();
    const h = r.histogram('req_seconds', 'Latency.', ['op'], [0.1, 0.5, 1]);
    const read = h.labels({ op: 'read' });
    for (const v of [0.05, 0.1, 0.3, 0.7, 2, Number.NaN]) read.observe(v);
    expect(r.render()).toBe(
      [
        '# HELP req_seconds Latency.',
        '# TYPE req_seconds histogram',
        'req_seconds_bucket{op="read",le="0.1"} 2',
        'req_seconds_bucket{op="read",le="0.5"} 3',
        'req_seconds_bucket{op="read",le="1"} 4',
        'req_seconds_bucket{op="read",le="+Inf"} 5',
        'req_seconds_sum{op="read"} 3.15',
        'req_seconds_count{op="read"} 5',
        '',
      ].join('\n'),
    );
  });

  it('an unlabelled histogram has only le in its bucket lines', () => {
    const r = new MetricsRegistry();
    const h = r.histogram('lat', 'L.', [], [1]);
    h.observe(1);
    expect(r.render()).toContain('lat_bucket{le="1"} 1\nlat_bucket{le="+Inf"} 1\nlat_sum 1\nlat_count 1\n');
  });

  it('refuses bad names, duplicate families, reserved labels, decreasing buckets and negative increments', () => {
    const r = new MetricsRegistry();
    expect(() => r.counter('1bad', 'x')).toThrow(MetricError);
    expect(() => r.counter('ok_total', 'x', ['__reserved'])).toThrow(MetricError);
    expect(() => r.counter('ok2_total', 'x', ['a', 'a'])).toThrow(MetricError);
    r.counter('dup_total', 'x');
    expect(() => r.gauge('dup_total', 'x')).toThrow(/already registered/);
    expect(() => r.histogram('h1', 'x', ['le'])).toThrow(/reserved/);
    expect(() => r.histogram('h2', 'x', [], [1, 0.5])).toThrow(/increase/);
    const c = r.counter('neg_total', 'x');
    expect(() => c.inc(-1)).toThrow(MetricError);
    expect(() => r.counter('lab_total', 'x', ['a']).inc()).toThrow(/has labels/);
  });

  it('runs collectors before rendering and survives one that throws', () => {
    const r = new MetricsRegistry();
    const g = r.gauge('sampled', 's');
    let source = 7;
    r.onCollect(() => {
      throw new Error('broken collector');
    });
    const detach = r.onCollect(() => g.set(source));
    expect(r.render()).toContain('sampled 7\n');
    source = 9;
    expect(r.render()).toContain('sampled 9\n');
    detach();
    source = 11;
    expect(r.render()).toContain('sampled 9\n');
  });
});
