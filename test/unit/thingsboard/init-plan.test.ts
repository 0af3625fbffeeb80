import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/lwm2m/path.js';
import type { ObjectLinksInfo } from '../../../src/lwm2m/registration/registration.js';
import { planInitialisation, planProfileUpdate, type RequestStep } from '../../../src/thingsboard/init-plan.js';
import { parseProfileTransport, type ObserveStrategy } from '../../../src/thingsboard/profile-config.js';
import { compileMapping } from '../../../src/thingsboard/profile-mapping.js';
import { tenMappedResources } from '../../support/standalone-fixtures.js';

const REG: ObjectLinksInfo = {
  rootPath: '',
  objects: [
    { id: 3, version: '1.1', instances: [0] },
    { id: 4, version: '1.0', instances: [0] },
    { id: 6, version: '1.0', instances: [0] },
  ],
};

const TEN = tenMappedResources({ 3: '1.1', 4: '1.0', 6: '1.0' });

function mapping(observeAttr: Record<string, unknown>) {
  const r = parseProfileTransport({ type: 'LWM2M', observeAttr });
  if (!r.ok) throw new Error(r.problems.join());
  return compileMapping(r.value, REG);
}

const show = (steps: readonly RequestStep[]): string[] =>
  steps.map((s) => (s.kind === 'single' ? formatPath(s.path) : `[${s.paths.map((p) => formatPath(p)).join(',')}]`));

describe('registration-time plan', () => {
  const m = mapping(TEN);
  const plan = (s: ObserveStrategy, composite = true) => planInitialisation(m, s, false, composite);

  it('SINGLE: one observe per path; one read per instance with unobserved mapped resources', () => {
    const p = plan('SINGLE');
    expect(show(p.observes)).toEqual(['/3/0/9', '/4/0/2', '/6/0/0', '/6/0/1']);
    // /3/0: 0,1,2 → one instance read; /4/0: 3,8 → one instance read; /6/0: only 2 → a resource read.
    expect(show(p.reads)).toEqual(['/3/0', '/4/0', '/6/0/2']);
    expect(p.writeAttributes.map(([path]) => formatPath(path))).toEqual(['/3/0/9']);
  });

  it('COMPOSITE_BY_OBJECT: one observe per object; COMPOSITE_ALL: one in all', () => {
    expect(show(plan('COMPOSITE_BY_OBJECT').observes)).toEqual(['[/3/0/9]', '[/4/0/2]', '[/6/0/0,/6/0/1]']);
    expect(show(plan('COMPOSITE_ALL').observes)).toEqual(['[/3/0/9,/4/0/2,/6/0/0,/6/0/1]']);
  });

  it('falls back to single observes when the client has no composite operations', () => {
    const p = plan('COMPOSITE_ALL', false);
    expect(p.compositeFallback).toBe(true);
    expect(show(p.observes)).toHaveLength(4);
    expect(plan('SINGLE', false).compositeFallback).toBe(false);
  });

  it('composite reads shaped like the observes when initAttrTelAsObsStrategy is set', () => {
    expect(show(planInitialisation(m, 'COMPOSITE_BY_OBJECT', true, true).reads)).toEqual(['[/3/0/0,/3/0/1,/3/0/2]', '[/4/0/3,/4/0/8]', '[/6/0/2]']);
  });
});

describe('profile change plan (features doc #78)', () => {
  it('SINGLE → SINGLE: cancels removed, observes added, reads new targets, rewrites changed attributes', () => {
    const before = mapping(TEN);
    const after = mapping({
      ...TEN,
      observe: ['/3_1.1/0/9', '/4_1.0/0/2', '/6_1.0/0/0', '/4_1.0/0/3'],
      keyName: { ...(TEN['keyName'] as Record<string, string>), '/3_1.1/0/13': 'clock' },
      attribute: [...(TEN['attribute'] as string[]), '/3_1.1/0/13'],
      attributeLwm2m: { '/4_1.0/0/2': { pmax: 60 } },
    });
    const plan = planProfileUpdate(before, after, 'SINGLE', 'SINGLE', true, false);
    expect(plan.cancelAll).toBe(false);
    expect(plan.cancelSingles.map((p) => formatPath(p))).toEqual(['/6/0/1']);
    expect(show(plan.observes)).toEqual(['/4/0/3']);
    // /6/0/1 stays mapped: only its observation ends (its last value stands), so it is not read.
    expect(show(plan.reads)).toEqual(['/3/0/13']);
    expect(plan.writeAttributes.map(([p, a]) => [formatPath(p), a])).toEqual([
      ['/4/0/2', { pmax: 60 }],
      ['/3/0/9', { pmin: null, pmax: null, gt: null, lt: null, st: null, epmin: null, epmax: null }],
    ]);
  });

  it('a strategy change cancels everything and observes under the new strategy', () => {
    const m = mapping(TEN);
    const plan = planProfileUpdate(m, m, 'SINGLE', 'COMPOSITE_ALL', true, false);
    expect(plan.cancelAll).toBe(true);
    expect(show(plan.observes)).toEqual(['[/3/0/9,/4/0/2,/6/0/0,/6/0/1]']);
    expect(plan.reads).toEqual([]);
  });

  it('COMPOSITE_BY_OBJECT → same: re-issues only the changed object groups', () => {
    const before = mapping(TEN);
    const after = mapping({ ...TEN, observe: ['/3_1.1/0/9', '/4_1.0/0/2', '/6_1.0/0/0'] });
    const plan = planProfileUpdate(before, after, 'COMPOSITE_BY_OBJECT', 'COMPOSITE_BY_OBJECT', true, false);
    expect(plan.cancelComposites.map((g) => g.map((p) => formatPath(p)))).toEqual([['/6/0/0', '/6/0/1']]);
    expect(show(plan.observes)).toEqual(['[/6/0/0]']);
  });
});
