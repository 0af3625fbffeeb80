import { describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/coap/clock.js';
import { parsePath } from '../../../src/lwm2m/path.js';
import { AttributeStore } from '../../../tools/simulator/attributes.js';
import { ObserveManager } from '../../../tools/simulator/observe-manager.js';

/** The notification scheduler alone, on a manual clock: LwM2M Core 1.1 §5.1.2 attribute rules. */
function setup(query: string[] = [], path = '/3/0/9') {
  const clock = new FakeClock();
  const attributes = new AttributeStore();
  if (query.length > 0) attributes.apply(parsePath(path), query);
  let value = 50;
  let awake = true;
  const sent: string[] = [];
  let ended = 0;
  const mgr = new ObserveManager({
    timers: clock,
    attributes,
    render: () => Buffer.from(String(value)),
    numberAt: () => value,
    defaults: () => ({ pmin: 0, pmax: 0 }),
    isAwake: () => awake,
    onSent: () => undefined,
    onEnded: () => {
      ended++;
    },
  });
  let closed = 0;
  mgr.add('aa', [parsePath(path)], false, {
    notify: (p) => sent.push(p.toString()),
    close: () => {
      closed++;
    },
    fail: () => undefined,
  });
  return {
    clock,
    mgr,
    sent,
    change(v: number) {
      value = v;
      mgr.changed([parsePath('/3/0/9')]);
    },
    sleep(s: boolean) {
      awake = !s;
    },
    closed: () => closed,
    ended: () => ended,
  };
}

describe('observe scheduling', () => {
  it('notifies at once without attributes, and only for covered paths', () => {
    const t = setup();
    t.change(51);
    expect(t.sent).toEqual(['51']);
    t.mgr.changed([parsePath('/3/0/10')]);
    expect(t.sent).toEqual(['51']);
  });

  it('holds changes back until pmin has passed, then sends the latest value once', () => {
    const t = setup(['pmin=10']);
    t.change(60);
    t.change(61);
    expect(t.sent).toEqual([]);
    t.clock.advance(9_999);
    expect(t.sent).toEqual([]);
    t.clock.advance(1);
    expect(t.sent).toEqual(['61']);
  });

  it('sends every pmax seconds without change', () => {
    const t = setup(['pmax=30']);
    t.clock.advance(29_999);
    expect(t.sent).toEqual([]);
    t.clock.advance(1);
    t.clock.advance(30_000);
    expect(t.sent).toEqual(['50', '50']);
  });

  it('inherits attributes from the instance (pmin on /3/0 applies to /3/0/9)', () => {
    const t = setup(['pmin=5'], '/3/0');
    t.change(70);
    expect(t.sent).toEqual([]);
    t.clock.advance(5_000);
    expect(t.sent).toEqual(['70']);
  });

  it('with gt/lt notifies only when a threshold is crossed, with st only on a large enough step', () => {
    const g = setup(['gt=80', 'lt=20']);
    g.change(60);
    g.change(79);
    expect(g.sent).toEqual([]);
    g.change(81); // crosses gt
    g.change(90);
    g.change(10); // crosses both
    expect(g.sent).toEqual(['81', '10']);
    const s = setup(['st=5']);
    s.change(53);
    expect(s.sent).toEqual([]);
    s.change(56); // 6 away from the last notified 50
    expect(s.sent).toEqual(['56']);
  });

  it('queues while asleep and sends on flush; cancel closes the sink and stops timers', () => {
    const t = setup(['pmax=10']);
    t.sleep(true);
    t.change(40);
    t.clock.advance(20_000);
    expect(t.sent).toEqual([]);
    t.sleep(false);
    t.mgr.flush();
    expect(t.sent).toEqual(['40']);
    expect(t.mgr.cancel('aa')).toBe(true);
    expect(t.closed()).toBe(1);
    expect(t.ended()).toBe(1);
    expect(t.clock.pendingTimers()).toBe(0);
    t.change(41);
    expect(t.sent).toEqual(['40']);
  });

  it('refuses bad attributes (4.00) and pmax below pmin', () => {
    const a = new AttributeStore();
    expect(() => a.apply(parsePath('/3/0/9'), ['pmin=-1'])).toThrow(/bad value/);
    expect(() => a.apply(parsePath('/3/0/9'), ['foo=1'])).toThrow(/unknown attribute/);
    expect(() => a.apply(parsePath('/3/0/9'), ['pmin=10', 'pmax=5'])).toThrow(/pmax/);
    expect(a.apply(parsePath('/3/0/9'), ['gt=1.5', 'pmax=60'])).toEqual({ gt: 1.5, pmax: 60 });
    expect(a.apply(parsePath('/3/0/9'), ['gt'])).toEqual({ pmax: 60 });
  });
});
